import { isoDate, renderMarkdown, toSources } from '@peerhub/shared/api-core';
import { PracticeEntity } from './entities/practice.entity';
import {
  Leadership,
  Practice,
  PracticeCategory,
  PracticeStatus,
  PreconditionKind,
  Principle,
} from './models/practice.model';

export function toPractice(e: PracticeEntity): Practice {
  return {
    id: e.id,
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    summaryHtml: renderMarkdown(e.summary),
    version: e.version,
    updatedAt: e.updatedAt,
    countryCode: e.countryCode,
    place: e.place,
    category: e.category as PracticeCategory,
    setting: e.setting,
    targetGroup: e.targetGroup,
    principles: e.principles as Principle[],
    whatWorks: e.whatWorks,
    improvements: e.improvements,
    lessons: e.lessons,
    startYear: e.startYear,
    status: e.status as PracticeStatus,
    leadership: e.leadership as Leadership,
    preconditions: e.preconditions.map((p) => ({ kind: p.kind as PreconditionKind, text: p.text })),
    topics: e.topics,
    sources: toSources(e.sources),
    verifiedOn: isoDate(e.verifiedOn) ?? '',
  };
}
