import { LOCALE_ID, inject } from '@angular/core';

/** The API's language code for the current UI locale ("nb"/"no" → "no"). */
export function uiLanguage(): string {
  const locale = inject(LOCALE_ID).toLowerCase();
  const lang = locale.slice(0, 2);
  return lang === 'nb' || lang === 'nn' ? 'no' : lang;
}
