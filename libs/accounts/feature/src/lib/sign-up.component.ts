import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { uiLanguage } from '@peerhub/shared/data-access';
import { formErrors } from './account-messages';

/**
 * Create an account: an address to confirm, a password, a public name that may be a pseudonym, a language. Then
 * "check your inbox" — the same whether or not the address had an account (the API tells nobody who is a member).
 */
@Component({
  selector: 'ph-sign-up',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@account.signUp.title">Create an account</h1>
      @if (sentTo(); as address) {
        <div class="done" role="status" data-testid="sign-up-done">
          <p i18n="@@account.signUp.sent">
            Check your inbox at {{ address }}: open the link we sent within 24 hours to confirm your address, then
            sign in.
          </p>
        </div>
      } @else {
        <p class="hint" i18n="@@account.signUp.privacy">
          Your name is shown with what you write and may be a pseudonym. Your address is never shown to anyone.
        </p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-up-form">
          <mat-form-field appearance="outline">
            <mat-label i18n="@@account.email">Email address</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="email" required />
            <mat-error>{{ message('email') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@account.password">Password</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" required />
            <mat-hint i18n="@@account.password.hint">At least 10 characters.</mat-hint>
            <mat-error>{{ message('password') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@account.displayName">Name shown to others</mat-label>
            <input matInput formControlName="displayName" autocomplete="nickname" required />
            <mat-hint i18n="@@account.displayName.hint">2 to 60 characters; a pseudonym is fine.</mat-hint>
            <mat-error>{{ message('displayName') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@account.language">Language of your pages and mail</mat-label>
            <select matNativeControl formControlName="language">
              <option value="en">English</option>
              <option value="fr">Français</option>
              <option value="pt">Português</option>
              <option value="no">Norsk</option>
            </select>
          </mat-form-field>
          <p class="form-error" role="alert">{{ errors()['form'] }}</p>
          <button mat-flat-button type="submit" [disabled]="busy()" i18n="@@account.signUp.submit">
            Create the account
          </button>
        </form>
        <p>
          <span i18n="@@account.signUp.haveAccount">Already have an account?</span>&ngsp;
          <a routerLink="/account/sign-in" i18n="@@account.signIn.link">Sign in</a>
        </p>
      }
    </div>
  `,
  styleUrl: './account-forms.scss',
})
export class SignUpComponent {
  private readonly session = inject(SessionStore);
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly sentTo = signal<string | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10), Validators.maxLength(200)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(60)],
    }),
    language: new FormControl<string>(uiLanguage(), { nonNullable: true }),
  });

  /** The field's message: the API's refusal when there is one, else what the form's own check found. */
  protected message(field: 'email' | 'password' | 'displayName'): string {
    const server = this.errors()[field];
    if (server) return server;
    const c = this.form.controls[field];
    if (c.hasError('required'))
      return field === 'email'
        ? $localize`:@@account.email.required:Enter your email address.`
        : field === 'password'
          ? $localize`:@@account.password.new:Choose a password.`
          : $localize`:@@account.displayName.required:Choose the name others will see.`;
    if (field === 'email')
      return $localize`:@@account.error.emailFormat:Enter an email address such as name@example.org.`;
    if (field === 'password')
      return c.hasError('minlength')
        ? $localize`:@@account.error.passwordShort:Use at least 10 characters: a few words you will remember are best.`
        : $localize`:@@account.error.passwordLong:Use at most 200 characters.`;
    return $localize`:@@account.error.displayName:Use 2 to 60 characters.`;
  }

  protected async submit(): Promise<void> {
    this.errors.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      await this.session.signUp({ ...value, email: value.email.trim() });
      this.sentTo.set(value.email.trim());
    } catch (e) {
      const errors = formErrors(e);
      this.errors.set(errors);
      for (const field of ['email', 'password', 'displayName'] as const)
        if (errors[field]) this.form.controls[field].setErrors({ server: true });
      this.form.markAllAsTouched();
    } finally {
      this.busy.set(false);
    }
  }
}
