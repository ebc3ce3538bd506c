import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  WritableSignal,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Location } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AdminStore, SessionStore } from '@peerhub/accounts/data-access';
import {
  AdminAccountsQuery,
  AdminAuditEventsQuery,
  AdminOrganisationsQuery,
  SiteRole,
} from '@peerhub/shared/graphql-types';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { formErrors } from './account-messages';

type MemberRow = AdminAccountsQuery['accounts']['edges'][number]['node'];
type OrganisationRow = AdminOrganisationsQuery['organisations']['edges'][number]['node'];
type AuditNode = AdminAuditEventsQuery['auditEvents']['edges'][number]['node'];

/** One audit event as the page shows it: labels in the page's language, the detail made readable. */
interface AuditRow {
  id: string;
  at: string;
  when: string;
  kind: string;
  account: string;
  by: string | null;
  clientAddress: string | null;
  facts: { label: string; value: string }[];
  rest: string;
}

/** The kinds of the audit log (AuditEntry.kind), in the order of the filter. */
const AUDIT_KINDS = [
  'email_verified',
  'signed_in',
  'signed_out_everywhere',
  'password_reset',
  'password_changed',
  'email_changed',
  'role_granted',
  'role_revoked',
  'account_suspended',
  'account_unsuspended',
  'account_deleted',
  'membership_requested',
  'membership_approved',
  'membership_declined',
  'membership_ended',
  'organisation_verified',
  'organisation_unverified',
] as const;

function kindLabel(kind: string): string {
  switch (kind) {
    case 'email_verified':
      return $localize`:@@admin.kind.email_verified:Address confirmed`;
    case 'signed_in':
      return $localize`:@@admin.kind.signed_in:Signed in`;
    case 'signed_out_everywhere':
      return $localize`:@@admin.kind.signed_out_everywhere:Signed out on every device`;
    case 'password_reset':
      return $localize`:@@admin.kind.password_reset:Password reset by mailed link`;
    case 'password_changed':
      return $localize`:@@admin.kind.password_changed:Password changed`;
    case 'email_changed':
      return $localize`:@@admin.kind.email_changed:Email address changed`;
    case 'role_granted':
      return $localize`:@@admin.kind.role_granted:Role given`;
    case 'role_revoked':
      return $localize`:@@admin.kind.role_revoked:Role taken away`;
    case 'account_suspended':
      return $localize`:@@admin.kind.account_suspended:Account suspended`;
    case 'account_unsuspended':
      return $localize`:@@admin.kind.account_unsuspended:Suspension lifted`;
    case 'account_deleted':
      return $localize`:@@admin.kind.account_deleted:Account deleted`;
    case 'membership_requested':
      return $localize`:@@admin.kind.membership_requested:Asked to edit for an organisation`;
    case 'membership_approved':
      return $localize`:@@admin.kind.membership_approved:Editor request approved`;
    case 'membership_declined':
      return $localize`:@@admin.kind.membership_declined:Editor request declined`;
    case 'membership_ended':
      return $localize`:@@admin.kind.membership_ended:Editor membership ended`;
    case 'organisation_verified':
      return $localize`:@@admin.kind.organisation_verified:Organisation verified`;
    case 'organisation_unverified':
      return $localize`:@@admin.kind.organisation_unverified:Verified mark removed`;
    default:
      return kind;
  }
}

function roleLabel(role: string): string {
  switch (role) {
    case 'admin':
      return $localize`:@@admin.role.admin:admin`;
    case 'moderator':
      return $localize`:@@admin.role.moderator:moderator`;
    default:
      return role;
  }
}

/**
 * The admin page: members (find, give and take the moderator and admin roles, suspend with a reason kept in the
 * audit log), organisations (the verified mark) and the audit log. Visitors are asked to sign in; a member who is
 * not an admin is told the page is not for them, without the API's refusals. Lists, not tables: it works on a phone.
 */
@Component({
  selector: 'ph-admin',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    LoadStateComponent,
    LongDatePipe,
  ],
  providers: [AdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back"><a routerLink="/account" i18n="@@account.back">Your account</a></p>
      <ph-load-state
        [loading]="session.me.isLoading() && !session.member()"
        [error]="sessionError()"
        (retry)="session.me.reload()"
      >
        @if (session.member(); as me) {
          @if (!isAdmin()) {
            <h1 i18n="@@admin.title">Administration</h1>
            <p data-testid="admin-not-admin" i18n="@@admin.notAdmin">
              This page is for PeerHub administrators. Your account is not an administrator account.
            </p>
            <a mat-stroked-button routerLink="/account" i18n="@@admin.backToAccount">Back to your account</a>
          } @else {
            <h1 i18n="@@admin.title">Administration</h1>
            <nav class="jump" i18n-aria-label="@@admin.sections" aria-label="Sections of this page">
              <ul>
                <li>
                  <a [href]="pageHref + '#members'" (click)="jump($event, 'members')" i18n="@@admin.members.title"
                    >Members</a
                  >
                </li>
                <li>
                  <a
                    [href]="pageHref + '#organisations'"
                    (click)="jump($event, 'organisations')"
                    i18n="@@admin.organisations.title"
                    >Organisations</a
                  >
                </li>
                <li>
                  <a [href]="pageHref + '#audit'" (click)="jump($event, 'audit')" i18n="@@admin.audit.title"
                    >Audit log</a
                  >
                </li>
              </ul>
            </nav>

            <section aria-labelledby="members">
              <h2 id="members" tabindex="-1" i18n="@@admin.members.title">Members</h2>
              <form class="search" role="search" (submit)="$event.preventDefault(); searchNow()" novalidate>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label i18n="@@admin.search.label">Find by address or name</mat-label>
                  <input
                    matInput
                    type="search"
                    [formControl]="search"
                    maxlength="200"
                    autocomplete="off"
                    data-testid="admin-search"
                  />
                </mat-form-field>
              </form>
              <p class="form-error" role="alert" data-testid="admin-members-error">{{ memberError() }}</p>
              <ph-load-state
                [loading]="store.accounts.status() === 'loading'"
                [error]="accountsError()"
                [empty]="members().length === 0"
                [emptyText]="noMembers"
                (retry)="store.accounts.reload()"
              >
                <p class="ph-muted" data-testid="admin-count" i18n="@@admin.members.count">
                  Members found: {{ memberCount() }}
                </p>
                <ul class="cards" data-testid="admin-members">
                  @for (m of members(); track m.id) {
                    <li class="card" data-testid="admin-member" [id]="'member-' + m.id" tabindex="-1">
                      <p class="who">
                        <strong>{{ m.displayName }}</strong>
                        <span class="email">{{ m.email }}</span>
                      </p>
                      @if (m.id === me.id || m.roles.length || m.suspended || !m.emailVerified) {
                        <p class="chips">
                          @if (m.id === me.id) {
                            <span class="ph-chip" i18n="@@admin.you">you</span>
                          }
                          @for (r of m.roles; track r) {
                            <span class="ph-chip">{{ roleName(r) }}</span>
                          }
                          @if (m.suspended) {
                            <span class="ph-chip warn" i18n="@@admin.suspended">suspended</span>
                          }
                          @if (!m.emailVerified) {
                            <span class="ph-chip" i18n="@@admin.unconfirmed">address not confirmed</span>
                          }
                        </p>
                      }
                      @if (m.editorOf.length) {
                        <p class="editor-of">
                          <span i18n="@@admin.editorOf">Edits for</span>
                          @for (slug of m.editorOf; track slug) {
                            &ngsp;<a [routerLink]="['/organisations', slug]">{{ slug }}</a>
                          }
                        </p>
                      }
                      <p class="ph-muted since">
                        <span i18n="@@admin.memberSince">Member since</span>&ngsp;{{ m.createdAt | phLongDate }}
                      </p>
                      @if (m.id !== me.id) {
                        <div class="actions">
                          @if (m.roles.includes('moderator')) {
                            <button
                              mat-stroked-button
                              type="button"
                              [disabled]="busy()"
                              disabledInteractive
                              [attr.aria-label]="takeModeratorLabel(m.displayName)"
                              (click)="setRole(m, 'MODERATOR', false)"
                              i18n="@@admin.takeModerator"
                            >
                              Take moderator role
                            </button>
                          } @else if (m.emailVerified) {
                            <button
                              mat-stroked-button
                              type="button"
                              [disabled]="busy()"
                              disabledInteractive
                              [attr.aria-label]="giveModeratorLabel(m.displayName)"
                              (click)="setRole(m, 'MODERATOR', true)"
                              i18n="@@admin.giveModerator"
                            >
                              Give moderator role
                            </button>
                          }
                          @if (m.roles.includes('admin')) {
                            <button
                              mat-stroked-button
                              type="button"
                              [disabled]="busy()"
                              disabledInteractive
                              [attr.aria-label]="takeAdminLabel(m.displayName)"
                              (click)="setRole(m, 'ADMIN', false)"
                              i18n="@@admin.takeAdmin"
                            >
                              Take admin role
                            </button>
                          } @else if (m.emailVerified) {
                            <button
                              mat-stroked-button
                              type="button"
                              [disabled]="busy()"
                              disabledInteractive
                              [attr.aria-label]="giveAdminLabel(m.displayName)"
                              (click)="setRole(m, 'ADMIN', true)"
                              i18n="@@admin.giveAdmin"
                            >
                              Give admin role
                            </button>
                          }
                          @if (m.suspended) {
                            <button
                              mat-stroked-button
                              type="button"
                              [disabled]="busy()"
                              disabledInteractive
                              [attr.aria-label]="liftLabel(m.displayName)"
                              (click)="lift(m)"
                              i18n="@@admin.lift"
                            >
                              Lift the suspension
                            </button>
                          } @else if (!m.roles.includes('admin') && suspending() !== m.id) {
                            <button
                              mat-stroked-button
                              class="danger"
                              type="button"
                              [id]="'suspend-' + m.id"
                              [disabled]="busy()"
                              disabledInteractive
                              [attr.aria-label]="suspendLabel(m.displayName)"
                              (click)="startSuspend(m)"
                              i18n="@@admin.suspend"
                            >
                              Suspend
                            </button>
                          }
                        </div>
                        @if (suspending() === m.id && !m.suspended) {
                          <form
                            class="suspend"
                            [attr.aria-label]="suspendLabel(m.displayName)"
                            (submit)="$event.preventDefault(); confirmSuspend(m)"
                            (keydown.escape)="cancelSuspend(m)"
                            novalidate
                            data-testid="admin-suspend-form"
                          >
                            <mat-form-field appearance="outline">
                              <mat-label i18n="@@admin.reason">Reason (kept in the audit log)</mat-label>
                              <textarea #reasonInput matInput [formControl]="reason" maxlength="500" rows="2"></textarea>
                              <mat-hint align="end">{{ reason.value.length }} / 500</mat-hint>
                            </mat-form-field>
                            <div class="actions">
                              <button
                                mat-flat-button
                                class="danger"
                                type="submit"
                                [disabled]="busy()"
                                disabledInteractive
                                i18n="@@admin.confirm"
                              >
                                Confirm
                              </button>
                              <button mat-button type="button" (click)="cancelSuspend(m)" i18n="@@admin.cancel">
                                Cancel
                              </button>
                            </div>
                          </form>
                        }
                      }
                    </li>
                  }
                </ul>
              </ph-load-state>
            </section>

            <section aria-labelledby="organisations">
              <h2 id="organisations" tabindex="-1" i18n="@@admin.organisations.title">Organisations</h2>
              <p class="form-error" role="alert" data-testid="admin-organisations-error">{{ organisationError() }}</p>
              <ph-load-state
                [loading]="store.organisations.status() === 'loading'"
                [error]="organisationsError()"
                [empty]="organisations().length === 0"
                [emptyText]="noOrganisations"
                (retry)="store.organisations.reload()"
              >
                <ul class="cards" data-testid="admin-organisations">
                  @for (o of organisations(); track o.id) {
                    <li class="card row" data-testid="admin-organisation">
                      <span class="grow">
                        <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                        &ngsp;<span class="ph-muted">{{ o.countryCode }}</span>
                        <span class="chips">
                          @if (o.verified) {
                            <span class="ph-chip" i18n="@@admin.verified">verified</span>
                          } @else {
                            <span class="ph-chip warn" i18n="@@admin.notVerified">not verified</span>
                          }
                          @if (o.hasEditors) {
                            <span class="ph-chip" i18n="@@admin.hasEditors">has editors</span>
                          } @else {
                            <span class="ph-chip" i18n="@@admin.noEditors">no editor</span>
                          }
                        </span>
                      </span>
                      @if (o.verified) {
                        <button
                          mat-stroked-button
                          type="button"
                          [disabled]="busy()"
                          disabledInteractive
                          [attr.aria-label]="unverifyLabel(o.name)"
                          (click)="verify(o, false)"
                          i18n="@@admin.unverify"
                        >
                          Remove the verified mark
                        </button>
                      } @else {
                        <button
                          mat-stroked-button
                          type="button"
                          [disabled]="busy()"
                          disabledInteractive
                          [attr.aria-label]="verifyLabel(o.name)"
                          (click)="verify(o, true)"
                          i18n="@@admin.verify"
                        >
                          Verify
                        </button>
                      }
                    </li>
                  }
                </ul>
              </ph-load-state>
            </section>

            <section aria-labelledby="audit">
              <h2 id="audit" tabindex="-1" i18n="@@admin.audit.title">Audit log</h2>
              <p class="filter">
                <label for="audit-kind" i18n="@@admin.audit.kind">Kind of event</label>
                <select id="audit-kind" data-testid="admin-audit-kind" (change)="chooseKind($event)">
                  <option value="" [selected]="store.auditKind() === ''" i18n="@@admin.audit.allKinds">
                    All kinds
                  </option>
                  @for (k of kinds; track k.id) {
                    <option [value]="k.id" [selected]="store.auditKind() === k.id">{{ k.label }}</option>
                  }
                </select>
              </p>
              <ph-load-state
                [loading]="store.audit.status() === 'loading'"
                [error]="auditError()"
                [empty]="auditRows().length === 0"
                [emptyText]="noEvents"
                (retry)="store.audit.reload()"
              >
                <ul class="cards" data-testid="admin-audit">
                  @for (e of auditRows(); track e.id) {
                    <li class="card event" data-testid="admin-audit-event">
                      <p class="who">
                        <time [attr.datetime]="e.at" class="ph-muted">{{ e.when }}</time>
                        <strong>{{ e.kind }}</strong>
                      </p>
                      <p class="who">
                        <span>{{ e.account }}</span>
                        @if (e.by) {
                          <span class="ph-muted" i18n="@@admin.audit.by">by {{ e.by }}</span>
                        }
                        @if (e.clientAddress) {
                          <span class="ph-muted address">{{ e.clientAddress }}</span>
                        }
                      </p>
                      @if (e.facts.length) {
                        <dl class="facts">
                          @for (f of e.facts; track f.label) {
                            <dt>{{ f.label }}</dt>
                            <dd>{{ f.value }}</dd>
                          }
                        </dl>
                      }
                      @if (e.rest) {
                        <p><code>{{ e.rest }}</code></p>
                      }
                    </li>
                  }
                </ul>
              </ph-load-state>
            </section>
          }
        } @else {
          <h1 i18n="@@admin.title">Administration</h1>
          <p i18n="@@admin.signIn">Sign in with an administrator account to open this page.</p>
          <a
            mat-flat-button
            routerLink="/account/sign-in"
            [queryParams]="{ next: '/account/admin' }"
            data-testid="admin-sign-in"
            i18n="@@account.signIn.link"
            >Sign in</a
          >
        }
      </ph-load-state>
    </div>
  `,
  styleUrl: './account-forms.scss',
  styles: `
    h2 { font-size: 1.25rem; margin-top: 32px; scroll-margin-top: 80px; }
    h2:focus { outline: none; }
    h2:focus-visible { outline: 3px solid var(--mat-sys-primary); }
    .jump ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px 24px; }
    .jump a { display: inline-block; padding: 10px 0; }
    .search { max-width: 520px; margin: 8px 0 4px; }
    .cards { list-style: none; padding: 0; margin: 0 0 24px; display: grid; gap: 12px; max-width: 860px; }
    .card { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px;
      min-width: 0; overflow-wrap: anywhere; }
    .card p { margin: 4px 0; }
    .row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
    .grow { flex: 1 1 240px; min-width: 0; }
    .who { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
    .email { overflow-wrap: anywhere; }
    .chips { display: inline-flex; flex-wrap: wrap; gap: 6px; }
    .grow .chips { margin-left: 8px; }
    .ph-chip.warn { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .actions { display: flex; flex-wrap: wrap; gap: 8px 12px; margin-top: 8px; }
    .actions button, .row button { min-height: 40px; }
    .suspend { max-width: 560px; margin: 12px 0 0; }
    .danger { --mat-button-outlined-label-text-color: var(--mat-sys-error);
      --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
    .filter { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .filter select { font: inherit; min-height: 40px; max-width: 100%; padding: 4px 8px; border-radius: 4px;
      border: 1px solid var(--mat-sys-outline); background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); }
    .facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 4px 0; }
    .facts dt { font-weight: 500; }
    .facts dd { margin: 0; white-space: pre-line; }
    code { overflow-wrap: anywhere; white-space: pre-wrap; }
    .address { font-variant-numeric: tabular-nums; }
  `,
})
export class AdminComponent {
  protected readonly store = inject(AdminStore);
  protected readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  /** This page's address as links write it (with the locale's folder). */
  protected readonly pageHref = inject(Location).prepareExternalUrl('/account/admin');
  private readonly injector = inject(Injector);
  private readonly dateTime = new Intl.DateTimeFormat(inject(LOCALE_ID), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  private readonly reasonInput = viewChild<ElementRef<HTMLTextAreaElement>>('reasonInput');

  protected readonly busy = signal(false);
  protected readonly memberError = signal('');
  protected readonly organisationError = signal('');
  /** The member whose suspension form is open. */
  protected readonly suspending = signal<string | null>(null);
  protected readonly search = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(200)],
  });
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(500)],
  });

  protected readonly noMembers = $localize`:@@admin.members.empty:No member matches.`;
  protected readonly noOrganisations = $localize`:@@admin.organisations.empty:No organisation yet.`;
  protected readonly noEvents = $localize`:@@admin.audit.empty:No event of this kind yet.`;
  protected readonly kinds = AUDIT_KINDS.map((id) => ({ id, label: kindLabel(id) }));

  protected readonly isAdmin = computed(() => this.session.member()?.roles.includes('admin') ?? false);
  protected readonly members = computed(
    () => this.store.accounts.value()?.accounts.edges.map((e) => e.node) ?? [],
  );
  protected readonly memberCount = computed(() => this.store.accounts.value()?.accounts.totalCount ?? 0);
  protected readonly organisations = computed(
    () => this.store.organisations.value()?.organisations.edges.map((e) => e.node) ?? [],
  );
  protected readonly auditRows = computed(
    () => this.store.audit.value()?.auditEvents.edges.map((e) => this.auditRow(e.node)) ?? [],
  );

  // Load errors in the page's language (the API's own messages are English, for developers).
  protected readonly sessionError = computed(() => this.pageError(this.session.me.error()));
  protected readonly accountsError = computed(() => this.pageError(this.store.accounts.error()));
  protected readonly organisationsError = computed(() => this.pageError(this.store.organisations.error()));
  protected readonly auditError = computed(() => this.pageError(this.store.audit.error()));

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        map((v) => v.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.store.query.set(q));
  }

  protected roleName(role: string): string {
    return roleLabel(role);
  }

  protected giveModeratorLabel(name: string): string {
    return $localize`:@@admin.giveModerator.aria:Give moderator role to ${name}:name:`;
  }

  protected takeModeratorLabel(name: string): string {
    return $localize`:@@admin.takeModerator.aria:Take moderator role from ${name}:name:`;
  }

  protected giveAdminLabel(name: string): string {
    return $localize`:@@admin.giveAdmin.aria:Give admin role to ${name}:name:`;
  }

  protected takeAdminLabel(name: string): string {
    return $localize`:@@admin.takeAdmin.aria:Take admin role from ${name}:name:`;
  }

  protected suspendLabel(name: string): string {
    return $localize`:@@admin.suspend.aria:Suspend ${name}:name:`;
  }

  protected liftLabel(name: string): string {
    return $localize`:@@admin.lift.aria:Lift the suspension of ${name}:name:`;
  }

  protected verifyLabel(name: string): string {
    return $localize`:@@admin.verify.aria:Verify ${name}:name:`;
  }

  protected unverifyLabel(name: string): string {
    return $localize`:@@admin.unverify.aria:Remove the verified mark of ${name}:name:`;
  }

  /**
   * The in-page navigation. The links hold the page's own address (the `<base href>` is the locale's root, so a bare
   * `#members` would lead there); a click scrolls and moves focus to the section's heading without the router, whose
   * scroll restoration would send the page back to the top.
   */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const heading = this.document.getElementById(id);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  protected searchNow(): void {
    this.store.query.set(this.search.value.trim());
  }

  protected chooseKind(event: Event): void {
    this.store.auditKind.set((event.target as HTMLSelectElement).value);
  }

  protected async setRole(m: MemberRow, role: SiteRole, granted: boolean): Promise<void> {
    await this.act(
      this.memberError,
      () => this.store.setRole(m.id, role, granted),
      () => this.store.accounts.reload(),
    );
  }

  protected startSuspend(m: MemberRow): void {
    this.memberError.set('');
    this.reason.reset('');
    this.suspending.set(m.id);
    afterNextRender(() => this.reasonInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelSuspend(m: MemberRow): void {
    this.suspending.set(null);
    afterNextRender(() => this.document.getElementById(`suspend-${m.id}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected async confirmSuspend(m: MemberRow): Promise<void> {
    if (this.reason.invalid) return;
    const done = await this.act(
      this.memberError,
      () => this.store.suspend(m.id, true, this.reason.value.trim()),
      () => this.store.accounts.reload(),
    );
    if (done) {
      this.suspending.set(null);
      afterNextRender(() => this.document.getElementById(`member-${m.id}`)?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected async lift(m: MemberRow): Promise<void> {
    await this.act(
      this.memberError,
      () => this.store.suspend(m.id, false, ''),
      () => this.store.accounts.reload(),
    );
  }

  protected async verify(o: OrganisationRow, verified: boolean): Promise<void> {
    await this.act(
      this.organisationError,
      () => this.store.verify(o.slug, verified),
      () => this.store.organisations.reload(),
    );
  }

  /** Runs one change; a refusal is said in `error` (in the page's language) and the list is asked again. */
  private async act(
    error: WritableSignal<string>,
    work: () => Promise<void>,
    reload: () => void,
  ): Promise<boolean> {
    if (this.busy()) return false;
    this.memberError.set('');
    this.organisationError.set('');
    this.busy.set(true);
    try {
      await work();
      return true;
    } catch (e) {
      error.set(Object.values(formErrors(e))[0] ?? '');
      reload();
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private pageError(e: Error | undefined): Error | undefined {
    return e ? new Error(Object.values(formErrors(e))[0] ?? '') : undefined;
  }

  private auditRow(e: AuditNode): AuditRow {
    let detail: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(e.detail || '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        detail = parsed as Record<string, unknown>;
    } catch {
      detail = { detail: e.detail };
    }
    const facts: AuditRow['facts'] = [];
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(detail)) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      if (key === 'reason') facts.push({ label: $localize`:@@admin.audit.reason:Reason`, value: text });
      else if (key === 'role')
        facts.push({ label: $localize`:@@admin.audit.role:Role`, value: roleLabel(text) });
      else if (key === 'organisation')
        facts.push({ label: $localize`:@@admin.audit.organisation:Organisation`, value: text });
      else rest[key] = value;
    }
    const deleted = $localize`:@@admin.audit.deletedAccount:deleted account`;
    let by: string | null = null;
    if (e.actor === 'cli') by = $localize`:@@admin.audit.cli:command line`;
    else if (e.actor) by = e.actorName ?? deleted;
    return {
      id: e.id,
      at: String(e.at),
      when: this.when(e.at),
      kind: kindLabel(e.kind),
      account: e.accountName ?? deleted,
      by,
      clientAddress: e.clientAddress,
      facts,
      rest: Object.keys(rest).length ? JSON.stringify(rest) : '',
    };
  }

  private when(at: unknown): string {
    const d = new Date(at as string);
    return Number.isNaN(d.getTime()) ? '' : this.dateTime.format(d);
  }
}
