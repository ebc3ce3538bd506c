import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SeedReport, SeedSourced, editedOnSite, syncLinks, upsertRow } from '@peerhub/shared/api-core';

export interface ResourceSeed extends SeedSourced {
  slug: string;
  title: string;
  type: string;
  language: string;
  translationGroup: string | null;
  publisher: string;
  /** Id of the publishing organisation (asked of organisations by the loader). */
  publisherOrganisationId: string | null;
  /** Ids of the organisations it was made with. */
  organisationIds: string[];
  year: number | null;
  audience: string[];
  topics: string[];
  competencyTags: string[];
  url: string | null;
  description: string;
  /** Slugs of the resources it cites, in order. */
  references: string[];
}

/** The resources domain's write path for reference data: resources, their citations and organisations. */
@Injectable()
export class ResourcesSeeder {
  /** Upserts by slug; returns each resource's id by slug. */
  async upsert(
    m: EntityManager,
    report: SeedReport,
    resources: readonly ResourceSeed[],
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const r of resources) {
      const id = await upsertRow(
        m,
        report,
        'resources',
        ['slug'],
        {
          slug: r.slug,
          title: r.title,
          type: r.type,
          language: r.language,
          translation_group: r.translationGroup,
          publisher: r.publisher,
          publisher_organisation_id: r.publisherOrganisationId,
          year: r.year,
          audience: r.audience,
          topics: r.topics,
          competency_tags: r.competencyTags,
          url: r.url,
          description: r.description,
          sources: r.sources,
          verified_on: r.verifiedOn,
        },
        { json: ['sources'], versioned: true },
      );
      ids.set(r.slug, id);
    }
    for (const r of resources) {
      const refs = r.references.map((slug) => {
        const ref = ids.get(slug);
        if (!ref) throw new Error(`Seed: resource ${r.slug} refers to unknown resource "${slug}"`);
        return ref;
      });
      const id = ids.get(r.slug) as string;
      await syncLinks(m, report, 'resource_references', 'resource_id', id, 'referenced_id', refs, true);
      if (!(await editedOnSite(m, 'resources', id)))
        await syncLinks(
          m,
          report,
          'resource_organisations',
          'resource_id',
          id,
          'organisation_id',
          r.organisationIds,
        );
    }
    return ids;
  }
}
