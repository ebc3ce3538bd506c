import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { ContributionsStore } from '@peerhub/contributions/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { DimensionKey, DimensionLevel } from '@peerhub/shared/graphql-types';
import {
  FactComponent,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  LongDatePipe,
} from '@peerhub/shared/ui';
import { formErrors } from './contribute-messages';

/** The profile's dimensions, as the GraphQL enum names them. */
const DIMENSIONS: readonly DimensionKey[] = [
  'ROLE_RECOGNITION',
  'NATIONAL_STRATEGY',
  'TRAINING_AVAILABILITY',
  'ACCREDITATION',
  'TRAINING_INDEPENDENCE',
  'EMPLOYMENT',
  'PAY',
  'SUPERVISION',
  'PEER_ASSOCIATIONS',
  'SETTINGS',
];

/** The levels a fact may have, strongest first. */
export const LEVELS: readonly DimensionLevel[] = ['ESTABLISHED', 'PARTIAL', 'EMERGING', 'ABSENT', 'UNKNOWN'];

/** Today in the reader's time zone, as YYYY-MM-DD (what a date input holds). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A text that has at least `min` characters once trimmed. */
function trimmedMin(min: number) {
  return (c: AbstractControl): ValidationErrors | null =>
    typeof c.value === 'string' && c.value.trim().length > 0 && c.value.trim().length < min
      ? { minlength: true }
      : null;
}

function notBlank(c: AbstractControl): ValidationErrors | null {
  return typeof c.value === 'string' && !c.value.trim() ? { required: true } : null;
}

/** A day, not after today (and not before 1990, as the API checks). */
function pastDay(c: AbstractControl): ValidationErrors | null {
  const v = c.value as string;
  if (!v) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return { date: true };
  if (v > today()) return { future: true };
  if (v < '1990-01-01') return { tooOld: true };
  return null;
}

type Field = 'level' | 'text' | 'title' | 'url' | 'locator' | 'checkedOn' | 'reason';

/** The API's field names, as the form names them. */
const API_FIELDS: Record<string, Field> = {
  level: 'level',
  text: 'text',
  'source.title': 'title',
  'source.url': 'url',
  'source.locator': 'locator',
  checkedOn: 'checkedOn',
  reason: 'reason',
};

/**
 * Propose a change to one country fact (`/contribute/fact/:country/:dimension`, e.g. `/contribute/fact/PL/pay`):
 * the fact as published, then a form with the level, what the source says, the source (title, address and where in
 * it, all required), the day it was checked and an optional reason. A moderator reviews the proposal; a visitor is
 * sent to sign in and back.
 */
@Component({
  selector: 'ph-propose-fact',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
    LabelPipe,
    LevelChipComponent,
    FactComponent,
  ],
  providers: [ContributionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <ph-load-state
        [loading]="fact.isLoading() && !fact.hasValue()"
        [error]="fact.error() ?? unknownDimension()"
        [notFoundText]="notFoundText"
        (retry)="fact.reload()"
      >
        @if (fact.value()?.country; as c) {
          <p class="ph-muted back">
            <a [routerLink]="['/countries', c.code]">{{ c.name }}</a>
          </p>
          <h1 i18n="@@contribute.fact.title">Propose a fact: {{ c.name }} — {{ key() | phLabel }}</h1>

          <section class="notice current" aria-labelledby="fact-current-heading" data-testid="fact-current">
            <h2 id="fact-current-heading" i18n="@@contribute.fact.current">What the profile says now</h2>
            @if (current(); as d) {
              <p><ph-level [value]="d.level" /></p>
              <ph-fact [fact]="d" />
              @if (d.verifiedOn) {
                <p class="ph-muted small">
                  <span i18n="@@contribute.fact.verifiedOn">Verified on</span>&ngsp;<time [attr.datetime]="d.verifiedOn">{{
                    d.verifiedOn | phLongDate
                  }}</time>
                </p>
              }
            }
          </section>

          <div role="status">
            @if (done(); as d) {
            <div class="done" data-testid="fact-done">
              <p i18n="@@contribute.fact.done">
                Thank you: your proposal (revision {{ d.number }}) waits for a moderator, who reviews it against its
                source.
              </p>
              <p>
                <a routerLink="/contribute/mine" i18n="@@contribute.fact.follow">Follow it on Your contributions</a>
              </p>
            </div>
            }
          </div>
          @if (done()) {
            <!-- the thank-you above -->
          } @else if (!session.me.isLoading() && !session.member()) {
            <p i18n="@@contribute.fact.signInFirst">Sign in to propose a change: a moderator reviews each proposal with its source.</p>
            <div class="actions">
              <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" data-testid="fact-sign-in" i18n="@@contribute.fact.signIn">Sign in to propose</a>
              <a mat-stroked-button routerLink="/account/sign-up" i18n="@@contribute.fact.signUp">Create an account</a>
            </div>
          } @else {
            <h2 i18n="@@contribute.fact.yours">Your proposal</h2>
            <p class="hint" i18n="@@contribute.fact.intro">
              Say what one source says, and where in it. A moderator checks it before the profile changes.
            </p>
            <form [formGroup]="form" (ngSubmit)="submit(c.code)" novalidate data-testid="fact-form">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label i18n="@@contribute.fact.level">Level</mat-label>
                <select matNativeControl formControlName="level" required data-testid="fact-level">
                  @for (l of levels; track l) {
                    <option [value]="l">{{ l | phLabel }}</option>
                  }
                </select>
                <mat-hint i18n="@@contribute.fact.levelHint">Established: in place nationally · Partial: some regions or services · Emerging: pilots.</mat-hint>
                <mat-error>{{ message('level') }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label i18n="@@contribute.fact.text">What the source says</mat-label>
                <textarea matInput formControlName="text" rows="6" maxlength="4000" required data-testid="fact-text"></textarea>
                <mat-hint i18n="@@contribute.fact.textHint">10 to 4,000 characters, in your own words.</mat-hint>
                <mat-hint align="end" class="count">{{ form.controls.text.value.length }} / 4000</mat-hint>
                <mat-error>{{ message('text') }}</mat-error>
              </mat-form-field>

              <fieldset>
                <legend i18n="@@contribute.fact.source">The source</legend>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.fact.sourceTitle">Title of the document</mat-label>
                  <input matInput formControlName="title" maxlength="300" required data-testid="fact-source-title" />
                  <mat-error>{{ message('title') }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.fact.sourceUrl">Address (http:// or https://)</mat-label>
                  <input matInput type="url" formControlName="url" maxlength="2000" autocomplete="url" inputmode="url" required data-testid="fact-source-url" />
                  <mat-error>{{ message('url') }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@contribute.fact.sourceLocator">Where in it</mat-label>
                  <input matInput formControlName="locator" maxlength="300" required data-testid="fact-source-locator" />
                  <mat-hint i18n="@@contribute.fact.sourceLocatorHint">A page, section or annex, e.g. “p. 12” or “section 3.2”.</mat-hint>
                  <mat-error>{{ message('locator') }}</mat-error>
                </mat-form-field>
              </fieldset>

              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label i18n="@@contribute.fact.checkedOn">The day you checked it</mat-label>
                <input matInput type="date" formControlName="checkedOn" [max]="maxDay" required data-testid="fact-checked-on" />
                <mat-error>{{ message('checkedOn') }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label i18n="@@contribute.fact.reason">Why you propose it (optional)</mat-label>
                <textarea matInput formControlName="reason" rows="3" maxlength="1000" data-testid="fact-reason"></textarea>
                <mat-hint i18n="@@contribute.fact.reasonHint">The moderator reads it, e.g. “the 2024 law sets a pay scale”.</mat-hint>
                <mat-hint align="end" class="count">{{ form.controls.reason.value.length }} / 1000</mat-hint>
                <mat-error>{{ message('reason') }}</mat-error>
              </mat-form-field>
              <p class="form-error alert-line" role="alert" data-testid="fact-error">{{ formError() }}</p>
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="busy()" data-testid="fact-submit" i18n="@@contribute.fact.submit">
                  Send for review
                </button>
              </div>
            </form>
          }
        }
      </ph-load-state>
    </div>
  `,
  styleUrl: './contribute-forms.scss',
  styles: `
    .current {
      margin: 16px 0 8px;
    }
    .current h2 {
      margin-top: 4px;
      font-size: 1.05rem;
    }
    .small {
      font-size: 0.85rem;
      margin: 6px 0 0;
    }
    .alert-line:empty {
      display: block;
      margin: 0;
    }
    mat-form-field {
      margin-bottom: 12px;
    }
    .count {
      white-space: nowrap;
    }
  `,
})
export class ProposeFactComponent {
  /** The country's ISO code (route parameter; any case). */
  readonly country = input.required<string>();
  /** The dimension in lower case, e.g. `pay` (route parameter). */
  readonly dimension = input.required<string>();

  protected readonly store = inject(ContributionsStore);
  protected readonly session = inject(SessionStore);
  protected readonly code = computed(() => this.country().toUpperCase());
  protected readonly key = computed(() => this.dimension().toUpperCase().replace(/-/g, '_') as DimensionKey);
  protected readonly fact = this.store.fact(() => this.code());
  protected readonly current = computed(() =>
    this.fact.value()?.country.dimensions.find((d) => d.key === this.key()),
  );
  /** An address naming no dimension of the profile: the not-found state. */
  protected readonly unknownDimension = computed(() =>
    DIMENSIONS.includes(this.key()) ? undefined : new ApiError('No such dimension.', 'NOT_FOUND'),
  );
  protected readonly here = computed(
    () =>
      `/contribute/fact/${encodeURIComponent(this.code())}/${encodeURIComponent(this.dimension().toLowerCase())}`,
  );
  protected readonly notFoundText = $localize`:@@contribute.fact.notFound:There is no country fact at this address. It reads /contribute/fact/, a two-letter country code and a dimension, such as /contribute/fact/PL/pay.`;
  protected readonly levels = LEVELS;
  protected readonly maxDay = today();
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly formError = signal('');
  protected readonly done = signal<{ number: number } | null>(null);

  protected readonly form = new FormGroup({
    level: new FormControl<DimensionLevel | ''>('', { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, trimmedMin(10), Validators.maxLength(4000)],
    }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, trimmedMin(3), Validators.maxLength(300)],
    }),
    url: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        notBlank,
        Validators.pattern(/^\s*https?:\/\/[^\s]+\s*$/),
        Validators.maxLength(2000),
      ],
    }),
    locator: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(300)],
    }),
    checkedOn: new FormControl(today(), { nonNullable: true, validators: [Validators.required, pastDay] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
  });

  constructor() {
    // The level starts as the profile's, until the member picks another.
    effect(() => {
      const d = this.current();
      const level = this.form.controls.level;
      if (d && level.pristine && !level.value) level.setValue(d.level);
    });
  }

  /** The field's message: the API's refusal when there is one, else what the form's own check found. */
  protected message(field: Field): string {
    const server = this.errors()[field];
    if (server) return server;
    const c = this.form.controls[field];
    switch (field) {
      case 'level':
        return $localize`:@@contribute.fact.error.level:Choose a level.`;
      case 'text':
        return c.hasError('maxlength')
          ? $localize`:@@contribute.fact.error.textLong:Use at most 4,000 characters.`
          : $localize`:@@contribute.fact.error.text:Write 10 to 4,000 characters: what the source says.`;
      case 'title':
        return $localize`:@@contribute.fact.error.title:Give the document’s title (3 to 300 characters).`;
      case 'url':
        return c.hasError('required')
          ? $localize`:@@contribute.fact.error.urlRequired:Give the address of the source.`
          : $localize`:@@contribute.fact.error.url:Give an address that starts with http:// or https://.`;
      case 'locator':
        return c.hasError('maxlength')
          ? $localize`:@@contribute.fact.error.locatorLong:Use at most 300 characters.`
          : $localize`:@@contribute.fact.error.locator:Say where in the source: a page, section or annex.`;
      case 'checkedOn':
        return c.hasError('future')
          ? $localize`:@@contribute.fact.error.future:The day you checked cannot be after today.`
          : $localize`:@@contribute.fact.error.checkedOn:Give the day you checked the source (since 1990).`;
      case 'reason':
        return $localize`:@@contribute.fact.error.reason:Use at most 1,000 characters.`;
    }
  }

  protected async submit(countryCode: string): Promise<void> {
    this.errors.set({});
    this.formError.set('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    try {
      const revision = await this.store.propose({
        countryCode,
        dimension: this.key(),
        level: v.level as DimensionLevel,
        text: v.text.trim(),
        source: { title: v.title.trim(), url: v.url.trim(), locator: v.locator.trim() },
        checkedOn: v.checkedOn,
        reason: v.reason.trim(),
      });
      this.done.set({ number: revision.number });
    } catch (e) {
      this.showErrors(e);
    } finally {
      this.busy.set(false);
    }
  }

  /** Each refusal next to its field; what belongs to no field (the country, the network) in the form's line. */
  private showErrors(e: unknown): void {
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    if (e instanceof ApiError && e.fieldErrors.length) {
      for (const f of e.fieldErrors) {
        const field = API_FIELDS[f.field];
        if (field) byField[field] ??= this.apiMessage(f.field, f.code);
        else if (f.field === 'countryCode')
          rest.push(
            $localize`:@@contribute.fact.error.country:PeerHub has no profile of this country: nothing was sent. Check the address.`,
          );
        else rest.push(Object.values(formErrors(new ApiError(f.message, e.code, [], [f])))[0] ?? f.message);
      }
    } else rest.push(formErrors(e)['form'] ?? Object.values(formErrors(e))[0] ?? '');
    this.errors.set(byField);
    this.formError.set([...new Set(rest)].join(' '));
    for (const field of Object.keys(byField) as Field[])
      this.form.controls[field].setErrors({ server: true });
    this.form.markAllAsTouched();
  }

  /** The API's refusal of a field, worded from its code. */
  private apiMessage(field: string, code: string): string {
    switch (`${field}:${code}`) {
      case 'checkedOn:OUT_OF_RANGE':
      case 'checkedOn:INVALID':
        return $localize`:@@contribute.fact.error.checkedOnApi:Give a real day, not after today.`;
      case 'source.url:REQUIRED':
        return $localize`:@@contribute.fact.error.urlRequired:Give the address of the source.`;
      case 'source.url:INVALID':
      case 'source.url:TOO_LONG':
        return $localize`:@@contribute.fact.error.url:Give an address that starts with http:// or https://.`;
      case 'source.locator:REQUIRED':
        return $localize`:@@contribute.fact.error.locator:Say where in the source: a page, section or annex.`;
      case 'source.locator:TOO_LONG':
        return $localize`:@@contribute.fact.error.locatorLong:Use at most 300 characters.`;
      case 'source.title:REQUIRED':
      case 'source.title:TOO_SHORT':
      case 'source.title:TOO_LONG':
        return $localize`:@@contribute.fact.error.title:Give the document’s title (3 to 300 characters).`;
      case 'text:TOO_SHORT':
      case 'text:TOO_LONG':
      case 'text:REQUIRED':
        return $localize`:@@contribute.fact.error.text:Write 10 to 4,000 characters: what the source says.`;
      case 'level:INVALID':
        return $localize`:@@contribute.fact.error.level:Choose a level.`;
      case 'reason:TOO_LONG':
        return $localize`:@@contribute.fact.error.reason:Use at most 1,000 characters.`;
      default:
        return formErrors(new ApiError('', 'INVALID_INPUT', [], [{ field, code, message: '' }]))[field] ?? '';
    }
  }
}
