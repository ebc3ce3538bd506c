import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import type { Pool } from 'pg';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config';
import { KeyedGate } from './gate';

/** The table the PostgreSQL store uses (created by a migration, so the app role needs no DDL). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** Who a request counts against: the client address (behind `TRUST_PROXY`, the forwarded one); IPv6 by /64. */
export function clientKey(req: Pick<Request, 'ip' | 'socket'>): string {
  let ip = req.ip ?? req.socket?.remoteAddress ?? 'unknown';
  if (ip.startsWith('::ffff:')) ip = ip.slice(7);
  if (ip.includes(':')) {
    const groups = ip.split(':');
    if (!ip.includes('::') && groups.length === 8) return `${groups.slice(0, 4).join(':')}::/64`;
    // A compressed address: expand just enough to take the first four groups.
    const [head = '', tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const full = [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
    return `${full.slice(0, 4).join(':')}::/64`;
  }
  return ip;
}

/** What a client past its request allowance is told (HTTP and WebSocket). */
export const tooManyRequests = (retryAfter: number) =>
  `Too many requests from your address; please try again in ${retryAfter} s.`;

export interface Verdict {
  allowed: boolean;
  /** Whole seconds until the client may try again. */
  retryAfter: number;
}

/**
 * Per-client limits that hold across every API process: counters live in PostgreSQL (the `rate_limits` table),
 * or in Redis when REDIS_URL is set. rate-limiter-flexible does the counting (atomic upserts / Lua), with an
 * in-memory insurance limiter if the store cannot be reached, so an outage of the store degrades to
 * per-process limits instead of taking the API down.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis | null;
  private readonly make: (keyPrefix: string, points: number, duration?: number) => RateLimiterAbstract;
  private limiters: { requests: RateLimiterAbstract; searches: RateLimiterAbstract } | null = null;
  readonly searchGate: KeyedGate;

  constructor(@Inject(APP_CONFIG) config: AppConfig, ds: DataSource) {
    const { requests, searches, windowSeconds, concurrentSearches } = config.rateLimit;
    this.searchGate = new KeyedGate(concurrentSearches, {
      maxWaiting: concurrentSearches * 4,
      busy: 'You have too many searches running; wait for them to finish.',
    });
    // No connections for an app that is only built to print its schema (its DataSource never connects).
    this.redis =
      config.redisUrl && ds.isInitialized
        ? new Redis(config.redisUrl, {
            enableOfflineQueue: false,
            maxRetriesPerRequest: 1,
            lazyConnect: false,
          })
        : null;
    this.redis?.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    this.make = (keyPrefix: string, points: number, duration = windowSeconds): RateLimiterAbstract => {
      const insuranceLimiter = new RateLimiterMemory({ keyPrefix, points, duration });
      // Once a client is over its allowance, this process refuses it from memory until the window ends: a
      // flood then costs no store round trips, and cannot queue ahead of other clients' checks.
      const inMemoryBlockOnConsumed = points + 1;
      if (this.redis)
        return new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix: `peerhub:${keyPrefix}`,
          points,
          duration,
          inMemoryBlockOnConsumed,
          insuranceLimiter,
        });
      const pool = (ds.driver as unknown as { master: Pool }).master;
      return new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix,
        points,
        duration,
        inMemoryBlockOnConsumed,
        insuranceLimiter,
      });
    };
    this.points = { requests, searches };
  }

  private readonly points: { requests: number; searches: number };

  /** Made on first use: the DataSource's pool exists only once it is connected (not when the schema is printed). */
  private get stores() {
    this.limiters ??= {
      requests: this.make('req', this.points.requests),
      searches: this.make('search', this.points.searches),
    };
    return this.limiters;
  }

  get requests(): RateLimiterAbstract {
    return this.stores.requests;
  }

  get searches(): RateLimiterAbstract {
    return this.stores.searches;
  }

  private readonly own = new Map<string, RateLimiterAbstract>();

  /**
   * A limiter of its own for one kind of action (sign-in attempts per address, per account…), in the same shared
   * store as the others, so it counts across every API process.
   */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
    let limiter = this.own.get(keyPrefix);
    if (!limiter) this.own.set(keyPrefix, (limiter = this.make(keyPrefix, points, durationSeconds)));
    return limiter;
  }

  /** Whether `key` is already past `limiter`'s allowance, without taking a point. */
  async blocked(limiter: RateLimiterAbstract, key: string): Promise<Verdict> {
    try {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points)
        return { allowed: false, retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    } catch (e) {
      this.logger.warn(`Rate limit store failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    return { allowed: true, retryAfter: 0 };
  }

  /** Takes `cost` points from `limiter` for `key`. */
  async take(limiter: RateLimiterAbstract, key: string, cost = 1): Promise<Verdict> {
    try {
      await limiter.consume(key, cost);
      return { allowed: true, retryAfter: 0 };
    } catch (e) {
      if (e instanceof RateLimiterRes)
        return { allowed: false, retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      // The store and its insurance both failed: let the request through rather than fail every visitor.
      this.logger.warn(`Rate limit store failed: ${e instanceof Error ? e.message : String(e)}`);
      return { allowed: true, retryAfter: 0 };
    }
  }

  /** Express middleware for /graphql: one point per request; past the limit, 429 with Retry-After. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      void this.take(this.requests, clientKey(req)).then((v) => {
        if (v.allowed) return next();
        res.setHeader('Retry-After', String(v.retryAfter));
        res.status(429).json({
          errors: [
            {
              message: tooManyRequests(v.retryAfter),
              extensions: { code: 'RATE_LIMITED', retryAfter: v.retryAfter },
            },
          ],
        });
      });
    };
  }

  /** Runs one search for a client: one point from the search limit, then at most N at once per client. */
  async search<T>(req: Pick<Request, 'ip' | 'socket'> | undefined, work: () => Promise<T>): Promise<T> {
    const key = req ? clientKey(req) : 'internal';
    const v = await this.take(this.searches, key);
    if (!v.allowed)
      throw new GraphQLError(`Too many searches from your address; please try again in ${v.retryAfter} s.`, {
        extensions: { code: 'RATE_LIMITED', retryAfter: v.retryAfter },
      });
    return this.searchGate.run(key, work);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}
