import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

export type SortOrder = 'TITLE' | 'RECENT';

/** "Sort by" for list pages: alphabetical or most recently updated. */
@Component({
  selector: 'ph-sort-select',
  imports: [MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label i18n="@@sort.label">Sort by</mat-label>
      <mat-select [value]="value()" (valueChange)="valueChange.emit($event)">
        <mat-option value="TITLE" i18n="@@sort.title">Title (A–Z)</mat-option>
        <mat-option value="RECENT" i18n="@@sort.recent">Recently updated</mat-option>
      </mat-select>
    </mat-form-field>
  `,
  styles: `:host { display: contents; } mat-form-field { min-width: 200px; }`,
})
export class SortSelectComponent {
  readonly value = input<SortOrder>('TITLE');
  readonly valueChange = output<SortOrder>();
}
