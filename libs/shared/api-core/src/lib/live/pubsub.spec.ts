import { randomBytes } from 'node:crypto';
import { ConfigError } from '../config';
import { HEALTH_TICK_TOPIC, HealthStatus, HealthTick, HealthTicker } from './health-tick';
import { loadLiveConfig } from './live-config';
import { InProcessPubSub, PubSubPort, RedisPubSub, createPubSub } from './pubsub';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The next value of an iterator, or 'nothing' after `ms`. */
async function nextWithin<T>(it: AsyncIterator<T>, ms: number): Promise<T | 'nothing'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'nothing'>((r) => (timer = setTimeout(() => r('nothing'), ms)));
  const next = it.next().then((r) => r.value as T);
  const value = await Promise.race([next, timeout]);
  clearTimeout(timer);
  return value;
}

describe('in-process pub/sub', () => {
  it('delivers to every subscriber of the topic, and always leads', async () => {
    const bus = createPubSub(null, 'ignored');
    expect(bus).toBeInstanceOf(InProcessPubSub);
    const one = bus.subscribe<{ n: number }>('t');
    const two = bus.subscribe<{ n: number }>('t');
    const other = bus.subscribe<{ n: number }>('u');
    const got = Promise.all([one.next(), two.next()]);
    await sleep(10); // both iterators subscribe on their first next()
    await bus.publish('t', { n: 1 });
    expect((await got).map((r) => r.value)).toEqual([{ n: 1 }, { n: 1 }]);
    expect(await nextWithin(other, 50)).toBe('nothing');
    expect(await bus.lead('any', 1000)).toBe(true);
    await Promise.all([one.return?.(), two.return?.(), other.return?.()]);
  });
});

describe('Redis pub/sub (two processes’ worth of connections on one Redis)', () => {
  const prefix = `peerhub-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  let a: RedisPubSub;
  let b: RedisPubSub;
  let stranger: RedisPubSub;
  beforeAll(() => {
    a = new RedisPubSub(REDIS_URL, prefix);
    b = new RedisPubSub(REDIS_URL, prefix);
    stranger = new RedisPubSub(REDIS_URL, `${prefix}-other`);
  });
  afterAll(async () => {
    await Promise.all([a, b, stranger].map((p) => p?.close()));
  });

  it('carries an event published by one to subscribers of the other, within its prefix only', async () => {
    const onB = b.subscribe<{ hello: string }>('greeting');
    const onStranger = stranger.subscribe<{ hello: string }>('greeting');
    const next = onB.next();
    const strangerNext = nextWithin(onStranger, 1500);
    await sleep(300); // SUBSCRIBE reaches Redis
    await a.publish('greeting', { hello: 'from a' });
    expect((await next).value).toEqual({ hello: 'from a' });
    expect(await strangerNext).toBe('nothing');
    await onB.return?.();
    await onStranger.return?.();
    expect(b.engine.subscriber.listenerCount('message')).toBe(1);
  });

  it('gives a lease to one process at a time, and to another once the holder stops renewing it', async () => {
    const role = `lead-${randomBytes(3).toString('hex')}`;
    const first = await Promise.all([a.lead(role, 400), b.lead(role, 400)]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const [holder, other] = first[0] ? [a, b] : [b, a];
    expect(await holder.lead(role, 400)).toBe(true); // renewing
    expect(await other.lead(role, 400)).toBe(false);
    await sleep(600); // the holder stopped renewing
    expect(await other.lead(role, 400)).toBe(true);
    expect(await holder.lead(role, 400)).toBe(false);
  });

  it('never lets a closed or unreachable Redis throw out unhandled', async () => {
    const lonely = new RedisPubSub('redis://127.0.0.1:1', prefix); // nothing listens there
    const it = lonely.subscribe('x');
    await expect(it.next()).rejects.toThrow();
    await expect(lonely.publish('x', {})).rejects.toThrow();
    await lonely.close();
    const closing = new RedisPubSub(REDIS_URL, prefix);
    const sub = closing.subscribe('y');
    const pending = sub.next();
    await sleep(200);
    await closing.close();
    await sub.return?.(); // unsubscribes on a closed connection: swallowed
    void pending;
    await sleep(100);
  });
});

describe('HealthTicker', () => {
  const probe = async () => ({ status: HealthStatus.OK, version: '1.2.3' });
  const bus = (leads: boolean) => {
    const published: unknown[] = [];
    const port = {
      kind: 'in-process',
      lead: async () => leads,
      publish: async (topic: string, payload: unknown) => void published.push([topic, payload]),
    } as unknown as PubSubPort;
    return { port, published };
  };

  it('publishes a tick only from the process that leads', async () => {
    const leader = bus(true);
    expect(await new HealthTicker(leader.port, 1, probe).tick()).toBe(true);
    const [[topic, tick]] = leader.published as [string, HealthTick][];
    expect(topic).toBe(HEALTH_TICK_TOPIC);
    expect(tick).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), status: 'ok', version: '1.2.3' });
    const follower = bus(false);
    expect(await new HealthTicker(follower.port, 1, probe).tick()).toBe(false);
    expect(follower.published).toEqual([]);
  });

  it('survives a failing probe or bus (logs, no tick)', async () => {
    const failing = { lead: async () => Promise.reject(new Error('redis down')) } as unknown as PubSubPort;
    expect(await new HealthTicker(failing, 1, probe).tick()).toBe(false);
  });
});

describe('live config', () => {
  it('has defaults and refuses bad values naming the variable', () => {
    expect(loadLiveConfig({})).toEqual({
      channelPrefix: 'peerhub',
      healthTickSeconds: 30,
      maxConnectionsPerClient: 20,
      maxConnections: 5000,
      maxSubscriptionsPerConnection: 20,
    });
    const error = (env: Record<string, string>) => {
      try {
        loadLiveConfig(env);
        return null;
      } catch (e) {
        return e instanceof ConfigError ? e.variable : e;
      }
    };
    expect(error({ PUBSUB_CHANNEL_PREFIX: 'has space' })).toBe('PUBSUB_CHANNEL_PREFIX');
    expect(error({ HEALTH_TICK_SECONDS: 'often' })).toBe('HEALTH_TICK_SECONDS');
    expect(error({ WS_MAX_CONNECTIONS_PER_CLIENT: '0' })).toBe('WS_MAX_CONNECTIONS_PER_CLIENT');
  });
});
