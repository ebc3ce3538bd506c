import { ApiError } from '@peerhub/shared/data-access';

/** The prefix of a field the API names in a draft of a practice, a resource or an organisation profile. */
const KIND_PREFIX = /^(practice|resource|organisation)\./;

/** What the resource form says about its own fields (undefined: as for every form). */
function resourceMessage(key: string, code: string): string | undefined {
  switch (`${key}:${code}`) {
    case 'description:REQUIRED':
    case 'description:TOO_SHORT':
      return $localize`:@@contribute.resource.error.descriptionShort:Describe the resource in at least 20 characters.`;
    case 'type:REQUIRED':
    case 'type:INVALID':
      return $localize`:@@contribute.resource.error.type:Choose what kind of resource it is.`;
    case 'language:REQUIRED':
    case 'language:INVALID':
      return $localize`:@@contribute.resource.error.language:Choose the language this version is written in.`;
    case 'languageVersionOf:NOT_FOUND':
    case 'languageVersionOf:INVALID':
      return $localize`:@@contribute.resource.error.languageVersionOf:There is no resource at this address on PeerHub: choose one from the suggestions, or leave it empty.`;
    case 'year:OUT_OF_RANGE':
    case 'year:INVALID':
      return $localize`:@@contribute.resource.error.year:Give a year between 1900 and 2100, or leave it empty.`;
    case 'url:INVALID':
      return $localize`:@@contribute.error.sourceUrl:Give an address that starts with http:// or https://.`;
    case 'sources:REQUIRED':
      return $localize`:@@contribute.resource.error.sourcesRequired:Give the resource’s link, or name at least one source a reader can check.`;
    case 'topics:TOO_LONG':
    case 'competencyTags:TOO_LONG':
      return $localize`:@@contribute.resource.error.tagsLong:Name at most 30 items of up to 60 characters each (competencies: 120).`;
    default:
      return undefined;
  }
}

/** What the organisation form says about its own fields (undefined: as for every form). */
function organisationMessage(key: string, code: string): string | undefined {
  switch (`${key}:${code}`) {
    case 'name:REQUIRED':
    case 'name:TOO_SHORT':
      return $localize`:@@contribute.organisation.error.nameShort:Give the organisation’s name (at least 2 characters).`;
    case 'name:TOO_LONG':
      return $localize`:@@contribute.error.titleLong:Use at most 200 characters.`;
    case 'description:REQUIRED':
    case 'description:TOO_SHORT':
      return $localize`:@@contribute.organisation.error.descriptionShort:Describe the organisation in at least 20 characters.`;
    case 'type:REQUIRED':
    case 'type:INVALID':
      return $localize`:@@contribute.organisation.error.type:Choose what kind of organisation it is.`;
    case 'countryCode:REQUIRED':
    case 'countryCode:INVALID':
    case 'countryCode:NOT_FOUND':
      return $localize`:@@contribute.organisation.error.country:Choose the country where it is based.`;
    case 'website:INVALID':
      return $localize`:@@contribute.error.sourceUrl:Give an address that starts with http:// or https://.`;
    case 'languages:INVALID':
      return $localize`:@@contribute.organisation.error.languages:Choose the languages from the list.`;
    case 'expertise:TOO_LONG':
    case 'projects:TOO_LONG':
      return $localize`:@@contribute.organisation.error.tagsLong:Name at most 30 items of up to 120 characters each.`;
    case 'acronym:TOO_LONG':
      return $localize`:@@contribute.organisation.error.acronymLong:Use at most 30 characters.`;
    default:
      return undefined;
  }
}

/**
 * What a contribution form says about a field the API refused, in the page's language. The API's own `message` is
 * English for developers; the form words it from the field (without its `practice.`, `resource.` or
 * `organisation.` prefix, list indexes as `*`) and the code.
 */
export function fieldMessage(field: string, code: string): string {
  const kind = KIND_PREFIX.exec(field)?.[1];
  const key = field.replace(KIND_PREFIX, '').replace(/\.\d+(?=\.|$)/g, '.*');
  const own =
    kind === 'resource'
      ? resourceMessage(key, code)
      : kind === 'organisation'
        ? organisationMessage(key, code)
        : undefined;
  if (own) return own;
  switch (`${key}:${code}`) {
    case 'title:REQUIRED':
    case 'title:TOO_SHORT':
      return $localize`:@@contribute.error.titleShort:Give it a title of at least 3 characters.`;
    case 'title:TOO_LONG':
      return $localize`:@@contribute.error.titleLong:Use at most 200 characters.`;
    case 'summary:REQUIRED':
    case 'summary:TOO_SHORT':
      return $localize`:@@contribute.error.summaryShort:Describe the practice in at least 20 characters.`;
    case 'summary:TOO_LONG':
      return $localize`:@@contribute.error.summaryLong:Use at most 20,000 characters.`;
    case 'countryCode:REQUIRED':
    case 'countryCode:INVALID':
    case 'countryCode:NOT_FOUND':
      return $localize`:@@contribute.error.country:Choose the country where it happens.`;
    case 'category:INVALID':
    case 'category:REQUIRED':
      return $localize`:@@contribute.error.category:Choose the form of peer support.`;
    case 'startYear:OUT_OF_RANGE':
    case 'startYear:INVALID':
      return $localize`:@@contribute.error.startYear:Give a year between 1900 and 2100, or leave it empty.`;
    case 'sources:REQUIRED':
      return $localize`:@@contribute.error.sourcesRequired:Name at least one source a reader can check.`;
    case 'sources:TOO_LONG':
      return $localize`:@@contribute.error.sourcesMany:Name at most 20 sources.`;
    case 'sources.*.title:REQUIRED':
    case 'sources.*.title:TOO_SHORT':
    case 'sources.*.title:TOO_LONG':
      return $localize`:@@contribute.error.sourceTitle:Give the source a title of 3 to 300 characters.`;
    case 'sources.*.url:INVALID':
    case 'sources.*.url:TOO_LONG':
      return $localize`:@@contribute.error.sourceUrl:Give an address that starts with http:// or https://.`;
    case 'organisationSlugs:REQUIRED':
      return $localize`:@@contribute.error.organisationsRequired:Name the organisation behind it.`;
    case 'organisationSlugs:NOT_FOUND':
    case 'organisationSlug:NOT_FOUND':
      return $localize`:@@contribute.error.organisationGone:An organisation named here is not on PeerHub (any more).`;
    case 'resourceSlug:NOT_FOUND':
      return $localize`:@@contribute.resource.error.gone:There is no resource at this address on PeerHub (any more).`;
    case 'revisionId:NOT_FOUND':
      return $localize`:@@contribute.error.revisionGone:This draft no longer exists.`;
    case 'revisionId:CONFLICT':
      return $localize`:@@contribute.error.notEditable:This revision is submitted or decided: it can no longer be changed. Reload the page to see it as it is.`;
    case 'expectedLockVersion:CONFLICT':
      return $localize`:@@contribute.error.conflict:This draft was saved meanwhile from elsewhere: compare both versions.`;
    default:
      if (code === 'TOO_LONG') return $localize`:@@contribute.error.tooLong:This is too long.`;
      return $localize`:@@contribute.error.field:Check this field.`;
  }
}

/** Fields that have no place in the form: their message is the form's own. */
const FORM_FIELDS = new Set([
  'revisionId',
  'expectedLockVersion',
  'organisationSlug',
  'resourceSlug',
  'reason',
]);

/**
 * The messages of an API refusal, by field as the form names it (`title`, `sources`, `sources.0.url`); `form` holds
 * what belongs to no field (a conflict, a rate limit, the network).
 */
export function formErrors(e: unknown): Record<string, string> {
  if (e instanceof ApiError && e.fieldErrors.length) {
    const out: Record<string, string> = {};
    for (const f of e.fieldErrors) {
      const field = f.field.replace(KIND_PREFIX, '');
      out[FORM_FIELDS.has(field) ? 'form' : field] ??= fieldMessage(f.field, f.code);
    }
    return out;
  }
  if (e instanceof ApiError && e.code === 'FORBIDDEN')
    return {
      form: $localize`:@@contribute.error.forbidden:Your account may not do this (any more). Reload the page to see what has changed.`,
    };
  if (e instanceof ApiError && e.code === 'UNAUTHENTICATED')
    return {
      form: $localize`:@@contribute.error.signedOut:You are signed out. Sign in again in another tab, then save again: what you typed stays here.`,
    };
  return {
    form:
      e instanceof Error && e.message
        ? e.message
        : $localize`:@@contribute.error.unknown:Something went wrong. Try again.`,
  };
}
