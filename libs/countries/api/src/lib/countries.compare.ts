import { badUserInput, toSources } from '@peerhub/shared/api-core';
import {
  COMPARE_COUNTRIES,
  CountryListBounds,
  DIMENSION_ORDER,
  checkCountryCodes,
} from '@peerhub/shared/util';
import { CountryDimensionEntity } from './entities/country-dimension.entity';
import { CountryEntity } from './entities/country.entity';
import { toCountry } from './countries.mapper';
import { ComparisonRow, CountryComparison } from './models/comparison.model';
import { DimensionKey, DimensionLevel } from './models/country.model';

export const MIN_COMPARE = COMPARE_COUNTRIES.min;
export const MAX_COMPARE = COMPARE_COUNTRIES.max;

/**
 * Canonical codes (upper case, GB → UK) of a list within `bounds` (COMPARE_COUNTRIES, or a minimum with the
 * comparison's maximum), or BAD_USER_INPUT saying what is wrong — the rule of the args classes, for callers that
 * take codes from elsewhere.
 */
export function normaliseCompareCodes(
  codes: string[],
  bounds: number | CountryListBounds = COMPARE_COUNTRIES,
): string[] {
  const checked = checkCountryCodes(
    codes,
    typeof bounds === 'number' ? { ...COMPARE_COUNTRIES, min: bounds } : bounds,
  );
  if (checked.error !== undefined) throw badUserInput(checked.error, { argument: 'codes' });
  return checked.codes;
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
  const rows: ComparisonRow[] = (DIMENSION_ORDER as readonly DimensionKey[]).map((key) => {
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
