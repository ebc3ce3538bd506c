import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ContributionsStore, RevisionView } from '@peerhub/contributions/data-access';
import { LanguageNamePipe, languageName } from '@peerhub/countries/data-access';
import { Audience, ContentKind, ResourceDraftInput, ResourceType } from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import {
  DraftEditor,
  SourceRowValue,
  fromSources,
  HTTP_URL,
  sourceRow,
  sourcesText,
  tagsValidator,
  toSources,
} from './draft-editor';
import {
  ConflictPanelComponent,
  RestoreOfferComponent,
  ReviewCommentComponent,
} from './draft-panels.component';
import { AUDIENCES, RESOURCE_TYPES, languageOptions } from './editor-options';

/** The resource form as the page holds it. */
export interface ResourceFormValue {
  title: string;
  type: ResourceType | '';
  language: string;
  languageVersionOf: string;
  publisher: string;
  year: number | null;
  audience: Audience[];
  topics: string[];
  competencyTags: string[];
  url: string;
  description: string;
  sources: SourceRowValue[];
  organisationSlugs: string[];
}

type Resource = NonNullable<RevisionView['resource']>;

/** What the API receives: empty rows left out, texts trimmed. */
export function toResourceDraft(v: ResourceFormValue): ResourceDraftInput {
  return {
    title: v.title.trim(),
    type: (v.type || 'GUIDE') as ResourceType,
    language: v.language,
    languageVersionOf: v.languageVersionOf.trim() || null,
    publisher: v.publisher.trim(),
    year: v.year === null || (v.year as unknown) === '' ? null : Number(v.year),
    audience: AUDIENCES.filter((a) => v.audience.includes(a)),
    topics: v.topics.map((t) => t.trim()).filter(Boolean),
    competencyTags: v.competencyTags.map((t) => t.trim()).filter(Boolean),
    url: v.url.trim() || null,
    description: v.description,
    sources: toSources(v.sources),
    organisationSlugs: [...v.organisationSlugs],
  };
}

/** The form filled from a revision's resource; `languageVersionOf` is the address of a resource of its group. */
export function fromResource(r: Resource, languageVersionOf = ''): ResourceFormValue {
  return {
    title: r.title,
    type: r.type,
    language: r.language,
    languageVersionOf,
    publisher: r.publisher,
    year: r.year,
    audience: [...r.audience],
    topics: [...r.topics],
    competencyTags: [...r.competencyTags],
    url: r.url ?? '',
    description: r.description,
    sources: fromSources(r.sources),
    organisationSlugs: r.organisations.map((o) => o.slug).filter((s) => s !== r.publisherOrganisation?.slug),
  };
}

function fieldLabels(): Record<keyof ResourceDraftInput, string> {
  return {
    title: $localize`:@@contribute.resource.field.title:Title`,
    type: $localize`:@@contribute.resource.field.type:Type of resource`,
    language: $localize`:@@contribute.resource.field.language:Language`,
    languageVersionOf: $localize`:@@contribute.resource.field.languageVersionOf:Language version of`,
    publisher: $localize`:@@contribute.resource.field.publisher:Publisher`,
    year: $localize`:@@contribute.resource.field.year:Year`,
    audience: $localize`:@@contribute.resource.field.audience:Audience`,
    topics: $localize`:@@contribute.resource.field.topics:Topics`,
    competencyTags: $localize`:@@contribute.resource.field.competencies:Competencies`,
    url: $localize`:@@contribute.resource.field.url:Link`,
    description: $localize`:@@contribute.resource.field.description:Description`,
    sources: $localize`:@@contribute.field.sources:Sources`,
    organisationSlugs: $localize`:@@contribute.resource.field.organisations:Other organisations`,
  };
}

/**
 * Writing a resource (`/contribute/resource/new?organisation=…`, published by that organisation) and editing a
 * draft of one (`/contribute/revision/:id`): guide, curriculum, paper… in one language, with its link, audience,
 * topics and competencies, saved as the practice editor saves (autosave with the lock version, both versions on a
 * conflict, a copy in this browser until saved). The preview shows the saved revision as the resource page will.
 */
@Component({
  selector: 'ph-resource-editor',
  imports: [
    NgTemplateOutlet,
    ConflictPanelComponent,
    RestoreOfferComponent,
    ReviewCommentComponent,
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LabelPipe,
    LanguageNamePipe,
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
        <h1 i18n="@@contribute.resource.title">Write a resource</h1>
        <p i18n="@@contribute.resource.signInFirst">Sign in first: resources are written with your account.</p>
        <div class="actions">
          <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" data-testid="editor-sign-in" i18n="@@contribute.signIn">Sign in</a>
        </div>
      } @else if (session.member()?.suspended) {
        <h1 i18n="@@contribute.resource.title">Write a resource</h1>
        <p data-testid="editor-suspended" i18n="@@contribute.suspended">Your account is suspended: you cannot write or change contributions.</p>
      } @else if (isNew()) {
        <p class="ph-muted back"><a routerLink="/contribute/mine" i18n="@@contribute.mine.link">Your contributions</a></p>
        <h1 i18n="@@contribute.resource.new">Write a new resource</h1>
        @if (writingOrganisation(); as o) {
          <p class="hint" data-testid="editor-for" i18n="@@contribute.resource.forOrganisation">Published by {{ o.name }}. It stays a draft only you and your organisation’s editors see until a moderator publishes it.</p>
        } @else if (!organisation()) {
          <p class="form-error" role="alert" data-testid="editor-no-organisation" i18n="@@contribute.resource.noOrganisation">A resource is written for the organisation that publishes it: open this page from that organisation’s page.</p>
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
                <ng-container i18n="@@contribute.resource.edit">Edit a resource</ng-container>
              } @else {
                <span [attr.lang]="rev.resource?.language ?? 'en'">{{ rev.title }}</span>
              }
            </h1>
            <p class="meta">
              <span class="state-chip" [class]="rev.state" data-testid="editor-state">{{ stateLabel(rev.state) }}</span>
              <span class="ph-muted" i18n="@@contribute.revisionNumber">Revision {{ rev.number }}</span>
              @if (rev.organisation; as o) {
                <span class="ph-muted">· {{ o.name }}</span>
              }
            </p>
            @if (rev.recordArchived) {
              <p class="notice warn" data-testid="editor-archived" i18n="@@contribute.resource.archived">This resource is archived: it is out of the lists, search and its page until an administrator brings it back.</p>
            }
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
                    <p class="done" data-testid="editor-published" i18n="@@contribute.resource.published">Published. <a [routerLink]="['/resources', rev.recordSlug]">See the resource’s public page</a>.</p>
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
        <form [formGroup]="form" (ngSubmit)="submit()" (focusout)="onBlur()" novalidate data-testid="resource-form">
          <h2 i18n="@@contribute.resource.section.about">The resource</h2>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.title">Title</mat-label>
            <input matInput formControlName="title" maxlength="200" required data-testid="field-title" />
            <mat-hint i18n="@@contribute.resource.hint.title">As on the resource itself, in its language.</mat-hint>
            <mat-hint align="end">{{ form.controls.title.value.length }} / 200</mat-hint>
            <mat-error>{{ message('title') }}</mat-error>
          </mat-form-field>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.resource.field.type">Type of resource</mat-label>
              <mat-select formControlName="type" required data-testid="field-type">
                @for (t of types; track t) {
                  <mat-option [value]="t">{{ t | phLabel }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ message('type') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.resource.field.language">Language</mat-label>
              <select matNativeControl formControlName="language" required data-testid="field-language">
                <option value="" i18n="@@contribute.choose">Choose…</option>
                @for (l of languages(); track l.code) {
                  <option [value]="l.code">{{ l.name }}</option>
                }
              </select>
              <mat-error>{{ message('language') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.languageVersionOf">Language version of</mat-label>
            <input
              matInput
              formControlName="languageVersionOf"
              [matAutocomplete]="versions"
              (input)="versionQuery.set($any($event.target).value)"
              maxlength="200"
              data-testid="field-language-version-of"
            />
            <mat-autocomplete #versions="matAutocomplete" (optionSelected)="versionQuery.set('')">
              @for (r of versionMatches(); track r.slug) {
                <mat-option [value]="r.slug">
                  <span [attr.lang]="r.language">{{ r.title }}</span>
                  <span class="ph-muted"> — {{ r.language | phLanguageName }}</span>
                </mat-option>
              }
            </mat-autocomplete>
            <mat-hint i18n="@@contribute.resource.hint.languageVersionOf">Only for a translation of a resource already on PeerHub: type its title and choose it, or paste the end of its address (e.g. tuto3-pat-brochure-en). Leave empty otherwise.</mat-hint>
            <mat-error>{{ message('languageVersionOf') }}</mat-error>
          </mat-form-field>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.resource.field.publisher">Publisher</mat-label>
              <input matInput formControlName="publisher" maxlength="300" data-testid="field-publisher" />
              @if (writingOrganisation(); as o) {
                <mat-hint i18n="@@contribute.resource.hint.publisher">As printed on the resource; empty: {{ o.name }}.</mat-hint>
              }
              <mat-error>{{ message('publisher') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.resource.field.year">Year</mat-label>
              <input matInput type="number" inputmode="numeric" min="1900" max="2100" formControlName="year" data-testid="field-year" />
              <mat-error>{{ message('year') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.url">Link</mat-label>
            <input matInput type="url" inputmode="url" formControlName="url" placeholder="https://" data-testid="field-url" />
            <mat-hint i18n="@@contribute.resource.hint.url">Where it can be read or downloaded. Leave empty if it is not online.</mat-hint>
            <mat-error>{{ message('url') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.description">Description</mat-label>
            <textarea matInput formControlName="description" rows="8" maxlength="20000" data-testid="field-description"></textarea>
            <mat-hint i18n="@@contribute.hint.markdown">Markdown: **bold**, *italic*, lists, links</mat-hint>
            <mat-hint align="end">{{ form.controls.description.value.length }} / 20000</mat-hint>
            <mat-error>{{ message('description') }}</mat-error>
          </mat-form-field>

          <h2 i18n="@@contribute.resource.section.readers">Readers and topics</h2>
          <fieldset>
            <legend i18n="@@contribute.resource.field.audience">Audience</legend>
            <mat-chip-listbox formControlName="audience" multiple [attr.aria-label]="audienceLabel" data-testid="field-audience">
              @for (a of audiences; track a) {
                <mat-chip-option [value]="a">{{ a | phLabel }}</mat-chip-option>
              }
            </mat-chip-listbox>
          </fieldset>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.topics">Topics</mat-label>
            <mat-chip-grid #topicsGrid formControlName="topics" [attr.aria-label]="labels.topics" data-testid="field-topics">
              @for (t of form.controls.topics.value; track t) {
                <mat-chip-row (removed)="removeTag('topics', t)">
                  {{ t }}
                  <button matChipRemove type="button" [attr.aria-label]="removeTagLabel(t)">
                    <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">cancel</span>
                  </button>
                </mat-chip-row>
              }
            </mat-chip-grid>
            <input
              [matChipInputFor]="topicsGrid"
              [matChipInputSeparatorKeyCodes]="separators"
              [matChipInputAddOnBlur]="true"
              (matChipInputTokenEnd)="addTag('topics', $event)"
              [attr.aria-label]="labels.topics"
              data-testid="field-topics-input"
            />
            <mat-hint i18n="@@contribute.resource.hint.tags">Press Enter or type a comma after each one.</mat-hint>
            <mat-error>{{ message('topics') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.competencies">Competencies</mat-label>
            <mat-chip-grid #competencyGrid formControlName="competencyTags" [attr.aria-label]="labels.competencyTags" data-testid="field-competencies">
              @for (t of form.controls.competencyTags.value; track t) {
                <mat-chip-row (removed)="removeTag('competencyTags', t)">
                  {{ t }}
                  <button matChipRemove type="button" [attr.aria-label]="removeTagLabel(t)">
                    <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">cancel</span>
                  </button>
                </mat-chip-row>
              }
            </mat-chip-grid>
            <input
              [matChipInputFor]="competencyGrid"
              [matChipInputSeparatorKeyCodes]="separators"
              [matChipInputAddOnBlur]="true"
              (matChipInputTokenEnd)="addTag('competencyTags', $event)"
              [attr.aria-label]="labels.competencyTags"
              data-testid="field-competencies-input"
            />
            <mat-hint i18n="@@contribute.resource.hint.competencies">What it teaches or assesses, e.g. active listening, sharing one’s recovery story.</mat-hint>
            <mat-error>{{ message('competencyTags') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.resource.field.organisations">Other organisations</mat-label>
            <mat-select formControlName="organisationSlugs" multiple data-testid="field-organisations">
              @for (o of organisationOptions(); track o.slug) {
                <mat-option [value]="o.slug">{{ o.name }}</mat-option>
              }
            </mat-select>
            <mat-hint i18n="@@contribute.resource.hint.organisations">Organisations that made it with the publisher.</mat-hint>
            <mat-error>{{ message('organisationSlugs') }}</mat-error>
          </mat-form-field>
          @if (chosenOrganisations().length) {
            <ul class="ph-chips" [attr.aria-label]="labels.organisationSlugs">
              @for (name of chosenOrganisations(); track name) {
                <li class="ph-chip">{{ name }}</li>
              }
            </ul>
          }

          <h2 i18n="@@contribute.field.sources">Sources</h2>
          <p class="hint" i18n="@@contribute.resource.hint.sources">Where a reader can check what is said here, if not in the resource itself: a catalogue, a project page, a report.</p>
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
              <button mat-flat-button type="submit" [disabled]="busy() || !organisation()" data-testid="save" i18n="@@contribute.saveDraft">Save the draft</button>
            } @else {
              <button mat-flat-button type="submit" [disabled]="busy() || !!conflict()" data-testid="submit" i18n="@@contribute.submit">Submit for review</button>
              <button mat-stroked-button type="button" [disabled]="busy() || !!conflict()" (click)="saveNow()" i18n="@@contribute.saveNow">Save now</button>
            }
          </div>
        </form>
      }
    </ng-template>

    <ng-template #preview let-rev>
      @if (rev.resource; as r) {
        <article class="preview" data-testid="preview">
          <h2 class="preview-title" [attr.lang]="r.language">{{ r.title }}</h2>
          <ul class="ph-chips">
            <li class="ph-chip">{{ r.type | phLabel }}</li>
            <li class="ph-chip">{{ r.language | phLanguageName }}</li>
            @if (r.year) {
              <li class="ph-chip">{{ r.year }}</li>
            }
          </ul>
          <div class="description" [attr.lang]="r.language" data-testid="preview-description" [innerHTML]="r.descriptionHtml"></div>
          <dl class="facts">
            @if (r.publisherOrganisation || r.publisher) {
              <dt i18n="@@contribute.resource.field.publisher">Publisher</dt>
              <dd>{{ r.publisher || r.publisherOrganisation?.name }}</dd>
            }
            @if (r.year) {
              <dt i18n="@@contribute.resource.field.year">Year</dt>
              <dd>{{ r.year }}</dd>
            }
            <dt i18n="@@contribute.resource.field.language">Language</dt>
            <dd>{{ r.language | phLanguageName }}</dd>
            @if (r.audience.length) {
              <dt i18n="@@contribute.resource.field.audience">Audience</dt>
              <dd>
                <ul class="ph-chips">
                  @for (a of r.audience; track a) {
                    <li class="ph-chip">{{ a | phLabel }}</li>
                  }
                </ul>
              </dd>
            }
            @if (r.topics.length) {
              <dt i18n="@@contribute.resource.field.topics">Topics</dt>
              <dd>
                <ul class="ph-chips">
                  @for (t of r.topics; track t) {
                    <li class="ph-chip">{{ t }}</li>
                  }
                </ul>
              </dd>
            }
            @if (r.competencyTags.length) {
              <dt i18n="@@contribute.resource.field.competencies">Competencies</dt>
              <dd>
                <ul class="ph-chips">
                  @for (t of r.competencyTags; track t) {
                    <li class="ph-chip">{{ t }}</li>
                  }
                </ul>
              </dd>
            }
            <dt i18n="@@contribute.resource.field.url">Link</dt>
            <dd>
              @if (r.url) {
                <a [href]="r.url" target="_blank" rel="noopener noreferrer">{{ r.url }}</a>
              } @else {
                <span class="ph-muted" i18n="@@contribute.resource.notOnline">Not available online</span>
              }
            </dd>
          </dl>
          <h3 i18n="@@contribute.resource.preview.organisations">Organisations</h3>
          <ul>
            @if (r.publisherOrganisation; as po) {
              <li>{{ po.name }}</li>
            }
            @for (o of r.organisations; track o.slug) {
              @if (o.slug !== r.publisherOrganisation?.slug) {
                <li>{{ o.name }}</li>
              }
            }
          </ul>
          @if (r.sources.length) {
            <h3 i18n="@@contribute.field.sources">Sources</h3>
            <ol class="sources">
              @for (s of r.sources; track $index) {
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
  styleUrls: ['./contribute-forms.scss', './draft-editor.scss'],
})
export class ResourceEditorComponent extends DraftEditor<ResourceFormValue, ResourceDraftInput> {
  /** `/contribute/resource/new?organisation=…`: the organisation that publishes it. */
  readonly organisation = input<string | undefined>();

  protected readonly kind: ContentKind = 'RESOURCE';
  protected readonly types = RESOURCE_TYPES;
  protected readonly audiences = AUDIENCES;
  protected readonly labels = fieldLabels();
  protected readonly audienceLabel = this.labels.audience;
  /** Enter and comma end a tag. */
  protected readonly separators = [13, 188];
  protected readonly versionQuery = signal('');

  protected readonly empty: ResourceFormValue = {
    title: '',
    type: '',
    language: '',
    languageVersionOf: '',
    publisher: '',
    year: null,
    audience: [],
    topics: [],
    competencyTags: [],
    url: '',
    description: '',
    sources: [],
    organisationSlugs: [],
  };

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    type: new FormControl<ResourceType | ''>('', { nonNullable: true, validators: [Validators.required] }),
    language: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    languageVersionOf: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    publisher: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
    year: new FormControl<number | null>(null, [Validators.min(1900), Validators.max(2100)]),
    audience: new FormControl<Audience[]>([], { nonNullable: true }),
    topics: new FormControl<string[]>([], { nonNullable: true, validators: [tagsValidator(30, 60)] }),
    competencyTags: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [tagsValidator(30, 120)],
    }),
    url: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(HTTP_URL), Validators.maxLength(2000)],
    }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20000)] }),
    sources: new FormArray<ReturnType<typeof sourceRow>>([]),
    organisationSlugs: new FormControl<string[]>([], { nonNullable: true }),
  });

  /** The organisation that publishes it. */
  protected readonly writingSlug = computed(() => {
    if (this.isNew()) return this.organisation() ?? '';
    const rev = this.saved();
    return rev?.resource?.publisherOrganisation?.slug ?? rev?.organisation?.slug ?? '';
  });
  private readonly allOrganisations = computed(() => {
    const options = [...this.store.organisationOptions()];
    const rev = this.saved();
    for (const o of [
      rev?.organisation,
      rev?.resource?.publisherOrganisation,
      ...(rev?.resource?.organisations ?? []),
    ])
      if (o && !options.some((x) => x.slug === o.slug)) options.push({ ...o, countryCode: '' });
    return options.sort((a, b) => a.name.localeCompare(b.name));
  });
  /** The organisations besides the publisher (which is always named). */
  protected readonly organisationOptions = computed(() =>
    this.allOrganisations().filter((o) => o.slug !== this.writingSlug()),
  );
  protected readonly writingOrganisation = computed(() =>
    this.allOrganisations().find((o) => o.slug === this.writingSlug()),
  );
  protected readonly chosenOrganisations = computed(() => {
    const names = new Map(this.allOrganisations().map((o) => [o.slug, o.name]));
    return (this.value()?.organisationSlugs ?? []).map((s) => names.get(s) ?? s);
  });
  protected readonly languages = computed(() =>
    languageOptions((c) => languageName(c, this.locale), this.locale, [this.value()?.language ?? '']),
  );
  /** Resources of PeerHub matching what is typed in "language version of" (not this one). */
  protected readonly versionMatches = computed(() => {
    const q = this.versionQuery().trim().toLowerCase();
    const own = this.saved()?.recordSlug;
    return this.store
      .resourceOptions()
      .filter((r) => r.slug !== own && (!q || r.title.toLowerCase().includes(q) || r.slug.includes(q)))
      .slice(0, 8);
  });

  constructor() {
    super();
    this.watchForm();
    const lang = this.locale.slice(0, 2).toLowerCase();
    this.form.controls.language.setValue(lang === 'nb' || lang === 'nn' ? 'no' : lang, { emitEvent: false });
    this.value.set(this.current());
    // A draft's translation group is shown as the address of a resource of that group, once they are known.
    effect(() => {
      const group = this.saved()?.resource?.translationGroup;
      const options = this.store.resourceOptions();
      if (!group || !options.length) return;
      untracked(() => {
        const c = this.form.controls.languageVersionOf;
        if (c.value || c.dirty) return;
        const slug = this.slugOfGroup(group);
        if (slug) c.setValue(slug, { emitEvent: false });
        this.value.set(this.current());
      });
    });
  }

  protected message(field: keyof ResourceFormValue): string {
    const c = this.form.controls[field];
    const server = this.errors()[field];
    if (server && c.hasError('server')) return server;
    if (c.hasError('required'))
      return field === 'title'
        ? $localize`:@@contribute.resource.error.titleRequired:Give the resource its title.`
        : field === 'type'
          ? $localize`:@@contribute.resource.error.type:Choose what kind of resource it is.`
          : $localize`:@@contribute.resource.error.language:Choose the language this version is written in.`;
    if (c.hasError('min') || c.hasError('max'))
      return $localize`:@@contribute.resource.error.year:Give a year between 1900 and 2100, or leave it empty.`;
    return this.commonMessage(field) || server || '';
  }

  protected override incompleteText(): string {
    return $localize`:@@contribute.resource.status.incomplete:Not saved yet: a draft needs a title, a type and a language.`;
  }

  protected override complete(): boolean {
    const c = this.form.controls;
    // A new resource needs the organisation that publishes it; a draft of one has it already (or is editorial).
    return (
      !c.title.hasError('required') &&
      c.type.valid &&
      c.language.valid &&
      (!this.isNew() || !!this.writingSlug())
    );
  }

  protected override newKey(): string {
    return `resource:${this.organisation() ?? ''}`;
  }

  protected override toDraft(v: ResourceFormValue): ResourceDraftInput {
    return toResourceDraft(v);
  }

  protected override fromRevision(rev: RevisionView): ResourceFormValue | undefined {
    if (!rev.resource) return undefined;
    const group = rev.resource.translationGroup;
    return fromResource(rev.resource, group ? (this.slugOfGroup(group, rev.recordSlug) ?? '') : '');
  }

  protected override fieldLabels(): Record<string, string> {
    return this.labels;
  }

  protected override createDraft(draft: ResourceDraftInput): Promise<RevisionView> {
    return this.store.createResource(this.writingSlug(), draft);
  }

  protected override saveDraft(id: string, lockVersion: number, draft: ResourceDraftInput) {
    return this.store.saveResourceDraft(id, lockVersion, draft);
  }

  protected override texts(d: ResourceDraftInput): Record<string, string> {
    const names = new Map(this.allOrganisations().map((o) => [o.slug, o.name]));
    return {
      title: d.title,
      type: enumLabel(d.type),
      language: languageName(d.language, this.locale),
      languageVersionOf: d.languageVersionOf ?? '',
      publisher: d.publisher ?? '',
      year: d.year ? String(d.year) : '',
      audience: (d.audience ?? []).map(enumLabel).join(', '),
      topics: (d.topics ?? []).join(', '),
      competencyTags: (d.competencyTags ?? []).join(', '),
      url: d.url ?? '',
      description: d.description ?? '',
      sources: sourcesText(d.sources ?? []),
      organisationSlugs: (d.organisationSlugs ?? [])
        .map((s) => names.get(s) ?? s)
        .sort()
        .join(', '),
    };
  }

  /**
   * The address of a resource whose versions share `group`: another version than this record if there is one,
   * else the resource the group is named after, else this record itself.
   */
  private slugOfGroup(group: string, own = this.saved()?.recordSlug): string | undefined {
    const options = this.store.resourceOptions();
    return (
      options.find((r) => r.translationGroup === group && r.slug !== own)?.slug ??
      options.find((r) => r.slug === group)?.slug ??
      options.find((r) => r.translationGroup === group)?.slug
    );
  }
}
