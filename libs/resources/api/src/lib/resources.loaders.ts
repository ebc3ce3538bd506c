import { GraphqlContext, groupBy, indexBy } from '@peerhub/shared/api-core';
import { Resource } from './models/resource.model';
import { toResource } from './resources.mapper';
import { ResourcesService } from './resources.service';

export function resourceLoader(ctx: GraphqlContext, service: ResourcesService) {
  return ctx.loaders.get<string, Resource | null>('resources.byId', async (ids) =>
    indexBy(ids, (await service.byIds(ids)).map(toResource), (r) => r.id),
  );
}

export function resourcesByGroupLoader(ctx: GraphqlContext, service: ResourcesService) {
  return ctx.loaders.get<string, Resource[]>('resources.byGroup', async (groups) =>
    groupBy(groups, (await service.byGroups(groups)).map(toResource), (r) => r.translationGroup ?? ''),
  );
}

/** Ids of related resources, per resource id, in citation order. */
export function referenceIdsLoader(
  ctx: GraphqlContext,
  service: ResourcesService,
  direction: 'cites' | 'citedBy',
) {
  return ctx.loaders.get<string, string[]>(`resources.references.${direction}`, async (ids) => {
    const rows = await service.references(ids, direction);
    return direction === 'cites'
      ? groupBy(ids, rows, (r) => r.resourceId).map((l) => l.map((r) => r.referencedId))
      : groupBy(ids, rows, (r) => r.referencedId).map((l) => l.map((r) => r.resourceId));
  });
}

export function organisationIdsOfResourceLoader(ctx: GraphqlContext, service: ResourcesService) {
  return ctx.loaders.get<string, string[]>('resources.organisationIds', async (ids) =>
    groupBy(ids, await service.organisationTies({ resourceIds: ids }), (r) => r.resourceId).map((l) =>
      l.map((r) => r.organisationId),
    ),
  );
}

export function resourceIdsOfOrganisationLoader(ctx: GraphqlContext, service: ResourcesService) {
  return ctx.loaders.get<string, string[]>('resources.byOrganisation', async (ids) =>
    groupBy(ids, await service.organisationTies({ organisationIds: ids }), (r) => r.organisationId).map((l) =>
      l.map((r) => r.resourceId),
    ),
  );
}
