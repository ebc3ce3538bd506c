import { Inject, Injectable } from '@nestjs/common';
import { OrganisationEntity, OrganisationsService, toOrganisation } from '@peerhub/organisations/api';
import {
  APP_CONFIG,
  AppConfig,
  ConnectionShape,
  RateLimits,
  UserInputErrors,
  Viewer,
  accessDenied,
  assertCan,
  can,
  fieldError,
  keysetPage,
  mapNodes,
  isUuid,
  rateLimited,
} from '@peerhub/shared/api-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccountEntity, MembershipEntity } from './account.entities';
import { AuditLog } from './audit';
import { Mailer } from './mailer';
import { membershipDecidedMail, membershipRequestedMail } from './membership-mails';
import {
  Membership,
  MembershipKind,
  MembershipStatus,
  OrganisationMembershipsArgs,
  RequestMembershipInput,
} from './memberships.models';

/** Requests one member may have waiting at once, and make per day (a request mails editors). */
export const PENDING_REQUESTS_MAX = 5;
export const REQUESTS_PER_DAY = 10;
/** At most this many editors (or admins) are mailed about one request. */
const NOTIFIED_MAX = 20;

/** Text a member wrote: no control characters but line breaks, at most two blank lines, trimmed. Shown as text. */
export function cleanMessage(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n]|\p{Cf}/gu, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Editor memberships of organisations: a member asks to join (or claims an organisation with no editor), its
 * editors or an admin approve or decline, and the member edits for it from their next request on (Sessions reads
 * approved memberships into the viewer). Who may do what is the policy's (`organisation:join`, `organisation:edit`,
 * `membership:end`); this service asks it with the record in hand.
 */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly ds: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get repo() {
    return this.ds.getRepository(MembershipEntity);
  }

  private link(language: string, path: string): string {
    return `${this.config.mail.publicUrl}/${language}/${path}`;
  }

  private query() {
    return this.repo
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.organisation', 'o')
      .leftJoinAndSelect('m.account', 'a');
  }

  private async load(id: string): Promise<MembershipEntity | null> {
    return isUuid(id) ? this.query().where('m.id = :id', { id }).getOne() : null;
  }

  /** The member's own memberships and requests, newest first (none for a visitor). */
  async mine(viewer: Viewer): Promise<Membership[]> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) return [];
    const rows = await this.query()
      .where('m.account_id = :id', { id: viewer.userId })
      .orderBy('m.requested_at', 'DESC')
      .getMany();
    return rows.map(toMembership);
  }

  /**
   * Requests and editors of one organisation, or of every organisation the viewer edits for (an admin: all),
   * pending first, then newest.
   */
  async ofOrganisations(
    viewer: Viewer,
    args: OrganisationMembershipsArgs,
  ): Promise<ConnectionShape<Membership>> {
    assertCan(viewer, 'organisation:edit');
    const qb = this.query();
    if (args.organisationSlug) {
      const org = await this.organisations.bySlug(args.organisationSlug);
      assertCan(viewer, 'organisation:edit', org.id);
      qb.andWhere('m.organisation_id = :org', { org: org.id });
    } else if (!can(viewer, 'admin:manage')) {
      const ids = viewer.kind === 'member' ? [...viewer.editorOf] : [];
      qb.andWhere('m.organisation_id IN (:...ids)', {
        ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'],
      });
    }
    if (args.status) qb.andWhere('m.status = :status', { status: args.status });
    const page = await keysetPage(qb, {
      list: 'memberships',
      sort: 'pending-first',
      keys: [
        { sql: "(CASE WHEN m.status = 'pending' THEN 0 ELSE 1 END)", direction: 'ASC', kind: 'int' },
        { sql: 'm.requested_at', direction: 'DESC', kind: 'timestamptz' },
        { sql: 'm.id', direction: 'DESC', kind: 'uuid' },
      ],
      first: args.first,
      after: args.after,
    });
    return mapNodes(page, toMembership);
  }

  /**
   * Asks to edit for an organisation (or claims one without editors), with a message for whoever decides. Asking
   * again after a refusal reopens the request; a waiting or approved one is a CONFLICT on `organisationSlug`.
   */
  async request(viewer: Viewer, input: RequestMembershipInput): Promise<Membership> {
    assertCan(viewer, 'organisation:join');
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const message = cleanMessage(input.message);
    if (message.length < 10)
      throw new UserInputErrors([
        fieldError('message', 'TOO_SHORT', 'message must be 10 to 1000 characters'),
      ]);
    const org = await this.organisations.findBySlug(input.organisationSlug);
    if (!org)
      throw new UserInputErrors([
        fieldError('organisationSlug', 'NOT_FOUND', 'There is no organisation with this address.'),
      ]);
    const perDay = await this.limits.take(
      this.limits.limiter('membership-requests', REQUESTS_PER_DAY, 24 * 3600),
      viewer.userId,
    );
    if (!perDay.allowed) throw rateLimited(perDay.retryAfter, 'requests');

    const id = await this.ds.transaction(async (tx) => {
      const repo = tx.getRepository(MembershipEntity);
      // One decision at a time per member: concurrent requests of the same member queue here.
      await tx.query('SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE', [viewer.userId]);
      const existing = await repo.findOneBy({ accountId: viewer.userId, organisationId: org.id });
      if (existing?.status === 'pending')
        throw new UserInputErrors([
          fieldError('organisationSlug', 'CONFLICT', 'You have already asked; your request is waiting.'),
        ]);
      if (existing?.status === 'approved')
        throw new UserInputErrors([
          fieldError('organisationSlug', 'CONFLICT', 'You already edit for this organisation.'),
        ]);
      const pending = await repo.countBy({ accountId: viewer.userId, status: 'pending' });
      if (pending >= PENDING_REQUESTS_MAX)
        throw new UserInputErrors([
          fieldError(
            'organisationSlug',
            'OUT_OF_RANGE',
            `You have ${PENDING_REQUESTS_MAX} requests waiting already; wait for an answer first.`,
          ),
        ]);
      if (
        input.kind === MembershipKind.CLAIM &&
        (await repo.existsBy({ organisationId: org.id, status: 'approved' }))
      )
        throw new UserInputErrors([
          fieldError('kind', 'CONFLICT', 'This organisation has editors already: ask to join instead.'),
        ]);
      const values = {
        kind: input.kind,
        status: 'pending',
        message,
        requestedAt: new Date(),
        decidedAt: null,
        decidedBy: null,
      };
      let rowId: string;
      if (existing) {
        await repo.update({ id: existing.id }, values);
        rowId = existing.id;
      } else {
        const inserted = await repo.insert({ ...values, accountId: viewer.userId, organisationId: org.id });
        rowId = (inserted.identifiers[0] as { id: string }).id;
      }
      await this.audit.record('membership_requested', viewer.userId, {
        detail: { organisation: org.slug, kind: input.kind },
        tx,
      });
      return rowId;
    });
    const membership = (await this.load(id)) as MembershipEntity;
    await this.notifyDeciders(membership);
    return toMembership(membership);
  }

  /** Approves or declines a waiting request: an editor of its organisation, or an admin. */
  async decide(viewer: Viewer, membershipId: string, approve: boolean): Promise<Membership> {
    const notFound = new UserInputErrors([
      fieldError('membershipId', 'NOT_FOUND', 'There is no request with this id.'),
    ]);
    const found = await this.load(membershipId);
    if (!found) throw notFound;
    assertCan(viewer, 'organisation:edit', found.organisationId);
    const actor = viewer.kind === 'member' ? viewer.userId : null;
    const decided = await this.ds.transaction(async (tx) => {
      const result = await tx
        .getRepository(MembershipEntity)
        .createQueryBuilder()
        .update()
        .set({ status: approve ? 'approved' : 'declined', decidedAt: new Date(), decidedBy: actor })
        .where("id = :id AND status = 'pending'", { id: found.id })
        .execute();
      if (!result.affected) return false;
      await this.audit.record(approve ? 'membership_approved' : 'membership_declined', found.accountId, {
        actor: actor ?? undefined,
        detail: { organisation: found.organisation?.slug },
        tx,
      });
      return true;
    });
    if (!decided)
      throw new UserInputErrors([
        fieldError('membershipId', 'CONFLICT', 'This request was decided already (or withdrawn).'),
      ]);
    const after = (await this.load(found.id)) as MembershipEntity;
    if (after.account && after.organisation)
      await this.mailer.sendQuietly(
        membershipDecidedMail(
          after.account.email,
          after.account.language,
          after.account.displayName,
          after.organisation.name,
          approve,
          this.link(after.account.language, 'account'),
        ),
      );
    return toMembership(after);
  }

  /** Withdraws a request or leaves (the member), or removes an editor (an editor of the organisation, an admin). */
  async end(viewer: Viewer, membershipId: string): Promise<{ ended: boolean }> {
    const notFound = new UserInputErrors([
      fieldError('membershipId', 'NOT_FOUND', 'There is no membership with this id.'),
    ]);
    const found = await this.load(membershipId);
    if (!found) throw notFound;
    assertCan(viewer, 'membership:end', found);
    await this.ds.transaction(async (tx) => {
      const result = await tx.getRepository(MembershipEntity).delete({ id: found.id });
      if (!result.affected) throw notFound;
      await this.audit.record('membership_ended', found.accountId, {
        actor: viewer.kind === 'member' && viewer.userId !== found.accountId ? viewer.userId : undefined,
        detail: { organisation: found.organisation?.slug, status: found.status },
        tx,
      });
    });
    return { ended: true };
  }

  /** Mails the organisation's editors about a new request, or the admins when it has none. */
  private async notifyDeciders(m: MembershipEntity): Promise<void> {
    if (!m.organisation || !m.account) return;
    const accounts = this.ds.getRepository(AccountEntity);
    let to = await accounts
      .createQueryBuilder('a')
      .innerJoin(
        MembershipEntity,
        'e',
        "e.account_id = a.id AND e.status = 'approved' AND e.organisation_id = :org",
        {
          org: m.organisationId,
        },
      )
      .where('a.suspended_at IS NULL')
      .orderBy('a.created_at', 'ASC')
      .limit(NOTIFIED_MAX)
      .getMany();
    if (!to.length)
      to = await accounts
        .createQueryBuilder('a')
        .where("'admin' = ANY (a.roles) AND a.suspended_at IS NULL")
        .orderBy('a.created_at', 'ASC')
        .limit(NOTIFIED_MAX)
        .getMany();
    for (const a of to)
      await this.mailer.sendQuietly(
        membershipRequestedMail(
          a.email,
          a.language,
          m.account.displayName,
          m.organisation.name,
          this.link(a.language, 'account/organisations'),
        ),
      );
  }

  /**
   * Makes the author of a newly published organisation profile its editor, inside the publishing transaction
   * (the reviewer's approval of the profile is the approval of the claim).
   */
  async grantFounder(tx: EntityManager, accountId: string, organisationId: string, deciderId: string) {
    await tx.getRepository(MembershipEntity).insert({
      accountId,
      organisationId,
      kind: 'claim',
      status: 'approved',
      message: '',
      decidedAt: new Date(),
      decidedBy: deciderId,
    });
  }

  /** Which of these organisations have an editor (a claim is for one that has none), in their order. */
  async haveEditors(organisationIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.repo.find({
      select: { organisationId: true },
      where: { organisationId: In([...organisationIds]), status: 'approved' },
    });
    const withEditors = new Set(rows.map((r) => r.organisationId));
    return organisationIds.map((id) => withEditors.has(id));
  }

  /** The viewer's membership of one organisation, or null. */
  async viewersOf(viewer: Viewer, organisationId: string): Promise<Membership | null> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) return null;
    const row = await this.query()
      .where('m.account_id = :a AND m.organisation_id = :o', { a: viewer.userId, o: organisationId })
      .getOne();
    return row ? toMembership(row) : null;
  }
}

export function toMembership(m: MembershipEntity): Membership {
  return {
    id: m.id,
    kind: m.kind as MembershipKind,
    status: m.status as MembershipStatus,
    message: m.message,
    requestedAt: m.requestedAt,
    decidedAt: m.decidedAt,
    organisation: toOrganisation(m.organisation as OrganisationEntity),
    member: m.account ? { id: m.account.id, displayName: m.account.displayName } : null,
  };
}
