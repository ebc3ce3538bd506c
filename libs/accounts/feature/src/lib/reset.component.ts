import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { formErrors } from './account-messages';

/**
 * A forgotten password. Without a token: ask for a link by address ("check your inbox", the same whether or not
 * the address has an account). With the link's token: choose a new password (every session then ends).
 */
@Component({
  selector: 'ph-reset',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@account.reset.title">Choose a new password</h1>
      @if (done()) {
        <div class="done" role="status" data-testid="reset-done">
          @if (token()) {
            <p i18n="@@account.reset.changed">Your password is changed, and every device was signed out. Sign in with it now.</p>
          } @else {
            <p i18n="@@account.reset.sent">If this address has an account, a link to choose a new password is on its way. It works for one hour.</p>
          }
        </div>
        <p><a mat-flat-button routerLink="/account/sign-in" i18n="@@account.signIn.link">Sign in</a></p>
      } @else if (token()) {
        <form (submit)="$event.preventDefault(); reset()" novalidate data-testid="reset-form">
          <mat-form-field appearance="outline">
            <mat-label i18n="@@account.reset.new">New password</mat-label>
            <input matInput type="password" [formControl]="password" autocomplete="new-password" required />
            <mat-hint i18n="@@account.password.hint">At least 10 characters.</mat-hint>
            <mat-error i18n="@@account.error.passwordShort">Use at least 10 characters: a few words you will remember are best.</mat-error>
          </mat-form-field>
          <p class="form-error" role="alert">{{ error() }}</p>
          <button mat-flat-button type="submit" [disabled]="busy()" i18n="@@account.reset.submit">Save the new password</button>
        </form>
      } @else {
        <p i18n="@@account.reset.ask">Type the address you sign in with: we will mail it a link to choose a new password.</p>
        <form (submit)="$event.preventDefault(); ask()" novalidate data-testid="reset-ask-form">
          <mat-form-field appearance="outline">
            <mat-label i18n="@@account.email">Email address</mat-label>
            <input matInput type="email" [formControl]="email" autocomplete="email" required />
            <mat-error i18n="@@account.email.required">Enter your email address.</mat-error>
          </mat-form-field>
          <p class="form-error" role="alert">{{ error() }}</p>
          <button mat-flat-button type="submit" [disabled]="busy()" i18n="@@account.reset.send">Send me a link</button>
        </form>
      }
    </div>
  `,
  styleUrl: './account-forms.scss',
})
export class ResetComponent {
  private readonly session = inject(SessionStore);
  /** From the mailed link (`?token=…`). */
  readonly token = input<string | undefined>();
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal('');
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(254)],
  });
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.maxLength(200)],
  });

  protected ask(): Promise<void> {
    return this.run(this.email, () => this.session.requestPasswordReset(this.email.value.trim()));
  }

  protected reset(): Promise<void> {
    return this.run(this.password, () =>
      this.session.resetPassword((this.token() ?? '').slice(0, 100), this.password.value),
    );
  }

  private async run(control: FormControl<string>, action: () => Promise<void>): Promise<void> {
    this.error.set('');
    if (control.invalid) {
      control.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await action();
      this.done.set(true);
    } catch (e) {
      const errors = formErrors(e);
      this.error.set(
        errors['token']
          ? $localize`:@@account.reset.spent:This link is no longer valid: it was used already, or it expired. Ask for a new one.`
          : (errors['newPassword'] ?? errors['form'] ?? Object.values(errors)[0] ?? ''),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
