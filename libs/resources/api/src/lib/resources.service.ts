import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ConnectionShape, ListSort, keysetPage, listSortKeys, notFound } from '@peerhub/shared/api-core';
import { ResourceFilter } from './dto/resources.args';
import { ResourceEntity, ResourceReferenceEntity } from './entities/resource.entity';

@Injectable()
export class ResourcesService {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(ResourceEntity);
  }

  /** One page of the filtered list, by keyset (see `keysetPage`). */
  async page(
    sort: ListSort,
    filter: ResourceFilter | undefined,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<ResourceEntity>> {
    const qb = this.repo.createQueryBuilder('r');
    if (filter?.type) qb.andWhere('r.type = :type', { type: filter.type });
    if (filter?.language) qb.andWhere('r.language = :language', { language: filter.language });
    if (filter?.audience) qb.andWhere(':audience = ANY (r.audience)', { audience: filter.audience });
    if (filter?.topic)
      qb.andWhere('lower(:topic) = ANY (SELECT lower(t) FROM unnest(r.topics) t)', { topic: filter.topic });
    return keysetPage(qb, {
      list: 'resources',
      sort,
      keys: listSortKeys(sort, 'r', 'title', 'year'),
      ...page,
    });
  }

  /** Every record's slug and last update, by slug (the sitemap lists them all). */
  async slugs(): Promise<{ slug: string; updatedAt: Date }[]> {
    return this.repo.find({ select: { slug: true, updatedAt: true }, order: { slug: 'ASC' } });
  }

  async bySlug(slug: string): Promise<ResourceEntity> {
    const found = await this.repo.findOneBy({ slug });
    if (!found) throw notFound(`No resource with slug "${slug}"`);
    return found;
  }

  byIds(ids: readonly string[]): Promise<ResourceEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  /** Every resource, by title (the policy brief ranks them all). */
  all(): Promise<ResourceEntity[]> {
    return this.repo.find({ order: { title: 'ASC' } });
  }

  /**
   * The organisations each resource is tied to — its publisher, and those it was made with — for the given
   * resources (or organisations). Other domains ask this instead of reading `resource_organisations`.
   */
  async organisationTies(where: {
    resourceIds?: readonly string[];
    organisationIds?: readonly string[];
  }): Promise<{ resourceId: string; organisationId: string }[]> {
    const [column, ids] = where.resourceIds
      ? ['resource_id', where.resourceIds]
      : ['organisation_id', where.organisationIds ?? []];
    if (!ids.length) return [];
    const rows: { resource_id: string; organisation_id: string }[] = await this.ds.query(
      `SELECT resource_id, organisation_id FROM (
         SELECT r.id AS resource_id, r.publisher_organisation_id AS organisation_id
           FROM resources r WHERE r.publisher_organisation_id IS NOT NULL AND r.archived_at IS NULL
         UNION
         SELECT ro.resource_id, ro.organisation_id FROM resource_organisations ro
       ) t WHERE ${column} = ANY ($1::uuid[])`,
      [[...ids]],
    );
    return rows.map((r) => ({ resourceId: r.resource_id, organisationId: r.organisation_id }));
  }

  byGroups(groups: readonly string[]): Promise<ResourceEntity[]> {
    return this.repo.find({ where: { translationGroup: In([...groups]) }, order: { language: 'ASC' } });
  }

  /** Pairs (citing, cited) in citation order, for the given citing (or cited) resources. */
  references(ids: readonly string[], direction: 'cites' | 'citedBy'): Promise<ResourceReferenceEntity[]> {
    const where = direction === 'cites' ? { resourceId: In([...ids]) } : { referencedId: In([...ids]) };
    return this.ds.getRepository(ResourceReferenceEntity).find({ where, order: { position: 'ASC' } });
  }
}
