import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  LOCALE_ID,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { DevicesStore, MyMembershipsStore, SessionStore } from '@peerhub/accounts/data-access';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';
import { formErrors } from './account-messages';

/** European countries a member may name as theirs (ISO 3166-1; UK as PeerHub writes it). */
const EUROPEAN_COUNTRIES = [
  'AL',
  'AD',
  'AM',
  'AT',
  'AZ',
  'BA',
  'BE',
  'BG',
  'BY',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GE',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'MD',
  'ME',
  'MK',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'RS',
  'SE',
  'SI',
  'SK',
  'SM',
  'TR',
  'UA',
  'UK',
  'XK',
];

/** The account page: for a visitor, the way in; for a member, who they are here and how to sign out. */
@Component({
  selector: 'ph-account',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
    MatCheckboxModule,
  ],
  providers: [DevicesStore, MyMembershipsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <ph-load-state [loading]="session.me.isLoading()" [error]="session.me.error()" (retry)="session.me.reload()">
        @if (session.member(); as me) {
          <h1 i18n="@@account.title">Your account</h1>
          @if (me.suspended) {
            <p class="suspended" role="status" data-testid="account-suspended" i18n="@@account.suspended">
              Your account is suspended by an administrator: you can read, download or delete your data and sign out,
              but not take part until the suspension is lifted.
            </p>
          }
          <nav class="actions" aria-label="Your tasks" i18n-aria-label="@@account.tasks">
            <a mat-stroked-button routerLink="/contribute/mine" data-testid="go-contributions" i18n="@@account.goContributions"
              >Your contributions</a
            >
            @if (isEditor() || isAdmin()) {
              <a mat-stroked-button routerLink="/account/organisations" data-testid="go-requests" i18n="@@account.goRequests">Editors and requests</a>
            }
            @if (isReviewer()) {
              <a mat-stroked-button routerLink="/contribute/review" data-testid="go-review" i18n="@@account.goReview">Review contributions</a>
            }
            @if (isAdmin()) {
              <a mat-stroked-button routerLink="/account/admin" data-testid="go-admin" i18n="@@account.goAdmin">Administration</a>
            }
          </nav>
          <dl class="facts" data-testid="account-facts">
            <dt i18n="@@account.displayName.shown">Name shown to others</dt>
            <dd>{{ me.displayName }}</dd>
            <dt i18n="@@account.email">Email address</dt>
            <dd>{{ me.email }}</dd>
          </dl>
          <p class="form-error" role="alert">{{ error() }}</p>
          <div class="actions">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="signOut(false)" data-testid="sign-out" i18n="@@account.signOut">
              Sign out
            </button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="signOut(true)" i18n="@@account.signOutEverywhere">
              Sign out on every device
            </button>
          </div>

          <section aria-labelledby="orgs-heading">
            <h2 id="orgs-heading" i18n="@@account.orgs.title">Your organisations</h2>
            <ul class="devices" data-testid="my-memberships">
              @for (m of memberships.memberships.value()?.myMemberships ?? []; track m.id) {
                <li>
                  <a class="agent" [routerLink]="['/organisations', m.organisation.slug]">{{ m.organisation.name }}</a>
                  @switch (m.status) {
                    @case ('APPROVED') {
                      <span class="ph-chip" i18n="@@account.orgs.editor">editor</span>
                    }
                    @case ('PENDING') {
                      <span class="ph-chip" i18n="@@account.orgs.pending">request waiting</span>
                    }
                    @default {
                      <span class="ph-chip" i18n="@@account.orgs.declined">request declined</span>
                    }
                  }
                  <button mat-button type="button" [disabled]="busy()" (click)="endMembership(m.id)">
                    @if (m.status === 'APPROVED') {
                      <ng-container i18n="@@account.orgs.leave">Stop editing for it</ng-container>
                    } @else if (m.status === 'PENDING') {
                      <ng-container i18n="@@account.orgs.withdraw">Withdraw</ng-container>
                    } @else {
                      <ng-container i18n="@@account.orgs.dismiss">Remove</ng-container>
                    }
                  </button>
                </li>
              } @empty {
                <li class="ph-muted" i18n="@@account.orgs.none">
                  None yet. To publish for an organisation, open its page and ask to edit for it.
                </li>
              }
            </ul>
          </section>

          <section aria-labelledby="profile-heading">
            <h2 id="profile-heading" i18n="@@account.profile.title">Your profile</h2>
            <form class="stack" [formGroup]="profile" (submit)="$event.preventDefault(); saveProfile()" novalidate data-testid="profile-form">
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.displayName.shown">Name shown to others</mat-label>
                <input matInput formControlName="displayName" autocomplete="nickname" maxlength="60" required />
                <mat-hint i18n="@@account.profile.displayNameHint">A pseudonym is fine.</mat-hint>
                <mat-error i18n="@@account.error.displayName">Use 2 to 60 characters.</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.profile.realName">Real name (optional)</mat-label>
                <input matInput formControlName="realName" autocomplete="name" maxlength="120" />
                <mat-error i18n="@@account.profile.realNameLong">Use at most 120 characters.</mat-error>
              </mat-form-field>
              <mat-checkbox formControlName="showRealName" i18n="@@account.profile.showRealName">
                Show my real name next to my display name
              </mat-checkbox>
              <label class="native">
                <span i18n="@@account.profile.language">Language of pages and mail</span>
                <select formControlName="language">
                  <option value="en">English</option>
                  <option value="fr" lang="fr">Français</option>
                  <option value="pt" lang="pt">Português</option>
                  <option value="no" lang="nb">Norsk</option>
                </select>
              </label>
              <label class="native">
                <span i18n="@@account.profile.country">Country (optional)</span>
                <select formControlName="countryCode">
                  <option value="" i18n="@@account.profile.noCountry">Not given</option>
                  @for (c of countries(); track c.code) {
                    <option [value]="c.code">{{ c.name }}</option>
                  }
                </select>
              </label>
              <p class="form-error" role="alert" data-testid="profile-message">{{ profileMessage() }}</p>
              <button mat-stroked-button type="submit" [disabled]="busy()" i18n="@@account.profile.save">Save the profile</button>
            </form>
          </section>

          <section aria-labelledby="devices-heading">
            <h2 id="devices-heading" i18n="@@account.devices.title">Where you are signed in</h2>
            <ul class="devices" data-testid="devices">
              @for (d of devices.sessions.value()?.mySessions ?? []; track d.id) {
                <li>
                  <span class="agent">{{ d.userAgent || unknownBrowser }}</span>
                  <span class="ph-muted"
                    ><span i18n="@@account.devices.lastSeen">Last used</span>&ngsp;{{ d.lastSeenAt | phLongDate }}</span
                  >
                  @if (d.current) {
                    <span class="ph-chip" i18n="@@account.devices.current">This device</span>
                  } @else {
                    <button mat-button type="button" (click)="endDevice(d.id)" i18n="@@account.devices.end">Sign out there</button>
                  }
                </li>
              }
            </ul>
          </section>

          <section aria-labelledby="security-heading">
            <h2 id="security-heading" i18n="@@account.security.title">Password and address</h2>
            <form class="stack" (submit)="$event.preventDefault(); changePassword()" novalidate data-testid="password-form">
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.security.current">Current password</mat-label>
                <input matInput type="password" [formControl]="current" autocomplete="current-password" required />
                <mat-error i18n="@@account.password.required">Enter your password.</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.reset.new">New password</mat-label>
                <input matInput type="password" [formControl]="next" autocomplete="new-password" required />
                <mat-hint i18n="@@account.password.hint">At least 10 characters.</mat-hint>
                <mat-error i18n="@@account.error.passwordShort">Use at least 10 characters: a few words you will remember are best.</mat-error>
              </mat-form-field>
              <p class="form-error" role="alert">{{ passwordMessage() }}</p>
              <button mat-stroked-button type="submit" [disabled]="busy()" i18n="@@account.security.changePassword">
                Change the password
              </button>
            </form>
            <form class="stack" (submit)="$event.preventDefault(); changeEmail()" novalidate data-testid="email-form">
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.security.newEmail">New email address</mat-label>
                <input matInput type="email" [formControl]="newEmail" autocomplete="email" required />
                <mat-error i18n="@@account.error.emailFormat">Enter an email address such as name@example.org.</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.security.current">Current password</mat-label>
                <input matInput type="password" [formControl]="emailPassword" autocomplete="current-password" required />
                <mat-error i18n="@@account.password.required">Enter your password.</mat-error>
              </mat-form-field>
              <p class="form-error" role="alert">{{ emailMessage() }}</p>
              <button mat-stroked-button type="submit" [disabled]="busy()" i18n="@@account.security.changeEmail">
                Change the address
              </button>
            </form>
          </section>

          <section aria-labelledby="data-heading">
            <h2 id="data-heading" i18n="@@account.data.title">Your data</h2>
            <p i18n="@@account.data.text2">
              Everything PeerHub holds about you — your account, your devices, your organisation requests with their
              messages, and the security events of your account with the network address they came from — as one file
              (JSON).
            </p>
            <button mat-stroked-button type="button" (click)="download()" data-testid="download-data" i18n="@@account.data.download">
              Download my data
            </button>
          </section>

          <section aria-labelledby="delete-heading">
            <h2 id="delete-heading" i18n="@@account.delete.title">Delete your account</h2>
            <p i18n="@@account.delete.text2">
              Your account, your address, your devices and your organisation memberships and requests are erased at once
              and cannot be brought back. Security events stay without anything that points to you. Type your password
              to confirm.
            </p>
            <form class="delete" (submit)="$event.preventDefault(); deleteAccount()" novalidate>
              <mat-form-field appearance="outline">
                <mat-label i18n="@@account.password">Password</mat-label>
                <input matInput type="password" [formControl]="deletePassword" autocomplete="current-password" required />
                <mat-error i18n="@@account.password.required">Enter your password.</mat-error>
              </mat-form-field>
              <p class="form-error" role="alert" data-testid="delete-error">{{ deleteError() }}</p>
              <button mat-flat-button class="danger" type="submit" [disabled]="busy()" data-testid="delete-account" i18n="@@account.delete.submit">
                Delete my account
              </button>
            </form>
          </section>
        } @else {
          <h1 i18n="@@account.visitor.title">Your account</h1>
          <p i18n="@@account.visitor.text">
            Sign in to publish for your organisation, take part in discussions and find partners. Reading the
            knowledge base needs no account.
          </p>
          <div class="actions">
            <a mat-flat-button routerLink="/account/sign-in" data-testid="go-sign-in" i18n="@@account.signIn.link">Sign in</a>
            <a mat-stroked-button routerLink="/account/sign-up" i18n="@@account.signUp.link">Create one</a>
          </div>
        }
      </ph-load-state>
    </div>
  `,
  styleUrl: './account-forms.scss',
  styles: `
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; }
    .facts dt { font-weight: 500; }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .actions { display: flex; flex-wrap: wrap; gap: 12px; }
    section { margin-top: 32px; }
    .stack { display: flex; flex-direction: column; gap: 4px; margin-bottom: 24px; }
    .stack button { align-self: flex-start; }
    h2 { font-size: 1.25rem; }
    .devices { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
    .devices li { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .agent { flex: 1 1 100%; overflow-wrap: anywhere; font-size: 0.9rem; }
    .suspended { padding: 12px 16px; border-radius: 12px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .native { display: flex; flex-direction: column; gap: 4px; margin: 8px 0 12px; }
    .native select { min-height: 48px; padding: 0 12px; font: inherit; border-radius: 4px; border: 1px solid var(--mat-sys-outline); background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); }
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class AccountComponent {
  protected readonly session = inject(SessionStore);
  protected readonly devices = inject(DevicesStore);
  protected readonly memberships = inject(MyMembershipsStore);
  private readonly locale = inject(LOCALE_ID);
  protected readonly isAdmin = computed(
    () => !!this.session.member()?.roles.includes('admin') && !this.session.member()?.suspended,
  );
  protected readonly isReviewer = computed(() => {
    const me = this.session.member();
    return !!me && !me.suspended && (me.roles.includes('moderator') || me.roles.includes('admin'));
  });
  protected readonly isEditor = computed(
    () =>
      !this.session.member()?.suspended &&
      (this.memberships.memberships.value()?.myMemberships ?? []).some((m) => m.status === 'APPROVED'),
  );
  protected readonly countries = computed(() => {
    const names = new Intl.DisplayNames([this.locale], { type: 'region' });
    return EUROPEAN_COUNTRIES.map((code) => ({
      code,
      name: names.of(code === 'UK' ? 'GB' : code) ?? code,
    })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  });
  protected readonly profile = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(60)],
    }),
    realName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    showRealName: new FormControl(false, { nonNullable: true }),
    language: new FormControl('en', { nonNullable: true }),
    countryCode: new FormControl('', { nonNullable: true }),
  });
  protected readonly profileMessage = signal('');

  constructor() {
    // The form starts from the member as the API has them (again after each save).
    effect(() => {
      const me = this.session.member();
      if (!me) return;
      untracked(() =>
        this.profile.reset({
          displayName: me.displayName,
          realName: me.realName ?? '',
          showRealName: me.showRealName,
          language: me.language,
          countryCode: me.countryCode ?? '',
        }),
      );
    });
  }

  protected async saveProfile(): Promise<void> {
    this.profileMessage.set('');
    if (this.profile.invalid) {
      this.profile.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const v = this.profile.getRawValue();
      await this.session.updateProfile({
        displayName: v.displayName,
        realName: v.realName.trim() || null,
        showRealName: v.showRealName,
        language: v.language,
        countryCode: v.countryCode || null,
      });
      this.profileMessage.set($localize`:@@account.profile.saved:Profile saved.`);
    } catch (e) {
      this.profileMessage.set(Object.values(formErrors(e))[0] ?? '');
    } finally {
      this.busy.set(false);
    }
  }

  protected async endMembership(id: string): Promise<void> {
    this.error.set('');
    try {
      await this.memberships.end(id);
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    }
  }
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly deleteError = signal('');
  protected readonly deletePassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(200)],
  });
  protected readonly current = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly next = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.maxLength(200)],
  });
  protected readonly newEmail = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email, Validators.maxLength(254)],
  });
  protected readonly emailPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly passwordMessage = signal('');
  protected readonly emailMessage = signal('');

  protected async changePassword(): Promise<void> {
    this.passwordMessage.set('');
    if (this.current.invalid || this.next.invalid) {
      this.current.markAsTouched();
      this.next.markAsTouched();
      return;
    }
    try {
      await this.session.changePassword(this.current.value, this.next.value);
      this.current.reset();
      this.next.reset();
      this.passwordMessage.set(
        $localize`:@@account.security.passwordChanged:Password changed. Your other devices were signed out.`,
      );
      this.devices.sessions.reload();
    } catch (e) {
      const errors = formErrors(e);
      this.passwordMessage.set(
        errors['currentPassword']
          ? $localize`:@@account.delete.wrong:The password is not right.`
          : (Object.values(errors)[0] ?? ''),
      );
    }
  }

  protected async changeEmail(): Promise<void> {
    this.emailMessage.set('');
    if (this.newEmail.invalid || this.emailPassword.invalid) {
      this.newEmail.markAsTouched();
      this.emailPassword.markAsTouched();
      return;
    }
    try {
      const address = this.newEmail.value.trim();
      await this.session.requestEmailChange(address, this.emailPassword.value);
      this.emailPassword.reset();
      this.emailMessage.set(
        $localize`:@@account.security.emailSent:Open the link we sent to ${address}:address: to confirm it. Until then you sign in with your current address.`,
      );
    } catch (e) {
      const errors = formErrors(e);
      this.emailMessage.set(
        errors['password']
          ? $localize`:@@account.delete.wrong:The password is not right.`
          : errors['newEmail']
            ? $localize`:@@account.security.sameEmail:This is already your address.`
            : (Object.values(errors)[0] ?? ''),
      );
    }
  }

  protected readonly unknownBrowser = $localize`:@@account.devices.unknown:A browser that did not name itself`;

  protected async endDevice(id: string): Promise<void> {
    this.error.set('');
    try {
      await this.session.endSession(id);
      this.devices.sessions.reload();
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    }
  }

  /** The member's data as a JSON file, made in the browser from the API's answer. */
  protected async download(): Promise<void> {
    this.error.set('');
    try {
      const data = await this.session.myData();
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const a = this.document.createElement('a');
      a.href = url;
      a.download = 'peerhub-my-data.json';
      this.document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    }
  }

  protected async deleteAccount(): Promise<void> {
    this.deleteError.set('');
    if (this.deletePassword.invalid) {
      this.deletePassword.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.session.deleteAccount(this.deletePassword.value);
      await this.router.navigate(['/']);
    } catch (e) {
      const errors = formErrors(e);
      this.deleteError.set(
        errors['password']
          ? $localize`:@@account.delete.wrong:The password is not right.`
          : (Object.values(errors)[0] ?? ''),
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected async signOut(everywhere: boolean): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.signOut(everywhere);
      await this.router.navigate(['/']);
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    } finally {
      this.busy.set(false);
    }
  }
}
