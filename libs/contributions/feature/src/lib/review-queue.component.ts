import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import {
  ARCHIVABLE_KINDS,
  ArchiveStore,
  ArchivedRecordView,
  ContributionsStore,
  RevisionView,
  isArchivable,
} from '@peerhub/contributions/data-access';
import { ApiError, queryResource } from '@peerhub/shared/data-access';
import { ContentKind, RecordRevisionsDocument, ReviewDecision } from '@peerhub/shared/graphql-types';
import { LevelChipComponent, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import { openArchiveDialog } from './archive-dialog.component';
import { formErrors } from './contribute-messages';
import { FieldChangeView, RevisionDiffComponent } from './history.component';
import { historyPath } from './record-links';
import { RevisionContentComponent } from './revision-content.component';

/** A kind of record, in words. */
export function kindLabel(kind: ContentKind): string {
  switch (kind) {
    case 'PRACTICE':
      return $localize`:@@contribute.review.kindPractice:Practice`;
    case 'RESOURCE':
      return $localize`:@@contribute.review.kindResource:Resource`;
    case 'ORGANISATION':
      return $localize`:@@contribute.review.kindOrganisation:Organisation profile`;
    default:
      return $localize`:@@contribute.review.kindFact:Country fact`;
  }
}

/** What a first revision holds, as its heading says: a new record, or the first on PeerHub of one already there. */
function contentHeading(r: RevisionView): string {
  if (r.recordSlug)
    return $localize`:@@contribute.review.contentFirst:Its content as proposed (no earlier revision to compare with)`;
  switch (r.kind) {
    case 'RESOURCE':
      return $localize`:@@contribute.review.contentResource:The new resource`;
    case 'ORGANISATION':
      return $localize`:@@contribute.review.contentOrganisation:The new organisation profile`;
    default:
      return $localize`:@@contribute.review.content:The new practice`;
  }
}

/** A decision as the status line reports it. */
function decidedText(decision: ReviewDecision, title: string): string {
  switch (decision) {
    case 'APPROVE':
      return $localize`:@@contribute.review.approved:Approved and published: ${title}:title:.`;
    case 'REQUEST_CHANGES':
      return $localize`:@@contribute.review.changesRequested:Changes requested: ${title}:title:. Its author reads your comment.`;
    case 'REJECT':
      return $localize`:@@contribute.review.rejected:Rejected: ${title}:title:. Its author reads your comment.`;
  }
}

/** Why a decision was refused, in the page's words. */
function reviewError(e: unknown): string {
  if (e instanceof ApiError) {
    const f = e.fieldErrors.find((x) => x.field === 'revisionId');
    if (f?.code === 'CONFLICT')
      return /another revision/i.test(f.message)
        ? $localize`:@@contribute.review.error.recordChanged:The record changed: it was published from another revision since this one was written. Request changes, so that its author starts again from the current version.`
        : $localize`:@@contribute.review.error.decided:Someone decided this revision already. Reload the page to see what still waits.`;
    if (f?.code === 'NOT_FOUND')
      return $localize`:@@contribute.review.error.gone:This revision no longer exists. Reload the page to see what still waits.`;
    if (f?.code === 'INVALID')
      return $localize`:@@contribute.review.error.own:You wrote this revision: another moderator decides on it.`;
  }
  const errors = formErrors(e);
  return errors['form'] ?? Object.values(errors)[0] ?? '';
}

/**
 * One submitted revision in the queue: what it is, who wrote it and why; for a change to an existing record the
 * word diff against the published revision, for a new practice its content, for a country fact the proposal next
 * to the profile as it is; then the decision (a comment is required to request changes or reject).
 */
@Component({
  selector: 'ph-review-item',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LongDatePipe,
    LevelChipComponent,
    RevisionDiffComponent,
    RevisionContentComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = revision();
    <article class="card" [attr.aria-labelledby]="titleId()" data-testid="review-item">
      <h2 [id]="titleId()" class="item-title">{{ title() }}</h2>
      <p class="chips">
        <span class="ph-chip">{{ kind() }}</span>
        <span class="ph-chip" i18n="@@contribute.review.number">Revision {{ r.number }}</span>
        @if (isNew() && !r.recordSlug) {
          <span class="ph-chip" i18n="@@contribute.review.new">New</span>
        }
      </p>
      <dl class="meta">
        <div>
          <dt i18n="@@contribute.review.author">Written by</dt>
          <dd>{{ r.author?.displayName ?? formerMember }}</dd>
        </div>
        @if (r.organisation; as o) {
          <div>
            <dt i18n="@@contribute.review.organisation">For</dt>
            <dd>
              <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
            </dd>
          </div>
        }
        <div>
          <dt i18n="@@contribute.review.submitted">Submitted</dt>
          <dd>{{ r.submittedAt | phLongDate }}</dd>
        </div>
      </dl>
      <p class="quote">
        <span class="ph-muted" i18n="@@contribute.review.reason">Why, as its author says:</span>&ngsp;
        @if (r.reason) {
          <span class="multiline">{{ r.reason }}</span>
        } @else {
          <span class="ph-muted" i18n="@@contribute.review.noReason">no reason given.</span>
        }
      </p>

      @if (r.countryFact; as f) {
        <h3 i18n="@@contribute.review.factCompare">Proposed, and the profile now</h3>
        <div class="compare">
          <section class="side proposed" [attr.aria-label]="proposedLabel">
            <p class="side-title" aria-hidden="true">{{ proposedLabel }}</p>
            <dl>
              <dt i18n="@@contribute.review.level">Level</dt>
              <dd><ph-level [value]="f.level" /></dd>
              <dt i18n="@@contribute.review.text">What the source says</dt>
              <dd class="multiline">{{ f.text }}</dd>
              <dt i18n="@@contribute.review.source">Source</dt>
              <dd>
                @for (s of f.sources; track $index) {
                  <p class="source">
                    @if (s.url) {
                      <a [href]="s.url" target="_blank" rel="noopener">{{ s.title }}</a>
                    } @else {
                      {{ s.title }}
                    }
                    @if (s.locator) {
                      <span class="ph-muted"> — {{ s.locator }}</span>
                    }
                  </p>
                }
              </dd>
              <dt i18n="@@contribute.review.checkedOn">Checked on</dt>
              <dd>{{ f.checkedOn | phLongDate }}</dd>
            </dl>
          </section>
          <section class="side" [attr.aria-label]="currentLabel">
            <p class="side-title" aria-hidden="true">{{ currentLabel }}</p>
            @if (currentFact(); as c) {
              <dl>
                <dt i18n="@@contribute.review.level">Level</dt>
                <dd><ph-level [value]="c.level" /></dd>
                <dt i18n="@@contribute.review.text">What the source says</dt>
                <dd class="multiline">{{ c.text }}</dd>
                <dt i18n="@@contribute.review.sources">Sources</dt>
                <dd>
                  @for (s of c.sources; track $index) {
                    <p class="source">
                      @if (s.url) {
                        <a [href]="s.url" target="_blank" rel="noopener">{{ s.title }}</a>
                      } @else {
                        {{ s.title }}
                      }
                      @if (s.locator) {
                        <span class="ph-muted"> — {{ s.locator }}</span>
                      }
                    </p>
                  } @empty {
                    <span class="ph-muted" i18n="@@contribute.review.noSource">No source recorded.</span>
                  }
                </dd>
                <dt i18n="@@contribute.review.verifiedOn">Verified on</dt>
                <dd>{{ c.verifiedOn | phLongDate }}</dd>
              </dl>
            } @else if (fact.error()) {
              <p class="ph-muted" i18n="@@contribute.review.currentError">The profile could not be loaded.</p>
            } @else {
              <p class="ph-muted" i18n="@@contribute.review.loading">Loading…</p>
            }
          </section>
        </div>
      }

      @if (isNew()) {
        <h3 data-testid="review-content-heading">{{ contentTitle() }}</h3>
        <ph-revision-content [revision]="r" />
      } @else {
        <h3 i18n="@@contribute.review.changes">Changes against the published revision</h3>
        @if (diffError()) {
          <p class="form-error">{{ diffError() }}</p>
        } @else if (noPublished()) {
          @if (r.countryFact) {
            <p class="ph-muted" data-testid="review-no-published" i18n="@@contribute.review.noPublished">
              No revision of this record is published yet: compare with the profile as it is above.
            </p>
          } @else {
            <p class="ph-muted" data-testid="review-no-published" i18n="@@contribute.review.noPublishedContent">
              No revision of this record is published yet. Its content as proposed:
            </p>
            <ph-revision-content [revision]="r" />
          }
        } @else if (diff(); as changes) {
          <ph-revision-diff [changes]="changes" [sameText]="sameText" [organisationNames]="organisationNames()" />
        } @else {
          <p class="ph-muted" i18n="@@contribute.review.comparing">Comparing…</p>
        }
        <p class="small">
          <a [routerLink]="historyLink()" i18n="@@contribute.review.history">Full history of this record</a>
        </p>
      }

      <h3 i18n="@@contribute.review.decision">Your decision</h3>
      @if (own()) {
        <p class="ph-muted" i18n="@@contribute.review.ownNote">You wrote this revision: another moderator decides on it.</p>
      } @else {
        <form (submit)="$event.preventDefault()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@contribute.review.comment">Comment for the author</mat-label>
            <textarea
              #commentBox
              matInput
              [formControl]="comment"
              rows="3"
              maxlength="2000"
              [attr.aria-describedby]="titleId()"
              data-testid="review-comment"
            ></textarea>
            <mat-hint i18n="@@contribute.review.commentHint">Required to request changes or to reject: what to change, or why.</mat-hint>
            <mat-error>{{ commentError() }}</mat-error>
          </mat-form-field>
          <p class="form-error alert-line" role="alert" data-testid="review-error">{{ error() }}</p>
          <div class="actions">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="decide('APPROVE')" [attr.aria-describedby]="titleId()" data-testid="review-approve" i18n="@@contribute.review.approve">
              Approve
            </button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide('REQUEST_CHANGES')" [attr.aria-describedby]="titleId()" data-testid="review-request-changes" i18n="@@contribute.review.requestChanges">
              Request changes
            </button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide('REJECT')" [attr.aria-describedby]="titleId()" data-testid="review-reject" i18n="@@contribute.review.reject">
              Reject
            </button>
          </div>
        </form>
      }
    </article>
  `,
  styleUrl: './contribute-forms.scss',
  styles: `
    .card {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      min-width: 0;
    }
    .item-title {
      margin: 4px 0 8px;
      overflow-wrap: anywhere;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0 0 8px;
    }
    .meta {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 4px 16px;
      margin: 8px 0;
    }
    .meta dt,
    .side dt {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .meta dd,
    .side dd {
      margin: 0 0 8px;
      overflow-wrap: anywhere;
    }
    .quote {
      overflow-wrap: anywhere;
    }
    .compare {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 12px;
    }
    .side {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      min-width: 0;
    }
    .side.proposed {
      border-left: 4px solid var(--mat-sys-primary);
    }
    .side-title {
      font-weight: 500;
      margin: 0 0 6px;
    }
    .source {
      margin: 0;
    }
    .small {
      font-size: 0.9rem;
    }
    .alert-line:empty {
      display: block;
      margin: 0;
    }
  `,
})
export class ReviewItemComponent {
  readonly revision = input.required<RevisionView>();
  /** A decision was recorded: the status line reports it (the queue reloads without the item). */
  readonly decided = output<string>();

  private readonly store = inject(ContributionsStore);
  private readonly session = inject(SessionStore);
  private readonly commentBox = viewChild<ElementRef<HTMLTextAreaElement>>('commentBox');

  protected readonly titleId = computed(() => `review-${this.revision().id}`);
  protected readonly kind = computed(() => kindLabel(this.revision().kind));
  /** A first revision (of a practice, resource or organisation profile): its content, not a diff. */
  protected readonly isNew = computed(
    () => this.revision().kind !== 'COUNTRY_FACT' && this.revision().number === 1,
  );
  protected readonly contentTitle = computed(() => contentHeading(this.revision()));
  /** Organisation names by id, for a diff naming a resource's publishing organisation. */
  protected readonly organisationNames = computed<ReadonlyMap<string, string>>(() =>
    this.revision().kind === 'RESOURCE'
      ? new Map(this.store.organisationOptions().map((o) => [o.id, o.name]))
      : new Map(),
  );
  protected readonly own = computed(() => {
    const me = this.session.member();
    return !!me && this.revision().author?.id === me.id;
  });
  protected readonly historyLink = computed(() =>
    historyPath(this.revision().kind, this.revision().recordId),
  );

  private readonly factCode = computed(() => this.revision().countryFact?.countryCode);
  protected readonly fact = this.store.fact(() => this.factCode());
  protected readonly currentFact = computed(() =>
    this.fact.value()?.country.dimensions.find((d) => d.key === this.revision().countryFact?.dimension),
  );
  protected readonly title = computed(() => {
    const r = this.revision();
    const f = r.countryFact;
    if (!f) return r.title;
    return `${this.fact.value()?.country.name ?? f.countryCode} — ${enumLabel(f.dimension)}`;
  });

  /** The record's history, for its published revision (a new practice has none). */
  private readonly recordKey = computed(() =>
    this.isNew() ? undefined : `${this.revision().kind}|${this.revision().recordId}`,
  );
  private readonly history = queryResource(RecordRevisionsDocument, () => {
    const key = this.recordKey();
    if (!key) return undefined;
    const [kind, id] = key.split('|');
    return { kind: kind as ContentKind, id };
  });
  private readonly publishedId = computed(
    () => this.history.value()?.revisions.find((x) => x.state === 'PUBLISHED')?.id ?? null,
  );
  protected readonly noPublished = computed(() => this.history.hasValue() && !this.publishedId());
  protected readonly diff = signal<readonly FieldChangeView[] | null>(null);
  protected readonly diffError = signal('');

  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(2000)],
  });
  protected readonly commentError = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal('');

  protected readonly formerMember = $localize`:@@contribute.review.formerMember:Former member`;
  protected readonly proposedLabel = $localize`:@@contribute.review.proposed:Proposed`;
  protected readonly currentLabel = $localize`:@@contribute.review.now:In the profile now`;
  protected readonly sameText = $localize`:@@contribute.review.same:The content is the same as the published revision.`;

  constructor() {
    effect((onCleanup) => {
      const from = this.publishedId();
      const to = this.revision().id;
      this.diff.set(null);
      this.diffError.set(this.history.error() ? reviewError(this.history.error()) : '');
      if (!from) return;
      let live = true;
      onCleanup(() => (live = false));
      this.store.diff(from, to).then(
        (changes) => live && this.diff.set(changes),
        (e: unknown) => live && this.diffError.set(reviewError(e)),
      );
    });
  }

  protected async decide(decision: ReviewDecision): Promise<void> {
    this.error.set('');
    this.commentError.set('');
    const text = this.comment.value.trim();
    if (decision !== 'APPROVE' && !text) {
      this.commentError.set(
        $localize`:@@contribute.review.commentRequired:Say what to change, or why you reject it: the author reads it.`,
      );
      this.comment.setErrors({ required: true });
      this.comment.markAsTouched();
      this.commentBox()?.nativeElement.focus();
      return;
    }
    if (this.comment.invalid) {
      this.commentError.set($localize`:@@contribute.review.commentLong:Use at most 2,000 characters.`);
      this.comment.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.store.review(this.revision().id, decision, text);
      this.decided.emit(decidedText(decision, this.title()));
    } catch (e) {
      const server = e instanceof ApiError ? e.fieldErrors.find((f) => f.field === 'comment') : undefined;
      if (server) {
        this.commentError.set(
          $localize`:@@contribute.review.commentRequired:Say what to change, or why you reject it: the author reads it.`,
        );
        this.comment.setErrors({ server: true });
        this.comment.markAsTouched();
      } else this.error.set(reviewError(e));
    } finally {
      this.busy.set(false);
    }
  }
}

/** A kind filter's value from a select ('' = every kind). */
function kindValue(value: string): ContentKind | null {
  return value === 'PRACTICE' || value === 'RESOURCE' || value === 'ORGANISATION' || value === 'COUNTRY_FACT'
    ? value
    : null;
}

/**
 * What waits for review (`/contribute/review`, moderators and administrators): counts by kind, a kind filter, and
 * the submitted revisions oldest first, each with its diff or content and the decision form. `?view=archived` lists
 * the archived practices, resources and organisation profiles instead, each to bring back (with a reason). Members without the
 * role read a sentence; visitors are sent to sign in and back.
 */
@Component({
  selector: 'ph-review-queue',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
    ReviewItemComponent,
  ],
  providers: [ContributionsStore, ArchiveStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <p class="ph-muted back">
        <a routerLink="/contribute/mine" i18n="@@contribute.review.mine">Your contributions</a>
      </p>
      <h1 i18n="@@contribute.review.title">Review contributions</h1>
      @if (session.me.isLoading() && !session.me.hasValue()) {
        <ph-load-state [loading]="true" />
      } @else if (!session.member()) {
        <p i18n="@@contribute.review.signInFirst">Sign in to review contributions.</p>
        <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: '/contribute/review' }" data-testid="review-sign-in" i18n="@@contribute.review.signIn">Sign in</a>
      } @else if (!mayReview()) {
        <p data-testid="review-not-moderator" i18n="@@contribute.review.notModerator">
          Moderators and administrators review contributions. Your account has neither role.
        </p>
      } @else {
        <nav class="views" [attr.aria-label]="viewsLabel" data-testid="review-views">
          <a
            routerLink="/contribute/review"
            [class.current]="!showArchived()"
            [attr.aria-current]="showArchived() ? null : 'page'"
            data-testid="review-view-queue"
            i18n="@@contribute.review.tabQueue"
            >Waiting for review</a
          >
          <a
            routerLink="/contribute/review"
            [queryParams]="{ view: 'archived' }"
            [class.current]="showArchived()"
            [attr.aria-current]="showArchived() ? 'page' : null"
            data-testid="review-view-archived"
            i18n="@@contribute.review.tabArchived"
            >Archived</a
          >
        </nav>
        @if (!showArchived()) {
          <p class="hint" i18n="@@contribute.review.intro">
            Oldest first. Approving publishes a revision at once; to request changes or to reject, tell the author
            what to change, or why.
          </p>
          <div class="toolbar">
            <ul class="ph-chips counts" [attr.aria-label]="countsLabel" data-testid="review-counts">
              <li class="ph-chip" i18n="@@contribute.review.countPractices">Practices: {{ count('PRACTICE') }}</li>
              <li class="ph-chip" i18n="@@contribute.review.countResources">Resources: {{ count('RESOURCE') }}</li>
              <li class="ph-chip" i18n="@@contribute.review.countOrganisations">Organisation profiles: {{ count('ORGANISATION') }}</li>
              <li class="ph-chip" i18n="@@contribute.review.countFacts">Country facts: {{ count('COUNTRY_FACT') }}</li>
            </ul>
            <mat-form-field appearance="outline" class="filter" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.review.show">Show</mat-label>
              <select matNativeControl [value]="store.queueKind() ?? ''" (change)="filter($event)" data-testid="review-kind">
                <option value="" i18n="@@contribute.review.all">All kinds</option>
                <option value="PRACTICE" i18n="@@contribute.review.practices">Practices</option>
                <option value="RESOURCE" i18n="@@contribute.review.resources">Resources</option>
                <option value="ORGANISATION" i18n="@@contribute.review.organisationProfiles">Organisation profiles</option>
                <option value="COUNTRY_FACT" i18n="@@contribute.review.facts">Country facts</option>
              </select>
            </mat-form-field>
          </div>
          <p class="done status" role="status" tabindex="-1" #statusLine data-testid="review-status">{{ status() }}</p>
          <ph-load-state
            [loading]="store.queue.isLoading() && !store.queue.hasValue()"
            [error]="store.queue.error()"
            [empty]="revisions().length === 0"
            [emptyText]="emptyText"
            (retry)="store.queue.reload()"
          >
            <div class="items" data-testid="review-items">
              @for (r of revisions(); track r.id) {
                <ph-review-item [revision]="r" (decided)="report($event)" />
              }
            </div>
          </ph-load-state>
        } @else {
          <p class="hint" i18n="@@contribute.review.archivedIntro">
            Archived records are off their public page, the lists and search; their history stays. Bring one back
            when it was archived by mistake or is current again.
          </p>
          <div class="toolbar">
            <mat-form-field appearance="outline" class="filter" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.review.show">Show</mat-label>
              <select matNativeControl [value]="archivedKind() ?? ''" (change)="filterArchived($event)" data-testid="archived-kind">
                <option value="" i18n="@@contribute.review.allArchivable">Every kind</option>
                <option value="PRACTICE" i18n="@@contribute.review.practices">Practices</option>
                <option value="RESOURCE" i18n="@@contribute.review.resources">Resources</option>
                <option value="ORGANISATION" i18n="@@contribute.review.organisationProfiles">Organisation profiles</option>
              </select>
            </mat-form-field>
          </div>
          <p class="done status" role="status" tabindex="-1" #archivedStatusLine data-testid="archived-status">{{ archivedStatus() }}</p>
          <ph-load-state
            [loading]="archive.archived.isLoading() && !archive.archived.hasValue()"
            [error]="archive.archived.error()"
            [empty]="archivedRecords().length === 0"
            [emptyText]="archivedEmptyText"
            (retry)="archive.archived.reload()"
          >
            <ul class="archived" data-testid="archived-list">
              @for (a of archivedRecords(); track a.recordId) {
                <li class="card" data-testid="archived-item">
                  <h2 class="item-title" [id]="'archived-' + a.recordId">{{ a.title }}</h2>
                  <p class="chips">
                    <span class="ph-chip">{{ kindName(a.kind) }}</span>
                    @if (a.archivedAt) {
                      <span class="ph-muted" i18n="@@contribute.review.archivedOn">Archived {{ a.archivedAt | phLongDate }}</span>
                    }
                  </p>
                  <div class="actions">
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="bringBack(a)"
                      [attr.aria-describedby]="'archived-' + a.recordId"
                      data-testid="archived-unarchive"
                      i18n="@@contribute.review.unarchive"
                    >
                      Bring back
                    </button>
                    <a
                      [routerLink]="historyLink(a)"
                      [attr.aria-describedby]="'archived-' + a.recordId"
                      data-testid="archived-history"
                      i18n="@@contribute.review.archivedHistory"
                      >History</a
                    >
                  </div>
                </li>
              }
            </ul>
          </ph-load-state>
        }
      }
    </div>
  `,
  styleUrl: './contribute-forms.scss',
  styles: `
    .views {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      margin: 8px 0 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .views a {
      display: inline-flex;
      align-items: center;
      min-height: 48px;
      padding: 0 16px;
      text-decoration: none;
      color: var(--mat-sys-on-surface-variant);
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
    }
    .views a:hover {
      color: var(--mat-sys-on-surface);
    }
    .views a.current {
      color: var(--mat-sys-primary);
      border-bottom-color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin: 8px 0 16px;
    }
    .filter {
      width: auto;
      min-width: 180px;
    }
    .status:empty {
      display: block;
      padding: 0;
      margin: 0;
      background: none;
    }
    .status:focus {
      outline: none;
    }
    .items {
      display: grid;
      gap: 16px;
    }
    .archived {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 12px;
    }
    .card {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      min-width: 0;
    }
    .item-title {
      margin: 4px 0 8px;
      overflow-wrap: anywhere;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 12px;
      margin: 0;
    }
    .actions {
      margin: 8px 0 0;
    }
    .actions a {
      display: inline-flex;
      align-items: center;
    }
  `,
})
export class ReviewQueueComponent {
  protected readonly store = inject(ContributionsStore);
  protected readonly archive = inject(ArchiveStore);
  protected readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly statusLine = viewChild<ElementRef<HTMLElement>>('statusLine');
  private readonly archivedStatusLine = viewChild<ElementRef<HTMLElement>>('archivedStatusLine');

  protected readonly mayReview = computed(() =>
    (this.session.member()?.roles ?? []).some((r) => r === 'moderator' || r === 'admin'),
  );
  protected readonly revisions = computed(() => this.store.queue.value()?.reviewQueue.revisions ?? []);
  protected readonly status = signal('');
  protected readonly emptyText = $localize`:@@contribute.review.empty:Nothing waits for review.`;
  protected readonly countsLabel = $localize`:@@contribute.review.counts:Waiting for review`;

  /** `archived` (query parameter `view`): the archived records instead of the queue. */
  readonly view = input<string | undefined>();
  protected readonly showArchived = computed(() => this.view() === 'archived');
  protected readonly viewsLabel = $localize`:@@contribute.review.views:Review pages`;
  /** The archived records shown: of the queue's kind when it may be archived, else of every kind. */
  protected readonly archivedKind = linkedSignal<ContentKind | null>(() => {
    const kind = this.store.queueKind();
    return isArchivable(kind) ? kind : null;
  });
  protected readonly archivedRecords = computed<readonly ArchivedRecordView[]>(() => {
    const all = this.archive.archived.value();
    if (!all) return [];
    const kind = this.archivedKind();
    const lists = { PRACTICE: all.practices, RESOURCE: all.resources, ORGANISATION: all.organisations };
    return (kind && isArchivable(kind) ? [kind] : ARCHIVABLE_KINDS).flatMap((k) => lists[k]);
  });
  protected readonly archivedStatus = signal('');
  protected readonly archivedEmptyText = $localize`:@@contribute.review.archivedEmpty:Nothing of this kind is archived.`;

  protected count(kind: ContentKind): number {
    return this.store.queue.value()?.reviewQueue.counts.find((c) => c.kind === kind)?.count ?? 0;
  }

  protected kindName(kind: ContentKind): string {
    return kindLabel(kind);
  }

  protected historyLink(a: ArchivedRecordView): string[] {
    return historyPath(a.kind, a.recordId);
  }

  protected filter(event: Event): void {
    this.store.queueKind.set(kindValue((event.target as HTMLSelectElement).value));
  }

  protected filterArchived(event: Event): void {
    this.archivedKind.set(kindValue((event.target as HTMLSelectElement).value));
  }

  /** A decision went through: say so, and keep the keyboard where the item was. */
  protected report(text: string): void {
    this.status.set(text);
    setTimeout(() => this.statusLine()?.nativeElement.focus());
  }

  /** Asks for the reason, brings the record back, and says so (the list reloads without it). */
  protected bringBack(a: ArchivedRecordView): void {
    const kind = a.kind;
    if (!isArchivable(kind)) return;
    this.archivedStatus.set('');
    openArchiveDialog(this.dialog, {
      action: 'unarchive',
      title: a.title,
      run: (reason) => this.archive.unarchive(kind, a.recordId, reason),
    }).subscribe((record) => {
      if (!record) return;
      this.archivedStatus.set(
        $localize`:@@contribute.review.unarchived:Brought back: ${record.title}:title: is on its public page, in the lists and search again.`,
      );
      this.archive.archived.reload();
      setTimeout(() => this.archivedStatusLine()?.nativeElement.focus());
    });
  }
}
