import { ApiError } from '@peerhub/shared/data-access';

/**
 * What a contribution form says about a field the API refused, in the page's language. The API's own `message` is
 * English for developers; the form words it from the field (without its `practice.` prefix, list indexes as `*`)
 * and the code.
 */
export function fieldMessage(field: string, code: string): string {
  const key = field.replace(/^practice\./, '').replace(/\.\d+(?=\.|$)/g, '.*');
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
const FORM_FIELDS = new Set(['revisionId', 'expectedLockVersion', 'organisationSlug', 'reason']);

/**
 * The messages of an API refusal, by field as the form names it (`title`, `sources`, `sources.0.url`); `form` holds
 * what belongs to no field (a conflict, a rate limit, the network).
 */
export function formErrors(e: unknown): Record<string, string> {
  if (e instanceof ApiError && e.fieldErrors.length) {
    const out: Record<string, string> = {};
    for (const f of e.fieldErrors) {
      const field = f.field.replace(/^practice\./, '');
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
