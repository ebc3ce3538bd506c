import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { formErrors } from './account-messages';

/**
 * The page of the confirmation link. Confirming takes a click, not the page load: mail scanners open links, and
 * neither they nor the server render may use up the one-time token.
 */
@Component({
  selector: 'ph-verify',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@account.verify.title">Confirm your address</h1>
      @if (done()) {
        <div class="done" role="status" data-testid="verify-done">
          <p i18n="@@account.verify.done">Your address is confirmed. You can sign in now.</p>
        </div>
        <p><a mat-flat-button routerLink="/account/sign-in" i18n="@@account.signIn.link">Sign in</a></p>
      } @else if (!token()) {
        <p class="form-error" i18n="@@account.verify.noToken">
          This page needs the link from the mail we sent. Open the link from that mail, or sign up again.
        </p>
      } @else {
        <p i18n="@@account.verify.ask">One step left: confirm that this address is yours.</p>
        <p class="form-error" role="alert">{{ error() }}</p>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="confirm()" data-testid="verify-button" i18n="@@account.verify.submit">
          Confirm my address
        </button>
      }
    </div>
  `,
  styleUrl: './account-forms.scss',
})
export class VerifyComponent {
  private readonly session = inject(SessionStore);
  /** From the link (`?token=…`, router input binding). */
  readonly token = input<string | undefined>();
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal('');

  protected async confirm(): Promise<void> {
    const token = this.token();
    if (!token) return;
    this.busy.set(true);
    this.error.set('');
    try {
      await this.session.verify(token.slice(0, 100));
      this.done.set(true);
    } catch (e) {
      const errors = formErrors(e);
      this.error.set(errors['token'] ?? errors['form'] ?? Object.values(errors)[0] ?? '');
    } finally {
      this.busy.set(false);
    }
  }
}
