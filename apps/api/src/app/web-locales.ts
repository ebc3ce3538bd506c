import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** URL folder of each UI language (apps/web/project.json i18n subPath) and the Accept-Language tags it answers. */
export const WEB_LOCALES: { path: string; tags: string[] }[] = [
  { path: 'en', tags: ['en'] },
  { path: 'fr', tags: ['fr'] },
  { path: 'pt', tags: ['pt'] },
  { path: 'no', tags: ['nb', 'nn', 'no'] },
];
export const DEFAULT_LOCALE = 'en';

/** The locales built into `dir` (one folder each with an index.html); empty for a single-locale build. */
export function builtLocales(dir: string): string[] {
  return WEB_LOCALES.map((l) => l.path).filter(
    (p) => existsSync(join(dir, p, 'index.html')) || existsSync(join(dir, p, 'index.csr.html')),
  );
}

/** The best built locale for an Accept-Language header (quality-ordered), else English. */
export function pickLocale(acceptLanguage: string | undefined, available: string[]): string {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { primary: (tag ?? '').split('-')[0] ?? '', q: q ? Number(q[1]) : 1, i };
    })
    .filter((r) => r.primary && r.primary !== '*' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) {
    const match = WEB_LOCALES.find((l) => l.tags.includes(r.primary) && available.includes(l.path));
    if (match) return match.path;
  }
  return available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (available[0] ?? DEFAULT_LOCALE);
}

/** A first path segment that reads as a language tag (`de`, `FR`, `fr-BE`, `pt_BR`): a locale prefix, known or not. */
const LOCALE_PREFIX = /^([a-z]{2})(?:[-_][a-z]{2,4})?$/i;

/**
 * Where a page address outside the built locale folders goes: a language prefix (`/de/practices`, `/FR/…`,
 * `/fr-BE/…`) is replaced by its own locale when that was built, else by the visitor's best one, keeping the rest
 * of the path (`/de/practices` → `/en/practices`, never `/en/de/practices`); an address without a prefix gets the
 * visitor's locale in front (`/practices` → `/fr/practices`).
 */
export function localeRedirect(
  path: string,
  acceptLanguage: string | undefined,
  available: string[],
): string {
  const first = path.split('/')[1] ?? '';
  const prefix = LOCALE_PREFIX.exec(first);
  let rest = path;
  let locale: string | undefined;
  if (prefix) {
    rest = path.slice(first.length + 1);
    const primary = prefix[1]!.toLowerCase();
    locale = WEB_LOCALES.find((l) => l.tags.includes(primary) && available.includes(l.path))?.path;
  }
  locale ??= pickLocale(acceptLanguage, available);
  return `/${locale}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
