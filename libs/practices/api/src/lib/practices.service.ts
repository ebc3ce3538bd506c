import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ListSort, notFound } from '@peerhub/shared/api-core';
import { ResourceEntity } from '@peerhub/resources/api';
import { PracticeFilter } from './dto/practices.args';
import {
  PracticeEntity,
  PracticeOrganisationEntity,
  PracticeResourceEntity,
} from './entities/practice.entity';

@Injectable()
export class PracticesService {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(PracticeEntity);
  }

  async page(sort: ListSort, filter: PracticeFilter | undefined, offset: number, limit: number) {
    const qb = this.repo.createQueryBuilder('p');
    if (filter?.country) qb.andWhere('p.country_code = :country', { country: filter.country.toUpperCase() });
    if (filter?.category) qb.andWhere('p.category = :category', { category: filter.category });
    if (filter?.leadership) qb.andWhere('p.leadership = :leadership', { leadership: filter.leadership });
    if (filter?.topic)
      qb.andWhere('lower(:topic) = ANY (SELECT lower(t) FROM unnest(p.topics) t)', { topic: filter.topic });
    if (filter?.organisation) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM practice_organisations po JOIN organisations o ON o.id = po.organisation_id
                 WHERE po.practice_id = p.id AND o.slug = :org)`,
        { org: filter.organisation },
      );
    }
    if (sort === ListSort.RECENT) qb.orderBy('p.updatedAt', 'DESC').addOrderBy('p.title', 'ASC');
    else qb.orderBy('p.title', 'ASC');
    qb.addOrderBy('p.id', 'ASC').skip(offset).take(limit);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
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

  /**
   * Resources about each country: linked to one of its practices, or published by / made with one of its
   * organisations. Rows carry `country_code` so a DataLoader can group them.
   */
  async resourcesOfCountries(
    codes: readonly string[],
  ): Promise<(ResourceEntity & { countryCode: string })[]> {
    const rows: { country_code: string; id: string }[] = await this.ds.query(
      `SELECT DISTINCT c.code AS country_code, r.id
         FROM unnest($1::text[]) AS c(code)
         JOIN resources r ON
              r.id IN (SELECT pr.resource_id FROM practice_resources pr
                        JOIN practices p ON p.id = pr.practice_id WHERE p.country_code = c.code)
           OR r.publisher_organisation_id IN (SELECT o.id FROM organisations o WHERE o.country_code = c.code)
           OR r.id IN (SELECT ro.resource_id FROM resource_organisations ro
                        JOIN organisations o ON o.id = ro.organisation_id WHERE o.country_code = c.code)`,
      [[...codes]],
    );
    if (!rows.length) return [];
    const entities = await this.ds
      .getRepository(ResourceEntity)
      .find({ where: { id: In([...new Set(rows.map((r) => r.id))]) }, order: { title: 'ASC' } });
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows
      .map((r) => ({ ...(byId.get(r.id) as ResourceEntity), countryCode: r.country_code }))
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title));
  }

  resourceLinks(practiceIds: readonly string[]) {
    return this.ds
      .getRepository(PracticeResourceEntity)
      .find({ where: { practiceId: In([...practiceIds]) } });
  }
}
