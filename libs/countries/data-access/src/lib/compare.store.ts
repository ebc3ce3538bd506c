import { Injectable, computed, signal } from '@angular/core';
import { queryResource, uiLanguage } from '@peerhub/shared/data-access';
import { CompareCountriesDocument, CompareCountryOptionsDocument } from '@peerhub/shared/graphql-types';
import { COMPARE_COUNTRIES, normaliseCountryCode } from '@peerhub/shared/util';

/** The fewest and most countries the comparison accepts (the API's rule). */
export const COMPARE_MIN = COMPARE_COUNTRIES.min;
export const COMPARE_MAX = COMPARE_COUNTRIES.max;

/**
 * Parses `pl,IT,gb` into unique codes, in order, by the API's rule (upper case, GB read as UK); what is not a
 * country code is kept upper-cased, so the page can say it was left out.
 */
export function parseCompareCodes(raw: string | null | undefined): string[] {
  const codes = (raw ?? '')
    .split(',')
    .map((c) => normaliseCountryCode(c) ?? c.trim().toUpperCase())
    .filter((c) => c.length > 0);
  return [...new Set(codes)];
}

/**
 * Splits codes asked for in the address into those with a profile and those without (`known` undefined while the
 * list of profiled countries is loading or failed: then nothing is dropped).
 */
export function splitKnownCodes(
  asked: readonly string[],
  known: ReadonlySet<string> | undefined,
): { kept: string[]; leftOut: string[] } {
  if (!known) return { kept: [...asked], leftOut: [] };
  return { kept: asked.filter((c) => known.has(c)), leftOut: asked.filter((c) => !known.has(c)) };
}

/** "Left out — no country profile for XX, YY", or '' when nothing was left out. */
export function leftOutMessage(codes: readonly string[]): string {
  return codes.length
    ? $localize`:@@compare.ignored:Left out — no country profile for ${codes.join(', ')}:codes:`
    : '';
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** One cell of a comparison as a CSV field value. */
function csvField(value: string): string {
  return /[",\r\n;]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows of fields as CSV text (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark for spreadsheets. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Side-by-side comparison of 2–5 countries. Provide per page; set `codes` from the URL. */
@Injectable()
export class CountryCompareStore {
  private readonly lang = uiLanguage();
  /** The selected ISO codes, in the order chosen (setting the same list again changes nothing). */
  readonly codes = signal<string[]>([], { equal: sameCodes });
  /** True when the selection is within 2–5 countries and the profiled countries are known (or failed to load). */
  readonly valid = computed(
    () =>
      !this.options.isLoading() && this.codes().length >= COMPARE_MIN && this.codes().length <= COMPARE_MAX,
  );

  /** Every profiled country for the picker, by localized name. */
  readonly options = queryResource(CompareCountryOptionsDocument, () => ({ lang: this.lang }));
  readonly optionItems = computed(() => {
    const countries = (this.options.hasValue() ? this.options.value()?.countries : undefined) ?? [];
    return [...countries].sort((a, b) => a.name.localeCompare(b.name, this.lang));
  });

  /** Codes of every profiled country; undefined while loading or when the list could not be loaded. */
  readonly knownCodes = computed(() =>
    this.options.hasValue() ? new Set((this.options.value()?.countries ?? []).map((c) => c.code)) : undefined,
  );

  /** What is asked of the API: the profiled countries of a valid selection, one request per distinct list. */
  private readonly requested = computed(
    () => {
      if (!this.valid()) return undefined;
      const { kept } = splitKnownCodes(this.codes(), this.knownCodes());
      return kept.length >= COMPARE_MIN ? kept : undefined;
    },
    { equal: (a, b) => a === b || (!!a && !!b && sameCodes(a, b)) },
  );
  readonly comparison = queryResource(CompareCountriesDocument, () => {
    const codes = this.requested();
    return codes ? { codes, lang: this.lang } : undefined;
  });
  /** The comparison once loaded; undefined while loading, on error or when the selection is invalid. */
  readonly value = computed(() =>
    this.valid() && this.comparison.hasValue() ? this.comparison.value()?.compareCountries : undefined,
  );
}
