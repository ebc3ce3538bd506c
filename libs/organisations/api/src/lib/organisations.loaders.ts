import { GraphqlContext, groupBy, indexBy } from '@peerhub/shared/api-core';
import { toOrganisation } from './organisations.mapper';
import { OrganisationsService } from './organisations.service';
import { Organisation } from './models/organisation.model';

export function organisationLoader(ctx: GraphqlContext, service: OrganisationsService) {
  return ctx.loaders.get<string, Organisation | null>('organisations.byId', async (ids) =>
    indexBy(ids, (await service.byIds(ids)).map(toOrganisation), (o) => o.id),
  );
}

export function organisationsByCountryLoader(ctx: GraphqlContext, service: OrganisationsService) {
  return ctx.loaders.get<string, Organisation[]>('organisations.byCountry', async (codes) =>
    groupBy(codes, (await service.byCountries(codes)).map(toOrganisation), (o) => o.countryCode),
  );
}
