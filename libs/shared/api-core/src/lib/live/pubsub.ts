import { randomUUID } from 'node:crypto';
import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';

/**
 * The bus live updates travel on. Code publishes an event on a topic; each subscription (a graphql-ws client)
 * reads the topic as an async iterator. In-process by default; with REDIS_URL, Redis pub/sub, so an event published
 * by any API process reaches subscribers on every process.
 */
export abstract class PubSubPort implements OnApplicationShutdown {
  abstract readonly kind: 'in-process' | 'redis';
  abstract publish<T>(topic: string, payload: T): Promise<void>;
  abstract subscribe<T>(topic: string): AsyncIterableIterator<T>;
  /**
   * Whether this process is the one that publishes `role`'s periodic events on this bus, for `ttlMs` from now
   * (call it again before each event). In-process, every process leads its own bus; on Redis, one process at a time
   * holds a lease, and another takes over within `ttlMs` when it stops renewing it.
   */
  abstract lead(role: string, ttlMs: number): Promise<boolean>;
  abstract close(): Promise<void>;

  /** After the WebSocket server has closed (onModuleDestroy), so no subscription is still reading. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/** One process: graphql-subscriptions' in-memory PubSub. */
export class InProcessPubSub extends PubSubPort {
  readonly kind = 'in-process';
  private readonly bus = new PubSub();

  publish<T>(topic: string, payload: T): Promise<void> {
    return this.bus.publish(topic, payload);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.bus.asyncIterableIterator<T>(topic);
  }

  async lead(_role: string, _ttlMs: number): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    // nothing to release
  }
}

/** Renews the lease if this process holds it, takes it if nobody does; 1 when this process leads. */
const LEAD_SCRIPT = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

/**
 * Redis pub/sub as a graphql-subscriptions engine (its async iterator does the buffering and the clean-up): one
 * connection publishes, one subscribes, each Redis channel subscribed once per process however many clients
 * listen. Channels are `<prefix>:<topic>`. Redis being down never throws out of here unhandled: a publish fails
 * (the caller logs it), a new subscription ends with an error, a failed unsubscribe is dropped (messages on a
 * channel nobody listens to are ignored). ioredis reconnects and re-subscribes by itself.
 */
export class RedisPubSubEngine extends PubSubEngine {
  private readonly logger = new Logger('PubSub');
  private readonly handlers = new Map<number, { channel: string; onMessage: (payload: unknown) => void }>();
  private readonly channels = new Map<string, Set<number>>();
  private nextId = 1;
  private lastError = '';

  constructor(
    readonly publisher: Redis,
    readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    super();
    for (const client of [publisher, subscriber])
      client.on('error', (e: Error) => {
        // ioredis retries on its own and reports every attempt: say it once until it changes.
        if (e.message !== this.lastError) this.logger.warn(`Redis: ${e.message}`);
        this.lastError = e.message;
      });
    subscriber.on('ready', () => (this.lastError = ''));
    subscriber.on('message', (channel: string, message: string) => {
      const ids = this.channels.get(channel);
      if (!ids) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        return this.logger.warn(`Ignored a message on ${channel} that is not JSON`);
      }
      for (const id of ids) this.handlers.get(id)?.onMessage(payload);
    });
  }

  channel(topic: string): string {
    return `${this.prefix}:${topic}`;
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.publish(this.channel(topic), JSON.stringify(payload));
  }

  async subscribe(topic: string, onMessage: (payload: unknown) => void): Promise<number> {
    const channel = this.channel(topic);
    const id = this.nextId++;
    this.handlers.set(id, { channel, onMessage });
    let ids = this.channels.get(channel);
    if (!ids) {
      ids = new Set();
      this.channels.set(channel, ids);
    }
    ids.add(id);
    try {
      // ioredis answers at once for a channel it already listens to; the first listener waits for Redis.
      await this.subscriber.subscribe(channel);
    } catch (e) {
      this.unsubscribe(id);
      throw e;
    }
    return id;
  }

  unsubscribe(id: number): void {
    const handler = this.handlers.get(id);
    if (!handler) return;
    this.handlers.delete(id);
    const ids = this.channels.get(handler.channel);
    ids?.delete(id);
    if (ids && ids.size === 0) {
      this.channels.delete(handler.channel);
      this.subscriber.unsubscribe(handler.channel).catch(() => undefined);
    }
  }

  get listeners(): number {
    return this.handlers.size;
  }
}

/** The bus on Redis (REDIS_URL). */
export class RedisPubSub extends PubSubPort {
  readonly kind = 'redis';
  readonly engine: RedisPubSubEngine;
  private readonly instance = randomUUID();

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    // disconnectTimeout: a stream that is already dead is let go at once at shutdown (ioredis waits 2 s for it).
    const options = { maxRetriesPerRequest: 2, connectTimeout: 5000, disconnectTimeout: 200 };
    this.engine = new RedisPubSubEngine(new Redis(url, options), new Redis(url, options), prefix);
  }

  publish<T>(topic: string, payload: T): Promise<void> {
    return this.engine.publish(topic, payload);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  async lead(role: string, ttlMs: number): Promise<boolean> {
    const held = await this.engine.publisher.eval(
      LEAD_SCRIPT,
      1,
      `${this.prefix}:lead:${role}`,
      this.instance,
      String(Math.max(1, Math.round(ttlMs))),
    );
    return held === 1;
  }

  async close(): Promise<void> {
    const clients = [this.engine.publisher, this.engine.subscriber];
    // QUIT lets a healthy connection finish what it sent; one that is down just stops reconnecting.
    await Promise.all(
      clients.map(async (c) => {
        if (c.status === 'ready') await c.quit().catch(() => c.disconnect());
        else c.disconnect();
      }),
    );
  }
}

/** In-process unless `redisUrl` is set. */
export function createPubSub(redisUrl: string | null, channelPrefix: string): PubSubPort {
  return redisUrl ? new RedisPubSub(redisUrl, channelPrefix) : new InProcessPubSub();
}
