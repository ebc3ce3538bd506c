import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** Raised when an environment variable is invalid; `variable` names it so boot can print one clear line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface DatabaseConfig {
  /** A postgres:// URL, or null to start the embedded PostgreSQL. */
  url: string | null;
  embeddedDir: string;
  embeddedPort: number;
  /** Load the seed after migrations (idempotent). */
  seed: boolean;
  logging: boolean;
  /** MIGRATION_DATABASE_URL: migrations run through it (an owner role) while `url` serves the app (read/write). */
  migrationUrl?: string | null;
  /** Production with DATABASE_URL: refuse a superuser role or a weak password (ALLOW_UNSAFE_DATABASE=true skips). */
  checkSafety?: boolean;
}

export interface SearchConfig {
  meiliHost: string | null;
  meiliApiKey: string | null;
  /** Run the outbox relay in this process (off for one-shot tools). */
  relay: boolean;
}

export interface HttpConfig {
  port: number;
  host: string;
  /** Folder of the built web app served at `/`, or null to serve the API only. */
  webDist: string | null;
  /**
   * Render pages on the server (WEB_SSR, default true) when the web build has its server part (`../server` next to
   * WEB_DIST): the first paint then carries the page's text. Off, or without that part, pages render in the browser.
   */
  ssr: boolean;
  /** A server render that takes longer is dropped for the browser-rendered page (WEB_SSR_TIMEOUT_MS, default 5000). */
  ssrTimeoutMs: number;
  /**
   * Express `trust proxy`: false (default: the client address is the socket's), a hop count ("1") or a list of
   * addresses/subnets ("loopback, 10.0.0.0/8"). Decides the per-client key of the rate limits and HSTS.
   */
  trustProxy: boolean | number | string;
}

export interface RateLimitConfig {
  /** Requests to /graphql per client (IP) per window, across all API processes. */
  requests: number;
  /** Search operations (each `search`/`suggestions` field) per client per window. */
  searches: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Searches one client may have running at once in one process (the rest wait their turn or are refused). */
  concurrentSearches: number;
}

export interface GraphqlConfig {
  maxDepth: number;
  maxComplexity: number;
  /** Lexical tokens per document (parser stops past it). */
  maxTokens: number;
  /** Aliased fields per operation, fragments included. */
  maxAliases: number;
  /** Top-level fields per operation, fragments included. */
  maxRootFields: number;
}

/** Mail to members (verification links). */
export interface MailConfig {
  /** SMTP server (SMTP_URL, `smtp://user:pass@host:587` or `smtps://…`); null = mail is kept in the database. */
  smtpUrl: string | null;
  /** The From address (MAIL_FROM). */
  from: string;
  /** The public address of the site, for links in mail (PUBLIC_URL, default http://localhost:PORT). */
  publicUrl: string;
  /**
   * The development mailbox (DEV_MAILBOX): the kept mail readable at /account/mailbox. On by default only for a trial
   * on the embedded database without SMTP_URL; never with SMTP_URL (nothing is kept) nor in production on DATABASE_URL.
   */
  devMailbox: boolean;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  mail: MailConfig;
  database: DatabaseConfig;
  search: SearchConfig;
  http: HttpConfig;
  graphql: GraphqlConfig;
  rateLimit: RateLimitConfig;
  redisUrl: string | null;
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | null {
  const v = env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === null) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = str(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  if (!parsed.hostname) throw new ConfigError(name, 'has no host name');
  return raw;
}

/** MIGRATION_DATABASE_URL, which only makes sense next to DATABASE_URL (the embedded database has one role). */
function migrationUrl(env: Env): string | null {
  const raw = url(env, 'MIGRATION_DATABASE_URL', ['postgres:', 'postgresql:']);
  if (raw && !str(env, 'DATABASE_URL'))
    throw new ConfigError('MIGRATION_DATABASE_URL', "needs DATABASE_URL too (the app's own read/write role)");
  return raw;
}

/**
 * MEILI_API_KEY, or the contents of MEILI_API_KEY_FILE (compose's meili-keys service writes it). Production with
 * MEILI_HOST needs one: a Meilisearch in production mode answers nothing without a key.
 */
function meiliApiKey(env: Env, production: boolean, cwd: string): string | null {
  let key = str(env, 'MEILI_API_KEY');
  const file = str(env, 'MEILI_API_KEY_FILE');
  if (key === null && file !== null) {
    try {
      key = readFileSync(isAbsolute(file) ? file : resolve(cwd, file), 'utf8').trim() || null;
    } catch (e) {
      throw new ConfigError(
        'MEILI_API_KEY_FILE',
        `cannot read ${file} (${(e as NodeJS.ErrnoException).code})`,
      );
    }
    if (key === null) throw new ConfigError('MEILI_API_KEY_FILE', `${file} is empty`);
  }
  if (key === null && production && str(env, 'MEILI_HOST'))
    throw new ConfigError(
      'MEILI_API_KEY',
      "must be set in production when MEILI_HOST is: an API key scoped to PeerHub's indexes, never the master key",
    );
  return key;
}

function path(env: Env, name: string, fallback: string, cwd: string): string {
  const raw = str(env, name) ?? fallback;
  return isAbsolute(raw) ? raw : resolve(cwd, raw);
}

function trustProxy(env: Env): boolean | number | string {
  const raw = str(env, 'TRUST_PROXY');
  if (raw === null || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  if (!/^[0-9a-f.:/, a-z]+$/i.test(raw))
    throw new ConfigError('TRUST_PROXY', `must be false, a hop count, or addresses/subnets, got "${raw}"`);
  return raw;
}

/** Reads and validates every variable documented in .env.example. Throws ConfigError on the first bad one. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = str(env, 'NODE_ENV') ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }
  const webDistRaw = str(env, 'WEB_DIST');
  return {
    env: nodeEnv as AppConfig['env'],
    database: {
      url: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
      embeddedDir: path(env, 'EMBEDDED_PG_DIR', '.data/pg', cwd),
      embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
      seed: bool(env, 'SEED', true),
      logging: bool(env, 'DB_LOGGING', false),
      migrationUrl: migrationUrl(env),
      checkSafety: !bool(env, 'ALLOW_UNSAFE_DATABASE', false) && nodeEnv === 'production',
    },
    search: {
      meiliHost: url(env, 'MEILI_HOST', ['http:', 'https:']),
      meiliApiKey: meiliApiKey(env, nodeEnv === 'production', cwd),
      relay: bool(env, 'SEARCH_RELAY', true),
    },
    http: {
      port: int(env, 'PORT', 3000, 0, 65535),
      host: str(env, 'HOST') ?? '0.0.0.0',
      webDist: webDistRaw === null ? null : path(env, 'WEB_DIST', webDistRaw, cwd),
      ssr: bool(env, 'WEB_SSR', true),
      ssrTimeoutMs: int(env, 'WEB_SSR_TIMEOUT_MS', 5000, 50, 60000),
      trustProxy: trustProxy(env),
    },
    graphql: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 25000, 10, 1000000),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 3000, 100, 100000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxRootFields: int(env, 'GRAPHQL_MAX_ROOT_FIELDS', 12, 1, 1000),
    },
    rateLimit: {
      requests: int(env, 'RATE_LIMIT_REQUESTS', 600, 1, 1000000),
      searches: int(env, 'RATE_LIMIT_SEARCHES', 120, 1, 1000000),
      windowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86400),
      concurrentSearches: int(env, 'RATE_LIMIT_CONCURRENT_SEARCHES', 2, 1, 100),
    },
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    mail: {
      smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
      from: str(env, 'MAIL_FROM') ?? 'PeerHub Europe <no-reply@peerhub.localhost>',
      publicUrl: (
        url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${int(env, 'PORT', 3000, 0, 65535)}`
      ).replace(/\/+$/, ''),
      devMailbox: devMailbox(env, nodeEnv),
    },
  };
}

function devMailbox(env: Env, nodeEnv: string): boolean {
  const trial = str(env, 'SMTP_URL') === null && str(env, 'DATABASE_URL') === null;
  const on = bool(env, 'DEV_MAILBOX', trial);
  if (on && str(env, 'SMTP_URL') !== null)
    throw new ConfigError('DEV_MAILBOX', 'cannot be on with SMTP_URL set: mail goes out and nothing is kept');
  if (on && nodeEnv === 'production' && str(env, 'DATABASE_URL') !== null)
    throw new ConfigError(
      'DEV_MAILBOX',
      'cannot be on in production on DATABASE_URL: it shows every member’s mail',
    );
  return on;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
