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
import { PracticeEntity, type PreconditionRow } from './entities/practice.entity';

/** A practice as a contribution carries it: every field an editor fills in. */
export interface PracticeContent {
  title: string;
  summary: string;
  countryCode: string;
  place: string | null;
  category: string;
  setting: string;
  targetGroup: string;
  principles: string[];
  whatWorks: string[];
  improvements: string[];
  lessons: string[];
  startYear: number | null;
  status: string;
  leadership: string;
  preconditions: PreconditionRow[];
  topics: string[];
  sources: SourceRef[];
  /** Organisations behind it (ids). */
  organisationIds: string[];
}

/**
 * The practices domain's write path for contributions: publish a reviewed revision into `practices` (and its
 * organisation links), inside the caller's transaction. The search outbox follows by trigger in that same
 * transaction, so a publication is whole or absent, never half.
 */
@Injectable()
export class PracticesWriter implements RecordWriter<PracticeContent> {
  constructor(private readonly ds: DataSource) {}

  /** The practice's current content and version, for a new revision to start from (null when it does not exist). */
  async current(
    m: EntityManager,
    id: string,
  ): Promise<{ content: PracticeContent; version: number; slug: string; archived: boolean } | null> {
    const p = await m.getRepository(PracticeEntity).findOne({ where: { id }, withDeleted: true });
    if (!p) return null;
    const links: { organisation_id: string }[] = await m.query(
      'SELECT organisation_id FROM practice_organisations WHERE practice_id = $1 ORDER BY organisation_id',
      [id],
    );
    return {
      version: p.version,
      slug: p.slug,
      archived: !!p.archivedAt,
      content: {
        title: p.title,
        summary: p.summary,
        countryCode: p.countryCode,
        place: p.place,
        category: p.category,
        setting: p.setting,
        targetGroup: p.targetGroup,
        principles: p.principles,
        whatWorks: p.whatWorks,
        improvements: p.improvements,
        lessons: p.lessons,
        startYear: p.startYear,
        status: p.status,
        leadership: p.leadership,
        preconditions: p.preconditions,
        topics: p.topics,
        sources: p.sources,
        organisationIds: links.map((l) => l.organisation_id),
      },
    };
  }

  /**
   * Publishes `content` as practice `id` at `expectedVersion` (null: a new practice, inserted with `slug`). Returns
   * the new version, or null when the practice moved on meanwhile (the caller answers CONFLICT).
   */
  async publish(
    m: EntityManager,
    id: string,
    slug: string,
    expectedVersion: number | null,
    content: PracticeContent,
  ): Promise<number | null> {
    const row = {
      title: content.title,
      summary: content.summary,
      countryCode: content.countryCode,
      place: content.place,
      category: content.category,
      setting: content.setting,
      targetGroup: content.targetGroup,
      principles: content.principles,
      whatWorks: content.whatWorks,
      improvements: content.improvements,
      lessons: content.lessons,
      startYear: content.startYear,
      status: content.status,
      leadership: content.leadership,
      preconditions: content.preconditions,
      topics: content.topics,
      sources: content.sources,
      verifiedOn: new Date().toISOString().slice(0, 10),
    };
    const version = await publishVersioned(m, PracticeEntity, id, slug, expectedVersion, row);
    if (version === null) return null;
    await m.query(
      'DELETE FROM practice_organisations WHERE practice_id = $1 AND NOT (organisation_id = ANY ($2::uuid[]))',
      [id, content.organisationIds],
    );
    for (const org of content.organisationIds)
      await m.query(
        'INSERT INTO practice_organisations (practice_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [id, org],
      );
    return version;
  }

  slugsOf(ids: readonly string[]): Promise<Map<string, { slug: string; archived: boolean }>> {
    return slugStates(this.ds.manager, PracticeEntity, ids);
  }

  archivedList(m: EntityManager, limit: number) {
    return archivedList(m, PracticeEntity, 'title', limit);
  }

  freeSlug(m: EntityManager, title: string): Promise<string> {
    return freeSlug(m, PracticeEntity, title, 'practice');
  }

  archive(m: EntityManager, id: string, archived: boolean): Promise<boolean> {
    return setArchived(m, PracticeEntity, id, archived);
  }
}
