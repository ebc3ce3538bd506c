import { enumLabel } from '@peerhub/shared/ui';
import type { SearchFacetField } from '@peerhub/search/data-access';
import { countryName, languageName, searchKindGroupLabel } from './search-names';

/**
 * Translated labels for the results page: facet fields and facet values (kinds: search-kind-labels.ts). Built lazily so
 * `$localize` runs after the locale's translations are loaded.
 */
let fields: Record<SearchFacetField, string> | undefined;
let types: Record<string, string> | undefined;

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

/** Organisation types (the shared enum labels cover practice forms and resource types). */
function typeLabel(value: string): string {
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

/** A facet value as shown: kinds, types and audiences translated; countries and languages named; the rest as is. */
export function searchValueLabel(field: SearchFacetField, value: string, locale: string): string {
  switch (field) {
    case 'kind':
      return searchKindGroupLabel(value);
    case 'type':
      return typeLabel(value);
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
