import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { JoinOrganisationStore, SessionStore } from '@peerhub/accounts/data-access';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';
import { formErrors } from './account-messages';

/**
 * Ask to edit for an organisation (`/account/join/:slug`, linked from its page): join its editors, or claim it when
 * nobody edits for it yet. A visitor is sent to sign in and back; a member sees where their request stands.
 */
@Component({
  selector: 'ph-join-organisation',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
  ],
  providers: [JoinOrganisationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <ph-load-state
        [loading]="store.organisation.isLoading() || session.me.isLoading()"
        [error]="store.organisation.error()"
        [notFoundText]="notFoundText"
        (retry)="store.organisation.reload()"
      >
        @if (store.organisation.value()?.organisation; as o) {
          <p class="ph-muted back">
            <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
          </p>
          <h1 i18n="@@join.title">Edit for {{ o.name }}</h1>
          <p i18n="@@join.what">
            Editors keep the organisation’s profile up to date and publish its practices and resources on PeerHub.
            Its editors — or a PeerHub administrator when it has none — read your request and decide.
          </p>
          @let mine = o.myMembership;
          @if (!session.member()) {
            <p i18n="@@join.signInFirst">Sign in first: the request is made with your account.</p>
            <div class="actions">
              <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" data-testid="join-sign-in" i18n="@@account.signIn.link">Sign in</a>
              <a mat-stroked-button routerLink="/account/sign-up" i18n="@@account.signUp.link">Create one</a>
            </div>
          } @else if (session.member()?.suspended) {
            <p class="form-error" i18n="@@join.suspended">Your account is suspended: you cannot ask to edit for an organisation.</p>
          } @else if (mine?.status === 'APPROVED') {
            <p class="done" data-testid="join-status" i18n="@@join.approved">You edit for this organisation.</p>
            <p><a routerLink="/account/organisations" i18n="@@join.manage">Requests and editors of your organisations</a></p>
          } @else if (mine && mine.status === 'PENDING') {
            <p class="done" data-testid="join-status" i18n="@@join.pending">
              Your request of {{ mine.requestedAt | phLongDate }} is waiting for an answer. We will mail you.
            </p>
            <h2 i18n="@@join.yourMessage">Your message</h2>
            <p class="message">{{ mine.message }}</p>
            <p class="form-error" role="alert">{{ error() }}</p>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw(mine.id)" i18n="@@join.withdraw">
              Withdraw the request
            </button>
          } @else {
            @if (mine?.status === 'DECLINED') {
              <p class="hint" i18n="@@join.declined">Your earlier request was declined. You may ask again, with more about your role.</p>
            }
            @if (o.hasEditors) {
              <p class="hint" i18n="@@join.joinHint">You ask to join its current editors.</p>
            } @else {
              <p class="hint" data-testid="join-claim" i18n="@@join.claimHint">
                Nobody edits for it on PeerHub yet: your request claims it, and an administrator checks it with you.
              </p>
            }
            <form (submit)="$event.preventDefault(); submit(o.slug, o.hasEditors)" novalidate data-testid="join-form">
              <p id="join-message-what" i18n="@@join.message">Who you are there, and why you ask</p>
              <mat-form-field appearance="outline">
                <mat-label i18n="@@join.yourMessage">Your message</mat-label>
                <textarea matInput aria-describedby="join-message-what" [formControl]="message" rows="5" maxlength="1000" required></textarea>
                <mat-hint align="end">{{ message.value.length }} / 1000</mat-hint>
                <mat-error i18n="@@account.error.message">Write 10 to 1,000 characters: who you are there and why you ask.</mat-error>
              </mat-form-field>
              <p class="hint" i18n="@@join.privacy">Only its editors and PeerHub administrators read your message. Do not include health details.</p>
              <p class="form-error" role="alert" data-testid="join-error">{{ error() }}</p>
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="join-submit" i18n="@@join.submit">Send the request</button>
            </form>
          }
        }
      </ph-load-state>
    </div>
  `,
  styleUrl: './account-forms.scss',
  styles: `
    .actions { display: flex; flex-wrap: wrap; gap: 12px; }
    .message { white-space: pre-line; overflow-wrap: anywhere; padding: 12px 16px; border-left: 4px solid var(--mat-sys-outline-variant); }
    h2 { font-size: 1.25rem; }
  `,
})
export class JoinOrganisationComponent {
  readonly slug = input.required<string>();
  protected readonly store = inject(JoinOrganisationStore);
  protected readonly session = inject(SessionStore);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly here = computed(() => `/account/join/${encodeURIComponent(this.slug())}`);
  protected readonly notFoundText = $localize`:@@join.notFound:This organisation is not on PeerHub.`;
  protected readonly message = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(10), Validators.maxLength(1000)],
  });

  constructor() {
    effect(() => this.store.slug.set(this.slug()));
  }

  protected async submit(slug: string, hasEditors: boolean): Promise<void> {
    this.error.set('');
    const text = this.message.value.trim();
    if (text.length < 10 || this.message.invalid) {
      this.message.setErrors({ minlength: true });
      this.message.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.store.request(slug, hasEditors ? 'JOIN' : 'CLAIM', text);
      this.message.reset();
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    } finally {
      this.busy.set(false);
    }
  }

  protected async withdraw(id: string): Promise<void> {
    this.error.set('');
    this.busy.set(true);
    try {
      await this.store.withdraw(id);
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    } finally {
      this.busy.set(false);
    }
  }
}
