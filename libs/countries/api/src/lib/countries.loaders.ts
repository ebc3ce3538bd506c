import { GraphqlContext, groupBy, indexBy } from '@peerhub/shared/api-core';
import { byDimensionOrder } from '@peerhub/shared/util';
import { CountriesService } from './countries.service';
import { CountryView, toCountry, toDimension } from './countries.mapper';
import { CountryDimension } from './models/country.model';

/** Per-request loaders other domains use to resolve a country by code without N+1 queries. */
export function countryLoader(ctx: GraphqlContext, service: CountriesService) {
  return ctx.loaders.get<string, CountryView | null>('countries.byCode', async (codes) =>
    indexBy(codes, (await service.byCodes(codes)).map(toCountry), (c) => c.code),
  );
}

export function dimensionsLoader(ctx: GraphqlContext, service: CountriesService) {
  return ctx.loaders.get<string, CountryDimension[]>('countries.dimensions', async (codes) => {
    const rows = await service.dimensionsOf(codes);
    // Every view shows the dimensions in the one order (DIMENSION_ORDER), the comparison's as well.
    return groupBy(codes, rows, (r) => r.countryCode).map((list) =>
      byDimensionOrder(list, (r) => r.key).map(toDimension),
    );
  });
}
