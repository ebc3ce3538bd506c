import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SeedReport, SeedSourced, upsertRow } from '@peerhub/shared/api-core';

export interface CountrySeed extends SeedSourced {
  code: string;
  names: Record<string, string>;
  european: boolean;
  summary: string;
  roleTitles: object[];
  dimensions: (SeedSourced & { key: string; level: string; text: string })[];
}

/** The countries domain's write path for reference data: countries and their profile dimensions. */
@Injectable()
export class CountriesSeeder {
  async upsert(m: EntityManager, report: SeedReport, countries: readonly CountrySeed[]): Promise<void> {
    for (const c of countries) {
      await upsertRow(
        m,
        report,
        'countries',
        ['code'],
        {
          code: c.code,
          names: c.names,
          european: c.european,
          summary: c.summary,
          role_titles: c.roleTitles,
          sources: c.sources,
          verified_on: c.verifiedOn,
        },
        { returning: 'code', json: ['names', 'role_titles', 'sources'] },
      );
      for (const d of c.dimensions) {
        await upsertRow(
          m,
          report,
          'country_dimensions',
          ['country_code', 'key'],
          {
            country_code: c.code,
            key: d.key,
            level: d.level,
            text: d.text,
            sources: d.sources,
            verified_on: d.verifiedOn,
          },
          { touch: false, json: ['sources'], versioned: true },
        );
      }
    }
  }
}
