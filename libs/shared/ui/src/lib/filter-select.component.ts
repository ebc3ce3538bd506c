import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { enumLabel } from './labels';

export interface FilterOption {
  value: string;
  label: string;
}

/** Enum values as options labelled in the UI language (PEER_RUN → "Peer-run"). */
export function enumOptions(
  values: readonly string[],
  label: (value: string) => string = enumLabel,
): FilterOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * One list filter: a labelled select whose first option, "Any", clears it. Emits the chosen value ('' for any).
 * Usage: `<ph-filter-select label="Country" i18n-label="@@filters.country" [options]="…" [value]="…" (valueChange)="…" />`
 */
@Component({
  selector: 'ph-filter-select',
  imports: [MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [value]="value() ?? ''" (valueChange)="valueChange.emit($event)">
        <mat-option value="">{{ any }}</mat-option>
        @for (o of options(); track o.value) {
          <mat-option [value]="o.value">{{ o.label }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class FilterSelectComponent {
  readonly label = input.required<string>();
  readonly options = input.required<readonly FilterOption[]>();
  readonly value = input<string | null | undefined>('');
  readonly valueChange = output<string>();
  protected readonly any = $localize`:@@filters.any:Any`;
}
