import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import {
  ArchiveStore,
  ContributionsStore,
  RevisionView,
  isArchivable,
} from '@peerhub/contributions/data-access';
import { languageName } from '@peerhub/countries/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { ContentKind, DiffChange, RevisionDiffQuery } from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import { openArchiveDialog } from './archive-dialog.component';
import { ArchiveAction } from './archive-messages';
import { formErrors } from './contribute-messages';
import { publicPath } from './record-links';
import { RevisionContentComponent } from './revision-content.component';
import { revisionStateLabel } from './state-label';

export type FieldChangeView = RevisionDiffQuery['revisionDiff'][number];

/** A field of a practice or a country fact, as a diff names it, in the page's language. */
export function contentFieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return $localize`:@@contribute.history.field.title:Title`;
    case 'summary':
      return $localize`:@@contribute.history.field.summary:Summary`;
    case 'countryCode':
      return $localize`:@@contribute.history.field.countryCode:Country`;
    case 'place':
      return $localize`:@@contribute.history.field.place:Place`;
    case 'category':
      return $localize`:@@contribute.history.field.category:Form of peer support`;
    case 'setting':
      return $localize`:@@contribute.history.field.setting:Setting`;
    case 'targetGroup':
      return $localize`:@@contribute.history.field.targetGroup:Who it is for`;
    case 'principles':
      return $localize`:@@contribute.history.field.principles:Principles`;
    case 'whatWorks':
      return $localize`:@@contribute.history.field.whatWorks:What works`;
    case 'improvements':
      return $localize`:@@contribute.history.field.improvements:What could be better`;
    case 'lessons':
      return $localize`:@@contribute.history.field.lessons:Lessons`;
    case 'startYear':
      return $localize`:@@contribute.history.field.startYear:Start year`;
    case 'status':
      return $localize`:@@contribute.history.field.status:Status`;
    case 'leadership':
      return $localize`:@@contribute.history.field.leadership:Leadership`;
    case 'preconditions':
      return $localize`:@@contribute.history.field.preconditions:Preconditions`;
    case 'topics':
      return $localize`:@@contribute.history.field.topics:Topics`;
    case 'sources':
      return $localize`:@@contribute.history.field.sources:Sources`;
    case 'organisations':
      return $localize`:@@contribute.history.field.organisations:Organisations`;
    case 'dimension':
      return $localize`:@@contribute.history.field.dimension:Dimension`;
    case 'level':
      return $localize`:@@contribute.history.field.level:Level`;
    case 'text':
      return $localize`:@@contribute.history.field.text:What the source says`;
    case 'checkedOn':
      return $localize`:@@contribute.history.field.checkedOn:Checked on`;
    case 'description':
      return $localize`:@@contribute.history.field.description:Description`;
    case 'type':
      return $localize`:@@contribute.history.field.type:Type`;
    case 'language':
      return $localize`:@@contribute.history.field.language:Language`;
    case 'translationGroup':
      return $localize`:@@contribute.history.field.translationGroup:Language versions of`;
    case 'publisher':
      return $localize`:@@contribute.history.field.publisher:Publisher`;
    case 'publisherOrganisationId':
      return $localize`:@@contribute.history.field.publisherOrganisation:Publishing organisation`;
    case 'year':
      return $localize`:@@contribute.history.field.year:Year`;
    case 'audience':
      return $localize`:@@contribute.history.field.audience:Audience`;
    case 'competencyTags':
      return $localize`:@@contribute.history.field.competencyTags:Competencies`;
    case 'url':
      return $localize`:@@contribute.history.field.url:Link`;
    case 'name':
      return $localize`:@@contribute.history.field.name:Name`;
    case 'acronym':
      return $localize`:@@contribute.history.field.acronym:Acronym`;
    case 'city':
      return $localize`:@@contribute.history.field.city:City`;
    case 'expertise':
      return $localize`:@@contribute.history.field.expertise:Expertise`;
    case 'languages':
      return $localize`:@@contribute.history.field.languages:Languages`;
    case 'projects':
      return $localize`:@@contribute.history.field.projects:Projects`;
    case 'website':
      return $localize`:@@contribute.history.field.website:Website`;
    case 'openToPartnership':
      return $localize`:@@contribute.history.field.openToPartnership:Open to partnership`;
    default:
      return field;
  }
}

/** Fields holding one enum value, and lists of enum values (one a line): shown as labels, not diffed by words. */
const ENUM_FIELDS = new Set(['category', 'status', 'leadership', 'level', 'dimension', 'type']);
const ENUM_LIST_FIELDS = new Set(['principles', 'audience']);
/** Lists of language codes (one a line): shown by name. */
const LANGUAGE_LIST_FIELDS = new Set(['languages']);
/** Fields compared as a whole value (a day, a year, a code, an address): the old one struck, the new one added. */
const WHOLE_FIELDS = new Set([
  'checkedOn',
  'startYear',
  'countryCode',
  'year',
  'language',
  'url',
  'website',
  'openToPartnership',
  'publisherOrganisationId',
  'translationGroup',
]);
/**
 * Fields the API compares that a reader never needs: ids listed again by name (`organisations`), and the
 * publishing organisation as an object (its change shows as `publisherOrganisationId`, by name).
 */
const HIDDEN_FIELDS = new Set(['organisationIds', 'publisherOrganisation']);

interface Part {
  change: DiffChange;
  text: string;
}

/** How one value reads: enum values as labels, languages and organisations by name, yes / no. */
export interface DiffNames {
  language: (code: string) => string;
  organisation: (id: string) => string;
}

function valueText(field: string, value: string, names: DiffNames): string {
  if (ENUM_FIELDS.has(field)) return enumLabel(value);
  if (field === 'language') return names.language(value);
  if (field === 'publisherOrganisationId') return names.organisation(value);
  if (field === 'openToPartnership')
    return value === 'true'
      ? $localize`:@@contribute.history.yes:Yes`
      : $localize`:@@contribute.history.no:No`;
  return value;
}

/** The parts to show for one changed field: words for texts; labels for enum values; names for codes. */
function partsOf(c: FieldChangeView, names: DiffNames): Part[] {
  if (ENUM_FIELDS.has(c.field) || WHOLE_FIELDS.has(c.field))
    return [
      ...(c.before ? [{ change: 'REMOVED' as const, text: valueText(c.field, c.before, names) }] : []),
      ...(c.before && c.after ? [{ change: 'SAME' as const, text: ' ' }] : []),
      ...(c.after ? [{ change: 'ADDED' as const, text: valueText(c.field, c.after, names) }] : []),
    ];
  if (ENUM_LIST_FIELDS.has(c.field) || LANGUAGE_LIST_FIELDS.has(c.field)) {
    const label = ENUM_LIST_FIELDS.has(c.field) ? enumLabel : names.language;
    const before = c.before.split('\n').filter(Boolean);
    const after = c.after.split('\n').filter(Boolean);
    const all = [...new Set([...before, ...after])];
    return all.flatMap((v, i) => [
      ...(i ? [{ change: 'SAME' as const, text: ', ' }] : []),
      {
        change: !before.includes(v)
          ? ('ADDED' as const)
          : !after.includes(v)
            ? ('REMOVED' as const)
            : ('SAME' as const),
        text: label(v),
      },
    ]);
  }
  return c.parts;
}

/**
 * What changed between two revisions, field by field: removed words struck through on a red tint, added words
 * underlined on a green tint, each with a hidden "removed:" / "added:" for screen readers (colour is never the only
 * signal).
 */
@Component({
  selector: 'ph-revision-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <dl class="diff" data-testid="revision-diff">
        @for (row of rows(); track row.field) {
          <div class="change">
            <dt>{{ row.label }}</dt>
            <!-- prettier-ignore -->
            <dd class="parts">@for (p of row.parts; track $index) {@switch (p.change) {@case ('REMOVED') {<del><span class="visually-hidden">{{ removedMark }}</span>{{ p.text }}</del>}@case ('ADDED') {<ins><span class="visually-hidden">{{ addedMark }}</span>{{ p.text }}</ins>}@default {<span>{{ p.text }}</span>}}}</dd>
          </div>
        }
      </dl>
    } @else {
      <p class="ph-muted" data-testid="revision-diff-same">{{ sameText() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .diff {
      margin: 8px 0;
      display: grid;
      gap: 8px;
    }
    .change {
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      min-width: 0;
    }
    dt {
      font-weight: 500;
      font-size: 0.9rem;
      color: var(--mat-sys-on-surface-variant);
      margin-bottom: 4px;
    }
    dd {
      margin: 0;
    }
    .parts {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      line-height: 1.6;
    }
    del,
    ins {
      padding: 0 2px;
      margin: 0 1px;
    }
    del {
      text-decoration: line-through;
      text-decoration-thickness: 2px;
      background: #fbe7e6;
      color: #8c1d18;
      border-radius: 3px;
    }
    ins {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      background: #e3f3e6;
      color: #0b5d1e;
      border-radius: 3px;
    }
    @media print {
      del,
      ins {
        background: none;
        color: #000;
      }
    }
  `,
})
export class RevisionDiffComponent {
  readonly changes = input.required<readonly FieldChangeView[]>();
  /** What to say when nothing differs. */
  readonly sameText = input($localize`:@@contribute.history.same:These two revisions hold the same content.`);
  protected readonly removedMark = $localize`:@@contribute.history.removedMark:removed:` + ' ';
  protected readonly addedMark = $localize`:@@contribute.history.addedMark:added:` + ' ';
  /** Organisation names by id, for a resource's publishing organisation (its id otherwise). */
  readonly organisationNames = input<ReadonlyMap<string, string>>(new Map());
  private readonly locale = inject(LOCALE_ID);
  protected readonly rows = computed(() => {
    const orgs = this.organisationNames();
    const names: DiffNames = {
      language: (code) => languageName(code, this.locale),
      organisation: (id) => orgs.get(id) ?? id,
    };
    return this.changes()
      .filter((c) => !HIDDEN_FIELDS.has(c.field))
      .map((c) => ({ field: c.field, label: contentFieldLabel(c.field), parts: partsOf(c, names) }));
  });
}

/** The URL's kind (`practice`, `resource`, `organisation`, `country_fact`) as the API's enum. */
function kindOf(kind: string): ContentKind | null {
  switch (kind.toLowerCase()) {
    case 'practice':
      return 'PRACTICE';
    case 'resource':
      return 'RESOURCE';
    case 'organisation':
      return 'ORGANISATION';
    case 'country_fact':
      return 'COUNTRY_FACT';
    default:
      return null;
  }
}

/**
 * A record's history (`/contribute/history/:kind/:id`, kind `practice`, `resource`, `organisation` or
 * `country_fact`): its revisions newest first, with who wrote and who reviewed each and why, and what each holds;
 * a word diff between any two of them (by default the two newest); for members, "Restore this revision" — a new
 * draft with that content (a practice, resource or profile opens in its editor). Visitors see the published and
 * superseded revisions only (the API filters). An archived record says so; moderators and administrators — and for
 * a practice or a resource, the editors of its organisations — archive it, or bring it back, giving a reason.
 */
@Component({
  selector: 'ph-history',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
    LabelPipe,
    RevisionDiffComponent,
    RevisionContentComponent,
  ],
  providers: [ContributionsStore, ArchiveStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <ph-load-state
        [loading]="store.history.isLoading() && !store.history.hasValue()"
        [error]="store.history.error() ?? badAddress()"
        [empty]="revisions().length === 0"
        [emptyText]="emptyText"
        [notFoundText]="notFoundText"
        (retry)="store.history.reload()"
      >
        <p class="ph-muted back">
          @if (publicLink(); as link) {
            <a [routerLink]="link" data-testid="history-back">{{ heading() }}</a>
          } @else if (countryCode(); as code) {
            <a [routerLink]="['/countries', code]" data-testid="history-back">{{ countryName() || code }}</a>
          }
        </p>
        <h1 i18n="@@contribute.history.title">History of {{ heading() }}</h1>

        @if (archived()) {
          <div class="notice warn archived" data-testid="history-archived">
            <p class="archived-title" i18n="@@contribute.history.archivedTitle">Archived</p>
            <p i18n="@@contribute.history.archivedText">
              This record is archived: its public page, the lists and search no longer show it. Its history stays
              here.
            </p>
          </div>
        }
        <ng-container *ngTemplateOutlet="archiveActions" />

        <p role="status" class="status" data-testid="history-status">
          @if (restored(); as r) {
            <span i18n="@@contribute.history.restoredFact"
              >Revision {{ r.from }} is copied into a new draft, revision {{ r.to }}.</span
            >&ngsp;<a routerLink="/contribute/mine" i18n="@@contribute.history.submitFromMine"
              >Submit it for review from Your contributions</a
            >
          }
        </p>
        <p class="form-error alert-line" role="alert" data-testid="history-error">{{ error() }}</p>

        <section aria-labelledby="history-compare-heading">
          <h2 id="history-compare-heading" i18n="@@contribute.history.compare">Compare two revisions</h2>
          @if (revisions().length < 2) {
            <p class="ph-muted" i18n="@@contribute.history.onlyOne">There is only one revision: nothing to compare yet.</p>
          } @else {
            <div class="row pickers">
              <mat-form-field appearance="outline">
                <mat-label i18n="@@contribute.history.from">From</mat-label>
                <select matNativeControl [value]="fromId()" (change)="pickFrom($event)" data-testid="history-from">
                  @for (r of revisions(); track r.id) {
                    <option [value]="r.id" [selected]="r.id === fromId()">{{ optionLabel(r) }}</option>
                  }
                </select>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label i18n="@@contribute.history.to">To</mat-label>
                <select matNativeControl [value]="toId()" (change)="pickTo($event)" data-testid="history-to">
                  @for (r of revisions(); track r.id) {
                    <option [value]="r.id" [selected]="r.id === toId()">{{ optionLabel(r) }}</option>
                  }
                </select>
              </mat-form-field>
            </div>
            @if (fromId() === toId()) {
              <p class="ph-muted" i18n="@@contribute.history.pickTwo">Pick two different revisions.</p>
            } @else if (diffError()) {
              <p class="form-error" role="alert">{{ diffError() }}</p>
            } @else if (diff(); as changes) {
              <ph-revision-diff [changes]="changes" [organisationNames]="organisationNames()" />
            } @else {
              <p class="ph-muted" role="status" i18n="@@contribute.history.diffLoading">Comparing…</p>
            }
          }
        </section>

        <section aria-labelledby="history-list-heading">
          <h2 id="history-list-heading" i18n="@@contribute.history.revisions">Revisions, newest first</h2>
          <ol class="revisions" reversed data-testid="history-revisions">
            @for (r of revisions(); track r.id) {
              <li class="card" [attr.data-state]="r.state">
                <div class="head">
                  <h3 i18n="@@contribute.history.number">Revision {{ r.number }}</h3>
                  <span class="state-chip" [class]="r.state">{{ stateLabel(r.state) }}</span>
                </div>
                <dl class="meta">
                  <div>
                    <dt i18n="@@contribute.history.author">Written by</dt>
                    <dd>
                      {{ r.author?.displayName ?? formerMember }}
                      @if (r.organisation; as o) {
                        —
                        <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                      }
                    </dd>
                  </div>
                  <div>
                    <dt i18n="@@contribute.history.created">Started</dt>
                    <dd>{{ r.createdAt | phLongDate }}</dd>
                  </div>
                  @if (r.submittedAt) {
                    <div>
                      <dt i18n="@@contribute.history.submitted">Submitted</dt>
                      <dd>{{ r.submittedAt | phLongDate }}</dd>
                    </div>
                  }
                  @if (r.decidedAt) {
                    <div>
                      <dt i18n="@@contribute.history.decided">Decided</dt>
                      <dd>
                        {{ r.decidedAt | phLongDate }}
                        @if (r.reviewer; as who) {
                          — {{ who.displayName }}
                        }
                      </dd>
                    </div>
                  }
                  @if (r.countryFact; as f) {
                    <div>
                      <dt i18n="@@contribute.history.level">Level</dt>
                      <dd>{{ f.level | phLabel }}</dd>
                    </div>
                  }
                </dl>
                @if (r.reason) {
                  <p class="quote">
                    <span class="ph-muted" i18n="@@contribute.history.reason">Reason:</span>&ngsp;<span class="multiline">{{ r.reason }}</span>
                  </p>
                }
                @if (r.reviewComment) {
                  <p class="quote">
                    <span class="ph-muted" i18n="@@contribute.history.comment">Reviewer’s comment:</span>&ngsp;<span class="multiline">{{
                      r.reviewComment
                    }}</span>
                  </p>
                }
                @if (r.practice || r.resource || r.organisationProfile) {
                  <details class="holds" data-testid="history-content">
                    <summary i18n="@@contribute.history.showContent">What revision {{ r.number }} holds</summary>
                    <ph-revision-content [revision]="r" />
                  </details>
                }
                @if (session.member() && r.state !== 'PUBLISHED') {
                  <div class="actions">
                    <button
                      mat-stroked-button
                      type="button"
                      [disabled]="busy()"
                      (click)="restore(r)"
                      [attr.aria-describedby]="'history-rev-' + r.id"
                      data-testid="history-restore"
                      i18n="@@contribute.history.restore"
                    >
                      Restore this revision
                    </button>
                    <span class="visually-hidden" [id]="'history-rev-' + r.id" i18n="@@contribute.history.restoreWhich"
                      >Revision {{ r.number }}</span
                    >
                  </div>
                }
              </li>
            }
          </ol>
        </section>
      </ph-load-state>
      @if (store.history.hasValue() && revisions().length === 0) {
        <ng-container *ngTemplateOutlet="archiveActions" />
      }
    </div>

    <ng-template #archiveActions>
      @if (mayArchive()) {
        <div class="record-actions" data-testid="history-archive-actions">
          @if (archived()) {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="openArchive('unarchive')"
              data-testid="history-unarchive"
              i18n="@@contribute.history.unarchive"
            >
              Bring back
            </button>
          } @else {
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="openArchive('archive')"
              data-testid="history-archive"
              i18n="@@contribute.history.archive"
            >
              Archive
            </button>
            <span class="ph-muted small" i18n="@@contribute.history.archiveHint"
              >Takes it off the site, keeping its history.</span
            >
          }
        </div>
      }
      <p role="status" class="status done-line" data-testid="history-archive-status">{{ archiveStatus() }}</p>
    </ng-template>
  `,
  styleUrl: './contribute-forms.scss',
  styles: `
    .alert-line:empty,
    .status:empty {
      display: block;
      margin: 0;
    }
    .pickers mat-form-field {
      width: auto;
    }
    .revisions {
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
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .head h3 {
      margin: 0;
    }
    .meta {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 4px 16px;
      margin: 8px 0;
    }
    .meta dt {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .meta dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .quote {
      margin: 6px 0;
      overflow-wrap: anywhere;
    }
    .actions {
      margin: 8px 0 0;
    }
    .archived p {
      margin: 0;
    }
    .archived .archived-title {
      font-weight: 500;
      margin-bottom: 4px;
    }
    .record-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin: 12px 0;
    }
    .record-actions button {
      min-height: 48px;
    }
    .small {
      font-size: 0.9rem;
    }
    .done-line:not(:empty) {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .holds {
      margin: 8px 0 0;
    }
    .holds summary {
      cursor: pointer;
      min-height: 24px;
      padding: 4px 0;
      color: var(--mat-sys-primary);
    }
  `,
})
export class HistoryComponent {
  /** `practice`, `resource`, `organisation` or `country_fact` (route parameter). */
  readonly kind = input.required<string>();
  /** The record's id (route parameter). */
  readonly id = input.required<string>();

  protected readonly store = inject(ContributionsStore);
  private readonly archive = inject(ArchiveStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);

  protected readonly recordKind = computed(() => kindOf(this.kind()));
  protected readonly badAddress = computed(() =>
    this.recordKind() ? undefined : new ApiError('No such kind of record.', 'NOT_FOUND'),
  );
  protected readonly revisions = computed<readonly RevisionView[]>(
    () => this.store.history.value()?.revisions ?? [],
  );
  /** The revision that says what the record is: the published one, else the newest. */
  private readonly shown = computed(() => {
    const rs = this.revisions();
    return rs.find((r) => r.state === 'PUBLISHED') ?? rs[0];
  });
  protected readonly slug = computed(() => this.revisions().find((r) => r.recordSlug)?.recordSlug ?? null);
  protected readonly archived = computed(() => this.revisions().some((r) => r.recordArchived));
  /** The public page, while there is one (not for an archived record, whose page is gone). */
  protected readonly publicLink = computed(() => {
    const kind = this.recordKind();
    const slug = this.slug();
    return kind && slug && !this.archived() ? publicPath(kind, slug) : null;
  });
  protected readonly countryCode = computed(
    () => this.revisions().find((r) => r.countryFact)?.countryFact?.countryCode,
  );
  private readonly country = this.store.fact(() => this.countryCode());
  protected readonly countryName = computed(() => this.country.value()?.country.name ?? '');
  /** What the record is: the title or name as published (else the newest), or "Poland — Pay". */
  protected readonly heading = computed(() => {
    const shown = this.shown();
    if (!shown) return '';
    const f = shown.countryFact;
    return f ? `${this.countryName() || f.countryCode} — ${enumLabel(f.dimension)}` : shown.title;
  });

  /** Organisation names by id, for a diff naming a resource's publishing organisation. */
  protected readonly organisationNames = computed<ReadonlyMap<string, string>>(() =>
    this.recordKind() === 'RESOURCE'
      ? new Map(this.store.organisationOptions().map((o) => [o.id, o.name]))
      : new Map(),
  );

  /** The signed-in member, if they may write (not suspended). */
  private readonly writer = computed(() => {
    const me = this.session.member();
    return me && !me.suspended ? me : null;
  });
  private readonly moderator = computed(() =>
    (this.writer()?.roles ?? []).some((r) => r === 'moderator' || r === 'admin'),
  );
  /** Whether the member's organisations matter here: a practice's or resource's editors may archive it. */
  private readonly editorsMayArchive = computed(
    () =>
      !!this.writer() &&
      !this.moderator() &&
      (this.recordKind() === 'PRACTICE' || this.recordKind() === 'RESOURCE'),
  );
  /** The organisations the member edits for (asked only when they matter). */
  private readonly editorOf = computed(() =>
    (this.archive.memberships.value()?.myMemberships ?? [])
      .filter((m) => m.status === 'APPROVED')
      .map((m) => m.organisation.id),
  );
  /** The organisations behind the record as published (null when no revision says). */
  private readonly recordOrganisations = computed<string[] | null>(() => {
    const r = this.shown();
    if (!r) return null;
    return [
      ...(r.practice?.organisations ?? []).map((o) => o.id),
      ...(r.resource?.organisations ?? []).map((o) => o.id),
      ...(r.resource?.publisherOrganisation ? [r.resource.publisherOrganisation.id] : []),
      ...(r.organisation ? [r.organisation.id] : []),
    ];
  });
  /**
   * Who is offered to archive or bring back: moderators and administrators; for a practice or a resource, the
   * editors of its organisations (of any organisation when no revision names them: the API then decides).
   */
  protected readonly mayArchive = computed(() => {
    if (!isArchivable(this.recordKind()) || !this.writer()) return false;
    if (this.moderator()) return true;
    if (!this.editorsMayArchive()) return false;
    const mine = this.editorOf();
    const theirs = this.recordOrganisations();
    return mine.length > 0 && (theirs === null || theirs.some((id) => mine.includes(id)));
  });

  protected readonly notFoundText = $localize`:@@contribute.history.notFoundKinds:There is no history at this address. It reads /contribute/history/practice/…, /contribute/history/resource/…, /contribute/history/organisation/… or /contribute/history/country_fact/… with the record’s id.`;
  protected readonly emptyText = $localize`:@@contribute.history.empty:No revision of this record is visible to you.`;
  protected readonly formerMember = $localize`:@@contribute.history.formerMember:Former member`;

  /** The revisions compared; unset means the two newest. */
  private readonly pickedFrom = signal<string | null>(null);
  private readonly pickedTo = signal<string | null>(null);
  protected readonly fromId = computed(
    () => this.valid(this.pickedFrom()) ?? this.revisions()[1]?.id ?? null,
  );
  protected readonly toId = computed(() => this.valid(this.pickedTo()) ?? this.revisions()[0]?.id ?? null);
  protected readonly diff = signal<readonly FieldChangeView[] | null>(null);
  protected readonly diffError = signal('');

  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly restored = signal<{ from: number; to: number } | null>(null);
  protected readonly archiveStatus = signal('');
  protected readonly stateLabel = revisionStateLabel;

  constructor() {
    effect(() => {
      const kind = this.recordKind();
      this.store.record.set(kind ? { kind, id: this.id() } : undefined);
    });
    effect(() => this.archive.membershipsWanted.set(this.editorsMayArchive()));
    effect((onCleanup) => {
      const from = this.fromId();
      const to = this.toId();
      this.diff.set(null);
      this.diffError.set('');
      if (!from || !to || from === to) return;
      let live = true;
      onCleanup(() => (live = false));
      this.store.diff(from, to).then(
        (changes) => live && this.diff.set(changes),
        (e: unknown) => live && this.diffError.set(Object.values(formErrors(e))[0] ?? ''),
      );
    });
  }

  private valid(id: string | null): string | null {
    return id && this.revisions().some((r) => r.id === id) ? id : null;
  }

  protected optionLabel(r: RevisionView): string {
    return $localize`:@@contribute.history.option:Revision ${r.number}:number: — ${revisionStateLabel(r.state)}:state:`;
  }

  protected pickFrom(event: Event): void {
    this.pickedFrom.set((event.target as HTMLSelectElement).value);
  }

  protected pickTo(event: Event): void {
    this.pickedTo.set((event.target as HTMLSelectElement).value);
  }

  protected async restore(r: RevisionView): Promise<void> {
    this.error.set('');
    this.restored.set(null);
    this.busy.set(true);
    try {
      const draft = await this.store.restore(r.id);
      if (draft.kind !== 'COUNTRY_FACT') {
        await this.router.navigate(['/contribute/revision', draft.id]);
        return;
      }
      this.restored.set({ from: r.number, to: draft.number });
      this.store.history.reload();
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    } finally {
      this.busy.set(false);
    }
  }

  /** Asks for the reason, then archives the record (or brings it back), and says so. */
  protected openArchive(action: ArchiveAction): void {
    const kind = this.recordKind();
    if (!isArchivable(kind)) return;
    const id = this.id();
    this.archiveStatus.set('');
    openArchiveDialog(this.dialog, {
      action,
      title: this.heading(),
      run: (reason) =>
        action === 'archive'
          ? this.archive.archive(kind, id, reason)
          : this.archive.unarchive(kind, id, reason),
    }).subscribe((record) => {
      if (!record) return;
      this.archiveStatus.set(
        record.archived
          ? $localize`:@@contribute.history.archivedDone:Archived: ${record.title}:title: is off its public page, the lists and search.`
          : $localize`:@@contribute.history.unarchivedDone:Brought back: ${record.title}:title: is on its public page again.`,
      );
      this.store.history.reload();
    });
  }
}
