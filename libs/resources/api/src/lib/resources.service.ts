import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ListSort, notFound } from '@peerhub/shared/api-core';
import { ResourceFilter } from './dto/resources.args';
import {
  ResourceEntity,
  ResourceOrganisationEntity,
  ResourceReferenceEntity,
} from './entities/resource.entity';

@Injectable()
export class ResourcesService {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(ResourceEntity);
  }

  async page(sort: ListSort, filter: ResourceFilter | undefined, offset: number, limit: number) {
    const qb = this.repo.createQueryBuilder('r');
    if (filter?.type) qb.andWhere('r.type = :type', { type: filter.type });
    if (filter?.language) qb.andWhere('r.language = :language', { language: filter.language });
    if (filter?.audience) qb.andWhere(':audience = ANY (r.audience)', { audience: filter.audience });
    if (filter?.topic)
      qb.andWhere('lower(:topic) = ANY (SELECT lower(t) FROM unnest(r.topics) t)', { topic: filter.topic });
    if (sort === ListSort.RECENT) qb.orderBy('r.updatedAt', 'DESC').addOrderBy('r.title', 'ASC');
    else qb.orderBy('r.title', 'ASC');
    qb.addOrderBy('r.id', 'ASC').skip(offset).take(limit);
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }

  async bySlug(slug: string): Promise<ResourceEntity> {
    const found = await this.repo.findOneBy({ slug });
    if (!found) throw notFound(`No resource with slug "${slug}"`);
    return found;
  }

  byIds(ids: readonly string[]): Promise<ResourceEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  byGroups(groups: readonly string[]): Promise<ResourceEntity[]> {
    return this.repo.find({ where: { translationGroup: In([...groups]) }, order: { language: 'ASC' } });
  }

  /** Pairs (citing, cited) in citation order, for the given citing (or cited) resources. */
  references(ids: readonly string[], direction: 'cites' | 'citedBy'): Promise<ResourceReferenceEntity[]> {
    const where = direction === 'cites' ? { resourceId: In([...ids]) } : { referencedId: In([...ids]) };
    return this.ds.getRepository(ResourceReferenceEntity).find({ where, order: { position: 'ASC' } });
  }

  organisationLinks(where: { resourceIds?: readonly string[]; organisationIds?: readonly string[] }) {
    return this.ds.getRepository(ResourceOrganisationEntity).find({
      where: where.resourceIds
        ? { resourceId: In([...where.resourceIds]) }
        : { organisationId: In([...(where.organisationIds ?? [])]) },
    });
  }
}
