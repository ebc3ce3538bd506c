import { badUserInput, toSources } from '@peerhub/shared/api-core';
import { CountryDimensionEntity } from './entities/country-dimension.entity';
import { CountryEntity } from './entities/country.entity';
import { toCountry } from './countries.mapper';
import { ComparisonRow, CountryComparison } from './models/comparison.model';
import { DimensionKey, DimensionLevel } from './models/country.model';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 5;

/** Upper-cased, checked codes: `min`–5 distinct two-letter codes, or BAD_USER_INPUT saying what is wrong. */
export function normaliseCompareCodes(codes: string[], min = MIN_COMPARE): string[] {
  const upper = codes.map((c) => c.trim().toUpperCase());
  const malformed = upper.filter((c) => !/^[A-Z]{2}$/.test(c));
  if (malformed.length) {
    throw badUserInput(
      `codes must be two-letter country codes; not valid: ${malformed.map((c) => `"${c}"`).join(', ')}`,
      {
        argument: 'codes',
      },
    );
  }
  const duplicates = [...new Set(upper.filter((c, i) => upper.indexOf(c) !== i))];
  if (duplicates.length)
    throw badUserInput(`codes lists ${duplicates.join(', ')} more than once`, { argument: 'codes' });
  if (upper.length < min || upper.length > MAX_COMPARE) {
    throw badUserInput(`choose ${min} to ${MAX_COMPARE} countries; ${upper.length} given`, {
      argument: 'codes',
    });
  }
  return upper;
}

/** The most recent of some ISO dates ('' when there is none): a comparison's or brief's "data as of". */
export function latestDate(dates: readonly (string | null | undefined)[]): string {
  return (
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? ''
  );
}

/** Builds the side-by-side table; a dimension a country lacks is an `unknown` cell with no source. */
export function buildComparison(
  codes: string[],
  countries: CountryEntity[],
  dimensions: CountryDimensionEntity[],
): CountryComparison {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const unknown = codes.filter((c) => !byCode.has(c));
  if (unknown.length) {
    throw badUserInput(`no country profile for ${unknown.join(', ')}`, { argument: 'codes' });
  }
  const cell = new Map(dimensions.map((d) => [`${d.countryCode}:${d.key}`, d]));
  const rows: ComparisonRow[] = Object.values(DimensionKey).map((key) => {
    const cells = codes.map((code) => {
      const d = cell.get(`${code}:${key}`);
      return d
        ? {
            countryCode: code,
            level: d.level as DimensionLevel,
            text: d.text,
            sources: toSources(d.sources),
            verifiedOn: d.verifiedOn,
          }
        : { countryCode: code, level: DimensionLevel.UNKNOWN, text: '', sources: [], verifiedOn: null };
    });
    return { key, cells, differs: new Set(cells.map((c) => c.level)).size > 1 };
  });
  return {
    countries: codes.map((c) => toCountry(byCode.get(c) as CountryEntity)),
    rows,
    dataAsOf: latestDate(rows.flatMap((r) => r.cells.map((c) => c.verifiedOn))),
  };
}
