/**
 * The search port: one contract, two engines (PostgreSQL built in, Meilisearch in production).
 * Documents are derived data, rebuilt from PostgreSQL at any time; the outbox relay keeps them current.
 */

import type { SearchableRecord } from '@peerhub/shared/api-core';

export type SearchKind = 'practice' | 'organisation' | 'resource' | 'country';
export const SEARCH_KINDS: readonly SearchKind[] = ['practice', 'organisation', 'resource', 'country'];

/**
 * One searchable record as the engines store it: a domain's record (SearchableRecord: slug, title, body, country,
 * language, audience, topics, type — resource/organisation type or practice category —, year) plus its identity.
 * `id` is `<kind>:<entityId>`, stable across reindexing.
 */
export interface SearchDocument extends SearchableRecord {
  id: string;
  kind: SearchKind;
  /** Monotonic version; an upsert with a lower version than the stored one is ignored. */
  version: number;
}

/** The facet fields, as named in the GraphQL contract. */
export type FacetField = 'kind' | 'country' | 'language' | 'audience' | 'topic' | 'type' | 'year';
export const FACET_FIELDS: readonly FacetField[] = [
  'kind',
  'country',
  'language',
  'audience',
  'topic',
  'type',
  'year',
];

/**
 * Filters: every value list is OR within a field, AND across fields — except `type`, which is scoped by kind (see
 * `kindTypeFilter`). `topic` values are ids of the controlled vocabulary (SEARCH_TOPICS).
 */
export interface SearchFilter {
  kind?: SearchKind[];
  country?: string[];
  language?: string[];
  audience?: string[];
  topic?: string[];
  /** Kind-scoped types, `<kind>:<type>`: `resource:guide`, `organisation:ngo`, `practice:peer_run_service`. */
  type?: string[];
  year?: number[];
}

/** The `type` facet value of a document: its type scoped by its kind (`resource:guide`), or null. */
export function scopedType(kind: string, type: string | null | undefined): string | null {
  return type ? `${kind}:${type}` : null;
}

/** The kind a scoped type value belongs to, or null when the value names no kind. */
export function kindOfScopedType(value: string): SearchKind | null {
  const kind = value.slice(0, value.indexOf(':')) as SearchKind;
  return value.indexOf(':') > 0 && SEARCH_KINDS.includes(kind) ? kind : null;
}

/**
 * Kind and type as one hierarchical filter. A type belongs to one kind (practice form, organisation type, document
 * type), so ticking a type narrows that kind only and brings that kind in:
 * - `kinds`: the records' kind must be one of them (the ticked kinds plus the kinds of the ticked types; null = any).
 *   Ticking only "Guide" shows guides; ticking "Practices" and "Guide" shows every practice and the guides.
 * - `typedKinds` / `types`: a record of a typed kind must have one of the ticked types; other kinds are left alone.
 *   A type value naming no kind matches nothing.
 * Facets: the kind facet counts under the type condition but not the kind one; the type facet under neither
 * (`FACET_IGNORES`), so each count says what ticking that value would show.
 */
export function kindTypeFilter(filter: SearchFilter): {
  kinds: SearchKind[] | null;
  typedKinds: SearchKind[];
  types: string[];
} {
  const types = [...new Set(filter.type ?? [])];
  const typedKinds = [...new Set(types.map(kindOfScopedType).filter((k): k is SearchKind => k !== null))];
  const ticked = filter.kind ?? [];
  const kinds =
    ticked.length || types.length
      ? SEARCH_KINDS.filter((k) => ticked.includes(k) || typedKinds.includes(k))
      : null;
  return { kinds, typedKinds, types };
}

/**
 * The filter fields a facet's counts ignore (disjunctive faceting: a facet is counted without its own filter, so a
 * second value can be ticked). The type facet also ignores kind, which its own ticks widen (`kindTypeFilter`).
 */
export const FACET_IGNORES: Readonly<Record<FacetField, readonly FacetField[]>> = {
  kind: ['kind'],
  country: ['country'],
  language: ['language'],
  audience: ['audience'],
  topic: ['topic'],
  type: ['type', 'kind'],
  year: ['year'],
};

/**
 * A position in the relevance ranking, the keyset of the PostgreSQL engine: hits are ordered by score (descending),
 * then title and id, and a page starts strictly after the last hit of the one before. A document indexed between
 * two requests then lands before or after that position and never shifts the page.
 */
export interface SearchRank {
  score: number;
  title: string;
  /** The document id (`<kind>:<entityId>`). */
  id: string;
}

export interface SearchRequest {
  /** Free text; empty = browse everything (facets still computed). */
  query: string;
  filter: SearchFilter;
  /**
   * Hits to skip: how Meilisearch pages (it cannot filter on its ranking score, so it cannot page by keyset). 0 when
   * `after` is set.
   */
  offset: number;
  limit: number;
  /** Keyset paging (the PostgreSQL engine): the hits strictly after this rank. Meilisearch does not take it. */
  after?: SearchRank | null;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  entityId: string;
  slug: string;
  title: string;
  /** Plain text with matches wrapped in HIGHLIGHT_START / HIGHLIGHT_END (never HTML). */
  snippet: string;
  country: string | null;
  language: string;
  /** The engine's relevance, exactly as it ranked by it (the PostgreSQL engine's keyset uses it). */
  score: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  /** More hits follow the page (the engine fetched limit + 1). */
  hasMore: boolean;
  facets: Record<FacetField, FacetValue[]>;
  engine: 'postgres' | 'meilisearch';
}

/** Marks around highlighted words in snippets; the API turns them into <mark> after HTML-escaping. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface EngineHealth {
  status: 'up' | 'down';
  detail?: string;
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates or updates the index and its settings (searchable/filterable fields, synonyms…). Idempotent. */
  prepare(): Promise<void>;
  /** Upserts documents; a document whose stored version is newer is left alone. */
  index(docs: SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  delete(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Builds a fresh index from `docs` and swaps it in, so searches never see a half-built index. */
  rebuild(docs: AsyncIterable<SearchDocument[]>): Promise<{ indexed: number }>;
  health(): Promise<EngineHealth>;
}
