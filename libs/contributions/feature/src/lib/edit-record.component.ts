import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  OnInit,
  PLATFORM_ID,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import { ContributionsStore, RevisionView } from '@peerhub/contributions/data-access';
import { formErrors } from './contribute-messages';
import { rememberKind } from './revision-kind';

/**
 * Opens the viewer's draft of a published record — their open one, or a new one from its published content — in
 * its editor (`/contribute/revision/:id`). Visitors are asked to sign in first.
 */
@Directive()
abstract class EditRecord implements OnInit {
  readonly slug = input.required<string>();
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(ContributionsStore);
  private readonly router = inject(Router);
  private readonly platform = inject(PLATFORM_ID);
  protected readonly error = signal('');
  protected abstract readonly section: 'resource' | 'organisation';
  protected abstract open(slug: string): Promise<RevisionView>;

  protected here(): string {
    return `/contribute/${this.section}/edit/${encodeURIComponent(this.slug())}`;
  }

  async ngOnInit(): Promise<void> {
    // Only in the browser: it writes a draft, which a server render of a GET must never do.
    if (!isPlatformBrowser(this.platform)) return;
    try {
      const draft = await this.open(this.slug());
      rememberKind(draft.id, draft.kind);
      await this.router.navigate(['/contribute/revision', draft.id], { replaceUrl: true });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'UNAUTHENTICATED') return; // the sign-in sentence shows once `me` says so
      this.error.set(Object.values(formErrors(e))[0] ?? '');
    }
  }
}

/** `/contribute/resource/edit/:slug` ("Suggest an edit" on a resource's page). */
@Component({
  selector: 'ph-edit-resource',
  imports: [MatButtonModule, RouterLink],
  providers: [ContributionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@contribute.editExisting.title">Suggest an edit</h1>
      @if (!session.me.isLoading() && !session.member()) {
        <p i18n="@@contribute.resource.editExisting.signIn">Sign in to suggest an edit: editors of the organisations behind a resource, and PeerHub’s editorial team, write its changes, and a moderator reviews them.</p>
        <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" i18n="@@account.signIn.link">Sign in</a>
      } @else if (error()) {
        <p class="form-error" role="alert" data-testid="edit-error">{{ error() }}</p>
        <p i18n="@@contribute.resource.editExisting.who">Only editors of the organisations behind this resource, and PeerHub’s editorial team, can edit it. To become an editor, ask from your organisation’s page.</p>
        <a [routerLink]="['/resources', slug()]" i18n="@@contribute.resource.editExisting.back">Back to the resource</a>
      } @else {
        <p role="status" i18n="@@contribute.editExisting.opening">Opening your draft…</p>
      }
    </div>
  `,
  styles: `
    .form-error { color: var(--mat-sys-error); }
  `,
})
export class EditResourceComponent extends EditRecord {
  protected readonly section = 'resource';
  protected open(slug: string): Promise<RevisionView> {
    return this.store.editResource(slug);
  }
}

/** `/contribute/organisation/edit/:slug` ("Edit its profile" on an organisation's page). */
@Component({
  selector: 'ph-edit-organisation',
  imports: [MatButtonModule, RouterLink],
  providers: [ContributionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@contribute.organisation.editExisting.title">Edit an organisation’s profile</h1>
      @if (!session.me.isLoading() && !session.member()) {
        <p i18n="@@contribute.organisation.editExisting.signIn">Sign in to edit this profile: the organisation’s editors on PeerHub, and PeerHub’s editorial team, write its changes.</p>
        <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: here() }" i18n="@@account.signIn.link">Sign in</a>
      } @else if (error()) {
        <p class="form-error" role="alert" data-testid="edit-error">{{ error() }}</p>
        <p i18n="@@contribute.organisation.editExisting.who">Only the organisation’s editors on PeerHub, and PeerHub’s editorial team, can edit its profile. To become an editor, ask from the organisation’s page.</p>
        <a [routerLink]="['/organisations', slug()]" i18n="@@contribute.organisation.editExisting.back">Back to the organisation</a>
      } @else {
        <p role="status" i18n="@@contribute.editExisting.opening">Opening your draft…</p>
      }
    </div>
  `,
  styles: `
    .form-error { color: var(--mat-sys-error); }
  `,
})
export class EditOrganisationComponent extends EditRecord {
  protected readonly section = 'organisation';
  protected open(slug: string): Promise<RevisionView> {
    return this.store.editOrganisation(slug);
  }
}
