import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  LOCALE_ID,
  PLATFORM_ID,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet, isPlatformBrowser } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { ContributionsStore, DraftConflict, RevisionView } from '@peerhub/contributions/data-access';
import {
  Leadership,
  PracticeCategory,
  PracticeDraftInput,
  PracticeStatus,
  PreconditionKind,
  Principle,
} from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import { formErrors } from './contribute-messages';
import { rememberKind } from './revision-kind';
import { revisionStateLabel } from './state-label';

const PRINCIPLES: Principle[] = [
  'MUTUALITY',
  'RECIPROCITY',
  'SAFETY',
  'RECOVERY_FOCUS',
  'PROGRESSIVE',
  'INCLUSIVE',
  'STRENGTHS_BASED',
  'NON_DIRECTIVE',
];
const CATEGORIES: PracticeCategory[] = ['INFORMAL_GROUP', 'SELF_HELP_GROUP', 'INTENTIONAL_PEER_SUPPORT'];
const STATUSES: PracticeStatus[] = ['ACTIVE', 'COMPLETED', 'UNKNOWN'];
const LEADERSHIPS: Leadership[] = ['PEER_RUN', 'CO_PRODUCED', 'PROFESSIONAL_LED', 'UNKNOWN'];
const PRECONDITION_KINDS: PreconditionKind[] = ['LAW', 'FUNDING', 'TRAINING', 'ROLES', 'ORGANISATIONS'];
const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED'];
const AUTOSAVE_MS = 2000;
const LIST_ITEMS = 30;
const LIST_ITEM_LENGTH = 2000;

/** The form as the page holds it: lists as one item a line, topics comma-separated. */
export interface PracticeFormValue {
  title: string;
  summary: string;
  countryCode: string;
  place: string;
  category: PracticeCategory | '';
  setting: string;
  targetGroup: string;
  principles: Principle[];
  whatWorks: string;
  improvements: string;
  lessons: string;
  startYear: number | null;
  status: PracticeStatus;
  leadership: Leadership;
  preconditions: { kind: PreconditionKind; text: string }[];
  topics: string;
  sources: { title: string; url: string; locator: string }[];
  organisationSlugs: string[];
}

type Practice = NonNullable<RevisionView['practice']>;

/** A copy of the form kept in this browser while it is not saved (sessionStorage). */
interface LocalCopy {
  at: number;
  value: PracticeFormValue;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string }
  | { kind: 'incomplete' };

/**
 * The form of a new practice carried to the page of the draft it was just saved as: that route makes a new
 * component, and what was typed while the first save ran must not be lost.
 */
/**
 * A new draft's page hands over to the draft's own page (a new component). `read` is the old form itself, read
 * when the new page starts — not a copy made before navigating — so whatever was typed or added in between (a
 * source row, a word) is carried over too.
 */
let handoff: { revision: RevisionView; read: () => PracticeFormValue; sent: string } | undefined;

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

function listValidator(c: AbstractControl<string>): ValidationErrors | null {
  const items = lines(c.value ?? '');
  if (items.length > LIST_ITEMS) return { items: true };
  return items.some((s) => s.length > LIST_ITEM_LENGTH) ? { itemLength: true } : null;
}

function topicsValidator(c: AbstractControl<string>): ValidationErrors | null {
  const items = (c.value ?? '').split(',').map((s) => s.trim());
  return items.filter(Boolean).length > LIST_ITEMS || items.some((s) => s.length > 60)
    ? { topics: true }
    : null;
}

/** What the API receives: empty rows and lines left out, texts trimmed. */
export function toDraft(v: PracticeFormValue): PracticeDraftInput {
  return {
    title: v.title.trim(),
    summary: v.summary,
    countryCode: v.countryCode,
    place: v.place.trim() || null,
    category: (v.category || 'SELF_HELP_GROUP') as PracticeCategory,
    setting: v.setting.trim(),
    targetGroup: v.targetGroup.trim(),
    principles: PRINCIPLES.filter((p) => v.principles.includes(p)),
    whatWorks: lines(v.whatWorks),
    improvements: lines(v.improvements),
    lessons: lines(v.lessons),
    startYear: v.startYear === null || (v.startYear as unknown) === '' ? null : Number(v.startYear),
    status: v.status,
    leadership: v.leadership,
    preconditions: v.preconditions.map((p) => ({ kind: p.kind, text: p.text.trim() })).filter((p) => p.text),
    topics: v.topics
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    sources: v.sources
      .map((s) => ({ title: s.title.trim(), url: s.url.trim() || null, locator: s.locator.trim() || null }))
      .filter((s) => s.title || s.url || s.locator),
    organisationSlugs: [...v.organisationSlugs],
  };
}

/** The form filled from a revision's practice. */
export function fromPractice(p: Practice): PracticeFormValue {
  return {
    title: p.title,
    summary: p.summary,
    countryCode: p.countryCode,
    place: p.place ?? '',
    category: p.category,
    setting: p.setting,
    targetGroup: p.targetGroup,
    principles: [...p.principles],
    whatWorks: p.whatWorks.join('\n'),
    improvements: p.improvements.join('\n'),
    lessons: p.lessons.join('\n'),
    startYear: p.startYear,
    status: p.status,
    leadership: p.leadership,
    preconditions: p.preconditions.map((c) => ({ kind: c.kind, text: c.text })),
    topics: p.topics.join(', '),
    sources: p.sources.map((s) => ({ title: s.title, url: s.url ?? '', locator: s.locator ?? '' })),
    organisationSlugs: p.organisations.map((o) => o.slug),
  };
}

const EMPTY: PracticeFormValue = {
  title: '',
  summary: '',
  countryCode: '',
  place: '',
  category: '',
  setting: '',
  targetGroup: '',
  principles: [],
  whatWorks: '',
  improvements: '',
  lessons: '',
  startYear: null,
  status: 'UNKNOWN',
  leadership: 'UNKNOWN',
  preconditions: [],
  topics: '',
  sources: [],
  organisationSlugs: [],
};

function fieldLabels(): Record<keyof PracticeDraftInput, string> {
  return {
    title: $localize`:@@contribute.field.title:Title`,
    summary: $localize`:@@contribute.field.summary:Summary`,
    countryCode: $localize`:@@contribute.field.country:Country`,
    place: $localize`:@@contribute.field.place:Place`,
    category: $localize`:@@contribute.field.category:Form of peer support`,
    setting: $localize`:@@contribute.field.setting:Setting`,
    targetGroup: $localize`:@@contribute.field.targetGroup:Target group`,
    principles: $localize`:@@contribute.field.principles:Core principles`,
    whatWorks: $localize`:@@contribute.field.whatWorks:What works`,
    improvements: $localize`:@@contribute.field.improvements:What can be improved`,
    lessons: $localize`:@@contribute.field.lessons:Lessons`,
    startYear: $localize`:@@contribute.field.startYear:Start year`,
    status: $localize`:@@contribute.field.status:Status`,
    leadership: $localize`:@@contribute.field.leadership:Leadership`,
    preconditions: $localize`:@@contribute.field.preconditions:Preconditions`,
    topics: $localize`:@@contribute.field.topics:Topics`,
    sources: $localize`:@@contribute.field.sources:Sources`,
    organisationSlugs: $localize`:@@contribute.field.organisations:Organisations`,
  };
}

function sourceRow(s = { title: '', url: '', locator: '' }) {
  return new FormGroup({
    title: new FormControl(s.title, {
      nonNullable: true,
      validators: [Validators.minLength(3), Validators.maxLength(300)],
    }),
    url: new FormControl(s.url, {
      nonNullable: true,
      validators: [Validators.pattern(/^\s*(https?:\/\/\S+)?\s*$/), Validators.maxLength(2000)],
    }),
    locator: new FormControl(s.locator, { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
}

function preconditionRow(p: { kind: PreconditionKind; text: string } = { kind: 'FUNDING', text: '' }) {
  return new FormGroup({
    kind: new FormControl<PreconditionKind>(p.kind, { nonNullable: true }),
    text: new FormControl(p.text, {
      nonNullable: true,
      validators: [Validators.maxLength(LIST_ITEM_LENGTH)],
    }),
  });
}

/**
 * Writing a practice (`/contribute/practice/new?organisation=…`) and editing a draft of one
 * (`/contribute/revision/:id`): the whole case-study template, saved ~2 s after the last change, on leaving a field
 * and before submitting. A save that meets a newer draft (another tab or device) stops autosaving and shows both
 * versions to choose from. Nothing typed is lost: the form keeps its values on every error and a copy stays in
 * this browser's sessionStorage until it is saved. The preview shows the saved revision as the server renders it.
 */
@Component({
  selector: 'ph-practice-editor',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LabelPipe,
    LoadStateComponent,
    LongDatePipe,
  ],
  providers: [ContributionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      @if (session.me.isLoading()) {
        <ph-load-state [loading]="true" />
      } @else if (!session.member()) {
        <h1 i18n="@@contribute.editor.title">Write a practice</h1>
        <p i18n="@@contribute.signInFirst">Sign in first: practices are written with your account.</p>
        <div class="actions">
          <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" data-testid="editor-sign-in" i18n="@@contribute.signIn">Sign in</a>
        </div>
      } @else if (session.member()?.suspended) {
        <h1 i18n="@@contribute.editor.title">Write a practice</h1>
        <p data-testid="editor-suspended" i18n="@@contribute.suspended">Your account is suspended: you cannot write or change contributions.</p>
      } @else if (isNew()) {
        <p class="ph-muted back"><a routerLink="/contribute/mine" i18n="@@contribute.mine.link">Your contributions</a></p>
        <h1 i18n="@@contribute.editor.new">Write a new practice</h1>
        @if (writingOrganisation(); as o) {
          <p class="hint" i18n="@@contribute.editor.forOrganisation">Written for {{ o.name }}. It stays a draft only you and your organisation’s editors see until a moderator publishes it.</p>
        }
        <ng-container [ngTemplateOutlet]="editor" />
      } @else {
        <ph-load-state
          [loading]="!saved() && store.revision.isLoading()"
          [error]="saved() ? undefined : store.revision.error()"
          [notFoundText]="notFoundText"
          (retry)="store.revision.reload()"
        >
          @if (saved(); as rev) {
            <p class="ph-muted back"><a routerLink="/contribute/mine" i18n="@@contribute.mine.link">Your contributions</a></p>
            <h1>
              @if (editable()) {
                <ng-container i18n="@@contribute.editor.edit">Edit a practice</ng-container>
              } @else {
                <span lang="en">{{ rev.title }}</span>
              }
            </h1>
            <p class="meta">
              <span class="state-chip" [class]="rev.state" data-testid="editor-state">{{ stateLabel(rev.state) }}</span>
              <span class="ph-muted" i18n="@@contribute.revisionNumber">Revision {{ rev.number }}</span>
              @if (rev.organisation; as o) {
                <span class="ph-muted">· {{ o.name }}</span>
              }
            </p>
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
            @if (editable()) {
              <ng-container [ngTemplateOutlet]="editor" />
            } @else {
              @switch (rev.state) {
                @case ('SUBMITTED') {
                  <p class="done" data-testid="editor-submitted" i18n="@@contribute.submitted">Submitted for review on {{ rev.submittedAt | phLongDate }}. A moderator reads it and publishes it or asks for changes; you will see the answer under Your contributions.</p>
                }
                @case ('PUBLISHED') {
                  @if (rev.recordSlug) {
                    <p class="done" i18n="@@contribute.published">Published. <a [routerLink]="['/practices', rev.recordSlug]">See its public page</a>.</p>
                  }
                }
                @default {
                  <p class="hint" i18n="@@contribute.readOnly">This revision can no longer be changed.</p>
                }
              }
              <ng-container [ngTemplateOutlet]="preview" [ngTemplateOutletContext]="{ $implicit: rev }" />
            }
          }
        </ph-load-state>
      }
    </div>

    <ng-template #editor>
      @if (restoreOffer(); as copy) {
        <section class="notice" aria-labelledby="restore-heading" data-testid="restore-offer">
          <h2 id="restore-heading" i18n="@@contribute.restore.title">An unsaved copy is in this browser</h2>
          <p i18n="@@contribute.restore.text">This browser kept a copy of the form from {{ time(copy.at) }} that is newer than the saved draft.</p>
          <div class="actions">
            <button mat-flat-button type="button" (click)="restore(copy)" data-testid="restore-yes" i18n="@@contribute.restore.yes">Restore my copy</button>
            <button mat-stroked-button type="button" (click)="discardCopy()" i18n="@@contribute.restore.no">Discard it</button>
          </div>
        </section>
      }

      @if (conflict(); as theirs) {
        <section class="notice warn conflict" aria-labelledby="conflict-heading" data-testid="conflict">
          <h2 id="conflict-heading" i18n="@@contribute.conflict.title">Saved meanwhile from elsewhere</h2>
          <p i18n="@@contribute.conflict.text">This draft was saved meanwhile, in another tab or on another device. Autosave is paused until you choose which version to keep.</p>
          @for (d of differences(); track d.field) {
            <h3>{{ d.label }}</h3>
            <div class="compare">
              <div>
                <p class="who" i18n="@@contribute.conflict.theirs">Saved meanwhile by {{ theirs.author?.displayName ?? '—' }}</p>
                <p class="multiline" data-testid="conflict-theirs">{{ d.theirs || '—' }}</p>
              </div>
              <div>
                <p class="who" i18n="@@contribute.conflict.mine">Yours</p>
                <p class="multiline" data-testid="conflict-mine">{{ d.mine || '—' }}</p>
              </div>
            </div>
          }
          <div class="actions">
            <button mat-flat-button type="button" (click)="keepMine()" data-testid="conflict-keep-mine" i18n="@@contribute.conflict.keepMine">Keep mine</button>
            <button mat-stroked-button type="button" (click)="takeTheirs()" data-testid="conflict-take-theirs" i18n="@@contribute.conflict.takeTheirs">Take theirs</button>
          </div>
        </section>
      }

      @if (!isNew()) {
        <div class="actions view-toggle">
          <button mat-stroked-button type="button" [attr.aria-pressed]="previewing()" (click)="togglePreview()" data-testid="preview-toggle" i18n="@@contribute.preview.toggle">Preview</button>
        </div>
      }

      @if (previewing() && saved(); as rev) {
        <p class="hint" i18n="@@contribute.preview.hint">The preview shows the last saved version, as readers will see it once published.</p>
        <ng-container [ngTemplateOutlet]="preview" [ngTemplateOutletContext]="{ $implicit: rev }" />
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" (focusout)="onBlur()" novalidate data-testid="practice-form">
          <h2 i18n="@@contribute.section.about">The practice</h2>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.title">Title</mat-label>
            <input matInput formControlName="title" maxlength="200" required data-testid="field-title" />
            <mat-hint align="end">{{ form.controls.title.value.length }} / 200</mat-hint>
            <mat-error>{{ message('title') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.summary">Summary</mat-label>
            <textarea matInput formControlName="summary" rows="8" maxlength="20000" data-testid="field-summary"></textarea>
            <mat-hint i18n="@@contribute.hint.markdown">Markdown: **bold**, *italic*, lists, links</mat-hint>
            <mat-hint align="end">{{ form.controls.summary.value.length }} / 20000</mat-hint>
            <mat-error>{{ message('summary') }}</mat-error>
          </mat-form-field>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.field.country">Country</mat-label>
              <select matNativeControl formControlName="countryCode" required data-testid="field-country">
                <option value="" i18n="@@contribute.choose">Choose…</option>
                @for (c of store.countries(); track c.code) {
                  <option [value]="c.code">{{ c.name }}</option>
                }
              </select>
              <mat-error>{{ message('countryCode') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.field.place">Place</mat-label>
              <input matInput formControlName="place" maxlength="200" />
              <mat-hint i18n="@@contribute.hint.place">A city or region, if it is local.</mat-hint>
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.field.category">Form of peer support</mat-label>
              <mat-select formControlName="category" required data-testid="field-category">
                @for (c of categories; track c) {
                  <mat-option [value]="c">{{ c | phLabel }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ message('category') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.field.startYear">Start year</mat-label>
              <input matInput type="number" inputmode="numeric" min="1900" max="2100" formControlName="startYear" />
              <mat-error>{{ message('startYear') }}</mat-error>
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.field.status">Status</mat-label>
              <mat-select formControlName="status">
                @for (s of statuses; track s) {
                  <mat-option [value]="s">{{ s | phLabel }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.field.leadership">Leadership</mat-label>
              <mat-select formControlName="leadership">
                @for (l of leaderships; track l) {
                  <mat-option [value]="l">{{ l | phLabel }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.setting">Setting</mat-label>
            <input matInput formControlName="setting" maxlength="2000" />
            <mat-hint i18n="@@contribute.hint.setting">Where it happens: community, hospital, online…</mat-hint>
            <mat-error>{{ message('setting') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.targetGroup">Target group</mat-label>
            <input matInput formControlName="targetGroup" maxlength="2000" />
            <mat-hint i18n="@@contribute.hint.targetGroup">Who it is for.</mat-hint>
            <mat-error>{{ message('targetGroup') }}</mat-error>
          </mat-form-field>

          <fieldset>
            <legend i18n="@@contribute.field.principles">Core principles</legend>
            <div class="checks">
              @for (p of principles; track p) {
                <mat-checkbox [checked]="form.controls.principles.value.includes(p)" (change)="togglePrinciple(p, $event.checked)">{{ p | phLabel }}</mat-checkbox>
              }
            </div>
          </fieldset>

          <h2 i18n="@@contribute.section.experience">What was learnt</h2>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.whatWorks">What works</mat-label>
            <textarea matInput formControlName="whatWorks" rows="4"></textarea>
            <mat-hint i18n="@@contribute.hint.list">One point a line.</mat-hint>
            <mat-error>{{ message('whatWorks') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.improvements">What can be improved</mat-label>
            <textarea matInput formControlName="improvements" rows="4"></textarea>
            <mat-hint i18n="@@contribute.hint.list">One point a line.</mat-hint>
            <mat-error>{{ message('improvements') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.lessons">Lessons</mat-label>
            <textarea matInput formControlName="lessons" rows="4"></textarea>
            <mat-hint i18n="@@contribute.hint.list">One point a line.</mat-hint>
            <mat-error>{{ message('lessons') }}</mat-error>
          </mat-form-field>

          <h2 i18n="@@contribute.field.preconditions">Preconditions</h2>
          <p class="hint" i18n="@@contribute.hint.preconditions">What must be in place for it to work: a law, funding, training, recognised roles, organisations.</p>
          <div formArrayName="preconditions">
            @for (row of form.controls.preconditions.controls; track row; let i = $index) {
              <fieldset [formGroupName]="i" class="item">
                <legend i18n="@@contribute.precondition.n">Precondition {{ i + 1 }}</legend>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.precondition.kind">Kind</mat-label>
                  <mat-select formControlName="kind">
                    @for (k of preconditionKinds; track k) {
                      <mat-option [value]="k">{{ k | phLabel }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.precondition.text">What is needed</mat-label>
                  <textarea matInput formControlName="text" rows="2" maxlength="2000"></textarea>
                  <mat-error>{{ rowMessage('preconditions', i, 'text') }}</mat-error>
                </mat-form-field>
                <button mat-button type="button" (click)="removePrecondition(i)" i18n="@@contribute.precondition.remove">Remove precondition {{ i + 1 }}</button>
              </fieldset>
            }
          </div>
          <div class="actions">
            <button mat-stroked-button type="button" (click)="addPrecondition()" data-testid="add-precondition" i18n="@@contribute.precondition.add">Add a precondition</button>
          </div>

          <h2 i18n="@@contribute.section.links">Topics and organisations</h2>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.topics">Topics</mat-label>
            <input matInput formControlName="topics" />
            <mat-hint i18n="@@contribute.hint.topics">Separate topics with commas, e.g. housing, youth, recovery colleges.</mat-hint>
            <mat-error>{{ message('topics') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.field.organisations">Organisations</mat-label>
            <mat-select formControlName="organisationSlugs" multiple data-testid="field-organisations">
              @for (o of organisationOptions(); track o.slug) {
                <mat-option [value]="o.slug" [disabled]="o.slug === writingSlug()">{{ o.name }}</mat-option>
              }
            </mat-select>
            <mat-hint i18n="@@contribute.hint.organisations">The organisations behind it; yours is always named.</mat-hint>
            <mat-error>{{ message('organisationSlugs') }}</mat-error>
          </mat-form-field>
          <ul class="ph-chips" [attr.aria-label]="organisationsLabel">
            @for (name of chosenOrganisations(); track name) {
              <li class="ph-chip">{{ name }}</li>
            }
          </ul>

          <h2 i18n="@@contribute.field.sources">Sources</h2>
          <p class="hint" i18n="@@contribute.hint.sources">At least one document a reader can check: a report, an evaluation, a web page.</p>
          <p class="form-error" role="alert" data-testid="error-sources">{{ errors()['sources'] }}</p>
          <div formArrayName="sources">
            @for (row of form.controls.sources.controls; track row; let i = $index) {
              <fieldset [formGroupName]="i" class="item">
                <legend i18n="@@contribute.source.n">Source {{ i + 1 }}</legend>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.source.title">Title of the document</mat-label>
                  <input matInput formControlName="title" maxlength="300" />
                  <mat-error>{{ rowMessage('sources', i, 'title') }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.source.url">Web address</mat-label>
                  <input matInput type="url" inputmode="url" formControlName="url" placeholder="https://" />
                  <mat-error>{{ rowMessage('sources', i, 'url') }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.source.locator">Where in it</mat-label>
                  <input matInput formControlName="locator" maxlength="300" />
                  <mat-hint i18n="@@contribute.hint.locator">A page, section or annex.</mat-hint>
                </mat-form-field>
                <button mat-button type="button" (click)="removeSource(i)" i18n="@@contribute.source.remove">Remove source {{ i + 1 }}</button>
              </fieldset>
            }
          </div>
          <div class="actions">
            <button mat-stroked-button type="button" (click)="addSource()" data-testid="add-source" i18n="@@contribute.source.add">Add a source</button>
          </div>

          <p class="save-state" role="status" aria-live="polite" data-testid="save-state">{{ saveStateText() }}</p>
          <p class="form-error" role="alert" data-testid="form-error">{{ errors()['form'] }}</p>
          <div class="actions">
            @if (isNew()) {
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save" i18n="@@contribute.saveDraft">Save the draft</button>
            } @else {
              <button mat-flat-button type="submit" [disabled]="busy() || !!conflict()" data-testid="submit" i18n="@@contribute.submit">Submit for review</button>
              <button mat-stroked-button type="button" [disabled]="busy() || !!conflict()" (click)="saveNow()" i18n="@@contribute.saveNow">Save now</button>
            }
          </div>
        </form>
      }
    </ng-template>

    <ng-template #preview let-rev>
      @if (rev.practice; as p) {
        <article class="preview" data-testid="preview">
          <h2 class="preview-title" lang="en">{{ p.title }}</h2>
          <p class="meta">
            {{ countryName(p.countryCode) }}
            @if (p.place) {
              · {{ p.place }}
            }
            @if (p.startYear) {
              · <span i18n="@@contribute.preview.since">since {{ p.startYear }}</span>
            }
          </p>
          <ul class="ph-chips">
            <li class="ph-chip">{{ p.category | phLabel }}</li>
            @if (p.leadership !== 'UNKNOWN') {
              <li class="ph-chip">{{ p.leadership | phLabel }}</li>
            }
            @if (p.status !== 'UNKNOWN') {
              <li class="ph-chip">{{ p.status | phLabel }}</li>
            }
          </ul>
          <div class="summary" lang="en" data-testid="preview-summary" [innerHTML]="p.summaryHtml"></div>
          <dl class="facts">
            @if (p.setting) {
              <dt i18n="@@contribute.field.setting">Setting</dt>
              <dd lang="en">{{ p.setting }}</dd>
            }
            @if (p.targetGroup) {
              <dt i18n="@@contribute.field.targetGroup">Target group</dt>
              <dd lang="en">{{ p.targetGroup }}</dd>
            }
            @if (p.principles.length) {
              <dt i18n="@@contribute.field.principles">Core principles</dt>
              <dd>
                <ul class="ph-chips">
                  @for (x of p.principles; track x) {
                    <li class="ph-chip">{{ x | phLabel }}</li>
                  }
                </ul>
              </dd>
            }
            @if (p.topics.length) {
              <dt i18n="@@contribute.field.topics">Topics</dt>
              <dd lang="en">{{ p.topics.join(', ') }}</dd>
            }
          </dl>
          @if (p.whatWorks.length) {
            <h3 i18n="@@contribute.field.whatWorks">What works</h3>
            <ul>
              @for (x of p.whatWorks; track $index) {
                <li lang="en">{{ x }}</li>
              }
            </ul>
          }
          @if (p.improvements.length) {
            <h3 i18n="@@contribute.field.improvements">What can be improved</h3>
            <ul>
              @for (x of p.improvements; track $index) {
                <li lang="en">{{ x }}</li>
              }
            </ul>
          }
          @if (p.lessons.length) {
            <h3 i18n="@@contribute.field.lessons">Lessons</h3>
            <ul>
              @for (x of p.lessons; track $index) {
                <li lang="en">{{ x }}</li>
              }
            </ul>
          }
          @if (p.preconditions.length) {
            <h3 i18n="@@contribute.field.preconditions">Preconditions</h3>
            <dl class="facts">
              @for (c of p.preconditions; track $index) {
                <dt>{{ c.kind | phLabel }}</dt>
                <dd lang="en">{{ c.text }}</dd>
              }
            </dl>
          }
          <h3 i18n="@@contribute.field.organisations">Organisations</h3>
          <ul>
            @for (o of p.organisations; track o.slug) {
              <li>{{ o.name }}</li>
            }
          </ul>
          @if (p.sources.length) {
            <h3 i18n="@@contribute.field.sources">Sources</h3>
            <ol class="sources">
              @for (s of p.sources; track $index) {
                <li>
                  @if (s.url) {
                    <a [href]="s.url" rel="noopener noreferrer" target="_blank">{{ s.title }}</a>
                  } @else {
                    {{ s.title }}
                  }
                  @if (s.locator) {
                    <span class="ph-muted"> — {{ s.locator }}</span>
                  }
                </li>
              }
            </ol>
          }
        </article>
      }
    </ng-template>
  `,
  styleUrl: './contribute-forms.scss',
  styles: `
    .back {
      margin: 0 0 4px;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin: 0 0 12px;
    }
    .checks {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 0 12px;
    }
    fieldset.item {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    fieldset.item button {
      align-self: flex-start;
    }
    .compare {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 12px;
    }
    .compare > div {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface);
      min-width: 0;
    }
    .who {
      font-weight: 500;
      margin: 0 0 4px;
    }
    .save-state {
      min-height: 1.5em;
      margin: 12px 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .preview {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 16px 16px;
      overflow-wrap: anywhere;
    }
    .preview-title {
      font-size: 1.6rem;
    }
    .summary {
      font-size: 1.05rem;
      line-height: 1.6;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 24px;
    }
    .facts dt {
      font-weight: 500;
    }
    .facts dd {
      margin: 0;
      min-width: 0;
    }
    @media (max-width: 599px) {
      .facts {
        grid-template-columns: 1fr;
        gap: 2px;
      }
      .facts dd {
        margin-bottom: 8px;
      }
    }
  `,
})
export class PracticeEditorComponent {
  /** `/contribute/practice/new?organisation=…`: the organisation it is written for. */
  readonly organisation = input<string | undefined>();
  /** `/contribute/revision/:id`: the draft. */
  readonly id = input<string | undefined>();

  protected readonly store = inject(ContributionsStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly clock = new Intl.DateTimeFormat(inject(LOCALE_ID), { hour: '2-digit', minute: '2-digit' });

  protected readonly principles = PRINCIPLES;
  protected readonly categories = CATEGORIES;
  protected readonly statuses = STATUSES;
  protected readonly leaderships = LEADERSHIPS;
  protected readonly preconditionKinds = PRECONDITION_KINDS;
  protected readonly notFoundText = $localize`:@@contribute.notFound:There is no draft at this address, or it is not yours to see.`;
  protected readonly organisationsLabel = $localize`:@@contribute.field.organisations:Organisations`;

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    summary: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20000)] }),
    countryCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    place: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    category: new FormControl<PracticeCategory | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    setting: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIST_ITEM_LENGTH)] }),
    targetGroup: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(LIST_ITEM_LENGTH)],
    }),
    principles: new FormControl<Principle[]>([], { nonNullable: true }),
    whatWorks: new FormControl('', { nonNullable: true, validators: [listValidator] }),
    improvements: new FormControl('', { nonNullable: true, validators: [listValidator] }),
    lessons: new FormControl('', { nonNullable: true, validators: [listValidator] }),
    startYear: new FormControl<number | null>(null, [Validators.min(1900), Validators.max(2100)]),
    status: new FormControl<PracticeStatus>('UNKNOWN', { nonNullable: true }),
    leadership: new FormControl<Leadership>('UNKNOWN', { nonNullable: true }),
    preconditions: new FormArray<ReturnType<typeof preconditionRow>>([]),
    topics: new FormControl('', { nonNullable: true, validators: [topicsValidator] }),
    sources: new FormArray<ReturnType<typeof sourceRow>>([]),
    organisationSlugs: new FormControl<string[]>([], { nonNullable: true }),
  });

  /** The revision as the server last gave it (loaded, saved, submitted). */
  protected readonly saved = signal<RevisionView | undefined>(undefined);
  /** The draft saved meanwhile from elsewhere, while the page shows both versions. */
  protected readonly conflict = signal<RevisionView | undefined>(undefined);
  protected readonly restoreOffer = signal<LocalCopy | undefined>(undefined);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly previewing = signal(false);
  protected readonly saveState = signal<SaveState>({ kind: 'idle' });
  /** The form's value as a signal (for the comparison and the chips). */
  private readonly value = signal<PracticeFormValue>(EMPTY);

  protected readonly isNew = computed(() => !this.id());
  protected readonly editable = computed(() => {
    const rev = this.saved();
    return this.isNew() || (!!rev && EDITABLE.includes(rev.state));
  });
  protected readonly writingSlug = computed(() =>
    this.isNew() ? (this.organisation() ?? '') : (this.saved()?.organisation?.slug ?? ''),
  );
  protected readonly organisationOptions = computed(() => {
    const options = [...this.store.organisationOptions()];
    for (const o of [this.saved()?.organisation, ...(this.saved()?.practice?.organisations ?? [])])
      if (o && !options.some((x) => x.slug === o.slug)) options.push({ ...o, countryCode: '' });
    return options.sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly writingOrganisation = computed(() =>
    this.organisationOptions().find((o) => o.slug === this.writingSlug()),
  );
  protected readonly chosenOrganisations = computed(() => {
    const names = new Map(this.organisationOptions().map((o) => [o.slug, o.name]));
    return this.value().organisationSlugs.map((s) => names.get(s) ?? s);
  });
  protected readonly here = computed(() => this.router.url);

  protected readonly saveStateText = computed(() => {
    const s = this.saveState();
    switch (s.kind) {
      case 'saving':
        return $localize`:@@contribute.status.saving:Saving…`;
      case 'saved':
        return $localize`:@@contribute.status.saved:Saved at ${this.clock.format(s.at)}:time:`;
      case 'failed':
        return $localize`:@@contribute.status.failed:Not saved: ${s.reason}:reason:`;
      case 'incomplete':
        return $localize`:@@contribute.status.incomplete:Not saved yet: a draft needs a title, a country and a form of peer support.`;
      default:
        return '';
    }
  });

  /** Field by field where the draft saved meanwhile and this form differ. */
  protected readonly differences = computed(() => {
    const theirs = this.conflict()?.practice;
    if (!theirs) return [];
    const a = this.texts(toDraft(fromPractice(theirs)));
    const b = this.texts(toDraft(this.value()));
    const labels = fieldLabels();
    return (Object.keys(labels) as (keyof PracticeDraftInput)[])
      .filter((k) => a[k] !== b[k])
      .map((k) => ({ field: k, label: labels[k], theirs: a[k], mine: b[k] }));
  });

  private loadedId: string | undefined;
  private lockVersion = 0;
  /** The draft as last sent successfully (JSON), to skip saves that change nothing. */
  private lastSent = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  /** Set once a new draft is created and its own page takes over (or this page is gone): nothing more is saved here. */
  private handedOff = false;
  private again = false;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.open(id));
    });
    // The draft as loaded: fills the form once (a reload or a later answer never overwrites what is typed).
    effect(() => {
      const rev = this.store.revision.value()?.revision;
      if (!rev || rev.id !== this.loadedId || this.saved()) return;
      untracked(() => {
        this.accept(rev);
        if (rev.practice) this.fill(fromPractice(rev.practice));
        this.lastSent = JSON.stringify(toDraft(this.form.getRawValue()));
        this.offerLocalCopy(Date.parse(rev.updatedAt));
      });
    });
    // A new practice: its organisation is named, and its country is the organisation's until chosen.
    effect(() => {
      const org = this.writingOrganisation();
      if (!org || !this.isNew()) return;
      untracked(() => {
        const c = this.form.controls;
        if (!c.organisationSlugs.value.includes(org.slug))
          c.organisationSlugs.setValue([org.slug, ...c.organisationSlugs.value], { emitEvent: false });
        if (!c.countryCode.value && org.countryCode)
          c.countryCode.setValue(org.countryCode, { emitEvent: false });
        this.value.set(this.form.getRawValue());
      });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.timer);
      this.handedOff = true;
    });
  }

  protected stateLabel(state: string): string {
    return revisionStateLabel(state);
  }

  protected time(at: number | Date): string {
    return this.clock.format(at);
  }

  protected countryName(code: string): string {
    return this.store.countries().find((c) => c.code === code)?.name ?? code;
  }

  /** A field's message: the API's refusal when it stands, else what the form's own check found. */
  protected message(field: keyof PracticeFormValue): string {
    const c = this.form.controls[field];
    const server = this.errors()[field];
    if (server && c.hasError('server')) return server;
    if (c.hasError('required'))
      return field === 'title'
        ? $localize`:@@contribute.error.titleRequired:Give the practice a title.`
        : field === 'countryCode'
          ? $localize`:@@contribute.error.country:Choose the country where it happens.`
          : $localize`:@@contribute.error.category:Choose the form of peer support.`;
    if (c.hasError('maxlength'))
      return $localize`:@@contribute.error.maxLength:Use at most ${c.getError('maxlength').requiredLength}:max: characters.`;
    if (c.hasError('min') || c.hasError('max'))
      return $localize`:@@contribute.error.startYear:Give a year between 1900 and 2100, or leave it empty.`;
    if (c.hasError('items')) return $localize`:@@contribute.error.items:Write at most 30 lines.`;
    if (c.hasError('itemLength'))
      return $localize`:@@contribute.error.itemLength:Keep each line under 2,000 characters.`;
    if (c.hasError('topics'))
      return $localize`:@@contribute.error.topics:Name at most 30 topics of up to 60 characters each.`;
    return server ?? '';
  }

  protected rowMessage(list: 'sources' | 'preconditions', i: number, field: string): string {
    const c = (this.form.controls[list].at(i) as AbstractControl | undefined)?.get(field);
    const server = this.errors()[`${list}.${i}.${field}`];
    if (server && c?.hasError('server')) return server;
    if (c?.hasError('pattern'))
      return $localize`:@@contribute.error.sourceUrl:Give an address that starts with http:// or https://.`;
    if (c?.hasError('minlength') && field === 'title')
      return $localize`:@@contribute.error.sourceTitle:Give the source a title of 3 to 300 characters.`;
    if (c?.hasError('maxlength'))
      return $localize`:@@contribute.error.maxLength:Use at most ${c.getError('maxlength').requiredLength}:max: characters.`;
    return server ?? '';
  }

  protected togglePrinciple(p: Principle, on: boolean): void {
    const c = this.form.controls.principles;
    c.setValue(on ? [...new Set([...c.value, p])] : c.value.filter((x) => x !== p));
  }

  protected addPrecondition(): void {
    this.form.controls.preconditions.push(preconditionRow());
  }

  protected removePrecondition(i: number): void {
    this.form.controls.preconditions.removeAt(i);
  }

  protected addSource(): void {
    this.form.controls.sources.push(sourceRow());
    this.errors.update(({ sources: _, ...rest }) => rest);
  }

  protected removeSource(i: number): void {
    this.form.controls.sources.removeAt(i);
  }

  protected async togglePreview(): Promise<void> {
    if (!this.previewing()) await this.flush();
    this.previewing.update((p) => !p);
  }

  protected onBlur(): void {
    if (this.timer !== undefined) void this.save();
  }

  protected async saveNow(): Promise<void> {
    await this.flush(true);
  }

  /** Saves what is typed, then sends it for review (a new practice is only saved). */
  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveState.set({
        kind: 'failed',
        reason: $localize`:@@contribute.status.checkFields:check the marked fields.`,
      });
      return;
    }
    await this.flush(true);
    if (this.isNew() || this.conflict() || this.saveState().kind === 'failed' || !this.loadedId) return;
    this.busy.set(true);
    this.errors.set({});
    try {
      const rev = await this.store.submit(this.loadedId);
      this.accept(rev);
      this.removeLocalCopy();
    } catch (e) {
      this.showErrors(formErrors(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected keepMine(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.lockVersion = theirs.lockVersion;
    this.conflict.set(undefined);
    this.lastSent = '';
    void this.save();
  }

  protected takeTheirs(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.conflict.set(undefined);
    this.accept(theirs);
    if (theirs.practice) this.fill(fromPractice(theirs.practice));
    this.lastSent = JSON.stringify(toDraft(this.form.getRawValue()));
    this.removeLocalCopy();
    this.saveState.set({ kind: 'idle' });
  }

  protected restore(copy: LocalCopy): void {
    this.restoreOffer.set(undefined);
    this.fill({ ...EMPTY, ...copy.value });
    this.changed();
  }

  protected discardCopy(): void {
    this.restoreOffer.set(undefined);
    this.removeLocalCopy();
  }

  /** The route's draft (or a new one): loaded unless this page is already on it (a save moved it on). */
  private open(id: string | undefined): void {
    if (id && id === this.loadedId) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.loadedId = id;
    this.saved.set(undefined);
    this.conflict.set(undefined);
    this.errors.set({});
    this.saveState.set({ kind: 'idle' });
    if (id && handoff?.revision.id === id) {
      const carried = handoff;
      handoff = undefined;
      const value = carried.read();
      this.accept(carried.revision);
      this.fill(value);
      this.lastSent = carried.sent;
      this.saveState.set({ kind: 'saved', at: new Date() });
      if (JSON.stringify(toDraft(value)) !== carried.sent) this.changed();
      return;
    }
    this.store.revisionId.set(id);
    if (!id) this.offerLocalCopy(0);
  }

  /** The server's revision as the base of the next save. */
  private accept(rev: RevisionView): void {
    rememberKind(rev.id, rev.kind);
    this.saved.set(rev);
    this.lockVersion = rev.lockVersion;
  }

  /** Fills the form without counting it as a change. */
  private fill(v: PracticeFormValue): void {
    const c = this.form.controls;
    c.preconditions.clear({ emitEvent: false });
    for (const p of v.preconditions) c.preconditions.push(preconditionRow(p), { emitEvent: false });
    c.sources.clear({ emitEvent: false });
    for (const s of v.sources) c.sources.push(sourceRow(s), { emitEvent: false });
    const slug = this.writingSlug();
    const organisationSlugs =
      slug && !v.organisationSlugs.includes(slug) ? [slug, ...v.organisationSlugs] : v.organisationSlugs;
    this.form.setValue({ ...v, organisationSlugs }, { emitEvent: false });
    this.value.set(this.form.getRawValue());
  }

  /** Something was typed: kept in this browser, saved ~2 s later. */
  private changed(): void {
    const value = this.form.getRawValue();
    this.value.set(value);
    if (!this.browser || !this.editable()) return;
    this.writeLocalCopy(value);
    if (this.conflict()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Waits for a running save, then saves what is left (and `force`: says why when it cannot). */
  private async flush(force = false): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (force && this.form.invalid) this.form.markAllAsTouched();
    await this.save();
  }

  /** One save at a time; a change meanwhile is saved right after. */
  private save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.send().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.save();
      }
    });
    return this.inFlight;
  }

  private async send(): Promise<void> {
    if (this.handedOff || !this.editable() || this.conflict()) return;
    const value = this.form.getRawValue();
    const draft = toDraft(value);
    const json = JSON.stringify(draft);
    if (this.loadedId && json === this.lastSent) return;
    const c = this.form.controls;
    if (c.title.hasError('required') || c.countryCode.invalid || c.category.invalid) {
      this.saveState.set({ kind: 'incomplete' });
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveState.set({
        kind: 'failed',
        reason: $localize`:@@contribute.status.checkFields:check the marked fields.`,
      });
      return;
    }
    const id = this.loadedId;
    this.saveState.set({ kind: 'saving' });
    try {
      const rev = id
        ? await this.store.save(id, this.lockVersion, draft)
        : await this.store.create(this.writingSlug(), draft);
      this.lastSent = json;
      this.saveState.set({ kind: 'saved', at: new Date() });
      this.errors.update((errors) => (errors['form'] ? {} : errors));
      const unchanged = JSON.stringify(toDraft(this.form.getRawValue())) === json;
      if (!id) {
        // The draft's own page takes over (a new component): it gets the form as it is now, and saves what changed
        // meanwhile. This one saves nothing more — a second create would make a second practice.
        this.handedOff = true;
        this.again = false;
        this.loadedId = rev.id;
        this.removeLocalCopy();
        // Known before navigating: the revision page shows this kind's editor at once (no loading state in which
        // what is typed would go nowhere).
        rememberKind(rev.id, rev.kind);
        handoff = { revision: rev, read: () => this.form.getRawValue(), sent: json };
        await this.router.navigate(['/contribute/revision', rev.id], { replaceUrl: true });
        return;
      }
      if (unchanged) this.removeLocalCopy();
      this.accept(rev);
      if (rev.id !== id) {
        // Changes were requested: the reviewed revision stays as it was, this is the next one.
        this.loadedId = rev.id;
        if (!unchanged) this.writeLocalCopy(this.form.getRawValue());
        await this.router.navigate(['/contribute/revision', rev.id], { replaceUrl: true });
      }
    } catch (e) {
      if (e instanceof DraftConflict) {
        this.conflict.set(e.current);
        this.saveState.set({
          kind: 'failed',
          reason: $localize`:@@contribute.status.conflict:the draft was saved meanwhile from elsewhere. Compare both versions below.`,
        });
        return;
      }
      const errors = formErrors(e);
      this.showErrors(errors);
      this.saveState.set({
        kind: 'failed',
        reason: errors['form'] ?? $localize`:@@contribute.status.checkFields:check the marked fields.`,
      });
    }
  }

  /** The API's refusal next to its fields; what belongs to none above the buttons. */
  private showErrors(errors: Record<string, string>): void {
    this.errors.set(errors);
    for (const key of Object.keys(errors)) {
      const control = this.form.get(key);
      if (control && key !== 'sources' && key !== 'preconditions') {
        control.setErrors({ ...control.errors, server: true });
        control.markAsTouched();
      }
    }
  }

  private localKey(): string {
    return this.loadedId
      ? `ph-contribute:${this.loadedId}`
      : `ph-contribute:new:${this.organisation() ?? ''}`;
  }

  private writeLocalCopy(value: PracticeFormValue): void {
    try {
      sessionStorage.setItem(this.localKey(), JSON.stringify({ at: Date.now(), value } satisfies LocalCopy));
    } catch {
      // Storage full or refused: the form still holds everything.
    }
  }

  private removeLocalCopy(): void {
    if (!this.browser) return;
    try {
      sessionStorage.removeItem(this.localKey());
    } catch {
      // Nothing to remove.
    }
  }

  /** Offers this browser's copy when it is newer than `savedAt` and differs from what the form holds. */
  private offerLocalCopy(savedAt: number): void {
    if (!this.browser) return;
    try {
      const raw = sessionStorage.getItem(this.localKey());
      const copy = raw ? (JSON.parse(raw) as LocalCopy) : undefined;
      if (
        copy?.value &&
        copy.at > savedAt &&
        JSON.stringify(toDraft({ ...EMPTY, ...copy.value })) !==
          JSON.stringify(toDraft(this.form.getRawValue()))
      )
        this.restoreOffer.set(copy);
    } catch {
      // A copy that cannot be read is no copy.
    }
  }

  /** Each field of a draft as a line of text, for the comparison. */
  private texts(d: PracticeDraftInput): Record<keyof PracticeDraftInput, string> {
    const names = new Map(this.organisationOptions().map((o) => [o.slug, o.name]));
    return {
      title: d.title,
      summary: d.summary,
      countryCode: this.countryName(d.countryCode),
      place: d.place ?? '',
      category: enumLabel(d.category),
      setting: d.setting ?? '',
      targetGroup: d.targetGroup ?? '',
      principles: (d.principles ?? []).map(enumLabel).join(', '),
      whatWorks: (d.whatWorks ?? []).join('\n'),
      improvements: (d.improvements ?? []).join('\n'),
      lessons: (d.lessons ?? []).join('\n'),
      startYear: d.startYear ? String(d.startYear) : '',
      status: enumLabel(d.status),
      leadership: enumLabel(d.leadership),
      preconditions: (d.preconditions ?? []).map((p) => `${enumLabel(p.kind)}: ${p.text}`).join('\n'),
      topics: (d.topics ?? []).join(', '),
      sources: (d.sources ?? [])
        .map((s) => [s.title, s.url, s.locator].filter(Boolean).join(' — '))
        .join('\n'),
      organisationSlugs: (d.organisationSlugs ?? [])
        .map((s) => names.get(s) ?? s)
        .sort()
        .join(', '),
    };
  }
}
