import type { INestApplicationContext } from '@nestjs/common';
import { CountriesService } from '@peerhub/countries/api';
import { OrganisationsService } from '@peerhub/organisations/api';
import { PracticesService } from '@peerhub/practices/api';
import { ResourcesService } from '@peerhub/resources/api';
import { normaliseCountryCode } from '@peerhub/shared/util';
import { WEB_LOCALES } from './web-locales';

/**
 * What the server answers for a page address of the web app, so a record that does not exist is an HTTP 404 (the
 * app's shell still renders its not-found state) and a country code alias (GB, lower case) lands on the canonical
 * address. The records are asked of each domain's exported query service, never of its tables.
 */
export type PageVerdict = { status: 200 | 404 } | { redirect: string };

/** The app's routes without a record (apps/web/src/app/app.routes.ts and libs/*\/feature/src/lib/*.routes.ts). */
const STATIC_PAGES = new Set([
  '',
  'practices',
  'organisations',
  'resources',
  'countries',
  'countries/compare',
  'countries/map',
  'policy',
  'policy/transferability',
  'policy/brief',
  'competency-framework',
  'training-profile',
  'search',
  'account',
  'account/sign-in',
  'account/sign-up',
  'account/verify',
  'account/reset',
  'account/email',
  'account/organisations',
  'account/admin',
  'account/mailbox',
  'privacy',
]);

/** The contribution pages (libs/contributions/feature/src/lib/contribute.routes.ts). */
const CONTRIBUTE_PAGE =
  /^contribute\/((practice|resource|organisation)\/new|(practice|resource|organisation)\/edit\/[a-z0-9-]{1,120}|mine|review|revision\/[0-9a-f-]{36}|history\/(practice|resource|organisation|country_fact)\/[0-9a-f-]{36}|fact\/[A-Z]{2}\/[a-z_]{2,40})$/;

/** The sections listed in the sitemap, besides the home page. */
export const SITEMAP_SECTIONS = ['practices', 'organisations', 'resources', 'countries'];

/** True when `lookup` finds the record, false when the domain says NOT_FOUND; any other error is thrown. */
async function found(lookup: () => Promise<unknown>): Promise<boolean> {
  try {
    await lookup();
    return true;
  } catch (e) {
    if ((e as { extensions?: { code?: unknown } }).extensions?.code === 'NOT_FOUND') return false;
    throw e;
  }
}

export class WebPages {
  constructor(private readonly app: INestApplicationContext) {}

  private service<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type, { strict: false });
  }

  /**
   * The verdict for `path` (decoded, below the locale folder `prefix`, e.g. `/en`; '' for a single-locale build):
   * 200 for a page the app has, 404 for an unknown address or a record that does not exist, or a redirect.
   */
  async verdict(prefix: string, path: string): Promise<PageVerdict> {
    const segments = path.split('/').filter(Boolean);
    const key = segments.join('/');
    if (STATIC_PAGES.has(key)) return { status: 200 };
    // Contributions: drafts are private, so their pages answer 200 for any well-formed address and say themselves
    // what the viewer may see.
    if (segments[0] === 'contribute' && CONTRIBUTE_PAGE.test(key)) return { status: 200 };
    // Asking to edit for an organisation: the page exists while the organisation does.
    if (segments.length === 3 && segments[0] === 'account' && segments[1] === 'join')
      return {
        status: (await found(() => this.service(OrganisationsService).bySlug(segments[2] as string)))
          ? 200
          : 404,
      };
    if (segments.length !== 2) return { status: 404 };
    const [section, id] = segments as [string, string];
    const exists = await this.exists(section, id);
    if (exists === 'unknown-route') return { status: 404 };
    if (typeof exists === 'string') return { redirect: `${prefix}/${section}/${exists}` };
    return { status: exists ? 200 : 404 };
  }

  /** Whether the record behind a detail route exists; a string is the canonical id to redirect to. */
  private async exists(section: string, id: string): Promise<boolean | string | 'unknown-route'> {
    switch (section) {
      case 'practices':
        return found(() => this.service(PracticesService).bySlug(id));
      case 'organisations':
        return found(() => this.service(OrganisationsService).bySlug(id));
      case 'resources':
        return found(() => this.service(ResourcesService).bySlug(id));
      case 'countries': {
        const code = normaliseCountryCode(id);
        if (!code) return false;
        if (!(await found(() => this.service(CountriesService).get(code)))) return false;
        return code === id ? true : code;
      }
      default:
        return 'unknown-route';
    }
  }

  /** Every page address of the sitemap (below a locale folder, without a leading slash), with its last change. */
  async sitemapPaths(): Promise<{ path: string; lastmod?: Date }[]> {
    const [practices, organisations, resources, countries] = await Promise.all([
      this.service(PracticesService).slugs(),
      this.service(OrganisationsService).slugs(),
      this.service(ResourcesService).slugs(),
      this.service(CountriesService).list(),
    ]);
    const records = (section: string, rows: { slug: string; updatedAt: Date }[]) =>
      rows.map((r) => ({ path: `${section}/${encodeURIComponent(r.slug)}`, lastmod: r.updatedAt }));
    return [
      { path: '' },
      ...SITEMAP_SECTIONS.map((path) => ({ path })),
      ...records('practices', practices),
      ...records('organisations', organisations),
      ...records('resources', resources),
      ...countries.map((c) => ({ path: `countries/${encodeURIComponent(c.code)}` })),
    ];
  }
}

/** `hreflang` of each UI locale folder: the European Portuguese and Norwegian Bokmål builds say so. */
const HREFLANG: Record<string, string> = { en: 'en', fr: 'fr', pt: 'pt-PT', no: 'nb' };

const xml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string,
  );

/**
 * sitemap.xml: each page in every built locale, each `<url>` naming all its language versions
 * (`xhtml:link rel="alternate" hreflang`, and `x-default` for the default locale).
 */
export function sitemapXml(
  origin: string,
  locales: string[],
  pages: { path: string; lastmod?: Date }[],
): string {
  const folders = locales.length ? locales : [''];
  const url = (locale: string, path: string) => `${origin}${locale ? `/${locale}` : ''}/${path}`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  const fallback = folders.includes(WEB_LOCALES[0]!.path) ? WEB_LOCALES[0]!.path : folders[0]!;
  for (const page of pages) {
    const alternates = locales.length
      ? [
          ...locales.map(
            (l) =>
              `    <xhtml:link rel="alternate" hreflang="${HREFLANG[l] ?? l}" href="${xml(url(l, page.path))}"/>`,
          ),
          `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(url(fallback, page.path))}"/>`,
        ]
      : [];
    for (const locale of folders) {
      out.push('  <url>', `    <loc>${xml(url(locale, page.path))}</loc>`);
      if (page.lastmod) out.push(`    <lastmod>${page.lastmod.toISOString().slice(0, 10)}</lastmod>`);
      out.push(...alternates, '  </url>');
    }
  }
  out.push('</urlset>', '');
  return out.join('\n');
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}

/** This server's public origin as the request shows it (Express honours TRUST_PROXY for the protocol and host). */
export function requestOrigin(req: {
  protocol: string;
  host?: string;
  get(name: string): string | undefined;
}) {
  const host = req.host ?? req.get('host') ?? 'localhost';
  const safeHost = /^[a-z0-9.\-[\]:]+$/i.test(host) ? host : 'localhost';
  return `${req.protocol === 'https' ? 'https' : 'http'}://${safeHost}`;
}
