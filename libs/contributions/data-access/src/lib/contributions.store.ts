import {
  Injectable,
  Injector,
  computed,
  inject,
  runInInjectionContext,
  signal,
  untracked,
} from '@angular/core';
import { GraphqlClient, queryResource, uiLanguage } from '@peerhub/shared/data-access';
import {
  ContentKind,
  ContributeOptionsDocument,
  CreateOrganisationDocument,
  CreatePracticeDocument,
  CreateResourceDocument,
  EditOrganisationDocument,
  EditPracticeDocument,
  EditResourceDocument,
  FactToProposeDocument,
  MyContributionsDocument,
  OrganisationDraftInput,
  OrganisationToEditDocument,
  PracticeDraftInput,
  ProposeCountryFactDocument,
  ProposeCountryFactInput,
  RecordRevisionsDocument,
  ResourceDraftInput,
  ResourcesToLinkDocument,
  RestoreRevisionDocument,
  ReviewDecision,
  ReviewQueueDocument,
  ReviewRevisionDocument,
  RevisionByIdDocument,
  RevisionDiffDocument,
  RevisionPartsFragment,
  SaveOrganisationDraftDocument,
  SavePracticeDraftDocument,
  SaveResourceDraftDocument,
  SubmitRevisionDocument,
} from '@peerhub/shared/graphql-types';

export type RevisionView = RevisionPartsFragment;

/** What a draft of each kind of record holds, as the API receives it. */
export type DraftInput = PracticeDraftInput | ResourceDraftInput | OrganisationDraftInput;

/** A save refused because the draft was saved meanwhile from elsewhere: both versions, for the form to show. */
export class DraftConflict<D extends DraftInput = DraftInput> extends Error {
  constructor(
    readonly current: RevisionView,
    readonly mine: D,
  ) {
    super('The draft was saved meanwhile from elsewhere.');
    this.name = 'DraftConflict';
  }
}

/**
 * Contributions as the pages use them: writing a practice, a resource or an organisation profile (create, edit,
 * autosave with its lock version, submit), the member's own contributions, a record's history and diffs, the
 * review queue and decisions, country fact proposals. Mutations reject with an ApiError whose `fieldErrors` the
 * forms show next to their fields; a save that meets a newer draft rejects with a DraftConflict.
 */
@Injectable()
export class ContributionsStore {
  private readonly client = inject(GraphqlClient);
  private readonly lang = uiLanguage();

  private readonly injector = inject(Injector);
  private readonly made = new Map<string, unknown>();

  /** A query a page may never need, made the first time the page reads it (so no page asks what it does not show). */
  private lazy<T>(key: string, make: () => T): T {
    // untracked: first read from a template or a computed, which may not make effects.
    if (!this.made.has(key))
      this.made.set(
        key,
        untracked(() => runInInjectionContext(this.injector, make)),
      );
    return this.made.get(key) as T;
  }

  /** The countries and organisations the practice form offers. */
  get options() {
    return this.lazy('options', () => queryResource(ContributeOptionsDocument, () => ({ lang: this.lang })));
  }
  readonly countries = computed(() =>
    [...(this.options.value()?.countries ?? [])].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    ),
  );
  readonly organisationOptions = computed(() =>
    (this.options.value()?.organisations.edges ?? []).map((e) => e.node),
  );

  /** The resources a resource may be a language version of (asked when the resource form shows them). */
  get resourcesToLink() {
    return this.lazy('resourcesToLink', () => queryResource(ResourcesToLinkDocument, () => ({})));
  }
  readonly resourceOptions = computed(() =>
    (this.resourcesToLink.value()?.resources.edges ?? []).map((e) => e.node),
  );

  /** The organisation whose profile is edited (set its slug): verified, and whether the viewer edits for it. */
  readonly organisationSlug = signal<string | undefined>(undefined);
  get organisationToEdit() {
    return this.lazy('organisationToEdit', () =>
      queryResource(OrganisationToEditDocument, () => {
        const slug = this.organisationSlug();
        return slug ? { slug } : undefined;
      }),
    );
  }

  /** The revision a page shows (set its id). */
  readonly revisionId = signal<string | undefined>(undefined);
  get revision() {
    return this.lazy('revision', () =>
      queryResource(RevisionByIdDocument, () => {
        const id = this.revisionId();
        return id ? { id } : undefined;
      }),
    );
  }

  get mine() {
    return this.lazy('mine', () => queryResource(MyContributionsDocument, () => ({})));
  }

  /** A record's history (set kind and id). */
  readonly record = signal<{ kind: ContentKind; id: string } | undefined>(undefined);
  get history() {
    return this.lazy('history', () => queryResource(RecordRevisionsDocument, () => this.record()));
  }

  /** The review queue (moderators). */
  readonly queueKind = signal<ContentKind | null>(null);
  get queue() {
    return this.lazy('queue', () => queryResource(ReviewQueueDocument, () => ({ kind: this.queueKind() })));
  }

  async diff(fromId: string, toId: string) {
    return (await this.client.request(RevisionDiffDocument, { fromId, toId })).revisionDiff;
  }

  async create(organisationSlug: string, practice: PracticeDraftInput, reason = ''): Promise<RevisionView> {
    const data = await this.client.mutate(CreatePracticeDocument, {
      input: { organisationSlug, practice, reason },
    });
    return data.createPractice.revision as RevisionView;
  }

  async edit(practiceSlug: string, reason = ''): Promise<RevisionView> {
    const data = await this.client.mutate(EditPracticeDocument, { input: { practiceSlug, reason } });
    return data.editPractice.revision as RevisionView;
  }

  /** Saves a draft; a DraftConflict when it was saved meanwhile from elsewhere. */
  async save(
    revisionId: string,
    expectedLockVersion: number,
    practice: PracticeDraftInput,
    reason?: string | null,
  ): Promise<RevisionView> {
    const data = await this.client.request(SavePracticeDraftDocument, {
      input: { revisionId, expectedLockVersion, practice, reason: reason ?? null },
    });
    const payload = data.savePracticeDraft;
    if (payload.current) throw new DraftConflict<PracticeDraftInput>(payload.current, practice);
    if (payload.errors.length || !payload.revision)
      // The other field errors, as every form gets them.
      return this.client.mutate(SavePracticeDraftDocument, {
        input: { revisionId, expectedLockVersion, practice, reason: reason ?? null },
      }) as never;
    return payload.revision;
  }

  /** A new resource, as a first draft published by an organisation the viewer writes for. */
  async createResource(
    organisationSlug: string,
    resource: ResourceDraftInput,
    reason = '',
  ): Promise<RevisionView> {
    const data = await this.client.mutate(CreateResourceDocument, {
      input: { organisationSlug, resource, reason },
    });
    return data.createResource.revision as RevisionView;
  }

  /** The viewer's draft of a published resource: their open one, or a new one from its content. */
  async editResource(resourceSlug: string, reason = ''): Promise<RevisionView> {
    const data = await this.client.mutate(EditResourceDocument, { input: { resourceSlug, reason } });
    return data.editResource.revision as RevisionView;
  }

  /** Saves a resource draft; a DraftConflict when it was saved meanwhile from elsewhere. */
  async saveResourceDraft(
    revisionId: string,
    expectedLockVersion: number,
    resource: ResourceDraftInput,
    reason?: string | null,
  ): Promise<RevisionView> {
    const input = { revisionId, expectedLockVersion, resource, reason: reason ?? null };
    const payload = (await this.client.request(SaveResourceDraftDocument, { input })).saveResourceDraft;
    if (payload.current) throw new DraftConflict<ResourceDraftInput>(payload.current, resource);
    if (payload.errors.length || !payload.revision)
      // The other field errors, as every form gets them.
      return this.client.mutate(SaveResourceDraftDocument, { input }) as never;
    return payload.revision;
  }

  /** A new organisation's profile, proposed by any member; once published, its author becomes its editor. */
  async createOrganisation(organisation: OrganisationDraftInput, reason = ''): Promise<RevisionView> {
    const data = await this.client.mutate(CreateOrganisationDocument, { input: { organisation, reason } });
    return data.createOrganisation.revision as RevisionView;
  }

  /** The viewer's draft of a published organisation profile: their open one, or a new one from its content. */
  async editOrganisation(organisationSlug: string, reason = ''): Promise<RevisionView> {
    const data = await this.client.mutate(EditOrganisationDocument, {
      input: { organisationSlug, reason },
    });
    return data.editOrganisation.revision as RevisionView;
  }

  /** Saves an organisation profile draft; a DraftConflict when it was saved meanwhile from elsewhere. */
  async saveOrganisationDraft(
    revisionId: string,
    expectedLockVersion: number,
    organisation: OrganisationDraftInput,
    reason?: string | null,
  ): Promise<RevisionView> {
    const input = { revisionId, expectedLockVersion, organisation, reason: reason ?? null };
    const payload = (await this.client.request(SaveOrganisationDraftDocument, { input }))
      .saveOrganisationDraft;
    if (payload.current) throw new DraftConflict<OrganisationDraftInput>(payload.current, organisation);
    if (payload.errors.length || !payload.revision)
      return this.client.mutate(SaveOrganisationDraftDocument, { input }) as never;
    return payload.revision;
  }

  /**
   * Sends a draft for review. An editor of a verified organisation submitting a change to its own profile publishes
   * it at once: the revision comes back PUBLISHED.
   */
  async submit(revisionId: string): Promise<RevisionView> {
    return (await this.client.mutate(SubmitRevisionDocument, { input: { revisionId } })).submitRevision
      .revision as RevisionView;
  }

  async review(revisionId: string, decision: ReviewDecision, comment: string): Promise<RevisionView> {
    const data = await this.client.mutate(ReviewRevisionDocument, {
      input: { revisionId, decision, comment },
    });
    this.queue.reload();
    return data.reviewRevision.revision as RevisionView;
  }

  async restore(revisionId: string, reason = ''): Promise<RevisionView> {
    return (await this.client.mutate(RestoreRevisionDocument, { input: { revisionId, reason } }))
      .restoreRevision.revision as RevisionView;
  }

  /** The country fact a proposal starts from. */
  fact(code: () => string | undefined) {
    return queryResource(FactToProposeDocument, () => {
      const c = code();
      return c ? { code: c, lang: this.lang } : undefined;
    });
  }

  async propose(input: ProposeCountryFactInput): Promise<RevisionView> {
    return (await this.client.mutate(ProposeCountryFactDocument, { input })).proposeCountryFact
      .revision as RevisionView;
  }
}
