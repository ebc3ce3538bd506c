import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '@peerhub/organisations/api';
import { SearchableRecord, SearchableSource, joinText } from '@peerhub/shared/api-core';

const SELECT = `
  SELECT p.id::text AS "entityId", p.slug, p.title,
    concat_ws(' ', p.summary, p.place, p.setting, p.target_group, array_to_string(p.what_works, ' '),
      array_to_string(p.improvements, ' '), array_to_string(p.lessons, ' '), array_to_string(p.topics, ' ')) AS body,
    ARRAY(SELECT po.organisation_id::text FROM practice_organisations po WHERE po.practice_id = p.id
          ORDER BY po.organisation_id) AS organisation_ids,
    p.country_code AS country, 'en' AS language, '{}'::text[] AS audience, p.topics, p.category AS type,
    p.start_year AS year
  FROM practices p WHERE p.archived_at IS NULL`;

type Row = SearchableRecord & { organisation_ids: string[] };

/** Practices as search records; the names of the organisations running them are asked of organisations. */
@Injectable()
export class PracticesSearchSource implements SearchableSource {
  readonly searchKind = 'practice';

  constructor(
    private readonly ds: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async searchRecords(ids: readonly string[]): Promise<SearchableRecord[]> {
    if (!ids.length) return [];
    return this.withOrganisations(
      await this.ds.query(`${SELECT} AND p.id::text = ANY ($1::text[])`, [[...ids]]),
    );
  }

  async searchRecordsAfter(after: string | null, limit: number): Promise<SearchableRecord[]> {
    return this.withOrganisations(
      await this.ds.query(`${SELECT} AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`, [
        after,
        limit,
      ]),
    );
  }

  private async withOrganisations(rows: Row[]): Promise<SearchableRecord[]> {
    const ids = [...new Set(rows.flatMap((r) => r.organisation_ids))];
    const orgs = ids.length ? await this.organisations.byIds(ids) : [];
    const nameOf = new Map(orgs.map((o) => [o.id, joinText(o.name, o.acronym)]));
    return rows.map(({ organisation_ids, ...r }) => {
      const names = organisation_ids.flatMap((id) => nameOf.get(id) ?? []);
      return { ...r, body: names.length ? joinText(r.body, ...names) : r.body };
    });
  }
}
