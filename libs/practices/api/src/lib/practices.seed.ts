import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SeedReport, SeedSourced, editedOnSite, syncLinks, upsertRow } from '@peerhub/shared/api-core';

export interface PracticeSeed extends SeedSourced {
  slug: string;
  title: string;
  summary: string;
  country: string;
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
  preconditions: { kind: string; text: string }[];
  topics: string[];
  /** Ids of the organisations running it (asked of organisations by the loader). */
  organisationIds: string[];
  /** Ids of its resources (asked of resources by the loader). */
  resourceIds: string[];
}

/** The practices domain's write path for reference data: practices and their links. */
@Injectable()
export class PracticesSeeder {
  async upsert(m: EntityManager, report: SeedReport, practices: readonly PracticeSeed[]): Promise<void> {
    for (const p of practices) {
      const id = await upsertRow(
        m,
        report,
        'practices',
        ['slug'],
        {
          slug: p.slug,
          title: p.title,
          summary: p.summary,
          country_code: p.country,
          place: p.place,
          category: p.category,
          setting: p.setting,
          target_group: p.targetGroup,
          principles: p.principles,
          what_works: p.whatWorks,
          improvements: p.improvements,
          lessons: p.lessons,
          start_year: p.startYear,
          status: p.status,
          leadership: p.leadership,
          preconditions: p.preconditions,
          topics: p.topics,
          sources: p.sources,
          verified_on: p.verifiedOn,
        },
        { json: ['preconditions', 'sources'], versioned: true },
      );
      if (!(await editedOnSite(m, 'practices', id)))
        await syncLinks(
          m,
          report,
          'practice_organisations',
          'practice_id',
          id,
          'organisation_id',
          p.organisationIds,
        );
      await syncLinks(m, report, 'practice_resources', 'practice_id', id, 'resource_id', p.resourceIds);
    }
  }
}
