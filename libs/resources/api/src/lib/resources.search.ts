import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '@peerhub/organisations/api';
import { SearchableRecord, SearchableSource } from '@peerhub/shared/api-core';

const SELECT = `
  SELECT r.id::text AS "entityId", r.slug, r.title,
    concat_ws(' ', r.description, r.publisher, array_to_string(r.topics, ' ')) AS body,
    r.publisher_organisation_id::text AS publisher_id,
    r.language, r.audience, r.topics, r.type, r.year
  FROM resources r WHERE r.archived_at IS NULL`;

type Row = Omit<SearchableRecord, 'country'> & { publisher_id: string | null };

/** Resources as search records; the country is the publishing organisation's, asked of organisations. */
@Injectable()
export class ResourcesSearchSource implements SearchableSource {
  readonly searchKind = 'resource';

  constructor(
    private readonly ds: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async searchRecords(ids: readonly string[]): Promise<SearchableRecord[]> {
    if (!ids.length) return [];
    return this.withCountries(await this.ds.query(`${SELECT} AND r.id::text = ANY ($1::text[])`, [[...ids]]));
  }

  async searchRecordsAfter(after: string | null, limit: number): Promise<SearchableRecord[]> {
    return this.withCountries(
      await this.ds.query(`${SELECT} AND ($1::uuid IS NULL OR r.id > $1::uuid) ORDER BY r.id LIMIT $2`, [
        after,
        limit,
      ]),
    );
  }

  private async withCountries(rows: Row[]): Promise<SearchableRecord[]> {
    const publisherIds = [...new Set(rows.flatMap((r) => (r.publisher_id ? [r.publisher_id] : [])))];
    const publishers = publisherIds.length ? await this.organisations.byIds(publisherIds) : [];
    const countryOf = new Map(publishers.map((o) => [o.id, o.countryCode]));
    return rows.map(({ publisher_id, ...r }) => ({
      ...r,
      country: (publisher_id && countryOf.get(publisher_id)) || null,
    }));
  }
}
