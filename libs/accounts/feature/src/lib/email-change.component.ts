import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { formErrors } from './account-messages';

/** The page of the link mailed to a new address. Confirms on a click, like the sign-up link. */
@Component({
  selector: 'ph-email-change',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@account.emailChange.title">Confirm your new address</h1>
      @if (done()) {
        <div class="done" role="status" data-testid="email-change-done">
          <p i18n="@@account.emailChange.done">Done: you now sign in with this address.</p>
        </div>
        <p><a mat-flat-button routerLink="/account" i18n="@@account.title">Your account</a></p>
      } @else {
        <p i18n="@@account.emailChange.ask">Confirm that you want to sign in with this address from now on.</p>
        <p class="form-error" role="alert">{{ error() }}</p>
        <button
          mat-flat-button
          type="button"
          [disabled]="busy() || !token()"
          (click)="confirm()"
          data-testid="email-change-button"
          i18n="@@account.emailChange.submit"
        >
          Confirm the new address
        </button>
      }
    </div>
  `,
  styleUrl: './account-forms.scss',
})
export class EmailChangeComponent {
  private readonly session = inject(SessionStore);
  readonly token = input<string | undefined>();
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal('');

  protected async confirm(): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.confirmEmailChange((this.token() ?? '').slice(0, 100));
      this.done.set(true);
    } catch (e) {
      const errors = formErrors(e);
      this.error.set(
        errors['token']
          ? $localize`:@@account.reset.spent:This link is no longer valid: it was used already, or it expired. Ask for a new one.`
          : (Object.values(errors)[0] ?? ''),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
