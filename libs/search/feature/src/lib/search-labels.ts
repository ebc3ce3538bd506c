import { enumLabel } from '@peerhub/shared/ui';
import type { SearchFacetField } from '@peerhub/search/data-access';
import type { SearchTopicId } from '@peerhub/shared/util';
import { countryName, languageName, searchKindGroupLabel } from './search-names';

/**
 * Translated labels for the results page: facet fields and facet values (kinds: search-kind-labels.ts). Built lazily so
 * `$localize` runs after the locale's translations are loaded.
 */
let fields: Record<SearchFacetField, string> | undefined;
let types: Record<string, string> | undefined;
let typeGroups: Record<string, string> | undefined;
let topics: Record<SearchTopicId, string> | undefined;

export function searchFieldLabel(field: SearchFacetField): string {
  fields ??= {
    kind: $localize`:@@search.field.kind:Kind of record`,
    type: $localize`:@@search.field.type:Type`,
    country: $localize`:@@search.field.country:Country`,
    language: $localize`:@@search.field.language:Language`,
    audience: $localize`:@@search.field.audience:Audience`,
    topic: $localize`:@@search.field.topic:Topic`,
    year: $localize`:@@search.field.year:Year`,
  };
  return fields[field] ?? field;
}

/**
 * The label of a kind-scoped type value (`organisation:ngo` → "NGO"); organisation types here, the shared enum labels
 * cover practice forms and resource types.
 */
function typeLabel(scoped: string): string {
  const value = scoped.slice(scoped.indexOf(':') + 1);
  types ??= {
    health_service: $localize`:@@search.type.health_service:Health service`,
    network: $localize`:@@search.type.network:Network`,
    ngo: $localize`:@@search.type.ngo:NGO`,
    peer_association: $localize`:@@search.type.peer_association:Peer association`,
    public_body: $localize`:@@search.type.public_body:Public body`,
    training_provider: $localize`:@@search.type.training_provider:Training provider`,
    university: $localize`:@@search.type.university:University`,
    user_led: $localize`:@@search.type.user_led:User-led organisation`,
  };
  return types[value.toLowerCase()] ?? enumLabel(value.toUpperCase());
}

/** The heading a kind's types are grouped under in the type facet: "Practice form", "Document type"… */
export function searchTypeGroupLabel(kind: string): string {
  typeGroups ??= {
    practice: $localize`:@@search.typeGroup.practice:Practice form`,
    organisation: $localize`:@@search.typeGroup.organisation:Organisation type`,
    resource: $localize`:@@search.typeGroup.resource:Document type`,
    country: $localize`:@@search.typeGroup.country:Country`,
  };
  return typeGroups[kind] ?? kind;
}

/** The labels of the controlled topic vocabulary (SEARCH_TOPICS), one per topic id. */
export function searchTopicLabels(): Readonly<Record<SearchTopicId, string>> {
  topics ??= {
    training: $localize`:@@search.topic.training:Training`,
    recovery: $localize`:@@search.topic.recovery:Recovery`,
    employment: $localize`:@@search.topic.employment:Employment and pay`,
    policy: $localize`:@@search.topic.policy:Policy and law`,
    'co-production': $localize`:@@search.topic.coProduction:Co-production`,
    supervision: $localize`:@@search.topic.supervision:Supervision and team support`,
    rights: $localize`:@@search.topic.rights:Rights and stigma`,
    addiction: $localize`:@@search.topic.addiction:Addiction`,
    youth: $localize`:@@search.topic.youth:Young people`,
    research: $localize`:@@search.topic.research:Research and evaluation`,
    'hearing-voices': $localize`:@@search.topic.hearingVoices:Hearing voices`,
    family: $localize`:@@search.topic.family:Family and carers`,
    competencies: $localize`:@@search.topic.competencies:Roles and competencies`,
  };
  return topics;
}

/** A facet value as shown: kinds, types and audiences translated; countries and languages named; the rest as is. */
export function searchValueLabel(field: SearchFacetField, value: string, locale: string): string {
  switch (field) {
    case 'kind':
      return searchKindGroupLabel(value);
    case 'type':
      return typeLabel(value);
    case 'topic':
      return searchTopicLabels()[value as SearchTopicId] ?? value;
    case 'audience':
      return enumLabel(value.toUpperCase());
    case 'country':
      return countryName(value, locale);
    case 'language':
      return languageName(value, locale);
    default:
      return value;
  }
}
