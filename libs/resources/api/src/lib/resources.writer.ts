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
import { ResourceEntity } from './entities/resource.entity';

/** A resource as a contribution carries it: every field an editor fills in. */
export interface ResourceContent {
  title: string;
  type: string;
  /** ISO 639-1 language of this version. */
  language: string;
  /** Shared by the language versions of one work (null: none known). */
  translationGroup: string | null;
  publisher: string;
  /** The organisation that publishes it on PeerHub (null: PeerHub editorial or someone else's work). */
  publisherOrganisationId: string | null;
  year: number | null;
  audience: string[];
  topics: string[];
  competencyTags: string[];
  url: string | null;
  /** Markdown. */
  description: string;
  sources: SourceRef[];
  /** Organisations that made it with the publisher (ids). */
  organisationIds: string[];
}

/**
 * The resources domain's write path for contributions: publish a reviewed revision into `resources` (and its
 * organisation links) inside the caller's transaction, archive and bring back.
 */
@Injectable()
export class ResourcesWriter implements RecordWriter<ResourceContent> {
  constructor(private readonly ds: DataSource) {}

  async current(
    m: EntityManager,
    id: string,
  ): Promise<{ content: ResourceContent; version: number; slug: string; archived: boolean } | null> {
    const r = await m.getRepository(ResourceEntity).findOne({ where: { id }, withDeleted: true });
    if (!r) return null;
    const links: { organisation_id: string }[] = await m.query(
      'SELECT organisation_id FROM resource_organisations WHERE resource_id = $1 ORDER BY organisation_id',
      [id],
    );
    return {
      version: r.version,
      slug: r.slug,
      archived: !!r.archivedAt,
      content: {
        title: r.title,
        type: r.type,
        language: r.language,
        translationGroup: r.translationGroup,
        publisher: r.publisher,
        publisherOrganisationId: r.publisherOrganisationId,
        year: r.year,
        audience: r.audience,
        topics: r.topics,
        competencyTags: r.competencyTags,
        url: r.url,
        description: r.description,
        sources: r.sources,
        organisationIds: links.map((l) => l.organisation_id),
      },
    };
  }

  async publish(
    m: EntityManager,
    id: string,
    slug: string,
    expectedVersion: number | null,
    content: ResourceContent,
  ): Promise<number | null> {
    const { organisationIds, ...fields } = content;
    const version = await publishVersioned(m, ResourceEntity, id, slug, expectedVersion, {
      ...fields,
      verifiedOn: new Date().toISOString().slice(0, 10),
    });
    if (version === null) return null;
    await m.query(
      'DELETE FROM resource_organisations WHERE resource_id = $1 AND NOT (organisation_id = ANY ($2::uuid[]))',
      [id, organisationIds],
    );
    for (const org of organisationIds)
      await m.query(
        'INSERT INTO resource_organisations (resource_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [id, org],
      );
    return version;
  }

  slugsOf(ids: readonly string[]): Promise<Map<string, { slug: string; archived: boolean }>> {
    return slugStates(this.ds.manager, ResourceEntity, ids);
  }

  archivedList(m: EntityManager, limit: number) {
    return archivedList(m, ResourceEntity, 'title', limit);
  }

  freeSlug(m: EntityManager, title: string): Promise<string> {
    return freeSlug(m, ResourceEntity, title, 'resource');
  }

  archive(m: EntityManager, id: string, archived: boolean): Promise<boolean> {
    return setArchived(m, ResourceEntity, id, archived);
  }

  /** The translation group of the resource at `slug` (its own slug when it has none yet), or null. */
  async groupOf(slug: string): Promise<string | null> {
    const r = await this.ds.getRepository(ResourceEntity).findOneBy({ slug });
    return r ? (r.translationGroup ?? r.slug) : null;
  }
}
