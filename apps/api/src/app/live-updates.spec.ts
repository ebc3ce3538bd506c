import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiProcess, TestApp, createTestDatabase, startApiProcess, startTestApp } from '../testing/test-app';
import { handshake, liveSubscribe, wsUrl } from '../testing/live-client';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const TICK = 'subscription { healthTick { at status version } }';
const VERSION = (
  JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as { version: string }
).version;
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] } | null) =>
  (r?.errors ?? []).map((e) => e.extensions?.['code']);

/** Sets environment variables for the AppModule of an in-process test app (live config is read at register). */
function withEnv(vars: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

describe('live updates over graphql-ws on /graphql', () => {
  let t: TestApp | null = null;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = withEnv({ HEALTH_TICK_SECONDS: '1', WS_MAX_CONNECTIONS_PER_CLIENT: '3' });
    t = await startTestApp({ SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    restoreEnv();
    await t?.close();
  });

  it('delivers healthTick: the status and version, every HEALTH_TICK_SECONDS', async () => {
    const sub = liveSubscribe(t!.url, TICK);
    const first = await sub.waitFor(10_000);
    const second = await sub.waitFor(10_000, (r) => r !== first);
    await sub.close();
    expect(first?.errors).toBeUndefined();
    const tick = first?.data?.['healthTick'] as { at: string; status: string; version: string };
    expect(tick.status).toMatch(/^(OK|DEGRADED)$/);
    expect(tick.version).toBe(VERSION);
    expect(Math.abs(Date.parse(tick.at) - Date.now())).toBeLessThan(15_000);
    // A second, later tick: the ticker repeats, it did not send one event.
    const next = second?.data?.['healthTick'] as { at: string } | undefined;
    expect(next?.at).toBeDefined();
    expect(Date.parse(next!.at)).toBeGreaterThan(Date.parse(tick.at));
  });

  it('accepts the upgrade on /graphql only, from this site’s pages only', async () => {
    const elsewhere = await handshake(t!.url, { path: '/health' });
    expect(elsewhere.status).toBe(404);
    const crossSite = await handshake(t!.url, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body).errors[0].extensions.code).toBe('FORBIDDEN');
    const host = new URL(t!.url).host;
    const sameSite = await handshake(t!.url, { headers: { origin: `http://${host}` } });
    expect(sameSite.status).toBe(101);
    sameSite.socket?.close();
    // The HTTP side is untouched: POST /graphql still answers.
    expect((await t!.gql('{ countries { code } }')).status).toBe(200);
  });

  it('caps open connections per client address (WS_MAX_CONNECTIONS_PER_CLIENT) and frees a slot on close', async () => {
    const open: WebSocket[] = [];
    for (let i = 0; i < 3; i++) {
      const h = await handshake(t!.url);
      expect(h.status).toBe(101);
      open.push(h.socket!);
    }
    const refused = await handshake(t!.url);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 30 });
    // Without TRUST_PROXY a forwarded address is the client's say-so, not its address: still the same client.
    const spoofed = await handshake(t!.url, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(spoofed.status).toBe(429);
    await new Promise<void>((resolve) => {
      open[0].once('close', () => resolve());
      open[0].close();
    });
    await new Promise((r) => setTimeout(r, 100)); // the server sees the close
    const again = await handshake(t!.url);
    expect(again.status).toBe(101);
    await Promise.all(
      [...open.slice(1), again.socket!].map(
        (s) => new Promise<void>((resolve) => (s.once('close', () => resolve()), s.close())),
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
  });

  it('runs subscriptions only, through the same limits as HTTP, errors with their codes', async () => {
    const cases: [string, string][] = [
      ['{ countries { code } }', 'BAD_REQUEST'], // queries go over HTTP
      ['mutation { x }', 'BAD_REQUEST'],
      ['subscription { healthTick { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription { healthTick { at } ', 'GRAPHQL_PARSE_FAILED'],
      [`subscription { healthTick { ${'at '.repeat(3000)} } }`, 'GRAPHQL_PARSE_FAILED'], // token cap
      [
        `subscription { ${Array.from({ length: 20 }, (_, i) => `a${i}: healthTick { at }`).join(' ')} }`,
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ];
    for (const [query, code] of cases) {
      const sub = liveSubscribe(t!.url, query);
      const first = await sub.waitFor(5000);
      await sub.close();
      expect([query.slice(0, 40), [...new Set(codes(first))]]).toEqual([query.slice(0, 40), [code]]);
      expect(JSON.stringify(first)).not.toMatch(/stack|\.js:\d+/);
    }
  });

  it('closes open subscriptions on shutdown instead of waiting for them', async () => {
    const sub = liveSubscribe(t!.url, TICK);
    expect(await sub.waitFor(10_000)).not.toBeNull();
    const started = Date.now();
    const app = t!;
    t = null;
    await app.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    await sub.close();
  });
});

/** Each `subscribe` message is a request of its own: the first answer of every subscription, in order. */
async function firstAnswers(url: string, count: number): Promise<unknown[]> {
  const client = createClient({ url: wsUrl(url), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  const answers: unknown[] = [];
  for (let i = 0; i < count; i++)
    answers.push(
      await new Promise((resolve) => {
        const timer = setTimeout(() => resolve('open'), 300); // no error within 300 ms: running
        client.subscribe(
          { query: TICK },
          {
            next: () => undefined,
            error: (e) => (
              clearTimeout(timer),
              resolve(Array.isArray(e) ? e[0]?.extensions?.code : 'closed')
            ),
            complete: () => undefined,
          },
        );
      }),
    );
  await client.dispose();
  return answers;
}

describe('live updates within the request and subscription limits', () => {
  let t: TestApp;
  let restoreEnv: () => void;
  beforeAll(async () => {
    restoreEnv = withEnv({ HEALTH_TICK_SECONDS: '0', WS_MAX_SUBSCRIPTIONS: '2' });
    t = await startTestApp({ SEARCH_RELAY: 'false', RATE_LIMIT_REQUESTS: '5' });
  });
  afterAll(async () => {
    restoreEnv();
    await t?.close();
  });

  it('counts handshakes and subscribe messages against RATE_LIMIT_REQUESTS, and caps subscriptions per connection', async () => {
    // 1 handshake + 2 subscribes (3 points); a third at once is over WS_MAX_SUBSCRIPTIONS (2), refused uncounted.
    expect(await firstAnswers(t.url, 3)).toEqual(['open', 'open', 'BAD_REQUEST']);
    // 1 handshake + 1 subscribe = 5 points used; the next subscribe is refused in-band…
    expect(await firstAnswers(t.url, 2)).toEqual(['open', 'RATE_LIMITED']);
    // …and a new connection at the door, with Retry-After.
    const refused = await handshake(t.url);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('healthTick across two API processes', () => {
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  // Unique per run: parallel runs on the same Redis neither see each other's events nor share a tick lease.
  const prefix = `peerhub-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  let db: { url: string; drop(): Promise<void> };
  const started: ApiProcess[] = [];
  const start = async (env: Record<string, string>) => {
    const p = await startApiProcess(db.url, { SEED: 'false', SEARCH_RELAY: 'false', ...env });
    started.push(p);
    return p;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await db?.drop();
  });

  it('with REDIS_URL: a tick published by process B reaches a subscriber on process A', async () => {
    const shared = { REDIS_URL: redisUrl, PUBSUB_CHANNEL_PREFIX: prefix };
    const b = await start({ ...shared, HEALTH_TICK_SECONDS: '1' });
    const a = await start({ ...shared, HEALTH_TICK_SECONDS: '0' }); // A never ticks: what it gets came from B
    const sub = liveSubscribe(a.url, TICK);
    const first = await sub.waitFor(20_000);
    await sub.close();
    expect(first?.errors).toBeUndefined();
    expect((first?.data?.['healthTick'] as { version: string }).version).toBe(VERSION);
    expect(wsUrl(a.url)).not.toBe(wsUrl(b.url));
  });

  it('without Redis (in-process bus): B’s ticks reach B’s subscribers and not A’s', async () => {
    const b = await start({ HEALTH_TICK_SECONDS: '1' });
    const a = await start({ HEALTH_TICK_SECONDS: '0' });
    const onA = liveSubscribe(a.url, TICK);
    const onB = liveSubscribe(b.url, TICK);
    expect(await onB.waitFor(20_000)).not.toBeNull(); // B ticks, and a subscription there works
    await onB.waitFor(5000, (r) => r !== onB.results[0]); // two more seconds of B's ticks…
    expect(onA.results).toEqual([]); // …none reached A
    expect(onA.failure).toBeUndefined(); // A's subscription is open and well, just alone
    await Promise.all([onA.close(), onB.close()]);
  });
});
