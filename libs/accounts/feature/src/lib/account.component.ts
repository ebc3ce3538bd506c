import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { LoadStateComponent } from '@peerhub/shared/ui';
import { formErrors } from './account-messages';

/** The account page: for a visitor, the way in; for a member, who they are here and how to sign out. */
@Component({
  selector: 'ph-account',
  imports: [MatButtonModule, RouterLink, LoadStateComponent],
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
  `,
})
export class AccountComponent {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly error = signal('');

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
