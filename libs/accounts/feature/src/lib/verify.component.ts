import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MailedLinkPage } from './mailed-link-page';

/** The page of the sign-up confirmation link (see MailedLinkPage: it confirms on a click). */
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
export class VerifyComponent extends MailedLinkPage {
  protected use(token: string): Promise<void> {
    return this.session.verify(token);
  }

  protected refusal(errors: Record<string, string>): string {
    return errors['token'] ?? errors['form'] ?? Object.values(errors)[0] ?? '';
  }
}
