import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountsService, AuditLog, MembershipsService } from '@peerhub/accounts/api';
import { CountriesService, CountriesWriter, type CountryFactContent } from '@peerhub/countries/api';
import {
  OrganisationsService,
  OrganisationsWriter,
  type OrganisationContent,
} from '@peerhub/organisations/api';
import { PracticesService, PracticesWriter, type PracticeContent } from '@peerhub/practices/api';
import { ResourcesService, ResourcesWriter, type ResourceContent } from '@peerhub/resources/api';
import {
  RateLimits,
  UserInputErrors,
  Viewer,
  rateLimited,
  accessDenied,
  assertCan,
  can,
  fieldError,
  notFound,
  renderMarkdown,
  toSources,
  type FieldError,
  type RecordWriter,
  type SourceRef,
  isUuid,
} from '@peerhub/shared/api-core';
import { diffWordsWithSpace } from 'diff';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ContentKind,
  DiffChange,
  type ArchivedRecord,
  type FieldChange,
  type OrganisationDraftInput,
  type PracticeDraftInput,
  type ResourceDraftInput,
  type ProposeCountryFactInput,
  ReviewDecision,
  type ReviewQueue,
  type Revision,
  RevisionState,
  type SourceInput,
} from './contributions.models';
import { RevisionEntity } from './revision.entity';

const OPEN = ['draft', 'changes_requested'];
/** New revisions (drafts, edits, restores, fact proposals) one member may start in a day; autosaves are free. */
export const REVISIONS_PER_DAY = 60;
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

/** Non-empty cleaned items of a list. */
function list(xs: readonly string[]): string[] {
  return xs.map(clean).filter(Boolean);
}

/** What every record needs before review: a title, a source a reader can check, an organisation behind it. */
function required(field: string, title: string, sources: number, organisations: number): FieldError[] {
  const errors: FieldError[] = [];
  if (title.length < 3)
    errors.push(fieldError(`${field}.title`, 'TOO_SHORT', 'Give it a title (3+ characters).'));
  if (!sources)
    errors.push(fieldError(`${field}.sources`, 'REQUIRED', 'Name at least one source a reader can check.'));
  if (!organisations)
    errors.push(fieldError(`${field}.organisationSlugs`, 'REQUIRED', 'Name the organisation behind it.'));
  return errors;
}

/** The kinds of record written through revisions (country facts are proposed, never created or archived). */
type RecordKind = ContentKind.PRACTICE | ContentKind.RESOURCE | ContentKind.ORGANISATION;

interface ContentOf {
  [ContentKind.PRACTICE]: PracticeContent;
  [ContentKind.RESOURCE]: ResourceContent;
  [ContentKind.ORGANISATION]: OrganisationContent;
}

/** How one kind of record is written, found, titled, owned and checked before review. */
interface RecordSpec<C> {
  /** Prefix of its field errors (`practice.title`). */
  field: string;
  writer: RecordWriter<C>;
  /** The id of the live (not archived) record at this address, or null. */
  findId(slug: string): Promise<string | null>;
  title(content: C): string;
  /** The organisations whose editors write it. */
  owners(content: C, recordId: string): string[];
  completeness(content: C): FieldError[];
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
    private readonly resources: ResourcesService,
    private readonly resourcesWriter: ResourcesWriter,
    private readonly organisationsWriter: OrganisationsWriter,
    private readonly countriesWriter: CountriesWriter,
    private readonly organisations: OrganisationsService,
    private readonly countries: CountriesService,
    private readonly accounts: AccountsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditLog,
    private readonly limits: RateLimits,
  ) {
    this.specs = this.makeSpecs();
  }

  private readonly specs: { [K in RecordKind]: RecordSpec<ContentOf[K]> };

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

  /** Counts one new revision against the member's day (in the shared rate-limit store: every process agrees). */
  private async takeRevision(viewer: Viewer): Promise<void> {
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const verdict = await this.limits.take(
      this.limits.limiter('contributions-revisions', REVISIONS_PER_DAY, 24 * 3600),
      viewer.userId,
    );
    if (!verdict.allowed) throw rateLimited(verdict.retryAfter, 'revisions');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The record kinds: how each is written, checked and owned

  private spec(kind: string): RecordSpec<unknown> {
    const spec = this.specs[kind as RecordKind];
    if (!spec)
      throw new UserInputErrors([
        fieldError('kind', 'INVALID', 'Country facts are proposed and reviewed, never archived.'),
      ]);
    return spec as RecordSpec<unknown>;
  }

  private makeSpecs(): { [K in RecordKind]: RecordSpec<ContentOf[K]> } {
    return {
      [ContentKind.PRACTICE]: {
        field: 'practice',
        writer: this.practicesWriter,
        findId: (slug) =>
          this.practices.bySlug(slug).then(
            (p) => p.id,
            () => null,
          ),
        title: (c) => c.title,
        owners: (c) => c.organisationIds,
        completeness: (c) => [
          ...required('practice', c.title, c.sources.length, c.organisationIds.length),
          ...(c.summary.length < 20
            ? [fieldError('practice.summary', 'TOO_SHORT', 'Describe it in at least 20 characters.')]
            : []),
        ],
      },
      [ContentKind.RESOURCE]: {
        field: 'resource',
        writer: this.resourcesWriter,
        findId: (slug) =>
          this.resources.bySlug(slug).then(
            (r) => r.id,
            () => null,
          ),
        title: (c) => c.title,
        owners: (c) => [c.publisherOrganisationId, ...c.organisationIds].filter((x): x is string => !!x),
        completeness: (c) => [
          ...required('resource', c.title, c.sources.length || (c.url ? 1 : 0), 1),
          ...(c.description.length < 20
            ? [fieldError('resource.description', 'TOO_SHORT', 'Describe it in at least 20 characters.')]
            : []),
        ],
      },
      [ContentKind.ORGANISATION]: {
        field: 'organisation',
        writer: this.organisationsWriter,
        findId: (slug) => this.organisations.findBySlug(slug).then((o) => o?.id ?? null),
        title: (c) => c.name,
        owners: (_c, id) => [id],
        completeness: (c) => [
          ...(c.name.length < 2
            ? [fieldError('organisation.name', 'TOO_SHORT', 'Give its name (2+ characters).')]
            : []),
          ...(c.description.length < 20
            ? [fieldError('organisation.description', 'TOO_SHORT', 'Describe it in at least 20 characters.')]
            : []),
        ],
      },
    };
  }

  /** Slugs of organisations named by a contribution, as ids; a field error when one is not on PeerHub. */
  private async organisationIds(field: string, slugs: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(slugs.map((s) => s.trim()))].filter(Boolean);
    const ids = wanted.length ? await this.organisations.idsBySlugs(wanted) : [];
    if (ids.length !== wanted.length)
      throw new UserInputErrors([
        fieldError(`${field}.organisationSlugs`, 'NOT_FOUND', 'An organisation named is not on PeerHub.'),
      ]);
    return ids;
  }

  private async knownCountry(field: string, code: string): Promise<string> {
    const country = code.toUpperCase();
    const known = await this.countries.get(country).then(
      () => true,
      () => false,
    );
    if (!known)
      throw new UserInputErrors([
        fieldError(`${field}.countryCode`, 'NOT_FOUND', 'PeerHub has no profile of this country.'),
      ]);
    return country;
  }

  /** A practice draft as stored: names resolved to ids, text cleaned; field errors for what does not exist. */
  private async practiceContent(input: PracticeDraftInput, must: string[] = []): Promise<PracticeContent> {
    const [organisationIds, countryCode] = await Promise.all([
      this.organisationIds('practice', [...must, ...input.organisationSlugs]),
      this.knownCountry('practice', input.countryCode),
    ]);
    return {
      title: clean(input.title),
      summary: clean(input.summary),
      countryCode,
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
      organisationIds,
    };
  }

  /** A resource draft as stored; `publisherId` is the organisation it is written for. */
  private async resourceContent(
    input: ResourceDraftInput,
    publisherId: string | null,
  ): Promise<ResourceContent> {
    const organisationIds = (await this.organisationIds('resource', input.organisationSlugs)).filter(
      (id) => id !== publisherId,
    );
    let translationGroup: string | null = null;
    if (input.languageVersionOf?.trim()) {
      translationGroup = await this.resourcesWriter.groupOf(input.languageVersionOf.trim());
      if (!translationGroup)
        throw new UserInputErrors([
          fieldError('resource.languageVersionOf', 'NOT_FOUND', 'There is no resource with this address.'),
        ]);
    }
    return {
      title: clean(input.title),
      type: input.type,
      language: input.language,
      translationGroup,
      publisher: clean(input.publisher),
      publisherOrganisationId: publisherId,
      year: input.year ?? null,
      audience: [...new Set(input.audience)],
      topics: [...new Set(list(input.topics).map((t) => t.toLowerCase()))],
      competencyTags: [...new Set(list(input.competencyTags))],
      url: input.url?.trim() || null,
      description: clean(input.description),
      sources: cleanSources(input.sources),
      organisationIds,
    };
  }

  private async organisationContent(input: OrganisationDraftInput): Promise<OrganisationContent> {
    return {
      name: clean(input.name),
      acronym: clean(input.acronym) || null,
      type: input.type,
      countryCode: await this.knownCountry('organisation', input.countryCode),
      city: clean(input.city) || null,
      description: clean(input.description),
      expertise: [...new Set(list(input.expertise))],
      languages: [...new Set(input.languages)],
      projects: [...new Set(list(input.projects))],
      website: input.website?.trim() || null,
      openToPartnership: input.openToPartnership,
      sources: cleanSources(input.sources),
    };
  }

  /** An organisation by its address, or a field error on `field`. */
  private async organisationBySlug(field: string, slug: string) {
    const org = await this.organisations.findBySlug(slug);
    if (!org)
      throw new UserInputErrors([
        fieldError(field, 'NOT_FOUND', 'There is no organisation with this address.'),
      ]);
    return org;
  }

  /** Saves a first draft of a new record. */
  private async firstDraft(
    viewer: Viewer,
    kind: RecordKind,
    organisationId: string | null,
    content: object,
    reason: string,
  ): Promise<Revision> {
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    await this.takeRevision(viewer);
    const saved = await this.repo.save(
      this.repo.create({
        kind,
        recordId: randomUUID(),
        number: 1,
        state: RevisionState.DRAFT,
        data: content as never,
        baseVersion: null,
        authorId: viewer.userId,
        organisationId,
        reason: clean(reason),
      }),
    );
    return (await this.views([saved]))[0];
  }

  /** A new practice, as a first draft written for an organisation the viewer writes for. */
  async createPractice(
    viewer: Viewer,
    organisationSlug: string,
    input: PracticeDraftInput,
    reason: string,
  ): Promise<Revision> {
    const org = await this.organisationBySlug('organisationSlug', organisationSlug);
    assertCan(viewer, 'content:write', org.id);
    const content = await this.practiceContent(input, [org.slug]);
    return this.firstDraft(viewer, ContentKind.PRACTICE, org.id, content, reason);
  }

  /** A new resource, as a first draft published by an organisation the viewer writes for. */
  async createResource(
    viewer: Viewer,
    organisationSlug: string,
    input: ResourceDraftInput,
    reason: string,
  ): Promise<Revision> {
    const org = await this.organisationBySlug('organisationSlug', organisationSlug);
    assertCan(viewer, 'content:write', org.id);
    const content = await this.resourceContent(input, org.id);
    return this.firstDraft(viewer, ContentKind.RESOURCE, org.id, content, reason);
  }

  /** A new organisation's profile, proposed by a member; once published, its author becomes its editor. */
  async createOrganisation(viewer: Viewer, input: OrganisationDraftInput, reason: string): Promise<Revision> {
    assertCan(viewer, 'content:propose');
    const content = await this.organisationContent(input);
    return this.firstDraft(viewer, ContentKind.ORGANISATION, null, content, reason);
  }

  /**
   * A draft to edit a published record, from its current content. The viewer's own open draft of it is returned
   * instead of a second one. Its organisation is the first of the record's that the viewer writes for (none: an
   * editorial draft by a moderator).
   */
  async edit(viewer: Viewer, kind: RecordKind, slug: string, reason: string): Promise<Revision> {
    assertCan(viewer, 'content:write');
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const spec = this.spec(kind);
    const id = await spec.findId(slug);
    if (!id)
      throw new UserInputErrors([
        fieldError(`${spec.field}Slug`, 'NOT_FOUND', `There is no ${spec.field} with this address.`),
      ]);
    const own = await this.openDraftOf(viewer.userId, kind, id);
    if (own) return (await this.views([own]))[0];
    await this.takeRevision(viewer);
    const saved = await this.ds.transaction(async (m) => {
      const current = await spec.writer.current(m, id);
      if (!current || current.archived) throw notFound('Nothing is published at this address.');
      const org = spec.owners(current.content, id).find((o) => can(viewer, 'content:write', o)) ?? null;
      if (!org && !can(viewer, 'moderation:act')) throw accessDenied(viewer);
      return m.getRepository(RevisionEntity).save(
        m.getRepository(RevisionEntity).create({
          kind,
          recordId: id,
          number: await this.nextNumber(m, kind, id),
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
   * The member's open revision of a record: a draft, or a revision whose changes were requested as long as nothing
   * was written after it (once its next revision is started, it stays as it was reviewed).
   */
  private async openDraftOf(userId: string, kind: string, recordId: string): Promise<RevisionEntity | null> {
    const [own, latest] = await Promise.all([
      this.repo.findOne({
        where: { kind, recordId, authorId: userId, state: In(OPEN) },
        order: { number: 'DESC' },
      }),
      this.repo.findOne({ select: { number: true }, where: { kind, recordId }, order: { number: 'DESC' } }),
    ]);
    if (!own) return null;
    return own.state === RevisionState.DRAFT || own.number === latest?.number ? own : null;
  }

  savePracticeDraft(
    viewer: Viewer,
    revisionId: string,
    lock: number,
    input: PracticeDraftInput,
    reason?: string | null,
  ) {
    return this.saveDraft(viewer, ContentKind.PRACTICE, revisionId, lock, reason, async (row) => {
      const org = row.organisationId
        ? (await this.organisations.byIds([row.organisationId]))[0]?.slug
        : undefined;
      return this.practiceContent(input, org ? [org] : []);
    });
  }

  saveResourceDraft(
    viewer: Viewer,
    revisionId: string,
    lock: number,
    input: ResourceDraftInput,
    reason?: string | null,
  ) {
    return this.saveDraft(viewer, ContentKind.RESOURCE, revisionId, lock, reason, (row) =>
      this.resourceContent(input, (row.data as unknown as ResourceContent).publisherOrganisationId),
    );
  }

  saveOrganisationDraft(
    viewer: Viewer,
    revisionId: string,
    lock: number,
    input: OrganisationDraftInput,
    reason?: string | null,
  ) {
    return this.saveDraft(viewer, ContentKind.ORGANISATION, revisionId, lock, reason, () =>
      this.organisationContent(input),
    );
  }

  /**
   * Saves a draft (autosave). The form sends the lockVersion it was filled from; if the draft was saved meanwhile from
   * elsewhere, nothing is written and the answer is a CONFLICT with the draft as it now is. A revision whose
   * changes were requested stays as reviewed: saving it starts the next revision from what was sent.
   */
  private async saveDraft(
    viewer: Viewer,
    kind: RecordKind,
    revisionId: string,
    expectedLockVersion: number,
    reason: string | null | undefined,
    build: (row: RevisionEntity) => Promise<object>,
  ): Promise<{ revision: Revision | null; current: Revision | null; errors: FieldError[] }> {
    const found = await this.load(this.ds.manager, revisionId);
    if (!found || found.kind !== kind)
      throw new UserInputErrors([fieldError('revisionId', 'NOT_FOUND', 'There is no draft with this id.')]);
    if (!this.mayChange(viewer, found)) throw accessDenied(viewer);
    if (!OPEN.includes(found.state))
      throw new UserInputErrors([
        fieldError(
          'revisionId',
          'CONFLICT',
          'This revision is submitted or decided: it can no longer be edited.',
        ),
      ]);
    const content = await build(found);
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

  /**
   * Sends a draft for review; a record must be complete (said field by field). An editor of a verified organisation
   * publishes edits of its own profile at once (recorded as reviewed by themselves).
   */
  async submit(viewer: Viewer, revisionId: string): Promise<Revision> {
    const row = await this.load(this.ds.manager, revisionId);
    if (!row)
      throw new UserInputErrors([fieldError('revisionId', 'NOT_FOUND', 'There is no draft with this id.')]);
    if (!this.mayChange(viewer, row)) throw accessDenied(viewer);
    if (row.kind !== ContentKind.COUNTRY_FACT) {
      const errors = this.spec(row.kind).completeness(row.data);
      if (errors.length) throw new UserInputErrors(errors);
    }
    if (
      row.kind === ContentKind.ORGANISATION &&
      row.baseVersion !== null &&
      (await this.verifiedEditor(viewer, row))
    )
      return this.decide(
        viewer,
        row.id,
        ReviewDecision.APPROVE,
        'Published by an editor of this verified organisation.',
        [RevisionState.DRAFT],
      );
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

  /** Whether the viewer edits this organisation profile's organisation and it is verified. */
  private async verifiedEditor(viewer: Viewer, row: RevisionEntity): Promise<boolean> {
    if (!can(viewer, 'profile:publish', row.recordId)) return false;
    const [org] = await this.organisations.byIds([row.recordId]);
    return !!org?.verified;
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
    const text = clean(comment);
    if (decision !== ReviewDecision.APPROVE && !text)
      throw new UserInputErrors([
        fieldError('comment', 'REQUIRED', 'Say what to change, or why it is rejected: the author reads it.'),
      ]);
    return this.decide(viewer, revisionId, decision, text, [RevisionState.SUBMITTED]);
  }

  /** Records a decision on a revision in one of `from` states; approving publishes it in the same transaction. */
  private async decide(
    viewer: Viewer,
    revisionId: string,
    decision: ReviewDecision,
    text: string,
    from: RevisionState[],
  ): Promise<Revision> {
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const selfPublish = !from.includes(RevisionState.SUBMITTED);
    const id = await this.ds.transaction(async (m) => {
      const row = await this.load(m, revisionId, true);
      if (!row)
        throw new UserInputErrors([
          fieldError('revisionId', 'NOT_FOUND', 'There is no revision with this id.'),
        ]);
      if (!from.includes(row.state as RevisionState))
        throw new UserInputErrors([
          fieldError('revisionId', 'CONFLICT', 'This revision is not waiting for review.'),
        ]);
      if (row.authorId === viewer.userId && !selfPublish)
        throw new UserInputErrors([
          fieldError('revisionId', 'INVALID', 'Someone else reviews your own revision.'),
        ]);
      const now = new Date();
      const decided = {
        reviewerId: viewer.userId,
        reviewComment: text,
        decidedAt: now,
        ...(selfPublish ? { submittedAt: now } : {}),
      };
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
      const published = await this.publish(m, row, viewer.userId);
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
  private async publish(m: EntityManager, row: RevisionEntity, reviewerId: string): Promise<number | null> {
    if (row.kind === ContentKind.COUNTRY_FACT) {
      const fact = row.data as unknown as CountryFactData;
      return this.countriesWriter.publish(m, row.recordId, row.baseVersion ?? 0, {
        level: fact.level,
        text: fact.text,
        sources: fact.sources,
        checkedOn: fact.checkedOn,
      });
    }
    const spec = this.spec(row.kind);
    if (row.baseVersion !== null) return spec.writer.publish(m, row.recordId, '', row.baseVersion, row.data);
    if (await spec.writer.current(m, row.recordId)) return null; // published already from a sibling draft
    const slug = await spec.writer.freeSlug(m, spec.title(row.data));
    const version = await spec.writer.publish(m, row.recordId, slug, null, row.data);
    // Whoever proposed a new organisation becomes its editor: approving the profile approves their claim.
    if (row.kind === ContentKind.ORGANISATION && row.authorId)
      await this.memberships.grantFounder(m, row.authorId, row.recordId, reviewerId);
    return version;
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
    await this.takeRevision(viewer);
    const saved = await this.ds.transaction(async (m) => {
      let baseVersion: number | null;
      let organisationId: string | null = source.organisationId;
      if (source.kind !== ContentKind.COUNTRY_FACT) {
        const spec = this.spec(source.kind);
        const current = await spec.writer.current(m, source.recordId);
        baseVersion = current?.version ?? null;
        const orgs = current ? spec.owners(current.content, source.recordId) : [];
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

  /**
   * Archives a practice, resource or organisation profile (out of lists, search, counts and pages; its history
   * kept), or brings it back. Moderators and admins may; so may the editors of a practice's or resource's
   * organisations. Recorded in the audit log with the reason.
   */
  async archive(
    viewer: Viewer,
    kind: ContentKind,
    recordId: string,
    reason: string,
    archived: boolean,
  ): Promise<ArchivedRecord> {
    if (viewer.kind !== 'member') throw accessDenied(viewer);
    const spec = this.spec(kind);
    const why = clean(reason);
    if (why.length < 3)
      throw new UserInputErrors([fieldError('reason', 'TOO_SHORT', 'Say why (3+ characters).')]);
    return this.ds.transaction(async (m) => {
      const current = isUuid(recordId) ? await spec.writer.current(m, recordId) : null;
      if (!current)
        throw new UserInputErrors([fieldError('recordId', 'NOT_FOUND', 'There is no record with this id.')]);
      const owner =
        kind !== ContentKind.ORGANISATION &&
        spec.owners(current.content, recordId).some((o) => can(viewer, 'content:write', o));
      if (!owner && !can(viewer, 'moderation:act')) throw accessDenied(viewer);
      if (!(await spec.writer.archive(m, recordId, archived)))
        throw new UserInputErrors([
          fieldError(
            'recordId',
            'CONFLICT',
            archived ? 'This record is archived already.' : 'This record is not archived.',
          ),
        ]);
      await this.audit.record(archived ? 'record_archived' : 'record_unarchived', viewer.userId, {
        actor: viewer.userId,
        detail: { kind, recordId, reason: why },
        tx: m,
      });
      return {
        kind,
        recordId,
        slug: current.slug,
        title: spec.title(current.content),
        archived,
        archivedAt: archived ? new Date() : null,
      };
    });
  }

  /** Archived records of one kind, newest first (moderators, admins: to bring one back). */
  async archivedRecords(viewer: Viewer, kind: ContentKind): Promise<ArchivedRecord[]> {
    assertCan(viewer, 'moderation:act');
    const spec = this.spec(kind);
    const rows = await spec.writer.archivedList(this.ds.manager, 200);
    return rows.map((r) => ({
      kind,
      recordId: r.id,
      slug: r.slug,
      title: r.title,
      archived: true,
      archivedAt: r.archivedAt,
    }));
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
    await this.takeRevision(viewer);
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
      flatten(
        (r.practice ?? r.resource ?? r.organisationProfile ?? r.countryFact) as unknown as Record<
          string,
          unknown
        >,
      );
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
    const named = (r: RevisionEntity): (string | null)[] => {
      if (r.kind === ContentKind.PRACTICE)
        return (r.data as unknown as PracticeContent).organisationIds ?? [];
      if (r.kind !== ContentKind.RESOURCE) return [];
      const c = r.data as unknown as ResourceContent;
      return [c.publisherOrganisationId, ...(c.organisationIds ?? [])];
    };
    const orgIds = [...new Set(rows.flatMap((r) => [r.organisationId, ...named(r)]))].filter(
      (x): x is string => !!x,
    );
    const orgs = new Map(
      (orgIds.length ? await this.organisations.byIds(orgIds) : []).map((o) => [
        o.id,
        { id: o.id, slug: o.slug, name: o.name },
      ]),
    );
    const refs = (ids: readonly (string | null)[]) =>
      ids.map((id) => (id ? orgs.get(id) : undefined)).filter((o) => !!o) as never;
    const records = new Map<string, { slug: string; archived: boolean }>();
    for (const kind of [ContentKind.PRACTICE, ContentKind.RESOURCE, ContentKind.ORGANISATION] as const) {
      const ids = [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.recordId))];
      for (const [id, state] of await this.specs[kind].writer.slugsOf(ids)) records.set(id, state);
    }
    return rows.map((r) => {
      const practice = r.kind === ContentKind.PRACTICE ? (r.data as unknown as PracticeContent) : null;
      const resource = r.kind === ContentKind.RESOURCE ? (r.data as unknown as ResourceContent) : null;
      const profile = r.kind === ContentKind.ORGANISATION ? (r.data as unknown as OrganisationContent) : null;
      const fact = r.kind === ContentKind.COUNTRY_FACT ? (r.data as unknown as CountryFactData) : null;
      return {
        id: r.id,
        kind: r.kind as ContentKind,
        recordId: r.recordId,
        recordSlug: records.get(r.recordId)?.slug ?? null,
        recordArchived: records.get(r.recordId)?.archived ?? false,
        number: r.number,
        state: r.state as RevisionState,
        title:
          (practice?.title ?? resource?.title ?? profile?.name) ||
          (fact ? `${fact.countryCode} · ${fact.dimension}` : '—'),
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
              organisations: refs(practice.organisationIds ?? []),
            }
          : null,
        resource: resource
          ? {
              ...resource,
              type: resource.type as never,
              audience: resource.audience as never,
              descriptionHtml: renderMarkdown(resource.description),
              sources: toSources(resource.sources),
              publisherOrganisation: refs([resource.publisherOrganisationId])[0] ?? null,
              organisations: refs(resource.organisationIds ?? []),
            }
          : null,
        organisationProfile: profile
          ? {
              ...profile,
              type: profile.type as never,
              descriptionHtml: renderMarkdown(profile.description),
              sources: toSources(profile.sources),
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
  const item = (k: string, x: unknown): string => {
    if (typeof x === 'string') return x;
    if (x === null || x === undefined) return '';
    if (typeof x !== 'object') return String(x);
    const o = x as Record<string, unknown>;
    if (k === 'sources') return [o['title'], o['url'], o['locator']].filter(Boolean).join(' — ');
    if (k === 'preconditions') return `${o['kind']}: ${o['text']}`;
    if (typeof o['name'] === 'string') return o['name']; // an organisation
    return JSON.stringify(x);
  };
  for (const [k, v] of Object.entries(view)) {
    // Rendered HTML is compared as its Markdown; ids are compared as the names the view carries beside them.
    if (k === 'summaryHtml' || k === 'descriptionHtml' || /Ids?$/.test(k)) continue;
    out[k] = Array.isArray(v) ? v.map((x) => item(k, x)).join('\n') : item(k, v);
  }
  return out;
}
