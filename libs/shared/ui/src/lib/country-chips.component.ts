import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';

export interface CountryOption {
  code: string;
  name: string;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Countries as removable chips with a type-ahead to add more (Material chip grid + autocomplete).
 * Typing a name or an ISO code and pressing Enter adds the first match; Backspace in the empty input removes
 * the last chip. Emits the whole new selection, in the order chosen.
 */
@Component({
  selector: 'ph-country-chips',
  imports: [MatChipsModule, MatAutocompleteModule, MatFormFieldModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label()" data-testid="country-chips">
        @for (c of chosen(); track c.code) {
          <mat-chip-row (removed)="remove(c.code)" [attr.data-code]="c.code">
            {{ c.name }}
            <button matChipRemove type="button" [attr.aria-label]="removeLabel(c.name)">
              <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">cancel</span>
            </button>
          </mat-chip-row>
        }

      </mat-chip-grid>
      <input
        #box
        data-testid="country-chips-input"
        [attr.aria-label]="inputLabel()"
        [placeholder]="full() ? '' : placeholder"
        [matChipInputFor]="grid"
        [matAutocomplete]="auto"
        [disabled]="full() || !options().length"
        (matChipInputTokenEnd)="addTyped($event)"
        (input)="query.set(box.value)"
        />
      <mat-autocomplete
        #auto="matAutocomplete"
        autoActiveFirstOption
        (optionSelected)="addSelected($event); box.value = ''; query.set('')"
      >
        @for (o of matches(); track o.code) {
          <mat-option [value]="o.code">{{ o.name }} <span class="code">{{ o.code }}</span></mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .code {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8rem;
      margin-left: 6px;
    }
  `,
})
export class CountryChipsComponent {
  readonly options = input.required<readonly CountryOption[]>();
  readonly selected = input.required<readonly string[]>();
  readonly max = input(5);
  readonly label = input($localize`:@@chips.label:Countries`);
  readonly hint = input('');
  readonly selectedChange = output<string[]>();

  protected readonly inputLabel = computed(
    () => $localize`:@@chips.inputLabel:Add a country to ${this.label()}:list:`,
  );
  protected readonly placeholder = $localize`:@@chips.placeholder:Type a country…`;
  protected readonly query = signal('');
  private readonly trigger = viewChild(MatAutocompleteTrigger);
  protected readonly full = computed(() => this.selected().length >= this.max());
  protected readonly chosen = computed(() => {
    const byCode = new Map(this.options().map((o) => [o.code, o]));
    return this.selected().map((code) => byCode.get(code) ?? { code, name: code });
  });
  protected readonly matches = computed(() => {
    const q = fold(this.query().trim());
    const taken = new Set(this.selected());
    return this.options().filter(
      (o) => !taken.has(o.code) && (!q || fold(o.name).includes(q) || o.code.toLowerCase() === q),
    );
  });

  protected removeLabel(name: string): string {
    return $localize`:@@chips.remove:Remove ${name}:country:`;
  }

  protected remove(code: string): void {
    this.selectedChange.emit(this.selected().filter((c) => c !== code));
  }

  protected addSelected(event: MatAutocompleteSelectedEvent): void {
    this.add(String(event.option.value));
  }

  /** Enter / comma in the input: add the first country matching what was typed. */
  protected addTyped(event: MatChipInputEvent): void {
    if (this.trigger()?.activeOption) return; // the highlighted option is being selected: optionSelected adds it
    const first = this.matches()[0];
    if (event.value.trim() && first) this.add(first.code);
    event.chipInput.clear();
    this.query.set('');
  }

  private add(code: string): void {
    if (this.selected().includes(code) || this.full()) return;
    this.selectedChange.emit([...this.selected(), code]);
  }
}
