import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SeedReport, SeedSourced, upsertRow } from '@peerhub/shared/api-core';

export interface OrganisationSeed extends SeedSourced {
  slug: string;
  name: string;
  acronym?: string;
  type: string;
  country: string;
  city: string | null;
  description: string;
  expertise: string[];
  languages: string[];
  projects: string[];
  website: string | null;
  openToPartnership: boolean;
}

/** The organisations domain's write path for reference data. */
@Injectable()
export class OrganisationsSeeder {
  /** Upserts by slug; returns each organisation's id by slug. */
  async upsert(
    m: EntityManager,
    report: SeedReport,
    organisations: readonly OrganisationSeed[],
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const o of organisations) {
      const id = await upsertRow(
        m,
        report,
        'organisations',
        ['slug'],
        {
          slug: o.slug,
          name: o.name,
          acronym: o.acronym ?? null,
          type: o.type,
          country_code: o.country,
          city: o.city,
          description: o.description,
          expertise: o.expertise,
          languages: o.languages,
          projects: o.projects,
          website: o.website,
          verified: true,
          open_to_partnership: o.openToPartnership,
          sources: o.sources,
          verified_on: o.verifiedOn,
        },
        // Seeded organisations start verified (their facts are sourced); after that, admins decide the mark.
        { json: ['sources'], insertOnly: ['verified'], versioned: true },
      );
      ids.set(o.slug, id);
    }
    return ids;
  }
}
