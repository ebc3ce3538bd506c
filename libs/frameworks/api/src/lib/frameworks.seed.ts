import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SeedReport, SeedSourced, upsertRow } from '@peerhub/shared/api-core';

export interface CompetencyFrameworkSeed extends SeedSourced {
  slug: string;
  title: Record<string, string>;
  description: string;
  socialWorkComparison: object[];
  categories: {
    code: string;
    labels: Record<string, string>;
    items: { code: string; labels: Record<string, string> }[];
  }[];
}

export interface TrainingProfileSeed extends SeedSourced {
  slug: string;
  title: string;
  description: string;
  admission: string;
  maxSessionHours: number | null;
  duration: string;
  accreditation: string;
  elements: { code: string; title: Record<string, string>; level: string; recommendation: string }[];
}

/** The frameworks domain's write path for reference data: a competency framework and a training profile. */
@Injectable()
export class FrameworksSeeder {
  async upsert(
    m: EntityManager,
    report: SeedReport,
    f: CompetencyFrameworkSeed,
    t: TrainingProfileSeed,
  ): Promise<void> {
    const frameworkId = await upsertRow(
      m,
      report,
      'competency_frameworks',
      ['slug'],
      {
        slug: f.slug,
        titles: f.title,
        description: f.description,
        social_work_comparison: f.socialWorkComparison,
        sources: f.sources,
        verified_on: f.verifiedOn,
      },
      { json: ['titles', 'social_work_comparison', 'sources'] },
    );
    for (const [ci, cat] of f.categories.entries()) {
      const catId = await upsertRow(
        m,
        report,
        'competency_categories',
        ['framework_id', 'code'],
        { framework_id: frameworkId, code: cat.code, position: ci, labels: cat.labels },
        { touch: false, json: ['labels'] },
      );
      for (const [ii, item] of cat.items.entries()) {
        await upsertRow(
          m,
          report,
          'competency_items',
          ['category_id', 'code'],
          { category_id: catId, code: item.code, position: ii, labels: item.labels },
          { touch: false, json: ['labels'] },
        );
      }
    }

    const profileId = await upsertRow(
      m,
      report,
      'training_profiles',
      ['slug'],
      {
        slug: t.slug,
        title: t.title,
        description: t.description,
        admission: t.admission,
        max_session_hours: t.maxSessionHours,
        duration: t.duration,
        accreditation: t.accreditation,
        sources: t.sources,
        verified_on: t.verifiedOn,
      },
      { json: ['sources'] },
    );
    for (const [ei, el] of t.elements.entries()) {
      await upsertRow(
        m,
        report,
        'training_elements',
        ['profile_id', 'code'],
        {
          profile_id: profileId,
          code: el.code,
          position: ei,
          titles: el.title,
          level: el.level,
          recommendation: el.recommendation,
        },
        { touch: false, json: ['titles'] },
      );
    }
  }
}
