/**
 * Names the toolbar's search box needs too: kinds of record (translated, built lazily so `$localize` runs after the
 * translations are loaded) and countries / languages in the UI locale. Apart from search-labels.ts so the box, in the
 * initial bundle, does not pull in the shared UI lib.
 */
let kinds: Record<string, string> | undefined;
let groups: Record<string, string> | undefined;

/** "Practice", "Organisation"… for a hit (SearchKind PRACTICE or facet value practice). */
export function searchKindLabel(kind: string): string {
  kinds ??= {
    practice: $localize`:@@search.kind.practice:Practice`,
    organisation: $localize`:@@search.kind.organisation:Organisation`,
    resource: $localize`:@@search.kind.resource:Resource`,
    country: $localize`:@@search.kind.country:Country`,
  };
  return kinds[kind.toLowerCase()] ?? kind;
}

/** "Practices", "Organisations"… for a group of suggestions or a kind facet value. */
export function searchKindGroupLabel(kind: string): string {
  groups ??= {
    practice: $localize`:@@search.group.practice:Practices`,
    organisation: $localize`:@@search.group.organisation:Organisations`,
    resource: $localize`:@@search.group.resource:Resources`,
    country: $localize`:@@search.group.country:Countries`,
  };
  return groups[kind.toLowerCase()] ?? kind;
}

// Each name once per locale: Intl.DisplayNames is costly to make and to ask (ICU data), and a search page names the
// same few dozen countries and languages in every hit and facet (~100 ms of a phone's first render here).
const names = new Map<string, string>();
const namers = new Map<string, Intl.DisplayNames>();

function displayName(type: 'region' | 'language', code: string, locale: string): string {
  const key = `${locale}|${type}|${code}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = lookUp(type, code, locale)));
  return name;
}

function lookUp(type: 'region' | 'language', code: string, locale: string): string {
  let name: string | undefined;
  try {
    let namer = namers.get(`${locale}|${type}`);
    if (!namer) namers.set(`${locale}|${type}`, (namer = new Intl.DisplayNames([locale, 'en'], { type })));
    name = namer.of(type === 'region' ? code.toUpperCase() : code);
  } catch {
    name = undefined;
  }
  if (!name || name.toLowerCase() === code.toLowerCase()) return code.toUpperCase();
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * A country's name in the UI locale ("PT" → "Portugal"), or the code. EU is the knowledge base's pseudo-country for
 * bodies working at European level: named as every other page names it, not "European Union".
 */
export function countryName(code: string | null | undefined, locale: string): string {
  if (code?.toUpperCase() === 'EU')
    return $localize`:@@country.europeWide:Europe (European and international level)`;
  return code ? displayName('region', code, locale) : '';
}

/** A language's name in the UI locale ("pt" → "Portuguese"), or the code. */
export function languageName(code: string | null | undefined, locale: string): string {
  return code ? displayName('language', code, locale) : '';
}
