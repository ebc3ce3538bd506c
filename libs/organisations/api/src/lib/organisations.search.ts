import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchableRecord, SearchableSource } from '@peerhub/shared/api-core';

const SELECT = `
  SELECT o.id::text AS "entityId", o.slug,
    CASE WHEN o.acronym IS NULL OR o.acronym = o.name THEN o.name ELSE o.name || ' — ' || o.acronym END AS title,
    concat_ws(' ', o.description, o.city, array_to_string(o.expertise, ' '), array_to_string(o.projects, ' ')) AS body,
    o.country_code AS country, 'en' AS language, '{}'::text[] AS audience, o.projects AS topics, o.type,
    NULL::int AS year
  FROM organisations o WHERE o.archived_at IS NULL`;

/** Organisations as search records. */
@Injectable()
export class OrganisationsSearchSource implements SearchableSource {
  readonly searchKind = 'organisation';

  constructor(private readonly ds: DataSource) {}

  searchRecords(ids: readonly string[]): Promise<SearchableRecord[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.ds.query(`${SELECT} AND o.id::text = ANY ($1::text[])`, [[...ids]]);
  }

  searchRecordsAfter(after: string | null, limit: number): Promise<SearchableRecord[]> {
    return this.ds.query(`${SELECT} AND ($1::uuid IS NULL OR o.id > $1::uuid) ORDER BY o.id LIMIT $2`, [
      after,
      limit,
    ]);
  }
}
