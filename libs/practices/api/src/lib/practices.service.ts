import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ListSort, notFound } from '@peerhub/shared/api-core';
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

  resourceLinks(practiceIds: readonly string[]) {
    return this.ds
      .getRepository(PracticeResourceEntity)
      .find({ where: { practiceId: In([...practiceIds]) } });
  }
}
