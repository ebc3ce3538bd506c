import { DataSource } from 'typeorm';
import { SearchDocument, SearchKind } from './search-engine';

/**
 * Builds search documents from the source tables, one SQL query per kind, for given entity ids or for all of
 * them (reindex, in pages). The outbox relay and `npm run reindex` both use it, so a document has one shape.
 */
const SQL: Record<SearchKind, string> = {
  practice: `
    SELECT p.id::text AS entity_id, p.slug, p.title,
      concat_ws(' ', p.summary, p.place, p.setting, p.target_group, array_to_string(p.what_works, ' '),
        array_to_string(p.improvements, ' '), array_to_string(p.lessons, ' '), array_to_string(p.topics, ' '),
        (SELECT string_agg(concat_ws(' ', o.name, o.acronym), ' ') FROM practice_organisations po
           JOIN organisations o ON o.id = po.organisation_id WHERE po.practice_id = p.id)) AS body,
      p.country_code AS country, 'en' AS language, '{}'::text[] AS audience, p.topics, p.category AS type,
      p.start_year AS year
    FROM practices p`,
  organisation: `
    SELECT o.id::text AS entity_id, o.slug,
      CASE WHEN o.acronym IS NULL OR o.acronym = o.name THEN o.name ELSE o.name || ' — ' || o.acronym END AS title,
      concat_ws(' ', o.description, o.city, array_to_string(o.expertise, ' '), array_to_string(o.projects, ' ')) AS body,
      o.country_code AS country, 'en' AS language, '{}'::text[] AS audience, o.projects AS topics, o.type,
      NULL::int AS year
    FROM organisations o`,
  resource: `
    SELECT r.id::text AS entity_id, r.slug, r.title,
      concat_ws(' ', r.description, r.publisher, array_to_string(r.topics, ' ')) AS body,
      (SELECT o.country_code FROM organisations o WHERE o.id = r.publisher_organisation_id) AS country,
      r.language, r.audience, r.topics, r.type, r.year
    FROM resources r`,
  country: `
    SELECT c.code AS entity_id, lower(c.code) AS slug,
      coalesce(c.names ->> 'en', c.code) AS title,
      concat_ws(' ', (SELECT string_agg(v, ' ') FROM jsonb_each_text(c.names) AS n(k, v)), c.summary,
        (SELECT string_agg(concat_ws(' ', t ->> 'title', t ->> 'gloss'), ' ') FROM jsonb_array_elements(c.role_titles) t),
        (SELECT string_agg(d.text, ' ') FROM country_dimensions d WHERE d.country_code = c.code)) AS body,
      c.code AS country, 'en' AS language, '{}'::text[] AS audience, '{}'::text[] AS topics, NULL::text AS type,
      NULL::int AS year
    FROM countries c`,
};

const KEY: Record<SearchKind, string> = {
  practice: 'p.id::text',
  organisation: 'o.id::text',
  resource: 'r.id::text',
  country: 'c.code',
};

interface Row {
  entity_id: string;
  slug: string;
  title: string;
  body: string | null;
  country: string | null;
  language: string;
  audience: string[];
  topics: string[];
  type: string | null;
  year: number | null;
}

function toDocument(kind: SearchKind, row: Row, version: number): SearchDocument {
  return {
    id: `${kind}:${row.entity_id}`,
    kind,
    entityId: row.entity_id,
    slug: row.slug,
    title: row.title,
    body: row.body ?? '',
    country: row.country,
    language: row.language,
    audience: row.audience ?? [],
    topics: row.topics ?? [],
    type: row.type,
    year: row.year,
    version,
  };
}

/** The documents of these entities that still exist (a missing one has been deleted). */
export async function documentsFor(
  ds: DataSource,
  kind: SearchKind,
  entityIds: string[],
  version: number,
): Promise<SearchDocument[]> {
  if (!entityIds.length) return [];
  const rows: Row[] = await ds.query(`${SQL[kind]} WHERE ${KEY[kind]} = ANY ($1::text[])`, [entityIds]);
  return rows.map((r) => toDocument(kind, r, version));
}

/** Every document of every kind, in pages of `pageSize`, for a full rebuild. */
export async function* allDocuments(
  ds: DataSource,
  version: number,
  pageSize = 500,
): AsyncGenerator<SearchDocument[]> {
  for (const kind of Object.keys(SQL) as SearchKind[]) {
    for (let offset = 0; ; offset += pageSize) {
      const rows: Row[] = await ds.query(`${SQL[kind]} ORDER BY ${KEY[kind]} LIMIT $1 OFFSET $2`, [
        pageSize,
        offset,
      ]);
      if (rows.length) yield rows.map((r) => toDocument(kind, r, version));
      if (rows.length < pageSize) break;
    }
  }
}
