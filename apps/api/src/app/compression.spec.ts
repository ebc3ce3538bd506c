import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { TestApp, startTestApp } from '../testing/test-app';
import { COMPRESSION_THRESHOLD, compressionMiddleware } from './compression';

/**
 * Compressed responses (issue 11, weight of the first load): the web app's files and /graphql answers go out
 * with brotli or gzip as the client asks, `Vary: Accept-Encoding`, the security headers still on; small bodies
 * and `text/event-stream` go out as they are. Uses a small fake web dist, so the Angular build is not needed.
 */

const BIG_JS = 'console.log("peer support in mental health care");\n'.repeat(200);

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Node's http client: the body exactly as sent (fetch would decompress it). */
function raw(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decode(r: RawResponse): string {
  const encoding = r.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(r.body).toString();
  if (encoding === 'gzip') return gunzipSync(r.body).toString();
  return r.body.toString();
}

describe('compressed responses', () => {
  let root: string;
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'peerhub-compress-'));
    const dist = join(root, 'web');
    mkdirSync(join(dist, 'en'), { recursive: true });
    writeFileSync(
      join(dist, 'en', 'index.html'),
      '<!doctype html><html lang="en"><head><base href="/en/"></head><body><ph-root></ph-root></body></html>\n',
    );
    writeFileSync(join(dist, 'en', 'main-ABC123.js'), BIG_JS);
    writeFileSync(join(dist, 'en', 'tiny-ABC123.js'), 'console.log(1);\n');
    t = await startTestApp({ WEB_DIST: dist });
    port = Number(new URL(t.url).port);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('serves a static file to Accept-Encoding "%s" as %s', async (accept, expected) => {
    const r = await raw(port, '/en/main-ABC123.js', { 'accept-encoding': accept });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe(expected);
    expect(String(r.headers['vary'])).toMatch(/Accept-Encoding/i);
    expect(r.body.length).toBeLessThan(BIG_JS.length / 5);
    expect(decode(r)).toBe(BIG_JS);
    // helmet's headers are still there.
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the file as it is when the client accepts no encoding', async () => {
    const r = await raw(port, '/en/main-ABC123.js', { 'accept-encoding': 'identity' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe(BIG_JS);
  });

  it('leaves bodies under the threshold alone', async () => {
    const r = await raw(port, '/en/tiny-ABC123.js', { 'accept-encoding': 'br, gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
  });

  it.each(['br', 'gzip'])('compresses a GraphQL answer with %s', async (encoding) => {
    const query = '{ practices(first: 20) { edges { node { slug title summary } } } }';
    const r = await raw(
      port,
      '/graphql',
      { 'content-type': 'application/json', 'accept-encoding': encoding, 'apollo-require-preflight': 'true' },
      'POST',
      JSON.stringify({ query }),
    );
    expect(r.status).toBe(200);
    const json = JSON.parse(decode(r)) as { data: { practices: { edges: unknown[] } } };
    expect(json.data.practices.edges.length).toBeGreaterThan(5);
    expect(decode(r).length).toBeGreaterThan(COMPRESSION_THRESHOLD);
    expect(r.headers['content-encoding']).toBe(encoding);
    expect(String(r.headers['vary'])).toMatch(/Accept-Encoding/i);
  });
});

describe('compressionMiddleware on its own', () => {
  it('never compresses text/event-stream or an upgrade request', async () => {
    const app = express();
    app.use(compressionMiddleware());
    app.get('/events', (_req, res) => {
      res.type('text/event-stream').send('data: x\n\n'.repeat(500));
    });
    app.get('/upgrade', (_req, res) => {
      res.type('text/plain').send('y'.repeat(5000));
    });
    app.get('/plain', (_req, res) => {
      res.type('text/plain').send('y'.repeat(5000));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const events = await raw(port, '/events', { 'accept-encoding': 'br, gzip' });
      expect(events.headers['content-encoding']).toBeUndefined();
      expect(events.body.toString()).toBe('data: x\n\n'.repeat(500));
      const upgrade = await raw(port, '/upgrade', {
        'accept-encoding': 'gzip',
        connection: 'Upgrade',
        upgrade: 'websocket',
      });
      expect(upgrade.headers['content-encoding']).toBeUndefined();
      const plain = await raw(port, '/plain', { 'accept-encoding': 'gzip' });
      expect(plain.headers['content-encoding']).toBe('gzip');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
