import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import { OrganisationType } from '@peerhub/shared/graphql-types';

/**
 * The name of an ISO 639-1 language in the UI locale ("pt" → "Portuguese"), capitalised.
 * Falls back to the upper-case code when the runtime has no name for it.
 */
export function languageName(code: string, locale: string): string {
  if (!code) return '';
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(code);
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

let typeLabels: Record<OrganisationType, string> | undefined;

/** The translated label of an organisation type (kept here, the lowest domain, so every page listing organisations can use it). */
export function organisationTypeLabel(type: OrganisationType): string {
  typeLabels ??= {
    HEALTH_SERVICE: $localize`:@@organisationType.HEALTH_SERVICE:Health service`,
    NETWORK: $localize`:@@organisationType.NETWORK:Network`,
    NGO: $localize`:@@organisationType.NGO:NGO`,
    PEER_ASSOCIATION: $localize`:@@organisationType.PEER_ASSOCIATION:Peer association`,
    PUBLIC_BODY: $localize`:@@organisationType.PUBLIC_BODY:Public body`,
    TRAINING_PROVIDER: $localize`:@@organisationType.TRAINING_PROVIDER:Training provider`,
    UNIVERSITY: $localize`:@@organisationType.UNIVERSITY:University`,
    USER_LED: $localize`:@@organisationType.USER_LED:User-led organisation`,
  };
  return typeLabels[type] ?? type;
}

@Pipe({ name: 'phOrganisationType' })
export class OrganisationTypePipe implements PipeTransform {
  transform(type: OrganisationType | null | undefined): string {
    return type ? organisationTypeLabel(type) : '';
  }
}
