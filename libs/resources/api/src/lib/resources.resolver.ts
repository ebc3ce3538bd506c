import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organisation, OrganisationsService, organisationLoader } from '@peerhub/organisations/api';
import { GraphqlContext, loadAll, mapNodes, SlugArgs } from '@peerhub/shared/api-core';
import { ResourcesArgs } from './dto/resources.args';
import { Resource, ResourceConnection } from './models/resource.model';
import {
  organisationIdsOfResourceLoader,
  referenceIdsLoader,
  resourceIdsOfOrganisationLoader,
  resourceLoader,
  resourcesByGroupLoader,
} from './resources.loaders';
import { toResource } from './resources.mapper';
import { ResourcesService } from './resources.service';

@Resolver(() => Resource)
export class ResourcesResolver {
  constructor(
    private readonly resourcesService: ResourcesService,
    private readonly organisationsService: OrganisationsService,
  ) {}

  @Query(() => ResourceConnection, { description: 'Resources, by title.' })
  async resources(@Args() args: ResourcesArgs): Promise<ResourceConnection> {
    const page = await this.resourcesService.page(args.sort, args.filter, args);
    return mapNodes(page, toResource);
  }

  @Query(() => Resource, { description: 'One resource; NOT_FOUND when the slug is unknown.' })
  async resource(@Args() args: SlugArgs): Promise<Resource> {
    return toResource(await this.resourcesService.bySlug(args.slug));
  }

  @ResolveField(() => [Resource], { description: 'The other language versions of the same work.' })
  async languageVersions(@Parent() r: Resource, @Context() ctx: GraphqlContext): Promise<Resource[]> {
    if (!r.translationGroup) return [];
    const all = await resourcesByGroupLoader(ctx, this.resourcesService).load(r.translationGroup);
    return all.filter((v) => v.id !== r.id);
  }

  @ResolveField(() => [Resource], { description: 'What this resource cites (e.g. a guide’s bibliography).' })
  async references(@Parent() r: Resource, @Context() ctx: GraphqlContext): Promise<Resource[]> {
    const ids = await referenceIdsLoader(ctx, this.resourcesService, 'cites').load(r.id);
    return loadAll<Resource>(resourceLoader(ctx, this.resourcesService), ids);
  }

  @ResolveField(() => [Resource], { description: 'Resources that cite this one.' })
  async citedBy(@Parent() r: Resource, @Context() ctx: GraphqlContext): Promise<Resource[]> {
    const ids = await referenceIdsLoader(ctx, this.resourcesService, 'citedBy').load(r.id);
    return loadAll<Resource>(resourceLoader(ctx, this.resourcesService), ids);
  }

  @ResolveField(() => Organisation, { nullable: true })
  publisherOrganisation(@Parent() r: Resource, @Context() ctx: GraphqlContext) {
    return r.publisherOrganisationId
      ? organisationLoader(ctx, this.organisationsService).load(r.publisherOrganisationId)
      : null;
  }

  @ResolveField(() => [Organisation], { description: 'Organisations behind the resource.' })
  async organisations(@Parent() r: Resource, @Context() ctx: GraphqlContext): Promise<Organisation[]> {
    const ids = await organisationIdsOfResourceLoader(ctx, this.resourcesService).load(r.id);
    return loadAll<Organisation>(organisationLoader(ctx, this.organisationsService), ids);
  }
}

/** `Organisation.resources`, kept here so organisations never depend on resources. */
@Resolver(() => Organisation)
export class OrganisationResourcesResolver {
  constructor(private readonly resourcesService: ResourcesService) {}

  @ResolveField(() => [Resource])
  async resources(@Parent() org: Organisation, @Context() ctx: GraphqlContext): Promise<Resource[]> {
    const ids = await resourceIdsOfOrganisationLoader(ctx, this.resourcesService).load(org.id);
    return loadAll<Resource>(resourceLoader(ctx, this.resourcesService), ids);
  }
}
