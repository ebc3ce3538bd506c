import type { SearchFilterInput, SearchKind } from '@peerhub/shared/graphql-types';
import { SEARCH_TOPIC_IDS, isCountryCode, normaliseCountryCode } from '@peerhub/shared/util';

/** The longest query the API takes (SearchArgs.query); the search boxes stop there too. */
export const SEARCH_QUERY_MAX = 300;

/** The facet fields the API returns, in the order the results page shows them. */
export const SEARCH_FACET_FIELDS = [
  'kind',
  'type',
  'country',
  'language',
  'audience',
  'topic',
  'year',
] as const;
export type SearchFacetField = (typeof SEARCH_FACET_FIELDS)[number];

/**
 * Selected facet values per field, as the API's raw facet values ('practice', 'organisation:ngo', 'PT', 'en',
 * 'training', '2019'): types are scoped by kind, topics are ids of the controlled vocabulary (SEARCH_TOPICS).
 */
export type SearchFilters = Record<SearchFacetField, string[]>;

/** Everything the results page shows, as it is kept in the URL. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
  /** 1-based page number (for the "21–40" range and for going back). */
  page: number;
  /** The API cursor the page starts after; null on the first page. */
  after: string | null;
}

/** The kinds of record, lower-case as facet values and in the URL; upper-case as the API's SearchKind. */
export const SEARCH_KINDS = ['practice', 'organisation', 'resource', 'country'] as const;
export type SearchKindValue = (typeof SEARCH_KINDS)[number];

/** Shortest text the suggestions react to. */
export const MIN_SUGGEST_LENGTH = 2;

/** What a query-param source offers (Angular's ParamMap). */
export interface QueryParamSource {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** Query params to write with `queryParamsHandling: 'merge'`: null removes a param. */
export type SearchQueryParams = Record<string, string | string[] | null>;

export function emptyFilters(): SearchFilters {
  return { kind: [], type: [], country: [], language: [], audience: [], topic: [], year: [] };
}

export function emptySearchState(): SearchState {
  return { query: '', filters: emptyFilters(), page: 1, after: null };
}

/** Values the API would reject are dropped here, so a hand-edited link still shows results. */
const VALID: Record<SearchFacetField, (v: string) => boolean> = {
  kind: (v) => (SEARCH_KINDS as readonly string[]).includes(v),
  type: (v) => /^(practice|organisation|resource|country):[\w-]{1,60}$/.test(v),
  country: isCountryCode,
  language: (v) => /^[a-z]{2}$/.test(v),
  audience: (v) => v.length <= 60,
  topic: (v) => (SEARCH_TOPIC_IDS as readonly string[]).includes(v),
  year: (v) => /^\d{4}$/.test(v),
};

/**
 * Reads the state from the URL: `q`, each facet field as repeated (`type=resource:guide&type=resource:toolkit`) or
 * comma-separated (`type=resource:guide,resource:toolkit`) params, and `page` + `after`. Values the API would not
 * know are dropped (a bare type from an older link, a free-text topic).
 */
export function parseSearchParams(params: QueryParamSource): SearchState {
  const filters = emptyFilters();
  for (const field of SEARCH_FACET_FIELDS) {
    const raw = params.getAll(field).flatMap((v) => v.split(','));
    const values = raw
      .map((v) => (field === 'kind' ? v.trim().toLowerCase() : v.trim()))
      .filter((v) => v !== '' && VALID[field](v))
      // Country codes as the API gives them (upper case, GB → UK), so a facet shows as chosen.
      .map((v) => (field === 'country' ? (normaliseCountryCode(v) ?? v) : v));
    filters[field] = [...new Set(values)];
  }
  const after = params.get('after') || null;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    // The API takes at most 300 characters: a longer address (pasted text) searches its first 300, not an error.
    query: (params.get('q') ?? '').trim().slice(0, SEARCH_QUERY_MAX).trim(),
    filters,
    page: after && page > 1 ? page : after ? 2 : 1,
    after,
  };
}

/** The URL's query params for a state (every search param set, or null to remove it). */
export function searchQueryParams(state: SearchState): SearchQueryParams {
  const params: SearchQueryParams = { q: state.query || null };
  for (const field of SEARCH_FACET_FIELDS) {
    const values = state.filters[field];
    params[field] = values.length ? [...values] : null;
  }
  params['page'] = state.after && state.page > 1 ? String(state.page) : null;
  params['after'] = state.after && state.page > 1 ? state.after : null;
  return params;
}

/** The API's filter input for the selected facet values, or null when nothing is selected. */
export function toFilterInput(filters: SearchFilters): SearchFilterInput | null {
  const input: SearchFilterInput = {};
  if (filters.kind.length) input.kind = filters.kind.map((k) => k.toUpperCase() as SearchKind);
  if (filters.type.length) input.type = filters.type;
  if (filters.country.length) input.country = filters.country;
  if (filters.language.length) input.language = filters.language;
  if (filters.audience.length) input.audience = filters.audience;
  if (filters.topic.length) input.topic = filters.topic;
  if (filters.year.length) input.year = filters.year.map((y) => Number(y));
  return Object.keys(input).length ? input : null;
}

/** The app link of a hit: practice → /practices/:slug, …, country → /countries/:code. */
export function searchHitLink(hit: { kind: SearchKind | string; slug: string; id: string }): string[] {
  switch (hit.kind.toUpperCase()) {
    case 'PRACTICE':
      return ['/practices', hit.slug];
    case 'ORGANISATION':
      return ['/organisations', hit.slug];
    case 'RESOURCE':
      return ['/resources', hit.slug];
    default:
      return ['/countries', hit.id];
  }
}

/** Equal states run the same query (signals use it, so writing the same URL twice fetches once). */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
