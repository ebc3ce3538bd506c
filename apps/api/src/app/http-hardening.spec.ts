import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { AppConfig, loadConfig } from '@peerhub/shared/api-core';
import type { SearchService } from '@peerhub/search/api';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { TestApp, startTestApp } from '../testing/test-app';
import { HIDDEN_ERROR, HealthController } from './health.controller';

/**
 * HTTP hardening (issue 9, part 4): security headers on every response, the web dist served without leaking
 * anything else (traversal, dotfiles, unknown files are 404, never the app shell), /health without error text
 * in production. Uses a small fake web dist, so the Angular build is not needed.
 */

const SECRET = 'OUTSIDE-THE-DIST-7f3a';
const DOT_SECRET = 'DOTFILE-SECRET-91c2';
const ASSET = 'console.log("asset-en");';
const shellHtml = (locale: string) =>
  `<!doctype html><html lang="${locale}"><head><base href="/${locale}/"><title>SHELL-${locale}</title>` +
  `<link rel="stylesheet" href="styles.css"></head><body><ph-root></ph-root>` +
  `<script src="main-ABC123.js" type="module"></script></body></html>\n`;

let root: string;
let dist: string;
let t: TestApp;
let port: number;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as given (fetch/URL would normalise `..` and `%2e%2e`). */
function raw(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method, headers: { accept: 'text/html,*/*;q=0.8', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp).toContain("default-src 'self'");
  // Files from this origin and the response's nonce (a server-rendered page's event replay), nothing else.
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-powered-by']).toBeUndefined();
  // Not behind a TLS proxy (TRUST_PROXY unset): no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'peerhub-http-'));
  dist = join(root, 'web');
  for (const locale of ['en', 'fr']) {
    mkdirSync(join(dist, locale, 'assets'), { recursive: true });
    writeFileSync(join(dist, locale, 'index.html'), shellHtml(locale));
    writeFileSync(join(dist, locale, 'main-ABC123.js'), ASSET.replace('en', locale));
    writeFileSync(join(dist, locale, '.secret'), DOT_SECRET);
  }
  writeFileSync(join(dist, '.secret'), DOT_SECRET);
  writeFileSync(join(dist, '.env'), DOT_SECRET);
  mkdirSync(join(dist, 'en', '.git'));
  writeFileSync(join(dist, 'en', '.git', 'config'), DOT_SECRET);
  // Next to the dist, and next to a locale folder: must never be reachable.
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'web-secret.txt'), SECRET);
  t = await startTestApp({ WEB_DIST: dist, SEED: 'false' });
  port = Number(new URL(t.url).port);
}, 180_000);

afterAll(async () => {
  await t?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('security headers', () => {
  it('are on the root redirect, a locale page, an asset, /graphql and /health', async () => {
    const gql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const responses: [string, RawResponse][] = [
      ['/', await raw('/')],
      ['/en/', await raw('/en/')],
      ['/en/main-ABC123.js', await raw('/en/main-ABC123.js', 'GET', { accept: '*/*' })],
      ['/en/x.js.map', await raw('/en/x.js.map')],
      ['/health', await raw('/health', 'GET', { accept: 'application/json' })],
      ['/graphql', { status: gql.status, headers: Object.fromEntries(gql.headers.entries()), body: '' }],
    ];
    expect(responses.map(([path, r]) => [path, r.status])).toEqual([
      ['/', 302],
      ['/en/', 200],
      ['/en/main-ABC123.js', 200],
      ['/en/x.js.map', 404],
      ['/health', 200],
      ['/graphql', 200],
    ]);
    for (const [, r] of responses) expectSecurityHeaders(r.headers);
  });

  it('allows Angular component styles by a fresh nonce that the served index.html carries', async () => {
    const a = await raw('/en/');
    const b = await raw('/en/practices/pl-recovery-assistants');
    const nonceOf = (r: RawResponse) => {
      const header = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(
        String(r.headers['content-security-policy']),
      );
      expect(header).not.toBeNull();
      expect(r.body).toContain(`<ph-root ngCspNonce="${header![1]}">`);
      return header![1];
    };
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    // index.html asked for by name gets its nonce too (a raw copy would have its styles blocked).
    const byName = await raw('/en/index.html');
    expect(byName.status).toBe(200);
    nonceOf(byName);
  });

  it('HSTS only over HTTPS: behind a trusted proxy that says so (X-Forwarded-Proto), never on plain http', async () => {
    const proxied = await startTestApp({ WEB_DIST: dist, SEED: 'false', TRUST_PROXY: '1' });
    try {
      expect(proxied.app.getHttpAdapter().getInstance().get('trust proxy')).toBe(1);
      for (const path of ['/en/', '/health']) {
        const https = await fetch(`${proxied.url}${path}`, { headers: { 'x-forwarded-proto': 'https' } });
        expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
        const http = await fetch(`${proxied.url}${path}`, { headers: { 'x-forwarded-proto': 'http' } });
        expect(http.headers.get('strict-transport-security')).toBeNull();
      }
    } finally {
      await proxied.close();
    }
    // Not behind a proxy, a forged X-Forwarded-Proto is ignored.
    expect(t.app.getHttpAdapter().getInstance().get('trust proxy')).toBe(false);
    const forged = await fetch(`${t.url}/en/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
    expect(forged.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  }, 180_000);
});

describe('web dist serving', () => {
  it('serves client routes (no file extension) with the locale shell, and files that exist', async () => {
    // Unseeded here: a detail page's record does not exist, so it is the shell with 404 (see web-pages.spec.ts).
    for (const [path, locale, status] of [
      ['/en/', 'en', 200],
      ['/en/practices', 'en', 200],
      ['/en/practices/foo', 'en', 404],
      ['/en/countries/compare', 'en', 200],
      ['/fr/', 'fr', 200],
      ['/fr/organisations/human-foundation', 'fr', 404],
    ] as const) {
      const r = await raw(path);
      expect([path, r.status, r.body]).toEqual([path, status, expect.stringContaining(`SHELL-${locale}`)]);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.headers['cache-control']).toBe('private, no-cache');
    }
    const asset = await raw('/fr/main-ABC123.js', 'GET', { accept: '*/*' });
    expect([asset.status, asset.body]).toEqual([200, 'console.log("asset-fr");']);
  });

  it('redirects other page addresses to the visitor language, keeping the path', async () => {
    const r = await raw('/practices/foo?x=1', 'GET', { 'accept-language': 'fr-BE,fr;q=0.9' });
    expect([r.status, r.headers.location]).toEqual([302, '/fr/practices/foo?x=1']);
  });

  it.each([
    '/en/x.js.map',
    '/en/main-ABC123.js.map',
    '/en/assets/nope.png',
    '/en/styles-NOPE.css',
    '/fr/chunk-MISSING.js',
    '/x.js.map',
    '/favicon.ico',
    '/en/practices/foo.php',
  ])('an unknown file %s is 404, not the app shell', async (path) => {
    for (const accept of ['text/html,*/*;q=0.8', '*/*']) {
      const r = await raw(path, 'GET', { accept });
      expect([path, accept, r.status]).toEqual([path, accept, 404]);
      expect(r.body).not.toContain('SHELL-');
      expect(r.body).not.toContain('<ph-root');
      expect(r.body.length).toBeLessThan(200);
    }
  });

  it.each([
    '/.secret',
    '/.env',
    '/en/.secret',
    '/fr/.secret',
    '/en/.git/config',
    '/en/.git/',
    '/.git/HEAD',
    '/en/%2esecret',
    '/en/%2Egit/config',
    '/en/assets/.htaccess',
    '/en/.well-known/nothing',
  ])('a dotfile %s is 404', async (path) => {
    const r = await raw(path);
    expect([path, r.status]).toEqual([path, 404]);
    expect(r.body).not.toContain(DOT_SECRET);
    expect(r.body).not.toContain('SHELL-');
  });

  it.each([
    '/../secret.txt',
    '/en/../secret.txt',
    '/en/../../secret.txt',
    '/en/assets/../../../secret.txt',
    '/en/%2e%2e/%2e%2e/secret.txt',
    '/en/%2E%2E/%2E%2E/secret.txt',
    '/%2e%2e/secret.txt',
    '/en/..%2f..%2fsecret.txt',
    '/en/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/en/..%5c..%5csecret.txt',
    '/en/..\\..\\secret.txt',
    '/en/.%2e/.%2e/secret.txt',
    '/en/..%00/secret.txt',
    '/en/secret.txt%00.js',
    '/en/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt',
    '/en/%',
    '/en/../../etc/passwd',
    '/en/%2e%2e/%2e%2e/etc/passwd',
    '/en/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/en/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  ])('traversal %s is 404 and returns nothing outside the dist', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const r = await raw(path, method);
      expect([path, method, r.status]).toEqual([path, method, 404]);
      expect(r.body).not.toContain(SECRET);
      expect(r.body).not.toMatch(/root:.*:0:0:/);
      expect(r.body).not.toContain('SHELL-');
    }
  });

  it.each([
    '/etc/passwd',
    '/en/etc/passwd',
    '/%252e%252e/%252e%252e/etc/passwd',
    '//etc/passwd',
    '/web-secret.txt',
  ])('%s never returns a file from outside the dist', async (path) => {
    const r = await raw(path);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toMatch(/root:.*:0:0:/);
    // An extension-less address is a client route (the shell, or a redirect to it); a file name is 404.
    expect([200, 302, 404]).toContain(r.status);
    if (r.status === 200) expect(r.body).toContain('SHELL-');
  });

  it('HEAD works on pages, files and unknown files', async () => {
    const page = await raw('/en/practices', 'HEAD');
    expect([page.status, page.body]).toEqual([200, '']);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(page.headers);
    const asset = await raw('/en/main-ABC123.js', 'HEAD');
    expect([asset.status, asset.body, asset.headers['content-length']]).toEqual([
      200,
      '',
      String(ASSET.length),
    ]);
    expectSecurityHeaders(asset.headers);
    const missing = await raw('/en/x.js.map', 'HEAD');
    expect([missing.status, missing.body]).toEqual([404, '']);
    expect((await raw('/', 'HEAD')).status).toBe(302);
  });

  it('leaves /graphql and /health to the API', async () => {
    const health = await raw('/health', 'GET', { accept: 'text/html' });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
    const gql = await t.gql('{ __typename }');
    expect(gql).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});

describe('/health error text', () => {
  const controllerFor = (env: AppConfig['env'], dbUp = false) => {
    const ds = {
      query: () =>
        dbUp
          ? Promise.resolve([{ one: 1 }])
          : Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432')),
    };
    const search = {
      health: () =>
        Promise.resolve({
          engine: 'postgres',
          configured: 'meilisearch',
          status: 'degraded',
          error: 'Meilisearch unreachable (fetch failed http://10.9.9.9:7700); searching PostgreSQL',
          outbox: null,
        }),
    };
    return new HealthController(
      ds as unknown as DataSource,
      // Only env and search.meiliHost matter here (production's boot checks are tested elsewhere).
      { ...loadConfig({ MEILI_HOST: 'http://10.9.9.9:7700' }), env } as AppConfig,
      false,
      search as unknown as SearchService,
    );
  };
  const res = () => {
    const r = { statusCode: 0, status: (code: number) => ((r.statusCode = code), r) };
    return r;
  };

  it('production says only the status and a generic word (the text goes to the log)', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const r = res();
    const down = await controllerFor('production').health(r as unknown as Response);
    expect(r.statusCode).toBe(503);
    expect(down.status).toBe('down');
    expect(down.database).toEqual({ status: 'down', embedded: false, latencyMs: null, error: HIDDEN_ERROR });
    const degraded = await controllerFor('production', true).health(res() as unknown as Response);
    expect(degraded.status).toBe('degraded');
    expect(degraded.search).toMatchObject({ status: 'degraded', error: HIDDEN_ERROR });
    expect(JSON.stringify([down, degraded])).not.toMatch(/ECONNREFUSED|10\.1\.2\.3|10\.9\.9\.9|fetch failed/);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('ECONNREFUSED 10.1.2.3:5432'),
      expect.stringContaining('fetch failed http://10.9.9.9:7700'),
    ]);
    warn.mockRestore();
  });

  it('development and test keep the error text', async () => {
    for (const env of ['development', 'test'] as const) {
      const down = await controllerFor(env).health(res() as unknown as Response);
      expect(down.database.error).toContain('ECONNREFUSED 10.1.2.3:5432');
      const degraded = await controllerFor(env, true).health(res() as unknown as Response);
      expect(degraded.search.error).toContain('10.9.9.9:7700');
    }
  });
});
