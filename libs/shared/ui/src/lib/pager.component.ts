import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * Previous / next for cursor-paged lists, with the range shown. Native buttons with the app's global classes: every list
 * and the search page show it, and Material's button and icon modules cost them ~55 kB of script (issue 11).
 */
@Component({
  selector: 'ph-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" i18n-aria-label="@@pager.label" aria-label="Pagination">
      <button
        class="ph-text-button ph-outlined-button"
        type="button"
        [disabled]="!hasPrevious()"
        (click)="previous.emit()"
      >
        <span class="material-symbols-outlined" aria-hidden="true">chevron_left</span
        ><span i18n="@@pager.previous">Previous</span>
      </button>
      <span class="range" aria-live="polite" i18n="@@pager.range"
        >{{ from() }}–{{ to() }} of {{ total() }}</span
      >
      <button class="ph-text-button ph-outlined-button" type="button" [disabled]="!hasNext()" (click)="next.emit()">
        <span i18n="@@pager.next">Next</span
        ><span class="material-symbols-outlined" aria-hidden="true">chevron_right</span>
      </button>
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 16px;
      margin-top: 24px;
    }
    .ph-outlined-button {
      padding: 0 16px;
    }
  `,
})
export class PagerComponent {
  readonly from = input(0);
  readonly to = input(0);
  readonly total = input(0);
  readonly hasPrevious = input(false);
  readonly hasNext = input(false);
  readonly previous = output<void>();
  readonly next = output<void>();
}
