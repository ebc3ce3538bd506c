import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * "Clear filters" for a list whose filters left nothing: shown only while some filter narrows the list. Put it in
 * a `ph-load-state` with the `phEmptyAction` attribute so it appears in the empty state.
 */
@Component({
  selector: 'ph-clear-filters',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (active()) {
      <button
        mat-stroked-button
        type="button"
        data-testid="clear-filters"
        (click)="clear.emit()"
        i18n="@@filters.clear"
      >
        Clear filters
      </button>
    }
  `,
})
export class ClearFiltersComponent {
  /** The list's current filter; any truthy field narrows the list. */
  readonly filter = input.required<object>();
  /** Every filter back to "any" (the list's store does it; its address follows). */
  readonly clear = output<void>();
  protected readonly active = computed(() => Object.values(this.filter()).some((v) => !!v));
}
