import { isoDate, pickLocalized, toLocalized, toSources } from '@peerhub/shared/api-core';
import { CountryDimensionEntity } from './entities/country-dimension.entity';
import { CountryEntity } from './entities/country.entity';
import { Country, CountryDimension, DimensionKey, DimensionLevel } from './models/country.model';

/** Output type plus the raw name map, kept for `name(lang)`. */
export type CountryView = Country & { namesMap: Record<string, string> };

export function toCountry(e: CountryEntity): CountryView {
  return {
    code: e.code,
    name: pickLocalized(e.names, 'en'),
    names: toLocalized(e.names),
    namesMap: e.names,
    european: e.european,
    summary: e.summary,
    roleTitles: e.roleTitles.map((r) => ({ title: r.title, language: r.language, gloss: r.gloss ?? null })),
    dimensions: [],
    sources: toSources(e.sources),
    verifiedOn: isoDate(e.verifiedOn) ?? '',
  };
}

export function toDimension(e: CountryDimensionEntity): CountryDimension {
  return {
    key: e.key as DimensionKey,
    level: e.level as DimensionLevel,
    text: e.text,
    sources: toSources(e.sources),
    verifiedOn: isoDate(e.verifiedOn) ?? '',
  };
}
