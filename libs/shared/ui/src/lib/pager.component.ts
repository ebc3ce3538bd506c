import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** Previous / next for cursor-paged lists, with the range shown. */
@Component({
  selector: 'ph-pager',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" i18n-aria-label="@@pager.label" aria-label="Pagination">
      <button mat-stroked-button type="button" [disabled]="!hasPrevious()" (click)="previous.emit()">
        <mat-icon aria-hidden="true">chevron_left</mat-icon><span i18n="@@pager.previous">Previous</span>
      </button>
      <span class="range" aria-live="polite" i18n="@@pager.range"
        >{{ from() }}–{{ to() }} of {{ total() }}</span
      >
      <button mat-stroked-button type="button" [disabled]="!hasNext()" (click)="next.emit()">
        <span i18n="@@pager.next">Next</span
        ><mat-icon aria-hidden="true" iconPositionEnd>chevron_right</mat-icon>
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
