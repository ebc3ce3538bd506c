import { ChangeDetectionStrategy, Component, computed, effect } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { ContributionsStore, RevisionView } from '@peerhub/contributions/data-access';
import { LanguageNamePipe, languageName } from '@peerhub/countries/data-access';
import { ContentKind, OrganisationDraftInput, OrganisationType } from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, LongDatePipe, enumLabel } from '@peerhub/shared/ui';
import {
  DraftEditor,
  HTTP_URL,
  SourceRowValue,
  fromSources,
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
import { ORGANISATION_TYPES, languageOptions } from './editor-options';

/** The organisation profile form as the page holds it. */
export interface OrganisationFormValue {
  name: string;
  acronym: string;
  type: OrganisationType | '';
  countryCode: string;
  city: string;
  description: string;
  expertise: string[];
  languages: string[];
  projects: string[];
  website: string;
  openToPartnership: boolean;
  sources: SourceRowValue[];
}

type Profile = NonNullable<RevisionView['organisationProfile']>;

/** What the API receives: empty rows left out, texts trimmed. */
export function toOrganisationDraft(v: OrganisationFormValue): OrganisationDraftInput {
  return {
    name: v.name.trim(),
    acronym: v.acronym.trim() || null,
    type: (v.type || 'NGO') as OrganisationType,
    countryCode: v.countryCode,
    city: v.city.trim() || null,
    description: v.description,
    expertise: v.expertise.map((t) => t.trim()).filter(Boolean),
    languages: [...v.languages].sort(),
    projects: v.projects.map((t) => t.trim()).filter(Boolean),
    website: v.website.trim() || null,
    openToPartnership: v.openToPartnership,
    sources: toSources(v.sources),
  };
}

export function fromProfile(o: Profile): OrganisationFormValue {
  return {
    name: o.name,
    acronym: o.acronym ?? '',
    type: o.type,
    countryCode: o.countryCode,
    city: o.city ?? '',
    description: o.description,
    expertise: [...o.expertise],
    languages: [...o.languages],
    projects: [...o.projects],
    website: o.website ?? '',
    openToPartnership: o.openToPartnership,
    sources: fromSources(o.sources),
  };
}

function fieldLabels(): Record<keyof OrganisationDraftInput, string> {
  return {
    name: $localize`:@@contribute.organisation.field.name:Name`,
    acronym: $localize`:@@contribute.organisation.field.acronym:Acronym`,
    type: $localize`:@@contribute.organisation.field.type:Type of organisation`,
    countryCode: $localize`:@@contribute.organisation.field.country:Country`,
    city: $localize`:@@contribute.organisation.field.city:City`,
    description: $localize`:@@contribute.organisation.field.description:Description`,
    expertise: $localize`:@@contribute.organisation.field.expertise:Expertise`,
    languages: $localize`:@@contribute.organisation.field.languages:Languages it works in`,
    projects: $localize`:@@contribute.organisation.field.projects:Projects`,
    website: $localize`:@@contribute.organisation.field.website:Website`,
    openToPartnership: $localize`:@@contribute.organisation.field.openToPartnership:Open to partnership`,
    sources: $localize`:@@contribute.field.sources:Sources`,
  };
}

/**
 * Proposing a new organisation (`/contribute/organisation/new`, any member: once published, its author becomes its
 * editor) and editing a draft of an organisation's profile (`/contribute/revision/:id`), saved as the practice
 * editor saves. An editor of a verified organisation publishes a change to its profile on submitting; others send
 * it for review. The profile never shows an e-mail address: contact goes through PeerHub.
 */
@Component({
  selector: 'ph-organisation-editor',
  imports: [
    NgTemplateOutlet,
    ConflictPanelComponent,
    RestoreOfferComponent,
    ReviewCommentComponent,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
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
        <h1 i18n="@@contribute.organisation.title">Add an organisation</h1>
        <p i18n="@@contribute.organisation.signInFirst">Sign in first: organisation profiles are written with your account.</p>
        <div class="actions">
          <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" data-testid="editor-sign-in" i18n="@@contribute.signIn">Sign in</a>
        </div>
      } @else if (session.member()?.suspended) {
        <h1 i18n="@@contribute.organisation.title">Add an organisation</h1>
        <p data-testid="editor-suspended" i18n="@@contribute.suspended">Your account is suspended: you cannot write or change contributions.</p>
      } @else if (isNew()) {
        <p class="ph-muted back"><a routerLink="/contribute/mine" i18n="@@contribute.mine.link">Your contributions</a></p>
        <h1 i18n="@@contribute.organisation.new">Add an organisation</h1>
        <p class="hint" i18n="@@contribute.organisation.newHint">An organisation active in peer support that is not on PeerHub yet. It stays a draft only you see until a moderator publishes it; once published, you become its editor on PeerHub.</p>
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
                <ng-container i18n="@@contribute.organisation.edit">Edit an organisation’s profile</ng-container>
              } @else {
                {{ rev.title }}
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
              <p class="notice warn" data-testid="editor-archived" i18n="@@contribute.organisation.archived">This organisation is archived: it is out of the lists, search and its page until an administrator brings it back.</p>
            }
            <ph-review-comment [revision]="rev" />
            @if (editable()) {
              <ng-container [ngTemplateOutlet]="editor" />
            } @else {
              @switch (rev.state) {
                @case ('SUBMITTED') {
                  <p class="done" data-testid="editor-submitted" i18n="@@contribute.submitted">Submitted for review on {{ rev.submittedAt | phLongDate }}. A moderator reads it and publishes it or asks for changes; you will see the answer under Your contributions.</p>
                  @if (rev.number === 1) {
                    <p class="hint" i18n="@@contribute.organisation.becomeEditor">Once it is published, you become the organisation’s editor on PeerHub: you can then change its profile and write its practices and resources.</p>
                  }
                }
                @case ('PUBLISHED') {
                  @if (rev.recordSlug) {
                    <p class="done" data-testid="editor-published" i18n="@@contribute.organisation.published">Published. <a [routerLink]="['/organisations', rev.recordSlug]">See the organisation’s public page</a>.</p>
                  }
                  @if (rev.number === 1 && rev.author?.id === session.member()?.id) {
                    <p class="hint" data-testid="editor-now-editor" i18n="@@contribute.organisation.nowEditor">You are now its editor on PeerHub: you can change its profile and write its practices and resources.</p>
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
      <p class="notice" data-testid="no-email" i18n="@@contribute.organisation.noEmail">PeerHub never shows an e-mail address on an organisation’s page: whoever wants to reach it writes through PeerHub, and its editors answer from there. Do not put e-mail addresses or phone numbers in the description.</p>

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
        <form [formGroup]="form" (ngSubmit)="submit()" (focusout)="onBlur()" novalidate data-testid="organisation-form">
          <h2 i18n="@@contribute.organisation.section.about">The organisation</h2>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
              <mat-label i18n="@@contribute.organisation.field.name">Name</mat-label>
              <input matInput formControlName="name" maxlength="200" required data-testid="field-name" />
              <mat-hint i18n="@@contribute.organisation.hint.name">Its full name, in its own language.</mat-hint>
              <mat-error>{{ message('name') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.organisation.field.acronym">Acronym</mat-label>
              <input matInput formControlName="acronym" maxlength="30" data-testid="field-acronym" />
              <mat-error>{{ message('acronym') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.organisation.field.type">Type of organisation</mat-label>
            <mat-select formControlName="type" required data-testid="field-type">
              @for (t of types; track t) {
                <mat-option [value]="t">{{ t | phLabel }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ message('type') }}</mat-error>
          </mat-form-field>
          <div class="row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.organisation.field.country">Country</mat-label>
              <select matNativeControl formControlName="countryCode" required data-testid="field-country">
                <option value="" i18n="@@contribute.choose">Choose…</option>
                @for (c of store.countries(); track c.code) {
                  <option [value]="c.code">{{ c.name }}</option>
                }
              </select>
              <mat-error>{{ message('countryCode') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label i18n="@@contribute.organisation.field.city">City</mat-label>
              <input matInput formControlName="city" maxlength="200" data-testid="field-city" />
              <mat-error>{{ message('city') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.organisation.field.description">Description</mat-label>
            <textarea matInput formControlName="description" rows="8" maxlength="20000" data-testid="field-description"></textarea>
            <mat-hint i18n="@@contribute.hint.markdown">Markdown: **bold**, *italic*, lists, links</mat-hint>
            <mat-hint align="end">{{ form.controls.description.value.length }} / 20000</mat-hint>
            <mat-error>{{ message('description') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.organisation.field.website">Website</mat-label>
            <input matInput type="url" inputmode="url" formControlName="website" placeholder="https://" data-testid="field-website" />
            <mat-error>{{ message('website') }}</mat-error>
          </mat-form-field>

          <h2 i18n="@@contribute.organisation.section.work">Its work</h2>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.organisation.field.expertise">Expertise</mat-label>
            <mat-chip-grid #expertiseGrid formControlName="expertise" [attr.aria-label]="labels.expertise" data-testid="field-expertise">
              @for (t of form.controls.expertise.value; track t) {
                <mat-chip-row (removed)="removeTag('expertise', t)">
                  {{ t }}
                  <button matChipRemove type="button" [attr.aria-label]="removeTagLabel(t)">
                    <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">cancel</span>
                  </button>
                </mat-chip-row>
              }
            </mat-chip-grid>
            <input
              [matChipInputFor]="expertiseGrid"
              [matChipInputSeparatorKeyCodes]="separators"
              [matChipInputAddOnBlur]="true"
              (matChipInputTokenEnd)="addTag('expertise', $event)"
              [attr.aria-label]="labels.expertise"
              data-testid="field-expertise-input"
            />
            <mat-hint i18n="@@contribute.organisation.hint.expertise">E.g. peer training, recovery colleges, advocacy. Press Enter or type a comma after each one.</mat-hint>
            <mat-error>{{ message('expertise') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.organisation.field.languages">Languages it works in</mat-label>
            <mat-select formControlName="languages" multiple data-testid="field-languages">
              @for (l of languages(); track l.code) {
                <mat-option [value]="l.code">{{ l.name }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ message('languages') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@contribute.organisation.field.projects">Projects</mat-label>
            <mat-chip-grid #projectsGrid formControlName="projects" [attr.aria-label]="labels.projects" data-testid="field-projects">
              @for (t of form.controls.projects.value; track t) {
                <mat-chip-row (removed)="removeTag('projects', t)">
                  {{ t }}
                  <button matChipRemove type="button" [attr.aria-label]="removeTagLabel(t)">
                    <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">cancel</span>
                  </button>
                </mat-chip-row>
              }
            </mat-chip-grid>
            <input
              [matChipInputFor]="projectsGrid"
              [matChipInputSeparatorKeyCodes]="separators"
              [matChipInputAddOnBlur]="true"
              (matChipInputTokenEnd)="addTag('projects', $event)"
              [attr.aria-label]="labels.projects"
              data-testid="field-projects-input"
            />
            <mat-hint i18n="@@contribute.organisation.hint.projects">European or national projects it takes part in, e.g. Tuto3-PAT.</mat-hint>
            <mat-error>{{ message('projects') }}</mat-error>
          </mat-form-field>
          <div class="toggle">
            <mat-slide-toggle formControlName="openToPartnership" data-testid="field-partnership" i18n="@@contribute.organisation.field.openToPartnership">Open to partnership</mat-slide-toggle>
            <p class="hint" i18n="@@contribute.organisation.hint.partnership">Shown on its page, so that other organisations can propose projects through PeerHub.</p>
          </div>

          <h2 i18n="@@contribute.field.sources">Sources</h2>
          <p class="hint" i18n="@@contribute.organisation.hint.sources">Where a reader can check what is said here: its statutes, a registry entry, an annual report, its website.</p>
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
          @if (!isNew()) {
            @if (publishesAtOnce()) {
              <p class="hint" data-testid="submit-hint" i18n="@@contribute.organisation.publishHint">You edit for this verified organisation: what you submit is published at once, without review.</p>
            } @else {
              <p class="hint" data-testid="submit-hint" i18n="@@contribute.organisation.reviewHint">What you submit is sent to PeerHub’s moderators, who publish it or ask for changes.</p>
            }
          }
          <div class="actions">
            @if (isNew()) {
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="save" i18n="@@contribute.saveDraft">Save the draft</button>
            } @else {
              <button mat-flat-button type="submit" [disabled]="busy() || !!conflict()" data-testid="submit">
                @if (publishesAtOnce()) {
                  <ng-container i18n="@@contribute.organisation.publishNow">Publish now</ng-container>
                } @else {
                  <ng-container i18n="@@contribute.submit">Submit for review</ng-container>
                }
              </button>
              <button mat-stroked-button type="button" [disabled]="busy() || !!conflict()" (click)="saveNow()" i18n="@@contribute.saveNow">Save now</button>
            }
          </div>
        </form>
      }
    </ng-template>

    <ng-template #preview let-rev>
      @if (rev.organisationProfile; as o) {
        <article class="preview" data-testid="preview">
          <h2 class="preview-title">
            {{ o.name }}
            @if (o.acronym && o.acronym !== o.name) {
              <span class="acronym ph-muted">({{ o.acronym }})</span>
            }
          </h2>
          <p class="meta">
            <span class="ph-chip">{{ o.type | phLabel }}</span>
            @if (o.city) {
              <span data-testid="preview-city">{{ o.city }},</span>
            }
            <span>{{ countryName(o.countryCode) }}</span>
          </p>
          <div class="description" lang="en" data-testid="preview-description" [innerHTML]="o.descriptionHtml"></div>
          <dl class="facts">
            @if (o.expertise.length) {
              <dt i18n="@@contribute.organisation.field.expertise">Expertise</dt>
              <dd>
                <ul class="ph-chips">
                  @for (x of o.expertise; track x) {
                    <li class="ph-chip">{{ x }}</li>
                  }
                </ul>
              </dd>
            }
            @if (o.languages.length) {
              <dt i18n="@@contribute.organisation.preview.languages">Languages</dt>
              <dd>
                @for (l of o.languages; track l; let last = $last) {
                  <span [attr.lang]="l">{{ l | phLanguageName }}</span>{{ last ? '' : ', ' }}
                }
              </dd>
            }
            @if (o.projects.length) {
              <dt i18n="@@contribute.organisation.field.projects">Projects</dt>
              <dd>{{ o.projects.join(', ') }}</dd>
            }
            @if (o.website) {
              <dt i18n="@@contribute.organisation.field.website">Website</dt>
              <dd>
                <a [href]="o.website" target="_blank" rel="noopener noreferrer">{{ o.website }}</a>
              </dd>
            }
            @if (o.openToPartnership) {
              <dt i18n="@@contribute.organisation.preview.partnerships">Partnerships</dt>
              <dd i18n="@@contribute.organisation.field.openToPartnership">Open to partnership</dd>
            }
          </dl>
          @if (o.sources.length) {
            <h3 i18n="@@contribute.field.sources">Sources</h3>
            <ol class="sources">
              @for (s of o.sources; track $index) {
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
  styles: `
    .row > .wide {
      flex: 3 1 280px;
    }
  `,
})
export class OrganisationEditorComponent extends DraftEditor<OrganisationFormValue, OrganisationDraftInput> {
  protected readonly kind: ContentKind = 'ORGANISATION';
  protected readonly types = ORGANISATION_TYPES;
  protected readonly labels = fieldLabels();
  /** Enter and comma end a tag. */
  protected readonly separators = [13, 188];

  protected readonly empty: OrganisationFormValue = {
    name: '',
    acronym: '',
    type: '',
    countryCode: '',
    city: '',
    description: '',
    expertise: [],
    languages: [],
    projects: [],
    website: '',
    openToPartnership: false,
    sources: [],
  };

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    acronym: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(30)] }),
    type: new FormControl<OrganisationType | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    countryCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    city: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20000)] }),
    expertise: new FormControl<string[]>([], { nonNullable: true, validators: [tagsValidator(30, 120)] }),
    languages: new FormControl<string[]>([], { nonNullable: true }),
    projects: new FormControl<string[]>([], { nonNullable: true, validators: [tagsValidator(30, 120)] }),
    website: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(HTTP_URL), Validators.maxLength(2000)],
    }),
    openToPartnership: new FormControl(false, { nonNullable: true }),
    sources: new FormArray<ReturnType<typeof sourceRow>>([]),
  });

  protected readonly languages = computed(() =>
    languageOptions((c) => languageName(c, this.locale), this.locale, this.value()?.languages ?? []),
  );

  /**
   * Submitting publishes at once: a change to a published, verified organisation's profile by one of its editors
   * (or PeerHub's editorial team).
   */
  protected readonly publishesAtOnce = computed(() => {
    const rev = this.saved();
    const org = this.store.organisationToEdit.value()?.organisation;
    if (!rev?.recordSlug || !org?.verified || org.slug !== rev.recordSlug) return false;
    const roles = this.session.member()?.roles ?? [];
    return org.myMembership?.status === 'APPROVED' || roles.includes('moderator') || roles.includes('admin');
  });

  constructor() {
    super();
    this.watchForm();
    // An existing organisation's profile: whether it is verified and the viewer edits for it.
    effect(() => {
      const rev = this.saved();
      this.store.organisationSlug.set(
        rev?.kind === 'ORGANISATION' ? (rev.recordSlug ?? undefined) : undefined,
      );
    });
  }

  protected message(field: keyof OrganisationFormValue): string {
    const c = this.form.controls[field];
    const server = this.errors()[field];
    if (server && c.hasError('server')) return server;
    if (c.hasError('required'))
      return field === 'name'
        ? $localize`:@@contribute.organisation.error.nameShort:Give the organisation’s name (at least 2 characters).`
        : field === 'countryCode'
          ? $localize`:@@contribute.organisation.error.country:Choose the country where it is based.`
          : $localize`:@@contribute.organisation.error.type:Choose what kind of organisation it is.`;
    return this.commonMessage(field) || server || '';
  }

  protected override incompleteText(): string {
    return $localize`:@@contribute.organisation.status.incomplete:Not saved yet: a draft needs a name, a type and a country.`;
  }

  protected override complete(): boolean {
    const c = this.form.controls;
    return !c.name.hasError('required') && c.type.valid && c.countryCode.valid;
  }

  protected override newKey(): string {
    return 'organisation';
  }

  protected override toDraft(v: OrganisationFormValue): OrganisationDraftInput {
    return toOrganisationDraft(v);
  }

  protected override fromRevision(rev: RevisionView): OrganisationFormValue | undefined {
    return rev.organisationProfile ? fromProfile(rev.organisationProfile) : undefined;
  }

  protected override fieldLabels(): Record<string, string> {
    return this.labels;
  }

  protected override createDraft(draft: OrganisationDraftInput): Promise<RevisionView> {
    return this.store.createOrganisation(draft);
  }

  protected override saveDraft(id: string, lockVersion: number, draft: OrganisationDraftInput) {
    return this.store.saveOrganisationDraft(id, lockVersion, draft);
  }

  protected override texts(d: OrganisationDraftInput): Record<string, string> {
    return {
      name: d.name,
      acronym: d.acronym ?? '',
      type: enumLabel(d.type),
      countryCode: this.countryName(d.countryCode),
      city: d.city ?? '',
      description: d.description ?? '',
      expertise: (d.expertise ?? []).join(', '),
      languages: (d.languages ?? []).map((l) => languageName(l, this.locale)).join(', '),
      projects: (d.projects ?? []).join(', '),
      website: d.website ?? '',
      openToPartnership: d.openToPartnership ? '✓' : '—',
      sources: sourcesText(d.sources ?? []),
    };
  }
}
