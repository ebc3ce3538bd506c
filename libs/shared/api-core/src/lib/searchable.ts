/**
 * The seam between the domains and search. A domain that has searchable records exports a service implementing
 * `SearchableSource`; the search lib turns its records into documents. Search never reads a domain's tables and
 * a domain never writes search's: the app hands the sources to the search module (`SEARCH_SOURCES`).
 */

/** One searchable record of a domain, flattened; the search lib adds the kind, the document id and a version. */
export interface SearchableRecord {
  entityId: string;
  slug: string;
  title: string;
  /** Everything else worth matching. */
  body: string;
  /** ISO country code, or null. */
  country: string | null;
  /** ISO 639-1 language of the text. */
  language: string;
  audience: string[];
  topics: string[];
  type: string | null;
  year: number | null;
}

export interface SearchableSource {
  /** The document kind these records become ('practice', 'organisation', 'resource', 'country'). */
  readonly searchKind: string;
  /** The records with these entity ids that still exist (a missing one has been deleted). */
  searchRecords(entityIds: readonly string[]): Promise<SearchableRecord[]>;
  /** Every record, `limit` at a time, ordered by entity id; `after` is the last entity id of the previous page. */
  searchRecordsAfter(after: string | null, limit: number): Promise<SearchableRecord[]>;
}

/** Injection token: the `SearchableSource[]` the search module indexes. */
export const SEARCH_SOURCES = 'SEARCH_SOURCES';

/** PostgreSQL's `concat_ws(' ', …)`: the parts that are not null, joined by a space. */
export function joinText(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => p !== null && p !== undefined).join(' ');
}
