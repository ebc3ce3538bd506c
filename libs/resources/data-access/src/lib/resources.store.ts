import { Injectable, computed, signal } from '@angular/core';
import { PageRequest, pagedQuery, queryResource } from '@peerhub/shared/data-access';
import {
  Audience,
  ResourceDetailDocument,
  ResourceListDocument,
  ResourceType,
} from '@peerhub/shared/graphql-types';

export interface ResourceListFilter {
  type?: ResourceType | null;
  language?: string | null;
  audience?: Audience | null;
  topic?: string | null;
}

export const RESOURCE_TYPES: ResourceType[] = [
  'BOOK',
  'BROCHURE',
  'COMPETENCY_FRAMEWORK',
  'CURRICULUM',
  'GUIDE',
  'MOOC',
  'NEWSLETTER',
  'PAPER',
  'POLICY',
  'REPORT',
  'TOOLKIT',
  'TRAINING_PROFILE',
  'VIDEO',
  'WEBSITE',
];

/** Languages resources are filtered by (ISO 639-1). */
export const RESOURCE_LANGUAGES: string[] = ['en', 'fr', 'pt', 'no', 'pl', 'it', 'de', 'es', 'el'];

export const AUDIENCES: Audience[] = [
  'GENERAL_PUBLIC',
  'ORGANISATIONS',
  'PEER_WORKERS',
  'POLICYMAKERS',
  'PRACTITIONERS',
  'RESEARCHERS',
  'TRAINERS',
];

/** The resource list: filter and cursor pages. Provide per page. */
@Injectable()
export class ResourceListStore {
  readonly list = pagedQuery(ResourceListDocument, {
    select: (r) => r.resources,
    variables: ({ first, after, sort, filter }: PageRequest<ResourceListFilter>) => ({
      first,
      after,
      sort,
      filter,
    }),
  });
}

/** One resource by slug. Provide per page; set `slug` from the route. */
@Injectable()
export class ResourceDetailStore {
  readonly slug = signal<string | undefined>(undefined);
  readonly resource = queryResource(ResourceDetailDocument, () => {
    const slug = this.slug();
    return slug ? { slug } : undefined;
  });
  /** The resource once loaded; undefined while loading or on error. */
  readonly value = computed(() => (this.resource.hasValue() ? this.resource.value()?.resource : undefined));
}
