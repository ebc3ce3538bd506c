import { Injectable, computed, signal } from '@angular/core';
import { ApiError, queryResource, uiLanguage } from '@peerhub/shared/data-access';
import { DIMENSION_ORDER, normaliseCountryCode } from '@peerhub/shared/util';
import {
  CountryDetailDocument,
  CountryListDocument,
  DimensionKey,
  DimensionLevel,
} from '@peerhub/shared/graphql-types';

/** The ten profile dimensions, in the one order every view shows them (the API's: profile, map, comparison, brief). */
export const DIMENSION_KEYS: DimensionKey[] = DIMENSION_ORDER.map((k) => k.toUpperCase() as DimensionKey);

/** Levels from most to least developed. */
export const DIMENSION_LEVELS: DimensionLevel[] = ['ESTABLISHED', 'PARTIAL', 'EMERGING', 'ABSENT', 'UNKNOWN'];

/** Every profiled country. Provide per page. */
@Injectable()
export class CountryListStore {
  private readonly lang = uiLanguage();
  readonly list = queryResource(CountryListDocument, () => ({ lang: this.lang }));
  /** Countries by localized name; empty while loading or on error. */
  readonly items = computed(() => {
    const countries = (this.list.hasValue() ? this.list.value()?.countries : undefined) ?? [];
    return [...countries].sort((a, b) => a.name.localeCompare(b.name, this.lang));
  });
}

/** One country by ISO code. Provide per page; set `code` from the route. */
@Injectable()
export class CountryDetailStore {
  private readonly lang = uiLanguage();
  readonly code = signal<string | undefined>(undefined);
  readonly country = queryResource(CountryDetailDocument, () => {
    const code = normaliseCountryCode(this.code());
    return code ? { code, lang: this.lang } : undefined;
  });
  /**
   * The page's error: an address whose code is no country code (`/countries/foo`) names no record, so it is the
   * not-found state of an unknown code (`/countries/ZZ`) without asking the API, which would call it bad input.
   */
  readonly error = computed(() => {
    const code = this.code();
    if (code !== undefined && !normaliseCountryCode(code))
      return new ApiError(`No country profile for "${code}"`, 'NOT_FOUND');
    return this.country.error();
  });
  /** The country once loaded; undefined while loading or on error. */
  readonly value = computed(() => (this.country.hasValue() ? this.country.value()?.country : undefined));
  /** Its dimensions in the canonical order. */
  readonly dimensions = computed(() => {
    const dims = this.value()?.dimensions ?? [];
    const rank = (k: DimensionKey) => {
      const i = DIMENSION_KEYS.indexOf(k);
      return i < 0 ? DIMENSION_KEYS.length : i;
    };
    return [...dims].sort((a, b) => rank(a.key) - rank(b.key));
  });
}
