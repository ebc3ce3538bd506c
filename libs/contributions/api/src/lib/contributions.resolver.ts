import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organisation, OrganisationsService } from '@peerhub/organisations/api';
import { Resource } from '@peerhub/resources/api';
import { Practice } from '@peerhub/practices/api';
import { MyData } from '@peerhub/accounts/api';
import { Can, CurrentViewer, PayloadErrors, Viewer, type GraphqlContext } from '@peerhub/shared/api-core';
import {
  ArchivedRecord,
  ArchivePayload,
  ArchiveRecordInput,
  ContentKind,
  CreateOrganisationInput,
  CreateResourceInput,
  EditOrganisationInput,
  EditResourceInput,
  SaveOrganisationDraftInput,
  SaveResourceDraftInput,
  CreatePracticeInput,
  EditPracticeInput,
  FieldChange,
  LastUpdate,
  ProposeCountryFactInput,
  RestoreRevisionInput,
  ReviewQueue,
  ReviewRevisionInput,
  Revision,
  RevisionIdInput,
  RevisionPayload,
  SaveDraftPayload,
  SavePracticeDraftInput,
} from './contributions.models';
import { ContributionsService } from './contributions.service';

@Resolver()
export class ContributionsResolver {
  constructor(private readonly contributions: ContributionsService) {}

  @Query(() => ReviewQueue, { description: 'What waits for review, oldest first (moderators, admins).' })
  @Can('moderation:act')
  reviewQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => ContentKind, nullable: true }) kind?: ContentKind | null,
  ): Promise<ReviewQueue> {
    return this.contributions.reviewQueue(viewer, kind);
  }

  @Query(() => [ArchivedRecord], {
    description: 'Archived records of one kind, most recently archived first (moderators, admins).',
  })
  @Can('moderation:act')
  archivedRecords(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => ContentKind }) kind: ContentKind,
  ): Promise<ArchivedRecord[]> {
    return this.contributions.archivedRecords(viewer, kind);
  }

  @Query(() => [Revision], { description: "The signed-in member's contributions, newest first." })
  myContributions(@CurrentViewer() viewer: Viewer): Promise<Revision[]> {
    return this.contributions.mine(viewer);
  }

  @Query(() => [Revision], {
    description:
      "A record's history, newest first: published and superseded revisions for everyone; drafts and decisions for their author, the organisation's editors and moderators.",
  })
  revisions(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => ContentKind }) kind: ContentKind,
    @Args('id', { type: () => ID, description: 'The record’s id.' }) id: string,
  ): Promise<Revision[]> {
    return this.contributions.history(viewer, kind, id);
  }

  @Query(() => Revision, {
    description: 'One revision; NOT_FOUND when it does not exist or is not yours to see.',
  })
  revision(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Revision> {
    return this.contributions.one(viewer, id);
  }

  @Query(() => [FieldChange], {
    description: 'What changed between two revisions of one record, field by field.',
  })
  revisionDiff(
    @CurrentViewer() viewer: Viewer,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
  ): Promise<FieldChange[]> {
    return this.contributions.diff(viewer, fromId, toId);
  }

  @Mutation(() => RevisionPayload, {
    description: 'Starts a new practice as a draft, written for an organisation the viewer writes for.',
  })
  @Can('content:write')
  @PayloadErrors(CreatePracticeInput)
  async createPractice(
    @Args('input') input: CreatePracticeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.createPractice(
        viewer,
        input.organisationSlug,
        input.practice,
        input.reason,
      ),
    };
  }

  @Mutation(() => RevisionPayload, {
    description:
      'A draft to edit a published practice, from its current content (or the viewer’s open draft of it).',
  })
  @Can('content:write')
  @PayloadErrors(EditPracticeInput)
  async editPractice(
    @Args('input') input: EditPracticeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.edit(viewer, ContentKind.PRACTICE, input.practiceSlug, input.reason),
    };
  }

  @Mutation(() => SaveDraftPayload, {
    description:
      'Saves a practice draft (autosave). CONFLICT on expectedLockVersion, with `current`, when it was saved meanwhile from elsewhere.',
  })
  @Can('content:write')
  @PayloadErrors(SavePracticeDraftInput)
  savePracticeDraft(
    @Args('input') input: SavePracticeDraftInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SaveDraftPayload> {
    return this.contributions.savePracticeDraft(
      viewer,
      input.revisionId,
      input.expectedLockVersion,
      input.practice,
      input.reason,
    );
  }

  @Mutation(() => RevisionPayload, {
    description: 'Starts a new resource as a draft, published by an organisation the viewer writes for.',
  })
  @Can('content:write')
  @PayloadErrors(CreateResourceInput)
  async createResource(
    @Args('input') input: CreateResourceInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.createResource(
        viewer,
        input.organisationSlug,
        input.resource,
        input.reason,
      ),
    };
  }

  @Mutation(() => RevisionPayload, {
    description:
      'A draft to edit a published resource, from its current content (or the viewer’s open draft of it).',
  })
  @Can('content:write')
  @PayloadErrors(EditResourceInput)
  async editResource(
    @Args('input') input: EditResourceInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.edit(viewer, ContentKind.RESOURCE, input.resourceSlug, input.reason),
    };
  }

  @Mutation(() => SaveDraftPayload, {
    description:
      'Saves a resource draft (autosave); CONFLICT with `current` when it was saved meanwhile elsewhere.',
  })
  @Can('content:write')
  @PayloadErrors(SaveResourceDraftInput)
  saveResourceDraft(
    @Args('input') input: SaveResourceDraftInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SaveDraftPayload> {
    return this.contributions.saveResourceDraft(
      viewer,
      input.revisionId,
      input.expectedLockVersion,
      input.resource,
      input.reason,
    );
  }

  @Mutation(() => RevisionPayload, {
    description:
      'Proposes a new organisation’s profile as a draft (any member); once published, its author becomes its editor.',
  })
  @Can('content:propose')
  @PayloadErrors(CreateOrganisationInput)
  async createOrganisation(
    @Args('input') input: CreateOrganisationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.createOrganisation(viewer, input.organisation, input.reason),
    };
  }

  @Mutation(() => RevisionPayload, {
    description:
      'A draft to edit an organisation’s profile (its editors, moderators). Editors of a verified organisation publish it on submitting.',
  })
  @Can('content:write')
  @PayloadErrors(EditOrganisationInput)
  async editOrganisation(
    @Args('input') input: EditOrganisationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.edit(
        viewer,
        ContentKind.ORGANISATION,
        input.organisationSlug,
        input.reason,
      ),
    };
  }

  @Mutation(() => SaveDraftPayload, {
    description:
      'Saves an organisation profile draft (autosave); CONFLICT with `current` when it was saved meanwhile elsewhere.',
  })
  @Can('content:propose')
  @PayloadErrors(SaveOrganisationDraftInput)
  saveOrganisationDraft(
    @Args('input') input: SaveOrganisationDraftInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SaveDraftPayload> {
    return this.contributions.saveOrganisationDraft(
      viewer,
      input.revisionId,
      input.expectedLockVersion,
      input.organisation,
      input.reason,
    );
  }

  @Mutation(() => ArchivePayload, {
    description:
      'Archives a practice, resource or organisation profile: out of lists, search and pages, its history kept (moderators, admins; editors of a practice’s or resource’s organisations).',
  })
  @Can('content:write')
  @PayloadErrors(ArchiveRecordInput)
  async archiveRecord(
    @Args('input') input: ArchiveRecordInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<ArchivePayload, 'errors'>> {
    return {
      record: await this.contributions.archive(viewer, input.kind, input.recordId, input.reason, true),
    };
  }

  @Mutation(() => ArchivePayload, { description: 'Brings an archived record back (who may archive it).' })
  @Can('content:write')
  @PayloadErrors(ArchiveRecordInput)
  async unarchiveRecord(
    @Args('input') input: ArchiveRecordInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<ArchivePayload, 'errors'>> {
    return {
      record: await this.contributions.archive(viewer, input.kind, input.recordId, input.reason, false),
    };
  }

  @Mutation(() => RevisionPayload, { description: 'Sends a draft for review.' })
  @Can('account:read')
  @PayloadErrors(RevisionIdInput)
  async submitRevision(
    @Args('input') input: RevisionIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return { revision: await this.contributions.submit(viewer, input.revisionId) };
  }

  @Mutation(() => RevisionPayload, {
    description:
      'Approve (publish), request changes or reject a submitted revision, with a comment (moderators, admins; never one’s own).',
  })
  @Can('moderation:act')
  @PayloadErrors(ReviewRevisionInput)
  async reviewRevision(
    @Args('input') input: ReviewRevisionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return {
      revision: await this.contributions.review(viewer, input.revisionId, input.decision, input.comment),
    };
  }

  @Mutation(() => RevisionPayload, {
    description: 'A new draft with an earlier revision’s content (its history stays as it was).',
  })
  @Can('content:write')
  @PayloadErrors(RestoreRevisionInput)
  async restoreRevision(
    @Args('input') input: RestoreRevisionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return { revision: await this.contributions.restore(viewer, input.revisionId, input.reason) };
  }

  @Mutation(() => RevisionPayload, {
    description:
      'Proposes a country fact (level, text and a source with title, address and locator) for review.',
  })
  @Can('content:propose')
  @PayloadErrors(ProposeCountryFactInput)
  async proposeCountryFact(
    @Args('input') input: ProposeCountryFactInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RevisionPayload, 'errors'>> {
    return { revision: await this.contributions.proposeCountryFact(viewer, input) };
  }
}

/** Who last changed a record: its latest published revision, or PeerHub editorial for seeded content. */
async function lastUpdateOf(
  kind: ContentKind,
  record: { id: string; updatedAt: Date },
  ctx: GraphqlContext,
  contributions: ContributionsService,
  organisations: OrganisationsService,
): Promise<LastUpdate> {
  const last = await ctx.loaders
    .get<string, { at: Date; organisationId: string | null; number: number } | null>(
      `contributions.lastPublished.${kind}`,
      async (ids) => {
        const map = await contributions.lastPublished(kind, ids);
        return ids.map((id) => map.get(id) ?? null);
      },
    )
    .load(record.id);
  if (!last) return { at: record.updatedAt, organisation: null, revision: null };
  const org = last.organisationId ? (await organisations.byIds([last.organisationId]))[0] : undefined;
  return {
    at: last.at,
    organisation: org ? { id: org.id, slug: org.slug, name: org.name } : null,
    revision: last.number,
  };
}

const LAST_UPDATE = {
  description: 'When it last changed and for whom: its latest published revision, or PeerHub editorial.',
};

/** `lastUpdate` on practices, resources and organisations, kept here so those domains never depend on contributions. */
@Resolver(() => Practice)
export class PracticeLastUpdateResolver {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => LastUpdate, LAST_UPDATE)
  lastUpdate(@Parent() practice: Practice, @Context() ctx: GraphqlContext): Promise<LastUpdate> {
    return lastUpdateOf(ContentKind.PRACTICE, practice, ctx, this.contributions, this.organisations);
  }
}

@Resolver(() => Resource)
export class ResourceLastUpdateResolver {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => LastUpdate, LAST_UPDATE)
  lastUpdate(@Parent() resource: Resource, @Context() ctx: GraphqlContext): Promise<LastUpdate> {
    return lastUpdateOf(ContentKind.RESOURCE, resource, ctx, this.contributions, this.organisations);
  }
}

@Resolver(() => Organisation)
export class OrganisationLastUpdateResolver {
  constructor(
    private readonly contributions: ContributionsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => LastUpdate, LAST_UPDATE)
  lastUpdate(@Parent() organisation: Organisation, @Context() ctx: GraphqlContext): Promise<LastUpdate> {
    return lastUpdateOf(ContentKind.ORGANISATION, organisation, ctx, this.contributions, this.organisations);
  }
}

/** `MyData.contributions`: "download my data" holds what the member wrote too, kept here so accounts never depends on contributions. */
@Resolver(() => MyData)
export class MyDataContributionsResolver {
  constructor(private readonly service: ContributionsService) {}

  @ResolveField(() => [Revision], { description: 'Every revision the member wrote, with its content.' })
  contributions(@CurrentViewer() viewer: Viewer): Promise<Revision[]> {
    return this.service.mine(viewer, null);
  }
}
