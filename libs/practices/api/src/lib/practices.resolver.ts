import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CountriesService, Country, countryLoader } from '@peerhub/countries/api';
import { Organisation, OrganisationsService, organisationLoader } from '@peerhub/organisations/api';
import { Resource, ResourcesService, resourceLoader, toResource } from '@peerhub/resources/api';
import { GraphqlContext, groupBy, indexBy, loadAll, mapNodes, SlugArgs } from '@peerhub/shared/api-core';
import { PracticesArgs } from './dto/practices.args';
import { Practice, PracticeConnection } from './models/practice.model';
import { toPractice } from './practices.mapper';
import { CountryResourcesService } from './country-resources.service';
import { PracticesService } from './practices.service';

function practiceLoader(ctx: GraphqlContext, service: PracticesService) {
  return ctx.loaders.get<string, Practice | null>('practices.byId', async (ids) =>
    indexBy(ids, (await service.byIds(ids)).map(toPractice), (p) => p.id),
  );
}

@Resolver(() => Practice)
export class PracticesResolver {
  constructor(
    private readonly practicesService: PracticesService,
    private readonly countriesService: CountriesService,
    private readonly organisationsService: OrganisationsService,
    private readonly resourcesService: ResourcesService,
  ) {}

  @Query(() => PracticeConnection, { description: 'Practices (case studies), by title.' })
  async practices(@Args() args: PracticesArgs): Promise<PracticeConnection> {
    const page = await this.practicesService.page(args.sort, args.filter, args);
    return mapNodes(page, toPractice);
  }

  @Query(() => [String], {
    description:
      'Every topic tag the practices use, once each whatever its case, alphabetical: the values `practices(filter: { topic })` matches.',
  })
  practiceTopics(): Promise<string[]> {
    return this.practicesService.topics();
  }

  @Query(() => Practice, { description: 'One practice; NOT_FOUND when the slug is unknown.' })
  async practice(@Args() args: SlugArgs): Promise<Practice> {
    return toPractice(await this.practicesService.bySlug(args.slug));
  }

  @ResolveField(() => Country, { nullable: true })
  country(@Parent() p: Practice, @Context() ctx: GraphqlContext) {
    return countryLoader(ctx, this.countriesService).load(p.countryCode);
  }

  @ResolveField(() => [Organisation])
  async organisations(@Parent() p: Practice, @Context() ctx: GraphqlContext): Promise<Organisation[]> {
    const ids = await ctx.loaders
      .get<string, string[]>('practices.organisationIds', async (pids) =>
        groupBy(
          pids,
          await this.practicesService.organisationLinks({ practiceIds: pids }),
          (r) => r.practiceId,
        ).map((l) => l.map((r) => r.organisationId)),
      )
      .load(p.id);
    return loadAll<Organisation>(organisationLoader(ctx, this.organisationsService), ids);
  }

  @ResolveField(() => [Resource])
  async resources(@Parent() p: Practice, @Context() ctx: GraphqlContext): Promise<Resource[]> {
    const ids = await ctx.loaders
      .get<string, string[]>('practices.resourceIds', async (pids) =>
        groupBy(pids, await this.practicesService.resourceLinks(pids), (r) => r.practiceId).map((l) =>
          l.map((r) => r.resourceId),
        ),
      )
      .load(p.id);
    return loadAll<Resource>(resourceLoader(ctx, this.resourcesService), ids);
  }
}

/** `Organisation.practices`, kept here so organisations never depend on practices. */
@Resolver(() => Organisation)
export class OrganisationPracticesResolver {
  constructor(private readonly practicesService: PracticesService) {}

  @ResolveField(() => [Practice])
  async practices(@Parent() org: Organisation, @Context() ctx: GraphqlContext): Promise<Practice[]> {
    const ids = await ctx.loaders
      .get<string, string[]>('practices.byOrganisation', async (oids) =>
        groupBy(
          oids,
          await this.practicesService.organisationLinks({ organisationIds: oids }),
          (r) => r.organisationId,
        ).map((l) => l.map((r) => r.practiceId)),
      )
      .load(org.id);
    return loadAll<Practice>(practiceLoader(ctx, this.practicesService), ids);
  }
}

/** `Country.practices` and `Country.resources` (see CountryResourcesService for why practices owns the latter). */
@Resolver(() => Country)
export class CountryPracticesResolver {
  constructor(
    private readonly practicesService: PracticesService,
    private readonly countryResources: CountryResourcesService,
  ) {}

  @ResolveField(() => [Practice])
  practices(@Parent() country: Country, @Context() ctx: GraphqlContext): Promise<Practice[]> {
    return ctx.loaders
      .get<string, Practice[]>('practices.byCountry', async (codes) =>
        groupBy(
          codes,
          (await this.practicesService.byCountries(codes)).map(toPractice),
          (p) => p.countryCode,
        ),
      )
      .load(country.code);
  }

  @ResolveField(() => [Resource], {
    description:
      'Resources about this country: linked to its practices, or by or with its organisations; newest first.',
  })
  resources(@Parent() country: Country, @Context() ctx: GraphqlContext): Promise<Resource[]> {
    return ctx.loaders
      .get<string, Resource[]>('resources.byCountry', async (codes) => {
        const rows = await this.countryResources.ofCountries(codes);
        return groupBy(codes, rows, (r) => r.countryCode).map((list) => list.map(toResource));
      })
      .load(country.code);
  }
}
