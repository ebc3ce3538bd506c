import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchableRecord, SearchableSource } from '@peerhub/shared/api-core';

const SELECT = `
  SELECT c.code AS "entityId", lower(c.code) AS slug,
    coalesce(c.names ->> 'en', c.code) AS title,
    concat_ws(' ', (SELECT string_agg(v, ' ') FROM jsonb_each_text(c.names) AS n(k, v)), c.summary,
      (SELECT string_agg(concat_ws(' ', t ->> 'title', t ->> 'gloss'), ' ') FROM jsonb_array_elements(c.role_titles) t),
      (SELECT string_agg(d.text, ' ') FROM country_dimensions d WHERE d.country_code = c.code)) AS body,
    c.code AS country, 'en' AS language, '{}'::text[] AS audience, '{}'::text[] AS topics, NULL::text AS type,
    NULL::int AS year
  FROM countries c`;

/** Countries as search records: names in every language, summary, role titles and the profile's texts. */
@Injectable()
export class CountriesSearchSource implements SearchableSource {
  readonly searchKind = 'country';

  constructor(private readonly ds: DataSource) {}

  searchRecords(codes: readonly string[]): Promise<SearchableRecord[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.ds.query(`${SELECT} WHERE c.code = ANY ($1::text[])`, [[...codes]]);
  }

  searchRecordsAfter(after: string | null, limit: number): Promise<SearchableRecord[]> {
    return this.ds.query(`${SELECT} WHERE $1::text IS NULL OR c.code > $1 ORDER BY c.code LIMIT $2`, [
      after,
      limit,
    ]);
  }
}
