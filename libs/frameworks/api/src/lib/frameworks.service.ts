import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isoDate, notFound, pickLocalized, toLocalized, toSources } from '@peerhub/shared/api-core';
import {
  CompetencyCategoryEntity,
  CompetencyFrameworkEntity,
  CompetencyItemEntity,
  TrainingElementEntity,
  TrainingProfileEntity,
} from './entities/framework.entities';
import { CompetencyFramework, TrainingLevel, TrainingProfile } from './models/framework.models';

/** Frameworks are small documents: each is read whole in three queries. */
@Injectable()
export class FrameworksService {
  constructor(private readonly ds: DataSource) {}

  /** The framework with `slug`, or the first one there is when no slug is given. */
  async framework(slug?: string): Promise<CompetencyFramework> {
    const [f] = await this.ds
      .getRepository(CompetencyFrameworkEntity)
      .find({ where: slug ? { slug } : {}, order: { slug: 'ASC' }, take: 1 });
    if (!f)
      throw notFound(slug ? `No competency framework "${slug}"` : 'No competency framework has been loaded');
    const cats = await this.ds
      .getRepository(CompetencyCategoryEntity)
      .find({ where: { frameworkId: f.id }, order: { position: 'ASC' } });
    const items = cats.length
      ? await this.ds
          .getRepository(CompetencyItemEntity)
          .find({ where: { categoryId: In(cats.map((c) => c.id)) }, order: { position: 'ASC' } })
      : [];
    return {
      slug: f.slug,
      title: pickLocalized(f.titles, 'en'),
      titles: toLocalized(f.titles),
      titlesMap: f.titles,
      description: f.description,
      categories: cats.map((c) => ({
        id: c.code,
        code: c.code,
        label: pickLocalized(c.labels, 'en'),
        labels: toLocalized(c.labels),
        labelsMap: c.labels,
        items: items
          .filter((i) => i.categoryId === c.id)
          .map((i) => ({
            id: i.code,
            code: i.code,
            label: pickLocalized(i.labels, 'en'),
            labels: toLocalized(i.labels),
            labelsMap: i.labels,
          })),
      })),
      socialWorkComparison: f.socialWorkComparison,
      sources: toSources(f.sources),
      verifiedOn: isoDate(f.verifiedOn) ?? '',
    };
  }

  /** The training profile with `slug`, or the first one there is when no slug is given. */
  async trainingProfile(slug?: string): Promise<TrainingProfile> {
    const [p] = await this.ds
      .getRepository(TrainingProfileEntity)
      .find({ where: slug ? { slug } : {}, order: { slug: 'ASC' }, take: 1 });
    if (!p) throw notFound(slug ? `No training profile "${slug}"` : 'No training profile has been loaded');
    const elements = await this.ds
      .getRepository(TrainingElementEntity)
      .find({ where: { profileId: p.id }, order: { position: 'ASC' } });
    return {
      slug: p.slug,
      title: p.title,
      description: p.description,
      admission: p.admission,
      maxSessionHours: p.maxSessionHours,
      duration: p.duration,
      accreditation: p.accreditation,
      sources: toSources(p.sources),
      verifiedOn: isoDate(p.verifiedOn) ?? '',
      elements: elements.map((e) => ({
        code: e.code,
        title: pickLocalized(e.titles, 'en'),
        titles: toLocalized(e.titles),
        titlesMap: e.titles,
        level: e.level as TrainingLevel,
        recommendation: e.recommendation,
      })),
    };
  }
}
