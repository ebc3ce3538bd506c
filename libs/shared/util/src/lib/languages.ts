/** Languages the UI is translated into. "no" is Norwegian (Bokmål). */
export const LANGUAGES = ['en', 'fr', 'pt', 'no'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

/** Languages content can be written in (ISO 639-1). */
export const CONTENT_LANGUAGES = [
  'en',
  'fr',
  'pt',
  'no',
  'pl',
  'it',
  'de',
  'es',
  'el',
  'ro',
  'nl',
  'mt',
] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
