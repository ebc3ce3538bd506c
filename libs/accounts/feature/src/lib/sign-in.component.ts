import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { formErrors } from './account-messages';

/** `next` when it is a path of this site (`/…`, never `//host` or `/\\host` or a scheme), else null. */
export function sitePath(next: string | undefined | null): string | null {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) && next.length <= 300 ? next : null;
}

/** Sign in with a confirmed address and a password; on success, the account page. */
@Component({
  selector: 'ph-sign-in',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@account.signIn.title">Sign in</h1>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="sign-in-form">
        <mat-form-field appearance="outline">
          <mat-label i18n="@@account.email">Email address</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" required />
          <mat-error i18n="@@account.email.required">Enter your email address.</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@account.password">Password</mat-label>
          <input matInput type="password" formControlName="password" autocomplete="current-password" required />
          <mat-error i18n="@@account.password.required">Enter your password.</mat-error>
        </mat-form-field>
        <!-- The API's refusal (wrong password, address not confirmed, too many attempts) in one announced line. -->
        <p class="form-error" role="alert" data-testid="sign-in-error">{{ refusal() }}</p>
        <button mat-flat-button type="submit" [disabled]="busy()" i18n="@@account.signIn.submit">Sign in</button>
      </form>
      <p><a routerLink="/account/reset" i18n="@@account.signIn.forgot">Forgot your password?</a></p>
      <p>
        <span i18n="@@account.signIn.noAccount">No account yet?</span>&ngsp;
        <a routerLink="/account/sign-up" i18n="@@account.signUp.link">Create one</a>
      </p>
    </div>
  `,
  styleUrl: './account-forms.scss',
})
export class SignInComponent {
  /** Where to go once signed in (`?next=/account/join/…`): a path of this site only. */
  readonly next = input<string | undefined>();
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  private readonly errors = signal<Record<string, string>>({});
  protected readonly refusal = () => Object.values(this.errors())[0] ?? '';
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(254)],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
  });

  protected async submit(): Promise<void> {
    this.errors.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      await this.session.signIn(email, password);
      await this.router.navigateByUrl(sitePath(this.next()) ?? '/account');
    } catch (e) {
      this.errors.set(formErrors(e));
    } finally {
      this.busy.set(false);
    }
  }
}
