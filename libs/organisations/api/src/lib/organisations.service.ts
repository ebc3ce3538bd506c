import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConnectionShape, ListSort, keysetPage, listSortKeys, notFound } from '@peerhub/shared/api-core';
import { OrganisationFilter } from './dto/organisations.args';
import { OrganisationEntity } from './entities/organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(OrganisationEntity);
  }

  /** One page of the filtered list, by keyset (see `keysetPage`). */
  async page(
    sort: ListSort,
    filter: OrganisationFilter | undefined,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<OrganisationEntity>> {
    const qb = this.repo.createQueryBuilder('o');
    if (filter?.country) qb.andWhere('o.country_code = :country', { country: filter.country });
    if (filter?.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter?.project)
      qb.andWhere('lower(:project) = ANY (SELECT lower(p) FROM unnest(o.projects) p)', {
        project: filter.project,
      });
    if (filter?.language) qb.andWhere(':language = ANY (o.languages)', { language: filter.language });
    return keysetPage(qb, { list: 'organisations', sort, keys: listSortKeys(sort, 'o', 'name'), ...page });
  }

  /** Every record's slug and last update, by slug (the sitemap lists them all). */
  async slugs(): Promise<{ slug: string; updatedAt: Date }[]> {
    return this.repo.find({ select: { slug: true, updatedAt: true }, order: { slug: 'ASC' } });
  }

  async bySlug(slug: string): Promise<OrganisationEntity> {
    const found = await this.repo.findOneBy({ slug });
    if (!found) throw notFound(`No organisation with slug "${slug}"`);
    return found;
  }

  /** The organisation with this slug, or null (for a form to answer on its field). */
  findBySlug(slug: string): Promise<OrganisationEntity | null> {
    return this.repo.findOneBy({ slug });
  }

  /** Sets the verified mark (an admin's decision), inside the caller's transaction when given one. */
  async setVerified(id: string, verified: boolean, tx?: EntityManager): Promise<void> {
    await (tx ?? this.ds.manager).getRepository(OrganisationEntity).update({ id }, { verified });
  }

  /** The ids of the organisations with these slugs (unknown slugs are left out). */
  async idsBySlugs(slugs: readonly string[]): Promise<string[]> {
    if (!slugs.length) return [];
    return (await this.repo.find({ select: { id: true }, where: { slug: In([...slugs]) } })).map((o) => o.id);
  }

  byIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  byCountries(codes: readonly string[]): Promise<OrganisationEntity[]> {
    return this.repo.find({ where: { countryCode: In([...codes]) }, order: { name: 'ASC' } });
  }
}
