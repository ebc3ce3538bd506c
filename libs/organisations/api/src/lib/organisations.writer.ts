import { Injectable } from '@nestjs/common';
import {
  archivedList,
  freeSlug,
  publishVersioned,
  setArchived,
  slugStates,
  type RecordWriter,
  type SourceRef,
} from '@peerhub/shared/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from './entities/organisation.entity';

/** An organisation profile as a contribution carries it (the verified mark is the admins', never a contribution's). */
export interface OrganisationContent {
  name: string;
  acronym: string | null;
  type: string;
  countryCode: string;
  city: string | null;
  /** Markdown. */
  description: string;
  expertise: string[];
  languages: string[];
  projects: string[];
  website: string | null;
  openToPartnership: boolean;
  sources: SourceRef[];
}

/**
 * The organisations domain's write path for contributions: publish a reviewed profile into `organisations` inside
 * the caller's transaction, archive and bring back.
 */
@Injectable()
export class OrganisationsWriter implements RecordWriter<OrganisationContent> {
  constructor(private readonly ds: DataSource) {}

  async current(
    m: EntityManager,
    id: string,
  ): Promise<{ content: OrganisationContent; version: number; slug: string; archived: boolean } | null> {
    const o = await m.getRepository(OrganisationEntity).findOne({ where: { id }, withDeleted: true });
    if (!o) return null;
    return {
      version: o.version,
      slug: o.slug,
      archived: !!o.archivedAt,
      content: {
        name: o.name,
        acronym: o.acronym,
        type: o.type,
        countryCode: o.countryCode,
        city: o.city,
        description: o.description,
        expertise: o.expertise,
        languages: o.languages,
        projects: o.projects,
        website: o.website,
        openToPartnership: o.openToPartnership,
        sources: o.sources,
      },
    };
  }

  publish(
    m: EntityManager,
    id: string,
    slug: string,
    expectedVersion: number | null,
    content: OrganisationContent,
  ): Promise<number | null> {
    return publishVersioned(m, OrganisationEntity, id, slug, expectedVersion, {
      ...content,
      verifiedOn: new Date().toISOString().slice(0, 10),
    });
  }

  slugsOf(ids: readonly string[]): Promise<Map<string, { slug: string; archived: boolean }>> {
    return slugStates(this.ds.manager, OrganisationEntity, ids);
  }

  archivedList(m: EntityManager, limit: number) {
    return archivedList(m, OrganisationEntity, 'name', limit);
  }

  freeSlug(m: EntityManager, title: string): Promise<string> {
    return freeSlug(m, OrganisationEntity, title, 'organisation');
  }

  archive(m: EntityManager, id: string, archived: boolean): Promise<boolean> {
    return setArchived(m, OrganisationEntity, id, archived);
  }
}
