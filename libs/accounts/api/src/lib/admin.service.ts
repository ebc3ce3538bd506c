import { Inject, Injectable } from '@nestjs/common';
import {
  OrganisationEntity,
  OrganisationsService,
  toOrganisation,
  type Organisation,
} from '@peerhub/organisations/api';
import {
  APP_CONFIG,
  AppConfig,
  ConnectionShape,
  UserInputErrors,
  Viewer,
  accessDenied,
  assertCan,
  fieldError,
  keysetPage,
  mapNodes,
  isUuid,
} from '@peerhub/shared/api-core';
import type { Request } from 'express';
import { DataSource, In } from 'typeorm';
import { AccountEntity, AuditEventEntity, MembershipEntity } from './account.entities';
import type { AccountSummary, AccountsArgs, AuditEntry, AuditEventsArgs } from './admin.models';
import { AuditLog } from './audit';
import { Mailer } from './mailer';
import { suspensionMail } from './membership-mails';

/** `%`, `_` and `\` of a member's search taken literally in LIKE. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The admin pages' work: members (find, give and take roles, suspend), organisations (verify) and the audit log.
 * Every method asks the policy for `admin:manage` first, whatever its caller checked.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditLog,
    private readonly mailer: Mailer,
    private readonly organisations: OrganisationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Members, newest first, optionally those whose address or display name contains `query`. */
  async accounts(viewer: Viewer, args: AccountsArgs): Promise<ConnectionShape<AccountSummary>> {
    assertCan(viewer, 'admin:manage');
    const qb = this.ds.getRepository(AccountEntity).createQueryBuilder('a');
    const q = args.query?.trim();
    if (q)
      qb.andWhere("(a.email_key LIKE :q ESCAPE '\\' OR lower(a.display_name) LIKE :q ESCAPE '\\')", {
        q: `%${likeLiteral(q.toLowerCase())}%`,
      });
    const page = await keysetPage(qb, {
      list: 'accounts',
      sort: 'newest',
      keys: [
        { sql: 'a.created_at', direction: 'DESC', kind: 'timestamptz' },
        { sql: 'a.id', direction: 'DESC', kind: 'uuid' },
      ],
      first: args.first,
      after: args.after,
    });
    const editorOf = await this.editorSlugs(page.edges.map((e) => e.node.id));
    return mapNodes(page, (a) => toSummary(a, editorOf.get(a.id) ?? []));
  }

  /** The audit log, newest first. */
  async auditEvents(viewer: Viewer, args: AuditEventsArgs): Promise<ConnectionShape<AuditEntry>> {
    assertCan(viewer, 'admin:manage');
    const qb = this.ds
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.account', 'a');
    if (args.kind) qb.andWhere('e.kind = :kind', { kind: args.kind });
    if (args.accountId) {
      if (!isUuid(args.accountId))
        return {
          edges: [],
          totalCount: 0,
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        };
      qb.andWhere('e.account_id = :account', { account: args.accountId });
    }
    const page = await keysetPage(qb, {
      list: 'audit',
      sort: 'newest',
      keys: [
        { sql: 'e.at', direction: 'DESC', kind: 'timestamptz' },
        { sql: 'e.id', direction: 'DESC', kind: 'uuid' },
      ],
      first: args.first,
      after: args.after,
    });
    const actorIds = [
      ...new Set(page.edges.map((e) => e.node.actor).filter((a): a is string => !!a && isUuid(a))),
    ];
    const actorName = new Map(
      actorIds.length
        ? (
            await this.ds
              .getRepository(AccountEntity)
              .find({ select: { id: true, displayName: true }, where: { id: In(actorIds) } })
          ).map((a) => [a.id, a.displayName])
        : [],
    );
    return mapNodes(page, (e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      accountId: e.accountId,
      accountName: e.account?.displayName ?? null,
      actor: e.actor,
      actorName: e.actor ? (actorName.get(e.actor) ?? null) : null,
      clientAddress: e.clientAddress,
      detail: JSON.stringify(e.detail ?? {}),
    }));
  }

  private async target(accountId: string): Promise<AccountEntity> {
    const account = isUuid(accountId)
      ? await this.ds.getRepository(AccountEntity).findOneBy({ id: accountId })
      : null;
    if (!account)
      throw new UserInputErrors([fieldError('accountId', 'NOT_FOUND', 'There is no member with this id.')]);
    return account;
  }

  private actorOf(viewer: Viewer): string {
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    return viewer.userId;
  }

  /** Gives or takes moderator or admin. An admin cannot take their own admin role (someone must remain). */
  async setRole(
    viewer: Viewer,
    accountId: string,
    role: 'admin' | 'moderator',
    granted: boolean,
    req?: Request,
  ): Promise<AccountSummary> {
    assertCan(viewer, 'admin:manage');
    const actor = this.actorOf(viewer);
    const account = await this.target(accountId);
    if (account.id === actor && role === 'admin' && !granted)
      throw new UserInputErrors([
        fieldError('accountId', 'INVALID', 'You cannot take your own admin role; ask another admin.'),
      ]);
    if (granted && !account.emailVerifiedAt)
      throw new UserInputErrors([
        fieldError('accountId', 'INVALID', 'This member has not confirmed their address yet.'),
      ]);
    const roles = granted ? [...new Set([...account.roles, role])] : account.roles.filter((r) => r !== role);
    if (roles.length !== account.roles.length)
      await this.ds.transaction(async (tx) => {
        await tx.getRepository(AccountEntity).update({ id: account.id }, { roles });
        await this.audit.record(granted ? 'role_granted' : 'role_revoked', account.id, {
          actor,
          req,
          detail: { role },
          tx,
        });
      });
    return this.summary(account.id);
  }

  /**
   * Suspends a member (or lifts it): they keep their own account's rights (read, download, delete, sign out) and
   * lose every other permission at their next request. Nobody suspends themselves or an admin.
   */
  async suspend(
    viewer: Viewer,
    accountId: string,
    suspended: boolean,
    reason: string,
    req?: Request,
  ): Promise<AccountSummary> {
    assertCan(viewer, 'admin:manage');
    const actor = this.actorOf(viewer);
    const account = await this.target(accountId);
    if (account.id === actor)
      throw new UserInputErrors([fieldError('accountId', 'INVALID', 'You cannot suspend yourself.')]);
    if (suspended && account.roles.includes('admin'))
      throw new UserInputErrors([
        fieldError('accountId', 'INVALID', 'Take the admin role away before suspending an admin.'),
      ]);
    const changed = suspended !== Boolean(account.suspendedAt);
    if (changed) {
      await this.ds.transaction(async (tx) => {
        await tx
          .getRepository(AccountEntity)
          .update({ id: account.id }, { suspendedAt: suspended ? new Date() : null });
        await this.audit.record(suspended ? 'account_suspended' : 'account_unsuspended', account.id, {
          actor,
          req,
          detail: reason.trim() ? { reason: reason.trim().slice(0, 500) } : {},
          tx,
        });
      });
      await this.mailer.sendQuietly(
        suspensionMail(
          account.email,
          account.language,
          account.displayName,
          suspended,
          `${this.config.mail.publicUrl}/${account.language}/account`,
        ),
      );
    }
    return this.summary(account.id);
  }

  /** Marks an organisation verified (its profile checked by PeerHub), or takes the mark away. */
  async verifyOrganisation(
    viewer: Viewer,
    slug: string,
    verified: boolean,
    req?: Request,
  ): Promise<Organisation> {
    assertCan(viewer, 'admin:manage');
    const actor = this.actorOf(viewer);
    const org = await this.organisations.findBySlug(slug);
    if (!org)
      throw new UserInputErrors([
        fieldError('organisationSlug', 'NOT_FOUND', 'There is no organisation with this address.'),
      ]);
    if (org.verified !== verified)
      await this.ds.transaction(async (tx) => {
        await this.organisations.setVerified(org.id, verified, tx);
        await this.audit.record(verified ? 'organisation_verified' : 'organisation_unverified', actor, {
          actor,
          req,
          detail: { organisation: org.slug },
          tx,
        });
      });
    return toOrganisation({ ...org, verified } as OrganisationEntity);
  }

  private async summary(id: string): Promise<AccountSummary> {
    const account = await this.ds.getRepository(AccountEntity).findOneByOrFail({ id });
    return toSummary(account, (await this.editorSlugs([id])).get(id) ?? []);
  }

  private async editorSlugs(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!ids.length) return out;
    const rows = await this.ds.getRepository(MembershipEntity).find({
      select: { accountId: true, organisationId: true },
      where: { accountId: In([...ids]), status: 'approved' },
    });
    const slugOf = new Map(
      (await this.organisations.byIds([...new Set(rows.map((r) => r.organisationId))])).map((o) => [
        o.id,
        o.slug,
      ]),
    );
    for (const r of rows) {
      const slug = slugOf.get(r.organisationId);
      if (slug) out.set(r.accountId, [...(out.get(r.accountId) ?? []), slug].sort());
    }
    return out;
  }
}

function toSummary(a: AccountEntity, editorOf: string[]): AccountSummary {
  return {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    roles: a.roles,
    emailVerified: Boolean(a.emailVerifiedAt),
    suspended: Boolean(a.suspendedAt),
    createdAt: a.createdAt,
    editorOf,
  };
}
