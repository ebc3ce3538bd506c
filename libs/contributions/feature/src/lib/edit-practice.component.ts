import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  PLATFORM_ID,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { ContributionsStore } from '@peerhub/contributions/data-access';
import { formErrors } from './contribute-messages';
import { rememberKind } from './revision-kind';

/**
 * `/contribute/practice/edit/:slug` ("Suggest an edit" on a practice page): opens the viewer's draft of that practice
 * — their open one, or a new one from its published content — in the editor. Visitors are asked to sign in first.
 */
@Component({
  selector: 'ph-edit-practice',
  imports: [MatButtonModule, RouterLink],
  providers: [ContributionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@contribute.editExisting.title">Suggest an edit</h1>
      @if (!session.me.isLoading() && !session.member()) {
        <p i18n="@@contribute.editExisting.signIn">
          Sign in to suggest an edit: editors of the organisations behind a practice, and PeerHub’s editorial team,
          write its changes, and a moderator reviews them.
        </p>
        <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" i18n="@@account.signIn.link"
          >Sign in</a
        >
      } @else if (error()) {
        <p class="form-error" role="alert" data-testid="edit-error">{{ error() }}</p>
        <p i18n="@@contribute.editExisting.who">
          Only editors of the organisations behind this practice, and PeerHub’s editorial team, can edit it. To
          become an editor, ask from your organisation’s page.
        </p>
        <a [routerLink]="['/practices', slug()]" i18n="@@contribute.editExisting.back">Back to the practice</a>
      } @else {
        <p role="status" i18n="@@contribute.editExisting.opening">Opening your draft…</p>
      }
    </div>
  `,
  styles: `
    .form-error { color: var(--mat-sys-error); }
  `,
})
export class EditPracticeComponent implements OnInit {
  readonly slug = input.required<string>();
  protected readonly session = inject(SessionStore);
  private readonly store = inject(ContributionsStore);
  private readonly router = inject(Router);
  private readonly platform = inject(PLATFORM_ID);
  protected readonly error = signal('');
  protected readonly here = () => `/contribute/practice/edit/${encodeURIComponent(this.slug())}`;

  async ngOnInit(): Promise<void> {
    // Only in the browser: it writes a draft, which a server render of a GET must never do.
    if (!isPlatformBrowser(this.platform)) return;
    try {
      const draft = await this.store.edit(this.slug());
      rememberKind(draft.id, draft.kind);
      await this.router.navigate(['/contribute/revision', draft.id], { replaceUrl: true });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'UNAUTHENTICATED') return; // the sign-in sentence shows once `me` says so
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    }
  }
}
