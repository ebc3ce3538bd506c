import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NotFoundStateComponent, isNotFoundError } from './not-found-state.component';

/**
 * Built from native elements with the app's global button, spinner and icon classes (apps/web/src/styles.scss):
 * every page shows it first, and Material's button, icon and spinner modules would cost each page about 100 kB of
 * script before its content (issue 11).
 *
 * Loading, error and empty states around a block of content, shown in that order of priority. An error saying the
 * record does not exist (NOT_FOUND) is the shared not-found page, without "Try again". Content marked
 * `phEmptyAction` (e.g. a "Clear filters" button) is shown in the empty state only.
 */
@Component({
  selector: 'ph-load-state',
  imports: [NotFoundStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <ph-not-found-state [message]="notFoundText()" />
    } @else if (error(); as err) {
      <div class="state error" role="alert" data-testid="state-error">
        <span class="material-symbols-outlined" aria-hidden="true">error</span>
        <p>{{ message() }}</p>
        <button class="ph-text-button ph-outlined-button" type="button" (click)="retry.emit()" i18n="@@state.retry">
          Try again
        </button>
      </div>
    } @else if (loading()) {
      <div class="state" role="status" aria-live="polite" data-testid="state-loading">
        <span class="ph-spinner" aria-hidden="true"></span>
        <span i18n="@@state.loading">Loading…</span>
      </div>
    } @else if (empty()) {
      <div class="state" role="status" data-testid="state-empty">
        <span class="material-symbols-outlined" aria-hidden="true">inbox</span>
        <p>{{ emptyText() }}</p>
        <ng-content select="[phEmptyAction]" />
      </div>
    } @else {
      <ng-content />
    }
  `,
  styles: `
    .state {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 24px;
      color: var(--mat-sys-on-surface-variant);
      flex-wrap: wrap;
    }
    .state.error {
      color: var(--mat-sys-error);
    }
    .state p {
      margin: 0;
      flex: 1 1 240px;
    }
  `,
})
export class LoadStateComponent {
  readonly loading = input(false);
  readonly error = input<unknown>(undefined);
  readonly empty = input(false);
  readonly emptyText = input($localize`:@@state.empty:Nothing here yet.`);
  /** What the not-found state says when the API answers NOT_FOUND (e.g. "There is no practice at this address…"). */
  readonly notFoundText = input(
    $localize`:@@state.notFound:Nothing was found at this address. It may have been renamed or removed, or the link may be mistyped.`,
  );
  readonly retry = output<void>();

  protected readonly notFound = computed(() => isNotFoundError(this.error()));

  protected readonly message = computed(() => {
    const e = this.error();
    return e instanceof Error && e.message ? e.message : $localize`:@@state.error:Something went wrong.`;
  });
}
