import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { DevicesStore, SessionStore } from '@peerhub/accounts/data-access';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';
import { formErrors } from './account-messages';

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
  ],
  providers: [DevicesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <ph-load-state [loading]="session.me.isLoading()" [error]="session.me.error()" (retry)="session.me.reload()">
        @if (session.member(); as me) {
          <h1 i18n="@@account.title">Your account</h1>
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
            <p i18n="@@account.data.text">
              Everything PeerHub holds about you — your account, your devices and the security events of your account —
              as one file (JSON).
            </p>
            <button mat-stroked-button type="button" (click)="download()" data-testid="download-data" i18n="@@account.data.download">
              Download my data
            </button>
          </section>

          <section aria-labelledby="delete-heading">
            <h2 id="delete-heading" i18n="@@account.delete.title">Delete your account</h2>
            <p i18n="@@account.delete.text">
              Your account, your address and your devices are erased at once and cannot be brought back. Type your
              password to confirm.
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
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class AccountComponent {
  protected readonly session = inject(SessionStore);
  protected readonly devices = inject(DevicesStore);
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
