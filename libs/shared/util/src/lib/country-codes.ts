/**
 * The one rule for country codes, shared by the API (arguments, filters) and the web app (addresses, pickers).
 *
 * - ISO 3166-1 alpha-2: two ASCII letters. Any case and surrounding spaces in, upper case out.
 * - The United Kingdom is stored as `UK` (the seed's code, ISO "exceptionally reserved" for it, and the one the
 *   sources use); `GB`, its ISO 3166-1 code, is read as `UK` everywhere.
 * - Only the format is checked here: `EU` (the seed's pseudo-country for bodies working at European level) and
 *   `XK` (Kosovo) are well-formed; whether a code has a profile is the data's answer (NOT_FOUND, "no country
 *   profile for …"), not the format's.
 */

const TWO_LETTERS = /^[A-Za-z]{2}$/;

/** Codes read as another code: GB → UK. */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = Object.freeze({ GB: 'UK' });

/** What a valid code looks like, for messages: "<argument> must be …". */
export const COUNTRY_CODE_RULE = 'a two-letter ISO 3166-1 country code such as "PL" (GB is read as UK)';

/** The canonical code (trimmed, upper case, GB → UK), or null when `raw` is not a two-letter code. */
export function normaliseCountryCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (!TWO_LETTERS.test(trimmed)) return null;
  const upper = trimmed.toUpperCase();
  return COUNTRY_CODE_ALIASES[upper] ?? upper;
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** Region codes ICU names that are not countries (groupings, reserved and user-assigned codes). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/**
 * Whether a canonical code names a country (ISO 3166-1, plus XK for Kosovo), as the runtime's ICU region names
 * know it: `XX` or `ZZ` do not. For a member's own country, which need not be one PeerHub profiles.
 */
export function isKnownCountry(code: string): boolean {
  if (NOT_COUNTRIES.has(code)) return false;
  const name = REGION_NAMES.of(code);
  return !!name && name !== code && name !== 'Unknown Region';
}

export function isCountryCode(raw: unknown): boolean {
  return normaliseCountryCode(raw) !== null;
}

/** How many codes a list argument takes, and whether a code may be listed twice. */
export interface CountryListBounds {
  readonly min: number;
  readonly max: number;
  /** Duplicates (after GB → UK) are refused. */
  readonly unique: boolean;
}

/** `compareCountries(codes)`: two to five distinct countries. */
export const COMPARE_COUNTRIES: CountryListBounds = Object.freeze({ min: 2, max: 5, unique: true });
/** `policyBrief(codes)`: one to five distinct countries. */
export const BRIEF_COUNTRIES: CountryListBounds = Object.freeze({ min: 1, max: 5, unique: true });
/** `search(filter: { country })`: at most 50 codes, OR-ed. */
export const FILTER_COUNTRIES: CountryListBounds = Object.freeze({ min: 0, max: 50, unique: false });

const shown = (v: unknown) => {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return `"${text.length > 12 ? `${text.slice(0, 12)}…` : text}"`;
};

/**
 * Checks and normalises a list of country codes: the codes in order (GB → UK, upper case), or the one sentence
 * that says what is wrong, starting with `argument` where it names it. Checked in this order: not a list, a
 * malformed code, a code listed twice, too few or too many.
 */
export function checkCountryCodes(
  values: unknown,
  bounds: CountryListBounds,
  argument = 'codes',
): { codes: string[]; error?: undefined } | { codes?: undefined; error: string } {
  if (!Array.isArray(values)) return { error: `${argument} must be a list of country codes` };
  const codes = values.map(normaliseCountryCode);
  const malformed = values.filter((_, i) => codes[i] === null);
  if (malformed.length) {
    const listed = malformed.slice(0, 5).map(shown).join(', ') + (malformed.length > 5 ? ', …' : '');
    return { error: `${argument} must be two-letter country codes; not valid: ${listed}` };
  }
  const valid = codes as string[];
  if (bounds.unique) {
    const twice = [...new Set(valid.filter((c, i) => valid.indexOf(c) !== i))];
    if (twice.length) return { error: `${argument} lists ${twice.slice(0, 5).join(', ')} more than once` };
  }
  if (valid.length < bounds.min || valid.length > bounds.max) {
    return {
      error:
        bounds.min > 0
          ? `choose ${bounds.min} to ${bounds.max} countries; ${valid.length} given`
          : `${argument} lists at most ${bounds.max} countries; ${valid.length} given`,
    };
  }
  return { codes: valid };
}
