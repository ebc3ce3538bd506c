import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { TestApp, startTestApp } from '../testing/test-app';
import { sitemapXml } from './web-pages';

/**
 * The server's answer for page addresses: 404 for a record that does not exist or an unknown address (still the
 * locale's shell with its CSP nonce, so the app renders its not-found page), GB → UK, locale prefixes, robots.txt
 * and sitemap.xml. Runs the real app (seeded) over a fake four-locale web dist.
 */

const LOCALES = ['en', 'fr', 'pt', 'no'];
const shellHtml = (locale: string) =>
  `<!doctype html><html lang="${locale}"><head><base href="/${locale}/"><title>SHELL-${locale}</title>` +
  `</head><body><ph-root></ph-root></body></html>\n`;

let t: TestApp;
let root: string;
let known: { practice: string; organisation: string; resource: string; counts: number[] };

async function get(path: string, headers: Record<string, string> = {}) {
  const r = await fetch(`${t.url}${path}`, {
    redirect: 'manual',
    headers: { accept: 'text/html', ...headers },
  });
  return {
    status: r.status,
    location: r.headers.get('location'),
    type: r.headers.get('content-type'),
    body: await r.text(),
  };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'peerhub-pages-'));
  for (const locale of LOCALES) {
    mkdirSync(join(root, locale), { recursive: true });
    writeFileSync(join(root, locale, 'index.html'), shellHtml(locale));
  }
  t = await startTestApp({ WEB_DIST: root });
  const { body } = await t.gql(`{
    practices(first: 1) { totalCount edges { node { slug } } }
    organisations(first: 1) { totalCount edges { node { slug } } }
    resources(first: 1) { totalCount edges { node { slug } } }
    countries { code }
  }`);
  const d = body.data;
  known = {
    practice: d.practices.edges[0].node.slug,
    organisation: d.organisations.edges[0].node.slug,
    resource: d.resources.edges[0].node.slug,
    counts: [d.practices.totalCount, d.organisations.totalCount, d.resources.totalCount, d.countries.length],
  };
}, 240_000);

afterAll(async () => {
  await t?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('detail pages answer 404 when the record does not exist', () => {
  it('known records are 200 with the locale shell', async () => {
    for (const [path, locale] of [
      [`/en/practices/${known.practice}`, 'en'],
      [`/fr/organisations/${known.organisation}`, 'fr'],
      [`/pt/resources/${known.resource}`, 'pt'],
      ['/no/countries/PL', 'no'],
      ['/en/countries/UK', 'en'],
      ['/en/countries/compare', 'en'],
      ['/en/practices', 'en'],
      ['/fr/', 'fr'],
      ['/en/policy/transferability', 'en'],
      [`/pt/account/join/${known.organisation}`, 'pt'],
      ['/en/account/organisations', 'en'],
      ['/no/account/admin', 'no'],
      ['/fr/privacy', 'fr'],
      ['/en/contribute/review', 'en'],
      ['/pt/contribute/fact/PL/pay', 'pt'],
      ['/en/contribute/practice/edit/pl-recovery-assistants', 'en'],
      ['/en/contribute/history/practice/00000000-0000-4000-8000-000000000000', 'en'],
    ] as const) {
      const r = await get(path);
      expect([path, r.status]).toEqual([path, 200]);
      expect(r.body).toContain(`SHELL-${locale}`);
    }
  });

  it.each([
    '/en/practices/no-such-practice',
    '/fr/organisations/no-such-organisation',
    '/en/resources/no-such-resource',
    '/en/countries/ZZ',
    '/en/countries/poland',
    // a code that is not two letters names no country: the same 404 and not-found page as an unknown code
    '/en/countries/foo',
    '/no/countries/p',
    '/fr/countries/12',
    '/en/no-such-section',
    '/pt/practices/a/b',
    '/en/policy/nothing',
    '/en/account/join/no-such-organisation',
    '/en/account/join',
    '/en/account/join/a/b',
    '/en/contribute/nothing',
    '/en/contribute/fact/poland/pay',
    '/en/contribute/history/event/00000000-0000-4000-8000-000000000000',
  ])('%s → 404 with the shell and its CSP nonce', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.type).toMatch(/^text\/html/);
    expect(r.body).toContain(`SHELL-${path.split('/')[1]}`);
    expect(r.body).toMatch(/<ph-root ngCspNonce="[A-Za-z0-9+/=]{24}">/);
  });

  it.each([
    ['/en/countries/GB', '/en/countries/UK'],
    ['/fr/countries/gb', '/fr/countries/UK'],
    ['/en/countries/uk', '/en/countries/UK'],
    ['/en/countries/pl?x=1', '/en/countries/PL?x=1'],
  ])('%s opens the canonical %s', async (path, target) => {
    const r = await get(path);
    expect([r.status, r.location]).toEqual([301, target]);
    expect((await get(target)).status).toBe(200);
  });
});

describe('locale prefixes', () => {
  it.each([
    ['/de/practices', {}, '/en/practices'],
    ['/de/practices?country=PL', { 'accept-language': 'fr-BE,fr;q=0.9' }, '/fr/practices?country=PL'],
    ['/FR/practices', {}, '/fr/practices'],
    ['/nb/countries/PL', {}, '/no/countries/PL'],
    ['/de', {}, '/en/'],
    ['/practices', { 'accept-language': 'pt' }, '/pt/practices'],
    ['/', {}, '/en/'],
  ])('%s %j → %s', async (path, headers, target) => {
    const r = await get(path, headers as Record<string, string>);
    expect([r.status, r.location]).toEqual([302, target]);
  });
});

describe('robots.txt and sitemap.xml', () => {
  it('robots.txt allows all and names the sitemap on this host', async () => {
    const r = await get('/robots.txt', { accept: '*/*' });
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/plain/);
    expect(r.body).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${t.url}/sitemap.xml\n`);
    // Without TRUST_PROXY, a forwarded protocol is not believed.
    const forged = await get('/robots.txt', { 'x-forwarded-proto': 'https' });
    expect(forged.body).toContain(`Sitemap: ${t.url}/sitemap.xml`);
  });

  it('sitemap.xml lists every page in all four locales, with hreflang alternates', async () => {
    const r = await get('/sitemap.xml', { accept: '*/*' });
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^application\/xml/);
    const doc = new JSDOM(r.body, { contentType: 'application/xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const urls = [...doc.getElementsByTagName('url')];
    const pages = 1 + 4 + known.counts.reduce((a, b) => a + b, 0);
    expect(urls).toHaveLength(pages * 4);
    const locs = urls.map((u) => u.getElementsByTagName('loc')[0]!.textContent);
    for (const locale of LOCALES) {
      expect(locs).toContain(`${t.url}/${locale}/`);
      expect(locs).toContain(`${t.url}/${locale}/practices`);
      expect(locs).toContain(`${t.url}/${locale}/practices/${known.practice}`);
      expect(locs).toContain(`${t.url}/${locale}/organisations/${known.organisation}`);
      expect(locs).toContain(`${t.url}/${locale}/resources/${known.resource}`);
      expect(locs).toContain(`${t.url}/${locale}/countries/UK`);
    }
    const first = urls.find(
      (u) => u.getElementsByTagName('loc')[0]!.textContent === `${t.url}/fr/countries/PL`,
    )!;
    const alternates = [...first.getElementsByTagName('xhtml:link')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(alternates).toEqual([
      ['en', `${t.url}/en/countries/PL`],
      ['fr', `${t.url}/fr/countries/PL`],
      ['pt-PT', `${t.url}/pt/countries/PL`],
      ['nb', `${t.url}/no/countries/PL`],
      ['x-default', `${t.url}/en/countries/PL`],
    ]);
    // Every listed page is one the server answers with 200.
    for (const loc of locs.filter((_, i) => i % 37 === 0)) {
      expect([loc, (await get(new URL(loc!).pathname)).status]).toEqual([loc, 200]);
    }
  }, 60_000);

  it('escapes what it writes', () => {
    const xml = sitemapXml(
      'https://x.example',
      ['en'],
      [{ path: `a&b<'">`, lastmod: new Date('2025-03-04') }],
    );
    expect(xml).toContain('<loc>https://x.example/en/a&amp;b&lt;&apos;&quot;&gt;</loc>');
    expect(xml).toContain('<lastmod>2025-03-04</lastmod>');
    const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });
});
