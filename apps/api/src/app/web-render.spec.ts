import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, createTestDatabase, startApiProcess } from '../testing/test-app';

/**
 * Server-side rendering as the API does it (web-render.ts): the built API as its own process (the web build's
 * server part is an ES module, loaded with import()), over a fake web dist whose `server/server.mjs` stands in for
 * Angular's app engine. It checks what the API promises around any renderer: the page's GraphQL runs in-process
 * against the real schema, the response's CSP nonce reaches the inline scripts and styles, a 404 stays a 404, and a
 * render that fails, answers an error, hangs, or is asked for too often falls back to the browser-rendered page —
 * never a 500 or a hang.
 */

const shell = (locale: string) =>
  `<!doctype html><html lang="${locale}"><head><base href="/${locale}/"><title>CSR-${locale}</title>` +
  `</head><body><ph-root></ph-root><script src="main.js" type="module"></script></body></html>\n`;

// The stand-in renderer: what it does depends on the path, so one process covers every case.
const SERVER_MJS = `
export async function renderPage(request, context) {
  const { pathname } = new URL(request.url);
  if (pathname === '/en/search') throw new Error('render blew up');
  if (pathname === '/en/countries') return new Promise(() => {}); // never settles
  if (pathname === '/en/resources') return new Response('oops', { status: 500 });
  if (pathname === '/en/organisations') return null;
  const ok = await context.graphql({ query: 'query Count($n: Int!) { practices(first: $n) { totalCount } }', variables: { n: 1 } });
  const bad = await context.graphql({ query: '{ nope }', variables: {} });
  const page = pathname === '/en/nope' ? 'NOT-FOUND-PAGE' : 'HOME-PAGE';
  return new Response(
    '<!doctype html><html><head><style>p{}</style></head><body><ph-root>' + page + '</ph-root>' +
      '<script type="text/javascript" id="ng-event-dispatch-contract">/* contract */</script>' +
      '<script nonce="' + context.nonce + '">window.__jsaction_bootstrap(document.body,"ng",["click","keydown","submit","input"],["focus","keyup","blur"]);</script>' +
      '<script type="application/json" id="ng-state">' + JSON.stringify({ ok, bad, nonce: context.nonce }) + '</script>' +
      '</body></html>',
    { status: 200, headers: { 'content-type': 'text/html' } },
  );
}
`;

let root: string;
let db: { url: string; drop(): Promise<void> };
const started: ApiProcess[] = [];

async function get(api: ApiProcess, path: string) {
  const t0 = Date.now();
  const r = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
  return {
    status: r.status,
    csp: r.headers.get('content-security-policy') ?? '',
    body: await r.text(),
    ms: Date.now() - t0,
  };
}

function state(body: string): { ok: any; bad: any; nonce: string } {
  return JSON.parse(/<script type="application\/json" id="ng-state">(.*?)<\/script>/s.exec(body)![1]);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'peerhub-ssr-'));
  for (const locale of ['en', 'fr']) {
    mkdirSync(join(root, 'browser', locale), { recursive: true });
    writeFileSync(join(root, 'browser', locale, 'index.csr.html'), shell(locale));
  }
  mkdirSync(join(root, 'server'));
  writeFileSync(join(root, 'server', 'server.mjs'), SERVER_MJS);
  db = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await Promise.all(started.map((p) => p.stop()));
  await db?.drop();
  rmSync(root, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<ApiProcess> {
  const p = await startApiProcess(db.url, {
    WEB_DIST: join(root, 'browser'),
    SEARCH_RELAY: 'false',
    WEB_SSR_TIMEOUT_MS: '600',
    ...env,
  });
  started.push(p);
  return p;
}

describe('server-side rendering (WebRenderer)', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await start({ SEED: 'true' });
  }, 180_000);

  it('renders the page, running its GraphQL in-process on the real schema with the request as context', async () => {
    const r = await get(api, '/en/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('HOME-PAGE');
    const s = state(r.body);
    expect(s.ok.status).toBe(200);
    expect(s.ok.body.data.practices.totalCount).toBeGreaterThan(0);
    // The schema's validation applies in-process too, with the API's error contract (no stack, a code).
    expect(s.bad.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(s.bad)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('hands the response’s CSP nonce to the render, the root and the event-replay script, and to the header', async () => {
    const r = await get(api, '/en/');
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(r.csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(r.csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(state(r.body).nonce).toBe(nonce);
    expect(r.body).toContain(`<ph-root ngCspNonce="${nonce}">`);
    expect(r.body).toContain(
      `<script nonce="${nonce}" type="text/javascript" id="ng-event-dispatch-contract">`,
    );
    // Another response, another nonce.
    expect((await get(api, '/en/')).csp).not.toContain(nonce);
  });

  it('replays clicks, input and submits made before hydration, but not key events (preventDefault would throw)', async () => {
    const r = await get(api, '/en/');
    expect(r.body).toContain(
      'window.__jsaction_bootstrap(document.body,"ng",["click","submit","input"],["focus","blur"]);',
    );
  });

  it('keeps the status the server decided: an unknown address is a rendered 404', async () => {
    const r = await get(api, '/en/nope');
    expect(r.status).toBe(404);
    expect(r.body).toContain('NOT-FOUND-PAGE');
  });

  it.each([
    ['throws', '/en/search'],
    ['answers an error', '/en/resources'],
    ['has no page for the address', '/en/organisations'],
  ])('serves the browser-rendered page when the render %s', async (_what, path) => {
    const r = await get(api, path);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>CSR-en</title>');
    expect(r.body).toMatch(/<ph-root ngCspNonce="[^"]+">/);
  });

  it('drops a render that hangs after WEB_SSR_TIMEOUT_MS, and the process keeps serving', async () => {
    const r = await get(api, '/en/countries');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>CSR-en</title>');
    expect(r.ms).toBeLessThan(5000);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect(api.output()).toMatch(/render of \/en\/countries took over 600 ms/);
  });

  it('serves index.html and index.csr.html by address only as the nonce-carrying shell, unrendered', async () => {
    for (const path of ['/en/index.html', '/en/index.csr.html']) {
      const r = await get(api, path);
      expect(r.status).toBe(200);
      expect(r.body).toContain('<title>CSR-en</title>');
      expect(r.body).toMatch(/<ph-root ngCspNonce="[^"]+">/);
    }
  });
});

describe('server-side rendering: limits and switches', () => {
  it('renders no more pages for a client over its request allowance: they get the browser-rendered page', async () => {
    const api = await start({ SEED: 'false', RATE_LIMIT_REQUESTS: '3' });
    const bodies: string[] = [];
    for (let i = 0; i < 5; i++) bodies.push((await get(api, '/en/')).body);
    expect(bodies.filter((b) => b.includes('HOME-PAGE')).length).toBeLessThanOrEqual(3);
    expect(bodies.at(-1)).toContain('<title>CSR-en</title>');
  }, 180_000);

  it('WEB_SSR=false serves every page browser-rendered', async () => {
    const api = await start({ SEED: 'false', WEB_SSR: 'false' });
    const r = await get(api, '/en/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>CSR-en</title>');
    expect(r.body).not.toContain('HOME-PAGE');
  }, 180_000);
});
