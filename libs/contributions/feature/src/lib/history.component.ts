import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { ContributionsStore, RevisionView } from '@peerhub/contributions/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { ContentKind, DiffChange, RevisionDiffQuery } from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import { formErrors } from './contribute-messages';
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
    default:
      return field;
  }
}

/** Fields holding one enum value, and lists of enum values (one a line): shown as labels, not diffed by words. */
const ENUM_FIELDS = new Set(['category', 'status', 'leadership', 'level', 'dimension']);
const ENUM_LIST_FIELDS = new Set(['principles']);
/** Fields compared as a whole value (a day, a year, a code): the old one struck, the new one added. */
const WHOLE_FIELDS = new Set(['checkedOn', 'startYear', 'countryCode']);

interface Part {
  change: DiffChange;
  text: string;
}

/** The parts to show for one changed field: words for texts; labels for enum values. */
function partsOf(c: FieldChangeView): Part[] {
  if (ENUM_FIELDS.has(c.field) || WHOLE_FIELDS.has(c.field))
    return [
      ...(c.before
        ? [{ change: 'REMOVED' as const, text: ENUM_FIELDS.has(c.field) ? enumLabel(c.before) : c.before }]
        : []),
      ...(c.before && c.after ? [{ change: 'SAME' as const, text: ' ' }] : []),
      ...(c.after
        ? [{ change: 'ADDED' as const, text: ENUM_FIELDS.has(c.field) ? enumLabel(c.after) : c.after }]
        : []),
    ];
  if (ENUM_LIST_FIELDS.has(c.field)) {
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
        text: enumLabel(v),
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
  protected readonly rows = computed(() =>
    this.changes().map((c) => ({ field: c.field, label: contentFieldLabel(c.field), parts: partsOf(c) })),
  );
}

/** The URL's kind (`practice`, `country_fact`) as the API's enum. */
function kindOf(kind: string): ContentKind | null {
  const k = kind.toLowerCase();
  return k === 'practice' ? 'PRACTICE' : k === 'country_fact' ? 'COUNTRY_FACT' : null;
}

/**
 * A record's history (`/contribute/history/:kind/:id`, kind `practice` or `country_fact`): its revisions newest
 * first, with who wrote and who reviewed each and why; a word diff between any two of them (by default the two
 * newest); and for members, "Restore this revision" — a new draft with that content (a practice opens in its
 * editor). Visitors see the published and superseded revisions only (the API filters).
 */
@Component({
  selector: 'ph-history',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
    LabelPipe,
    RevisionDiffComponent,
  ],
  providers: [ContributionsStore],
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
          @if (recordKind() === 'PRACTICE') {
            @if (slug(); as s) {
              <a [routerLink]="['/practices', s]" data-testid="history-back">{{ heading() }}</a>
            }
          } @else if (countryCode(); as code) {
            <a [routerLink]="['/countries', code]" data-testid="history-back">{{ countryName() || code }}</a>
          }
        </p>
        <h1 i18n="@@contribute.history.title">History of {{ heading() }}</h1>

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
              <ph-revision-diff [changes]="changes" />
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
    </div>
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
  `,
})
export class HistoryComponent {
  /** `practice` or `country_fact` (route parameter). */
  readonly kind = input.required<string>();
  /** The record's id (route parameter). */
  readonly id = input.required<string>();

  protected readonly store = inject(ContributionsStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly recordKind = computed(() => kindOf(this.kind()));
  protected readonly badAddress = computed(() =>
    this.recordKind() ? undefined : new ApiError('No such kind of record.', 'NOT_FOUND'),
  );
  protected readonly revisions = computed<readonly RevisionView[]>(
    () => this.store.history.value()?.revisions ?? [],
  );
  protected readonly slug = computed(() => this.revisions().find((r) => r.recordSlug)?.recordSlug ?? null);
  protected readonly countryCode = computed(
    () => this.revisions().find((r) => r.countryFact)?.countryFact?.countryCode,
  );
  private readonly country = this.store.fact(() => this.countryCode());
  protected readonly countryName = computed(() => this.country.value()?.country.name ?? '');
  /** What the record is: the practice's title as published (else the newest), or "Poland — Pay". */
  protected readonly heading = computed(() => {
    const rs = this.revisions();
    const shown = rs.find((r) => r.state === 'PUBLISHED') ?? rs[0];
    if (!shown) return '';
    const f = shown.countryFact;
    return f ? `${this.countryName() || f.countryCode} — ${enumLabel(f.dimension)}` : shown.title;
  });

  protected readonly notFoundText = $localize`:@@contribute.history.notFound:There is no history at this address. It reads /contribute/history/practice/… or /contribute/history/country_fact/… with the record’s id.`;
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
  protected readonly stateLabel = revisionStateLabel;

  constructor() {
    effect(() => {
      const kind = this.recordKind();
      this.store.record.set(kind ? { kind, id: this.id() } : undefined);
    });
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
      if (draft.kind === 'PRACTICE') {
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
}
