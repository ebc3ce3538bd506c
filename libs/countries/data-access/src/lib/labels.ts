import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';

/**
 * The name of an ISO 639-1 language in the UI locale ("pt" → "Portuguese"), capitalised.
 * Falls back to the upper-case code when the runtime has no name for it.
 */
// One Intl.DisplayNames per locale: making one is costly, and a page may name dozens of languages.
const namers = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  if (!code) return '';
  let name: string | undefined;
  try {
    let namer = namers.get(locale);
    if (!namer) namers.set(locale, (namer = new Intl.DisplayNames([locale, 'en'], { type: 'language' })));
    name = namer.of(code);
  } catch {
    name = undefined;
  }
  if (!name || name.toLowerCase() === code.toLowerCase()) return code.toUpperCase();
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** An ISO 639-1 code as a language name in the UI locale. Shared by the country, organisation and resource pages. */
@Pipe({ name: 'phLanguageName' })
export class LanguageNamePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(code: string | null | undefined): string {
    return code ? languageName(code, this.locale) : '';
  }
}
