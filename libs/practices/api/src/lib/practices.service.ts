import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OrganisationsService } from '@peerhub/organisations/api';
import { ConnectionShape, ListSort, keysetPage, listSortKeys, notFound } from '@peerhub/shared/api-core';
import { PracticeFilter } from './dto/practices.args';
import {
  PracticeEntity,
  PracticeOrganisationEntity,
  PracticeResourceEntity,
} from './entities/practice.entity';

@Injectable()
export class PracticesService {
  constructor(
    private readonly ds: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  private get repo() {
    return this.ds.getRepository(PracticeEntity);
  }

  /** One page of the filtered list, by keyset (see `keysetPage`). */
  async page(
    sort: ListSort,
    filter: PracticeFilter | undefined,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<PracticeEntity>> {
    const qb = this.repo.createQueryBuilder('p');
    if (filter?.country) qb.andWhere('p.country_code = :country', { country: filter.country });
    if (filter?.category) qb.andWhere('p.category = :category', { category: filter.category });
    if (filter?.leadership) qb.andWhere('p.leadership = :leadership', { leadership: filter.leadership });
    if (filter?.topic)
      qb.andWhere('lower(:topic) = ANY (SELECT lower(t) FROM unnest(p.topics) t)', { topic: filter.topic });
    if (filter?.organisation) {
      // The slug is the organisations domain's to resolve; an unknown one matches no practice.
      const [org] = await this.organisations.idsBySlugs([filter.organisation]);
      qb.andWhere(
        `EXISTS (SELECT 1 FROM practice_organisations po WHERE po.practice_id = p.id AND po.organisation_id = :org)`,
        { org: org ?? '00000000-0000-0000-0000-000000000000' },
      );
    }
    return keysetPage(qb, {
      list: 'practices',
      sort,
      keys: listSortKeys(sort, 'p', 'title', 'start_year'),
      ...page,
    });
  }

  /** Every topic tag the practices use, once each whatever its case, in code-point order (the topic filter's choices). */
  async topics(): Promise<string[]> {
    const rows: { topic: string }[] = await this.ds.query(
      `SELECT min(t) AS topic FROM practices p, unnest(p.topics) t
       WHERE p.archived_at IS NULL AND btrim(t) <> '' GROUP BY lower(t) ORDER BY lower(min(t)) COLLATE "C"`,
    );
    return rows.map((r) => r.topic);
  }

  /** Every record's slug and last update, by slug (the sitemap lists them all). */
  async slugs(): Promise<{ slug: string; updatedAt: Date }[]> {
    return this.repo.find({ select: { slug: true, updatedAt: true }, order: { slug: 'ASC' } });
  }

  async bySlug(slug: string): Promise<PracticeEntity> {
    const found = await this.repo.findOneBy({ slug });
    if (!found) throw notFound(`No practice with slug "${slug}"`);
    return found;
  }

  byIds(ids: readonly string[]): Promise<PracticeEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  byCountries(codes: readonly string[]): Promise<PracticeEntity[]> {
    return this.repo.find({ where: { countryCode: In([...codes]) }, order: { title: 'ASC' } });
  }

  organisationLinks(where: { practiceIds?: readonly string[]; organisationIds?: readonly string[] }) {
    return this.ds.getRepository(PracticeOrganisationEntity).find({
      where: where.practiceIds
        ? { practiceId: In([...where.practiceIds]) }
        : { organisationId: In([...(where.organisationIds ?? [])]) },
    });
  }

  /** The resources linked to the practices of each country, as (country, resource) pairs. */
  async resourceLinksOfCountries(
    codes: readonly string[],
  ): Promise<{ countryCode: string; resourceId: string }[]> {
    if (!codes.length) return [];
    const rows: { country_code: string; resource_id: string }[] = await this.ds.query(
      `SELECT DISTINCT p.country_code, pr.resource_id
         FROM practice_resources pr JOIN practices p ON p.id = pr.practice_id
        WHERE p.country_code = ANY ($1::text[]) AND p.archived_at IS NULL`,
      [[...codes]],
    );
    return rows.map((r) => ({ countryCode: r.country_code, resourceId: r.resource_id }));
  }

  resourceLinks(practiceIds: readonly string[]) {
    return this.ds
      .getRepository(PracticeResourceEntity)
      .find({ where: { practiceId: In([...practiceIds]) } });
  }
}
