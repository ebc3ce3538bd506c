import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MailedLinkPage } from './mailed-link-page';

/** The page of the link mailed to a new address (see MailedLinkPage: it confirms on a click). */
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
export class EmailChangeComponent extends MailedLinkPage {
  protected use(token: string): Promise<void> {
    return this.session.confirmEmailChange(token);
  }

  protected refusal(errors: Record<string, string>): string {
    return errors['token']
      ? $localize`:@@account.reset.spent:This link is no longer valid: it was used already, or it expired. Ask for a new one.`
      : (Object.values(errors)[0] ?? '');
  }
}
