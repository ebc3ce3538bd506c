import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Country, CountriesService, countryLoader } from '@peerhub/countries/api';
import { GraphqlContext, mapNodes, SlugArgs } from '@peerhub/shared/api-core';
import { OrganisationsArgs } from './dto/organisations.args';
import { Organisation, OrganisationConnection } from './models/organisation.model';
import { organisationsByCountryLoader } from './organisations.loaders';
import { toOrganisation } from './organisations.mapper';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly organisationsService: OrganisationsService,
    private readonly countriesService: CountriesService,
  ) {}

  @Query(() => OrganisationConnection, { description: 'Organisations, by name.' })
  async organisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    const page = await this.organisationsService.page(args.sort, args.filter, args);
    return mapNodes(page, toOrganisation);
  }

  @Query(() => Organisation, { description: 'One organisation; NOT_FOUND when the slug is unknown.' })
  async organisation(@Args() args: SlugArgs): Promise<Organisation> {
    return toOrganisation(await this.organisationsService.bySlug(args.slug));
  }

  @ResolveField(() => Country, { nullable: true })
  country(@Parent() org: Organisation, @Context() ctx: GraphqlContext) {
    return countryLoader(ctx, this.countriesService).load(org.countryCode);
  }
}

/** `Country.organisations`, kept here so the countries domain never depends on this one. */
@Resolver(() => Country)
export class CountryOrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @ResolveField(() => [Organisation])
  organisations(@Parent() country: Country, @Context() ctx: GraphqlContext): Promise<Organisation[]> {
    return organisationsByCountryLoader(ctx, this.organisationsService).load(country.code);
  }
}
