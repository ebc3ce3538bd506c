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
  return WEB_LOCALES.map((l) => l.path).filter((p) => existsSync(join(dir, p, 'index.html')));
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
