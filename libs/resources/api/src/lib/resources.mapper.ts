import { isoDate, renderMarkdown, toSources } from '@peerhub/shared/api-core';
import { ResourceEntity } from './entities/resource.entity';
import { Audience, Resource, ResourceType } from './models/resource.model';

export function toResource(e: ResourceEntity): Resource {
  return {
    id: e.id,
    slug: e.slug,
    title: e.title,
    type: e.type as ResourceType,
    language: e.language,
    translationGroup: e.translationGroup,
    publisher: e.publisher,
    publisherOrganisationId: e.publisherOrganisationId,
    year: e.year,
    audience: e.audience as Audience[],
    topics: e.topics,
    competencyTags: e.competencyTags,
    url: e.url,
    description: e.description,
    descriptionHtml: renderMarkdown(e.description),
    version: e.version,
    updatedAt: e.updatedAt,
    sources: toSources(e.sources),
    verifiedOn: isoDate(e.verifiedOn) ?? '',
  };
}
