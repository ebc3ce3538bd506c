import { ChangeDetectionStrategy, Component, computed, effect, input, untracked } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
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
import { RouterLink } from '@angular/router';
import { ContributionsStore, RevisionView } from '@peerhub/contributions/data-access';
import {
  ContentKind,
  Leadership,
  PracticeCategory,
  PracticeDraftInput,
  PracticeStatus,
  PreconditionKind,
  Principle,
} from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import { DraftEditor, SourceRowValue, fromSources, sourceRow, sourcesText, toSources } from './draft-editor';
import {
  ConflictPanelComponent,
  RestoreOfferComponent,
  ReviewCommentComponent,
} from './draft-panels.component';

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
  sources: SourceRowValue[];
  organisationSlugs: string[];
}

type Practice = NonNullable<RevisionView['practice']>;

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
    sources: toSources(v.sources),
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
    sources: fromSources(p.sources),
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
    ConflictPanelComponent,
    RestoreOfferComponent,
    ReviewCommentComponent,
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
            <ph-review-comment [revision]="rev" />
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
        <ph-restore-offer [copy]="copy" (restore)="restore(copy)" (discard)="discardCopy()" />
      }

      @if (conflict(); as theirs) {
        <ph-conflict-panel [theirs]="theirs" [differences]="differences()" (keepMine)="keepMine()" (takeTheirs)="takeTheirs()" />
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
                  <mat-error>{{ rowMessage(i, 'text', 'preconditions') }}</mat-error>
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
                  <mat-error>{{ rowMessage(i, 'title') }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.source.url">Web address</mat-label>
                  <input matInput type="url" inputmode="url" formControlName="url" placeholder="https://" />
                  <mat-error>{{ rowMessage(i, 'url') }}</mat-error>
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
export class PracticeEditorComponent extends DraftEditor<PracticeFormValue, PracticeDraftInput> {
  /** `/contribute/practice/new?organisation=…`: the organisation it is written for. */
  readonly organisation = input<string | undefined>();

  protected readonly kind: ContentKind = 'PRACTICE';
  protected readonly empty = EMPTY;
  protected readonly principles = PRINCIPLES;
  protected readonly categories = CATEGORIES;
  protected readonly statuses = STATUSES;
  protected readonly leaderships = LEADERSHIPS;
  protected readonly preconditionKinds = PRECONDITION_KINDS;
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
    return (this.value()?.organisationSlugs ?? []).map((s) => names.get(s) ?? s);
  });

  constructor() {
    super();
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
        this.value.set(this.current());
      });
    });
    this.watchForm();
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
    if (c.hasError('min') || c.hasError('max'))
      return $localize`:@@contribute.error.startYear:Give a year between 1900 and 2100, or leave it empty.`;
    if (c.hasError('items')) return $localize`:@@contribute.error.items:Write at most 30 lines.`;
    if (c.hasError('itemLength'))
      return $localize`:@@contribute.error.itemLength:Keep each line under 2,000 characters.`;
    if (c.hasError('topics'))
      return $localize`:@@contribute.error.topics:Name at most 30 topics of up to 60 characters each.`;
    return this.commonMessage(field) || server || '';
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

  /** Fills the form without counting it as a change; the organisation it is written for stays named. */
  protected override fill(v: PracticeFormValue): void {
    const preconditions = this.form.controls.preconditions;
    preconditions.clear({ emitEvent: false });
    for (const p of v.preconditions) preconditions.push(preconditionRow(p), { emitEvent: false });
    const slug = this.writingSlug();
    const organisationSlugs =
      slug && !v.organisationSlugs.includes(slug) ? [slug, ...v.organisationSlugs] : v.organisationSlugs;
    super.fill({ ...v, organisationSlugs });
  }

  protected override incompleteText(): string {
    return $localize`:@@contribute.status.incomplete:Not saved yet: a draft needs a title, a country and a form of peer support.`;
  }

  protected override complete(): boolean {
    const c = this.form.controls;
    return !c.title.hasError('required') && !c.countryCode.invalid && !c.category.invalid;
  }

  protected override newKey(): string {
    return this.organisation() ?? '';
  }

  protected override toDraft(v: PracticeFormValue): PracticeDraftInput {
    return toDraft(v);
  }

  protected override fromRevision(rev: RevisionView): PracticeFormValue | undefined {
    return rev.practice ? fromPractice(rev.practice) : undefined;
  }

  protected override fieldLabels(): Record<string, string> {
    return fieldLabels();
  }

  protected override createDraft(draft: PracticeDraftInput): Promise<RevisionView> {
    return this.store.create(this.writingSlug(), draft);
  }

  protected override saveDraft(id: string, lockVersion: number, draft: PracticeDraftInput) {
    return this.store.save(id, lockVersion, draft);
  }

  /** Each field of a draft as a line of text, for the comparison. */
  protected override texts(d: PracticeDraftInput): Record<keyof PracticeDraftInput, string> {
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
      sources: sourcesText(d.sources ?? []),
      organisationSlugs: (d.organisationSlugs ?? [])
        .map((s) => names.get(s) ?? s)
        .sort()
        .join(', '),
    };
  }
}
