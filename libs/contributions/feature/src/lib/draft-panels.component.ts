import { ChangeDetectionStrategy, Component, LOCALE_ID, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RevisionView } from '@peerhub/contributions/data-access';
import { LongDatePipe } from '@peerhub/shared/ui';
import { Difference, LocalCopy } from './draft-editor';

/** The reviewer's comment on a revision sent back or rejected (nothing otherwise). */
@Component({
  selector: 'ph-review-comment',
  imports: [LongDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let rev = revision();
    @if (rev.reviewComment && (rev.state === 'CHANGES_REQUESTED' || rev.state === 'REJECTED')) {
      <section class="notice warn" aria-labelledby="review-comment-heading" data-testid="review-comment">
        <h2 id="review-comment-heading">
          @if (rev.state === 'CHANGES_REQUESTED') {
            <ng-container i18n="@@contribute.changesRequested">Changes requested by the reviewer</ng-container>
          } @else {
            <ng-container i18n="@@contribute.rejectedBecause">Why it was rejected</ng-container>
          }
        </h2>
        <p class="multiline">{{ rev.reviewComment }}</p>
        @if (rev.reviewer; as r) {
          <p class="ph-muted" i18n="@@contribute.reviewedBy">— {{ r.displayName }}, {{ rev.decidedAt | phLongDate }}</p>
        }
        @if (rev.state === 'CHANGES_REQUESTED') {
          <p class="hint" i18n="@@contribute.changesRequested.hint">Edit below: your changes are saved as the next revision, which you then submit again.</p>
        }
      </section>
    }
  `,
  styleUrls: ['./contribute-forms.scss', './draft-editor.scss'],
})
export class ReviewCommentComponent {
  readonly revision = input.required<RevisionView>();
}

/** The offer of the copy of the form this browser kept, newer than the saved draft. */
@Component({
  selector: 'ph-restore-offer',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="notice" aria-labelledby="restore-heading" data-testid="restore-offer">
      <h2 id="restore-heading" i18n="@@contribute.restore.title">An unsaved copy is in this browser</h2>
      <p i18n="@@contribute.restore.text">This browser kept a copy of the form from {{ time(copy().at) }} that is newer than the saved draft.</p>
      <div class="actions">
        <button mat-flat-button type="button" (click)="restore.emit()" data-testid="restore-yes" i18n="@@contribute.restore.yes">Restore my copy</button>
        <button mat-stroked-button type="button" (click)="discard.emit()" i18n="@@contribute.restore.no">Discard it</button>
      </div>
    </section>
  `,
  styleUrls: ['./contribute-forms.scss', './draft-editor.scss'],
})
export class RestoreOfferComponent {
  readonly copy = input.required<LocalCopy<unknown>>();
  readonly restore = output<void>();
  readonly discard = output<void>();
  private readonly clock = new Intl.DateTimeFormat(inject(LOCALE_ID), { hour: '2-digit', minute: '2-digit' });

  protected time(at: number): string {
    return this.clock.format(at);
  }
}

/** Both versions, field by field, when a save met a draft saved meanwhile from elsewhere. */
@Component({
  selector: 'ph-conflict-panel',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="notice warn conflict" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 id="conflict-heading" i18n="@@contribute.conflict.title">Saved meanwhile from elsewhere</h2>
      <p i18n="@@contribute.conflict.text">This draft was saved meanwhile, in another tab or on another device. Autosave is paused until you choose which version to keep.</p>
      @for (d of differences(); track d.field) {
        <h3>{{ d.label }}</h3>
        <div class="compare">
          <div>
            <p class="who" i18n="@@contribute.conflict.theirs">Saved meanwhile by {{ theirs().author?.displayName ?? '—' }}</p>
            <p class="multiline" data-testid="conflict-theirs">{{ d.theirs || '—' }}</p>
          </div>
          <div>
            <p class="who" i18n="@@contribute.conflict.mine">Yours</p>
            <p class="multiline" data-testid="conflict-mine">{{ d.mine || '—' }}</p>
          </div>
        </div>
      }
      <div class="actions">
        <button mat-flat-button type="button" (click)="keepMine.emit()" data-testid="conflict-keep-mine" i18n="@@contribute.conflict.keepMine">Keep mine</button>
        <button mat-stroked-button type="button" (click)="takeTheirs.emit()" data-testid="conflict-take-theirs" i18n="@@contribute.conflict.takeTheirs">Take theirs</button>
      </div>
    </section>
  `,
  styleUrls: ['./contribute-forms.scss', './draft-editor.scss'],
})
export class ConflictPanelComponent {
  /** The draft saved meanwhile. */
  readonly theirs = input.required<RevisionView>();
  readonly differences = input.required<Difference[]>();
  readonly keepMine = output<void>();
  readonly takeTheirs = output<void>();
}
