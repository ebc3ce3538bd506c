import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountsService } from '@peerhub/accounts/api';
import { CountriesService, CountriesWriter, type CountryFactContent } from '@peerhub/countries/api';
import { OrganisationsService } from '@peerhub/organisations/api';
import { PracticesService, PracticesWriter, type PracticeContent } from '@peerhub/practices/api';
import {
  UserInputErrors,
  Viewer,
  accessDenied,
  assertCan,
  can,
  fieldError,
  notFound,
  renderMarkdown,
  toSources,
  type FieldError,
  type SourceRef,
  isUuid,
} from '@peerhub/shared/api-core';
import { diffWordsWithSpace } from 'diff';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ContentKind,
  DiffChange,
  type FieldChange,
  type PracticeDraftInput,
  type ProposeCountryFactInput,
  ReviewDecision,
  type ReviewQueue,
  type Revision,
  RevisionState,
  type SourceInput,
} from './contributions.models';
import { RevisionEntity } from './revision.entity';

const OPEN = ['draft', 'changes_requested'];
/** Revisions everyone may read: what is or was public. */
const PUBLIC_STATES = ['published', 'superseded'];

/** A country fact as a revision stores it. */
interface CountryFactData extends CountryFactContent {
  countryCode: string;
  dimension: string;
}

/** Text a contributor typed: no control characters but line breaks, trimmed. */
function clean(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]|\p{Cf}/gu, '')
    .trim();
}

function cleanSources(sources: readonly SourceInput[]): SourceRef[] {
  return sources.map((s) => ({
    title: clean(s.title),
    url: s.url?.trim() || null,
    ...(s.locator?.trim() ? { locator: clean(s.locator) } : {}),
  }));
}

/**
 * Contributions with review and history: a practice is written as revisions (draft → submitted → published, or
 * changes requested / rejected), a country fact is proposed with its source and reviewed; publishing writes the
 * record through its own domain's writer in one transaction with the revision's new state (the search outbox
 * follows by trigger), so a publication is whole or absent. Who may do what is the policy's.
 */
@Injectable()
export class ContributionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly practices: PracticesService,
    private readonly practicesWriter: PracticesWriter,
    private readonly countriesWriter: CountriesWriter,
    private readonly organisations: OrganisationsService,
    private readonly countries: CountriesService,
    private readonly accounts: AccountsService,
  ) {}

  private get repo() {
    return this.ds.getRepository(RevisionEntity);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Who may see and change a revision

  /** The author, those who write for its organisation, the editorial team. */
  private mayChange(viewer: Viewer, r: RevisionEntity): boolean {
    if (viewer.kind !== 'member' || viewer.suspended) return false;
    if (r.authorId === viewer.userId) return true;
    return can(viewer, 'content:write', r.organisationId ?? '\u0000editorial');
  }

  private maySee(viewer: Viewer, r: RevisionEntity): boolean {
    return PUBLIC_STATES.includes(r.state) || this.mayChange(viewer, r) || can(viewer, 'moderation:act');
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<RevisionEntity | null> {
    if (!isUuid(id)) return null;
    const qb = m.getRepository(RevisionEntity).createQueryBuilder('r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  private async nextNumber(m: EntityManager, kind: string, recordId: string): Promise<number> {
    // Numbers are taken under a lock on the record's revisions, so two new revisions never share one.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`revisions:${kind}:${recordId}`]);
    const [{ n }] = await m.query(
      'SELECT coalesce(max(number), 0) + 1 AS n FROM revisions WHERE kind = $1 AND record_id = $2',
      [kind, recordId],
    );
    return Number(n);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Practices

  /** A practice draft as stored: names resolved to ids, text cleaned; field errors for what does not exist. */
  private async practiceContent(input: PracticeDraftInput, must: string[] = []): Promise<PracticeContent> {
    const errors: FieldError[] = [];
    const slugs = [...new Set([...must, ...input.organisationSlugs.map((s) => s.trim())])].filter(Boolean);
    const orgs = slugs.length ? await this.organisations.idsBySlugs(slugs) : [];
    if (orgs.length !== slugs.length)
      errors.push(
        fieldError('practice.organisationSlugs', 'NOT_FOUND', 'An organisation named is not on PeerHub.'),
      );
    const country = input.countryCode.toUpperCase();
    const known = await this.countries.get(country).then(
      () => true,
      () => false,
    );
    if (!known)
      errors.push(fieldError('practice.countryCode', 'NOT_FOUND', 'PeerHub has no profile of this country.'));
    if (errors.length) throw new UserInputErrors(errors);
    const list = (xs: readonly string[]) => xs.map(clean).filter(Boolean);
    return {
      title: clean(input.title),
      summary: clean(input.summary),
      countryCode: country,
      place: clean(input.place) || null,
      category: input.category,
      setting: clean(input.setting),
      targetGroup: clean(input.targetGroup),
      principles: [...new Set(input.principles)],
      whatWorks: list(input.whatWorks),
      improvements: list(input.improvements),
      lessons: list(input.lessons),
      startYear: input.startYear ?? null,
      status: input.status,
      leadership: input.leadership,
      preconditions: input.preconditions
        .map((p) => ({ kind: p.kind as string, text: clean(p.text) }))
        .filter((p) => p.text),
      topics: [...new Set(list(input.topics).map((t) => t.toLowerCase()))],
      sources: cleanSources(input.sources),
      organisationIds: orgs,
    };
  }

  /** What a practice needs before review: said field by field. */
  private completeness(c: PracticeContent): FieldError[] {
    const errors: FieldError[] = [];
    if (c.title.length < 3)
      errors.push(fieldError('practice.title', 'TOO_SHORT', 'Give it a title (3+ characters).'));
    if (c.summary.length < 20)
      errors.push(fieldError('practice.summary', 'TOO_SHORT', 'Describe it in at least 20 characters.'));
    if (!c.sources.length)
      errors.push(fieldError('practice.sources', 'REQUIRED', 'Name at least one source a reader can check.'));
    if (!c.organisationIds.length)
      errors.push(fieldError('practice.organisationSlugs', 'REQUIRED', 'Name the organisation behind it.'));
    return errors;
  }

  /** A new practice, as a first draft written for an organisation the viewer writes for. */
  async createPractice(
    viewer: Viewer,
    organisationSlug: string,
    input: PracticeDraftInput,
    reason: string,
  ): Promise<Revision> {
    const org = await this.organisations.findBySlug(organisationSlug);
    if (!org)
      throw new UserInputErrors([
        fieldError('organisationSlug', 'NOT_FOUND', 'There is no organisation with this address.'),
      ]);
    assertCan(viewer, 'content:write', org.id);
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const content = await this.practiceContent(input, [org.slug]);
    const saved = await this.repo.save(
      this.repo.create({
        kind: ContentKind.PRACTICE,
        recordId: randomUUID(),
        number: 1,
        state: RevisionState.DRAFT,
        data: content as never,
        baseVersion: null,
        authorId: viewer.userId,
        organisationId: org.id,
        reason: clean(reason),
      }),
    );
    return (await this.views([saved]))[0];
  }

  /**
   * A draft to edit a published practice, from its current content. The viewer's own open draft of it is returned
   * instead of a second one. Its organisation is the first of the practice's that the viewer writes for.
   */
  async editPractice(viewer: Viewer, practiceSlug: string, reason: string): Promise<Revision> {
    assertCan(viewer, 'content:write');
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const practice = await this.practices.bySlug(practiceSlug).catch(() => null);
    if (!practice)
      throw new UserInputErrors([
        fieldError('practiceSlug', 'NOT_FOUND', 'There is no practice with this address.'),
      ]);
    const own = await this.repo.findOne({
      where: { kind: ContentKind.PRACTICE, recordId: practice.id, authorId: viewer.userId, state: In(OPEN) },
      order: { number: 'DESC' },
    });
    if (own) return (await this.views([own]))[0];
    const saved = await this.ds.transaction(async (m) => {
      const current = await this.practicesWriter.current(m, practice.id);
      if (!current) throw notFound('No practice with this address.');
      const org = current.content.organisationIds.find((id) => can(viewer, 'content:write', id)) ?? null;
      if (!org && !can(viewer, 'moderation:act')) throw accessDenied(viewer);
      return m.getRepository(RevisionEntity).save(
        m.getRepository(RevisionEntity).create({
          kind: ContentKind.PRACTICE,
          recordId: practice.id,
          number: await this.nextNumber(m, ContentKind.PRACTICE, practice.id),
          state: RevisionState.DRAFT,
          data: current.content as never,
          baseVersion: current.version,
          authorId: viewer.userId,
          organisationId: org,
          reason: clean(reason),
        }),
      );
    });
    return (await this.views([saved]))[0];
  }

  /**
   * Saves a draft (autosave). The form sends the lockVersion it was filled from; if the draft was saved meanwhile from
   * elsewhere, nothing is written and the answer is a CONFLICT with the draft as it now is. A revision whose
   * changes were requested stays as reviewed: saving it starts the next revision from what was sent.
   */
  async savePracticeDraft(
    viewer: Viewer,
    revisionId: string,
    expectedLockVersion: number,
    input: PracticeDraftInput,
    reason: string | null | undefined,
  ): Promise<{ revision: Revision | null; current: Revision | null; errors: FieldError[] }> {
    const notFoundError = new UserInputErrors([
      fieldError('revisionId', 'NOT_FOUND', 'There is no draft with this id.'),
    ]);
    const found = await this.load(this.ds.manager, revisionId);
    if (!found || found.kind !== ContentKind.PRACTICE) throw notFoundError;
    if (!this.mayChange(viewer, found)) throw accessDenied(viewer);
    if (!OPEN.includes(found.state))
      throw new UserInputErrors([
        fieldError(
          'revisionId',
          'CONFLICT',
          'This revision is submitted or decided: it can no longer be edited.',
        ),
      ]);
    const org = found.organisationId
      ? (await this.organisations.byIds([found.organisationId]))[0]?.slug
      : undefined;
    const content = await this.practiceContent(input, org ? [org] : []);
    const outcome = await this.ds.transaction(async (m) => {
      const row = (await this.load(m, revisionId, true)) as RevisionEntity;
      if (row.lockVersion !== expectedLockVersion) return { conflict: row };
      if (row.state === RevisionState.CHANGES_REQUESTED) {
        const next = await m.getRepository(RevisionEntity).save(
          m.getRepository(RevisionEntity).create({
            kind: row.kind,
            recordId: row.recordId,
            number: await this.nextNumber(m, row.kind, row.recordId),
            state: RevisionState.DRAFT,
            data: content as never,
            baseVersion: row.baseVersion,
            authorId: viewer.kind === 'member' ? viewer.userId : null,
            organisationId: row.organisationId,
            reason: clean(reason ?? row.reason),
          }),
        );
        // The reviewed one is kept as it was reviewed; its next version carries on.
        await m.getRepository(RevisionEntity).update({ id: row.id }, { lockVersion: row.lockVersion + 1 });
        return { saved: next };
      }
      await m.getRepository(RevisionEntity).update(
        { id: row.id },
        {
          data: content as never,
          reason: reason === null || reason === undefined ? row.reason : clean(reason),
          lockVersion: row.lockVersion + 1,
        },
      );
      return { saved: (await this.load(m, row.id)) as RevisionEntity };
    });
    if ('conflict' in outcome && outcome.conflict)
      return {
        revision: null,
        current: (await this.views([outcome.conflict]))[0],
        errors: [
          fieldError(
            'expectedLockVersion',
            'CONFLICT',
            'This draft was saved meanwhile from elsewhere: compare both versions and save again.',
          ),
        ],
      };
    return { revision: (await this.views([outcome.saved as RevisionEntity]))[0], current: null, errors: [] };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Workflow

  /** Sends a draft for review; a practice must be complete (said field by field). */
  async submit(viewer: Viewer, revisionId: string): Promise<Revision> {
    const row = await this.load(this.ds.manager, revisionId);
    if (!row)
      throw new UserInputErrors([fieldError('revisionId', 'NOT_FOUND', 'There is no draft with this id.')]);
    if (!this.mayChange(viewer, row)) throw accessDenied(viewer);
    if (row.kind === ContentKind.PRACTICE) {
      const errors = this.completeness(row.data as unknown as PracticeContent);
      if (errors.length) throw new UserInputErrors(errors);
    }
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ state: RevisionState.SUBMITTED, submittedAt: new Date(), lockVersion: () => 'lock_version + 1' })
      .where('id = :id AND state = :draft', { id: row.id, draft: RevisionState.DRAFT })
      .execute();
    if (!result.affected)
      throw new UserInputErrors([fieldError('revisionId', 'CONFLICT', 'Only a draft can be submitted.')]);
    return (await this.views([(await this.load(this.ds.manager, row.id)) as RevisionEntity]))[0];
  }

  /**
   * A reviewer's decision on a submitted revision. Approving publishes it — the record written through its domain,
   * the previous published revision superseded — in one transaction; if the record was published from another
   * revision meanwhile, nothing changes and the answer is a CONFLICT. Nobody reviews their own revision.
   */
  async review(
    viewer: Viewer,
    revisionId: string,
    decision: ReviewDecision,
    comment: string,
  ): Promise<Revision> {
    assertCan(viewer, 'moderation:act');
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const text = clean(comment);
    if (decision !== ReviewDecision.APPROVE && !text)
      throw new UserInputErrors([
        fieldError('comment', 'REQUIRED', 'Say what to change, or why it is rejected: the author reads it.'),
      ]);
    const id = await this.ds.transaction(async (m) => {
      const row = await this.load(m, revisionId, true);
      if (!row)
        throw new UserInputErrors([
          fieldError('revisionId', 'NOT_FOUND', 'There is no revision with this id.'),
        ]);
      if (row.state !== RevisionState.SUBMITTED)
        throw new UserInputErrors([
          fieldError('revisionId', 'CONFLICT', 'This revision is not waiting for review.'),
        ]);
      if (row.authorId === viewer.userId)
        throw new UserInputErrors([
          fieldError('revisionId', 'INVALID', 'Someone else reviews your own revision.'),
        ]);
      const decided = { reviewerId: viewer.userId, reviewComment: text, decidedAt: new Date() };
      if (decision !== ReviewDecision.APPROVE) {
        await m.getRepository(RevisionEntity).update(
          { id: row.id },
          {
            ...decided,
            state:
              decision === ReviewDecision.REJECT ? RevisionState.REJECTED : RevisionState.CHANGES_REQUESTED,
          },
        );
        return row.id;
      }
      const published = await this.publish(m, row);
      if (published === null)
        throw new UserInputErrors([
          fieldError(
            'revisionId',
            'CONFLICT',
            'The record was published from another revision since this one was written: its author starts again from the current version.',
          ),
        ]);
      await m
        .getRepository(RevisionEntity)
        .update(
          { kind: row.kind, recordId: row.recordId, state: RevisionState.PUBLISHED },
          { state: RevisionState.SUPERSEDED },
        );
      await m
        .getRepository(RevisionEntity)
        .update({ id: row.id }, { ...decided, state: RevisionState.PUBLISHED });
      return row.id;
    });
    return (await this.views([(await this.load(this.ds.manager, id)) as RevisionEntity]))[0];
  }

  /** Writes a revision's content into its record; the new version, or null on a version conflict. */
  private async publish(m: EntityManager, row: RevisionEntity): Promise<number | null> {
    if (row.kind === ContentKind.PRACTICE) {
      const content = row.data as unknown as PracticeContent;
      if (row.baseVersion === null) {
        const exists = await this.practicesWriter.current(m, row.recordId);
        if (exists) return null; // published already from a sibling draft
        return this.practicesWriter.publish(
          m,
          row.recordId,
          await this.practicesWriter.freeSlug(m, content.title),
          null,
          content,
        );
      }
      return this.practicesWriter.publish(m, row.recordId, '', row.baseVersion, content);
    }
    const fact = row.data as unknown as CountryFactData;
    return this.countriesWriter.publish(m, row.recordId, row.baseVersion ?? 0, {
      level: fact.level,
      text: fact.text,
      sources: fact.sources,
      checkedOn: fact.checkedOn,
    });
  }

  /** A new draft with an earlier revision's content, from the record's current version. */
  async restore(viewer: Viewer, revisionId: string, reason: string): Promise<Revision> {
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const source = await this.load(this.ds.manager, revisionId);
    if (!source)
      throw new UserInputErrors([
        fieldError('revisionId', 'NOT_FOUND', 'There is no revision with this id.'),
      ]);
    if (!this.maySee(viewer, source)) throw accessDenied(viewer);
    const saved = await this.ds.transaction(async (m) => {
      let baseVersion: number | null;
      let organisationId: string | null = source.organisationId;
      if (source.kind === ContentKind.PRACTICE) {
        const current = await this.practicesWriter.current(m, source.recordId);
        baseVersion = current?.version ?? null;
        const orgs = current?.content.organisationIds ?? [];
        organisationId =
          orgs.find((id) => can(viewer, 'content:write', id)) ??
          (source.organisationId && can(viewer, 'content:write', source.organisationId)
            ? source.organisationId
            : null);
        if (!organisationId && !can(viewer, 'moderation:act')) throw accessDenied(viewer);
      } else {
        if (!can(viewer, 'moderation:act')) throw accessDenied(viewer);
        baseVersion = (await this.countriesWriter.factById(m, source.recordId))?.version ?? null;
      }
      return m.getRepository(RevisionEntity).save(
        m.getRepository(RevisionEntity).create({
          kind: source.kind,
          recordId: source.recordId,
          number: await this.nextNumber(m, source.kind, source.recordId),
          state: RevisionState.DRAFT,
          data: source.data,
          baseVersion,
          authorId: viewer.userId,
          organisationId,
          reason: clean(reason) || `Restores revision ${source.number}.`,
        }),
      );
    });
    return (await this.views([saved]))[0];
  }

  /** A member's proposal for one country fact, with its source: submitted for review at once. */
  async proposeCountryFact(viewer: Viewer, input: ProposeCountryFactInput): Promise<Revision> {
    assertCan(viewer, 'content:propose');
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const errors: FieldError[] = [];
    if (!input.source.url)
      errors.push(fieldError('source.url', 'REQUIRED', 'Give the address of the source.'));
    if (!input.source.locator?.trim())
      errors.push(
        fieldError('source.locator', 'REQUIRED', 'Say where in the source (page, section, annex).'),
      );
    const checked = Date.parse(`${input.checkedOn}T00:00:00Z`);
    if (Number.isNaN(checked) || checked > Date.now() + 86_400_000 || checked < Date.parse('1990-01-01'))
      errors.push(
        fieldError('checkedOn', 'OUT_OF_RANGE', 'checkedOn must be a real date, not in the future.'),
      );
    if (errors.length) throw new UserInputErrors(errors);
    const country = input.countryCode.toUpperCase();
    const saved = await this.ds.transaction(async (m) => {
      const fact = await this.countriesWriter.fact(m, country, input.dimension);
      if (!fact)
        throw new UserInputErrors([
          fieldError('countryCode', 'NOT_FOUND', 'PeerHub has no profile of this country.'),
        ]);
      const data: CountryFactData = {
        countryCode: country,
        dimension: input.dimension,
        level: input.level,
        text: clean(input.text),
        sources: cleanSources([input.source]),
        checkedOn: input.checkedOn,
      };
      return m.getRepository(RevisionEntity).save(
        m.getRepository(RevisionEntity).create({
          kind: ContentKind.COUNTRY_FACT,
          recordId: fact.id,
          number: await this.nextNumber(m, ContentKind.COUNTRY_FACT, fact.id),
          state: RevisionState.SUBMITTED,
          submittedAt: new Date(),
          data: data as never,
          baseVersion: fact.version,
          authorId: viewer.userId,
          organisationId: null,
          reason: clean(input.reason),
        }),
      );
    });
    return (await this.views([saved]))[0];
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  async reviewQueue(viewer: Viewer, kind: ContentKind | null | undefined): Promise<ReviewQueue> {
    assertCan(viewer, 'moderation:act');
    const counts: { kind: ContentKind; count: string }[] = await this.ds.query(
      `SELECT kind, count(*) AS count FROM revisions WHERE state = 'submitted' GROUP BY kind ORDER BY kind`,
    );
    const rows = await this.repo.find({
      where: { state: RevisionState.SUBMITTED, ...(kind ? { kind } : {}) },
      order: { submittedAt: 'ASC', id: 'ASC' },
      take: 100,
    });
    return {
      counts: counts.map((c) => ({ kind: c.kind, count: Number(c.count) })),
      revisions: await this.views(rows),
    };
  }

  /** The viewer's own revisions, newest first (all of them for "download my data": `limit` null). */
  async mine(viewer: Viewer, limit: number | null = 200): Promise<Revision[]> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) return [];
    const rows = await this.repo.find({
      where: { authorId: viewer.userId },
      order: { updatedAt: 'DESC' },
      ...(limit ? { take: limit } : {}),
    });
    return this.views(rows);
  }

  /** A record's history, newest first: what the viewer may see of it. */
  async history(viewer: Viewer, kind: ContentKind, recordId: string): Promise<Revision[]> {
    if (!isUuid(recordId)) return [];
    const rows = await this.repo.find({ where: { kind, recordId }, order: { number: 'DESC' } });
    return this.views(rows.filter((r) => this.maySee(viewer, r)));
  }

  async one(viewer: Viewer, id: string): Promise<Revision> {
    const row = await this.load(this.ds.manager, id);
    if (!row || !this.maySee(viewer, row)) throw notFound('No revision with this id.');
    return (await this.views([row]))[0];
  }

  /** Field by field, what changed from one revision to another of the same record; text diffed by words. */
  async diff(viewer: Viewer, fromId: string, toId: string): Promise<FieldChange[]> {
    const [a, b] = await Promise.all([this.load(this.ds.manager, fromId), this.load(this.ds.manager, toId)]);
    if (!a || !b || !this.maySee(viewer, a) || !this.maySee(viewer, b))
      throw notFound('No revision with this id.');
    if (a.kind !== b.kind || a.recordId !== b.recordId)
      throw new UserInputErrors([
        fieldError('toId', 'INVALID', 'Both revisions must be of the same record.'),
      ]);
    const [va, vb] = await this.views([a, b]);
    const flat = (r: Revision) =>
      flatten((r.practice ?? r.countryFact) as unknown as Record<string, unknown>);
    const fa = flat(va);
    const fb = flat(vb);
    const out: FieldChange[] = [];
    for (const field of [...new Set([...Object.keys(fa), ...Object.keys(fb)])]) {
      const before = fa[field] ?? '';
      const after = fb[field] ?? '';
      if (before === after) continue;
      out.push({
        field,
        before,
        after,
        parts: diffWordsWithSpace(before, after).map((p) => ({
          change: p.added ? DiffChange.ADDED : p.removed ? DiffChange.REMOVED : DiffChange.SAME,
          text: p.value,
        })),
      });
    }
    return out;
  }

  /** The latest published revision of each of these records (for "last updated by"), by record id. */
  async lastPublished(
    kind: ContentKind,
    recordIds: readonly string[],
  ): Promise<Map<string, { at: Date; organisationId: string | null; number: number }>> {
    const ids = recordIds.filter((id) => isUuid(id));
    if (!ids.length) return new Map();
    const rows: { record_id: string; at: Date; organisation_id: string | null; number: number }[] =
      await this.ds.query(
        `SELECT DISTINCT ON (record_id) record_id, decided_at AS at, organisation_id, number
         FROM revisions WHERE kind = $1 AND state = 'published' AND record_id = ANY ($2::uuid[])
        ORDER BY record_id, number DESC`,
        [kind, ids],
      );
    return new Map(
      rows.map((r) => [r.record_id, { at: r.at, organisationId: r.organisation_id, number: r.number }]),
    );
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Views

  /** Revisions as the API shows them: names of authors, reviewers and organisations in a few queries. */
  async views(rows: RevisionEntity[]): Promise<Revision[]> {
    const accountIds = [
      ...new Set(rows.flatMap((r) => [r.authorId, r.reviewerId]).filter((x): x is string => !!x)),
    ];
    const people = new Map(
      [...(await this.accounts.publicNames(accountIds))].map(([id, displayName]) => [
        id,
        { id, displayName },
      ]),
    );
    const orgIds = [
      ...new Set(
        rows.flatMap((r) => [
          r.organisationId,
          ...(r.kind === ContentKind.PRACTICE
            ? ((r.data as unknown as PracticeContent).organisationIds ?? [])
            : []),
        ]),
      ),
    ].filter((x): x is string => !!x);
    const orgs = new Map(
      (orgIds.length ? await this.organisations.byIds(orgIds) : []).map((o) => [
        o.id,
        { id: o.id, slug: o.slug, name: o.name },
      ]),
    );
    const practiceIds = [
      ...new Set(rows.filter((r) => r.kind === ContentKind.PRACTICE).map((r) => r.recordId)),
    ];
    const slugs = await this.practicesWriter.slugsOf(practiceIds);
    return rows.map((r) => {
      const practice = r.kind === ContentKind.PRACTICE ? (r.data as unknown as PracticeContent) : null;
      const fact = r.kind === ContentKind.COUNTRY_FACT ? (r.data as unknown as CountryFactData) : null;
      return {
        id: r.id,
        kind: r.kind as ContentKind,
        recordId: r.recordId,
        recordSlug: slugs.get(r.recordId) ?? null,
        number: r.number,
        state: r.state as RevisionState,
        title: practice ? practice.title || '—' : fact ? `${fact.countryCode} · ${fact.dimension}` : '—',
        practice: practice
          ? {
              ...practice,
              summaryHtml: renderMarkdown(practice.summary),
              category: practice.category as never,
              status: practice.status as never,
              leadership: practice.leadership as never,
              principles: practice.principles as never,
              preconditions: practice.preconditions as never,
              sources: toSources(practice.sources),
              organisations: (practice.organisationIds ?? [])
                .map((id) => orgs.get(id))
                .filter((o) => !!o) as never,
            }
          : null,
        countryFact: fact
          ? {
              countryCode: fact.countryCode,
              dimension: fact.dimension as never,
              level: fact.level as never,
              text: fact.text,
              sources: toSources(fact.sources),
              checkedOn: fact.checkedOn,
            }
          : null,
        author: r.authorId ? (people.get(r.authorId) ?? null) : null,
        organisation: r.organisationId ? (orgs.get(r.organisationId) ?? null) : null,
        reason: r.reason,
        reviewComment: r.reviewComment,
        reviewer: r.reviewerId ? (people.get(r.reviewerId) ?? null) : null,
        lockVersion: r.lockVersion,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        submittedAt: r.submittedAt,
        decidedAt: r.decidedAt,
      };
    });
  }
}

/** A content view as `field → text`, for comparing: lists one item a line, sources as "title — address — locator". */
function flatten(view: Record<string, unknown> | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!view) return out;
  for (const [k, v] of Object.entries(view)) {
    if (k === 'summaryHtml') continue;
    if (Array.isArray(v))
      out[k] = v
        .map((x) =>
          typeof x === 'string'
            ? x
            : k === 'sources'
              ? [x.title, x.url, x.locator].filter(Boolean).join(' — ')
              : k === 'organisations'
                ? x.name
                : k === 'preconditions'
                  ? `${x.kind}: ${x.text}`
                  : JSON.stringify(x),
        )
        .join('\n');
    else out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}
