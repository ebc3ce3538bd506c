import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ListSort, notFound } from '@peerhub/shared/api-core';
import { OrganisationFilter } from './dto/organisations.args';
import { OrganisationEntity } from './entities/organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(OrganisationEntity);
  }

  async page(sort: ListSort, filter: OrganisationFilter | undefined, offset: number, limit: number) {
    const qb = this.repo.createQueryBuilder('o');
    if (filter?.country) qb.andWhere('o.country_code = :country', { country: filter.country.toUpperCase() });
    if (filter?.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter?.project)
      qb.andWhere('lower(:project) = ANY (SELECT lower(p) FROM unnest(o.projects) p)', {
        project: filter.project,
      });
    if (filter?.language) qb.andWhere(':language = ANY (o.languages)', { language: filter.language });
    if (sort === ListSort.RECENT) qb.orderBy('o.updatedAt', 'DESC').addOrderBy('o.name', 'ASC');
    else qb.orderBy('o.name', 'ASC');
    qb.addOrderBy('o.id', 'ASC').skip(offset).take(limit);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  async bySlug(slug: string): Promise<OrganisationEntity> {
    const found = await this.repo.findOneBy({ slug });
    if (!found) throw notFound(`No organisation with slug "${slug}"`);
    return found;
  }

  byIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  byCountries(codes: readonly string[]): Promise<OrganisationEntity[]> {
    return this.repo.find({ where: { countryCode: In([...codes]) }, order: { name: 'ASC' } });
  }
}
