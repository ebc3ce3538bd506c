import { isoDate, renderMarkdown, toSources } from '@peerhub/shared/api-core';
import { OrganisationEntity } from './entities/organisation.entity';
import { Organisation, OrganisationType } from './models/organisation.model';

export function toOrganisation(e: OrganisationEntity): Organisation {
  return {
    id: e.id,
    slug: e.slug,
    name: e.name,
    acronym: e.acronym,
    type: e.type as OrganisationType,
    countryCode: e.countryCode,
    city: e.city,
    description: e.description,
    descriptionHtml: renderMarkdown(e.description),
    version: e.version,
    updatedAt: e.updatedAt,
    expertise: e.expertise,
    languages: e.languages,
    projects: e.projects,
    website: e.website,
    verified: e.verified,
    openToPartnership: e.openToPartnership,
    sources: toSources(e.sources),
    verifiedOn: isoDate(e.verifiedOn) ?? '',
  };
}
