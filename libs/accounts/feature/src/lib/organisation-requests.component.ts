import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MembershipView, OrganisationRequestsStore, SessionStore } from '@peerhub/accounts/data-access';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';
import { formErrors } from './account-messages';

/**
 * Requests and editors of the organisations the member edits for (an admin: of all organisations): approve or
 * decline a waiting request, remove an editor. Waiting requests come first.
 */
@Component({
  selector: 'ph-organisation-requests',
  imports: [MatButtonModule, RouterLink, LoadStateComponent, LongDatePipe],
  providers: [OrganisationRequestsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back"><a routerLink="/account" i18n="@@account.back">Your account</a></p>
      <h1 i18n="@@requests.title">Your organisations’ editors and requests</h1>
      @if (!session.me.isLoading() && !session.member()) {
        <p i18n="@@requests.signIn">Sign in to see the requests of the organisations you edit for.</p>
        <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: '/account/organisations' }" i18n="@@account.signIn.link">Sign in</a>
      } @else if (forbidden()) {
        <p data-testid="requests-none" i18n="@@requests.notEditor">
          You do not edit for an organisation yet. Open an organisation’s page and ask to edit for it.
        </p>
        <a mat-stroked-button routerLink="/organisations" i18n="@@requests.browse">Browse organisations</a>
      } @else {
        <p class="form-error" role="alert" data-testid="requests-error">{{ error() }}</p>
        <ph-load-state
          [loading]="store.memberships.isLoading()"
          [error]="store.memberships.error()"
          [empty]="rows().length === 0"
          [emptyText]="emptyText"
          (retry)="store.memberships.reload()"
        >
          <h2 i18n="@@requests.waiting">Waiting for a decision ({{ pending().length }})</h2>
          <ul class="cards" data-testid="requests-pending">
            @for (m of pending(); track m.id) {
              <li class="card">
                <p class="who">
                  <strong>{{ m.member?.displayName ?? formerMember }}</strong>
                  &ngsp;
                  @if (m.kind === 'CLAIM') {
                    <span class="ph-chip" i18n="@@requests.claim">claims</span>
                  } @else {
                    <span class="ph-chip" i18n="@@requests.join">asks to join</span>
                  }
                  &ngsp;<a [routerLink]="['/organisations', m.organisation.slug]">{{ m.organisation.name }}</a>
                </p>
                <p class="ph-muted">{{ m.requestedAt | phLongDate }}</p>
                <p class="message">{{ m.message }}</p>
                <div class="actions">
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="decide(m, true)" data-testid="approve" i18n="@@requests.approve">Approve</button>
                  <button mat-stroked-button type="button" [disabled]="busy()" (click)="decide(m, false)" i18n="@@requests.decline">Decline</button>
                </div>
              </li>
            } @empty {
              <li class="ph-muted" i18n="@@requests.noneWaiting">No request is waiting.</li>
            }
          </ul>
          <h2 i18n="@@requests.editors">Editors</h2>
          <ul class="cards" data-testid="requests-editors">
            @for (m of editors(); track m.id) {
              <li class="card row">
                <span class="grow">
                  <strong>{{ m.member?.displayName ?? formerMember }}</strong> —
                  <a [routerLink]="['/organisations', m.organisation.slug]">{{ m.organisation.name }}</a>
                </span>
                @if (m.member?.id !== session.member()?.id) {
                  <button mat-button type="button" [disabled]="busy()" (click)="remove(m)" i18n="@@requests.remove">Remove</button>
                } @else {
                  <span class="ph-chip" i18n="@@requests.you">you</span>
                }
              </li>
            } @empty {
              <li class="ph-muted" i18n="@@requests.noEditors">No editor yet.</li>
            }
          </ul>
        </ph-load-state>
      }
    </div>
  `,
  styleUrl: './account-forms.scss',
  styles: `
    .cards { list-style: none; padding: 0; margin: 0 0 24px; display: grid; gap: 12px; max-width: 760px; }
    .card { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .grow { flex: 1 1 240px; overflow-wrap: anywhere; }
    .who { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; overflow-wrap: anywhere; }
    .message { white-space: pre-line; overflow-wrap: anywhere; }
    .actions { display: flex; flex-wrap: wrap; gap: 12px; }
    h2 { font-size: 1.25rem; }
  `,
})
export class OrganisationRequestsComponent {
  protected readonly store = inject(OrganisationRequestsStore);
  protected readonly session = inject(SessionStore);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly formerMember = $localize`:@@requests.formerMember:Former member`;
  protected readonly emptyText = $localize`:@@requests.empty:No request and no editor yet.`;
  protected readonly rows = computed(
    () => this.store.memberships.value()?.organisationMemberships.edges.map((e) => e.node) ?? [],
  );
  protected readonly pending = computed(() => this.rows().filter((m) => m.status === 'PENDING'));
  protected readonly editors = computed(() => this.rows().filter((m) => m.status === 'APPROVED'));
  /** The API's FORBIDDEN: the member edits for no organisation. */
  protected readonly forbidden = computed(() => {
    const e = this.store.memberships.error() as { code?: string } | undefined;
    return e?.code === 'FORBIDDEN' || e?.code === 'UNAUTHENTICATED';
  });

  protected async decide(m: MembershipView, approve: boolean): Promise<void> {
    await this.act(() => this.store.decide(m.id, approve));
  }

  protected async remove(m: MembershipView): Promise<void> {
    await this.act(() => this.store.end(m.id));
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.error.set('');
    this.busy.set(true);
    try {
      await work();
    } catch (e) {
      this.error.set(Object.values(formErrors(e))[0] ?? '');
      this.store.memberships.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
