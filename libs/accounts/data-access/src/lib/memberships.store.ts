import { Injectable, inject, signal } from '@angular/core';
import { GraphqlClient, queryResource } from '@peerhub/shared/data-access';
import {
  AdminAccountsDocument,
  AdminAuditEventsDocument,
  AdminOrganisationsDocument,
  DecideMembershipDocument,
  EndMembershipDocument,
  JoinOrganisationDocument,
  MembershipKind,
  MembershipPartsFragment,
  MyMembershipsDocument,
  OrganisationMembershipsDocument,
  RequestMembershipDocument,
  SetMemberRoleDocument,
  SiteRole,
  SuspendMemberDocument,
  VerifyOrganisationDocument,
} from '@peerhub/shared/graphql-types';

export type MembershipView = MembershipPartsFragment;

/** The member's own memberships and requests (account page), and ending one. */
@Injectable()
export class MyMembershipsStore {
  private readonly client = inject(GraphqlClient);
  readonly memberships = queryResource(MyMembershipsDocument, () => ({}));

  async end(membershipId: string): Promise<void> {
    await this.client.mutate(EndMembershipDocument, { input: { membershipId } });
    this.memberships.reload();
  }
}

/** One organisation seen by someone who may ask to edit for it (the join page). */
@Injectable()
export class JoinOrganisationStore {
  private readonly client = inject(GraphqlClient);
  readonly slug = signal<string | undefined>(undefined);
  readonly organisation = queryResource(JoinOrganisationDocument, () => {
    const slug = this.slug();
    return slug ? { slug } : undefined;
  });

  async request(organisationSlug: string, kind: MembershipKind, message: string): Promise<void> {
    await this.client.mutate(RequestMembershipDocument, { input: { organisationSlug, kind, message } });
    this.organisation.reload();
  }

  async withdraw(membershipId: string): Promise<void> {
    await this.client.mutate(EndMembershipDocument, { input: { membershipId } });
    this.organisation.reload();
  }
}

/** Requests and editors of the organisations the viewer edits for (an admin: all), and deciding them. */
@Injectable()
export class OrganisationRequestsStore {
  private readonly client = inject(GraphqlClient);
  readonly memberships = queryResource(OrganisationMembershipsDocument, () => ({
    organisationSlug: null,
    status: null,
    first: 100,
    after: null,
  }));

  async decide(membershipId: string, approve: boolean): Promise<void> {
    await this.client.mutate(DecideMembershipDocument, { input: { membershipId, approve } });
    this.memberships.reload();
  }

  async end(membershipId: string): Promise<void> {
    await this.client.mutate(EndMembershipDocument, { input: { membershipId } });
    this.memberships.reload();
  }
}

/** The admin pages: members, organisations, the audit log. */
@Injectable()
export class AdminStore {
  private readonly client = inject(GraphqlClient);
  readonly query = signal('');
  readonly auditKind = signal('');
  readonly accounts = queryResource(AdminAccountsDocument, () => ({
    query: this.query() || null,
    first: 50,
    after: null,
  }));
  readonly organisations = queryResource(AdminOrganisationsDocument, () => ({ after: null }));
  readonly audit = queryResource(AdminAuditEventsDocument, () => ({
    kind: this.auditKind() || null,
    first: 100,
    after: null,
  }));

  async setRole(accountId: string, role: SiteRole, granted: boolean): Promise<void> {
    await this.client.mutate(SetMemberRoleDocument, { input: { accountId, role, granted } });
    this.accounts.reload();
    this.audit.reload();
  }

  async suspend(accountId: string, suspended: boolean, reason: string): Promise<void> {
    await this.client.mutate(SuspendMemberDocument, { input: { accountId, suspended, reason } });
    this.accounts.reload();
    this.audit.reload();
  }

  async verify(organisationSlug: string, verified: boolean): Promise<void> {
    await this.client.mutate(VerifyOrganisationDocument, { input: { organisationSlug, verified } });
    this.organisations.reload();
    this.audit.reload();
  }
}
