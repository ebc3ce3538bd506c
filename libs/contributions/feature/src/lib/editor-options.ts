import { Audience, OrganisationType, ResourceType } from '@peerhub/shared/graphql-types';

export const RESOURCE_TYPES: ResourceType[] = [
  'GUIDE',
  'TOOLKIT',
  'CURRICULUM',
  'COMPETENCY_FRAMEWORK',
  'TRAINING_PROFILE',
  'MOOC',
  'PAPER',
  'REPORT',
  'POLICY',
  'BOOK',
  'BROCHURE',
  'NEWSLETTER',
  'VIDEO',
  'WEBSITE',
];

export const AUDIENCES: Audience[] = [
  'PEER_WORKERS',
  'PRACTITIONERS',
  'TRAINERS',
  'ORGANISATIONS',
  'POLICYMAKERS',
  'RESEARCHERS',
  'GENERAL_PUBLIC',
];

export const ORGANISATION_TYPES: OrganisationType[] = [
  'PEER_ASSOCIATION',
  'USER_LED',
  'NGO',
  'NETWORK',
  'HEALTH_SERVICE',
  'PUBLIC_BODY',
  'TRAINING_PROVIDER',
  'UNIVERSITY',
];

/**
 * The ISO 639-1 languages the forms offer: the languages of Europe and its larger communities. A draft may hold
 * another code (written through the API): the form then offers it too.
 */
export const LANGUAGE_CODES = [
  'ar',
  'bg',
  'bs',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'hr',
  'hu',
  'hy',
  'is',
  'it',
  'ka',
  'lb',
  'lt',
  'lv',
  'mk',
  'mt',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'se',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
];

/** The language codes as options named in the UI language (Intl.DisplayNames), by name; `extra` codes included. */
export function languageOptions(
  name: (code: string) => string,
  locale: string,
  extra: readonly string[] = [],
): { code: string; name: string }[] {
  const codes = [...new Set([...LANGUAGE_CODES, ...extra.filter((c) => /^[a-z]{2}$/.test(c))])];
  return codes
    .map((code) => ({ code, name: name(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
