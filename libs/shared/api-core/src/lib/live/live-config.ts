import { ConfigError } from '../config';

/** Live updates: subscriptions over graphql-ws and the pub/sub bus behind them. */
export interface LiveConfig {
  /** PUBSUB_CHANNEL_PREFIX: Redis channels and keys of the bus start with it (several deployments, or test runs, may share a Redis). */
  channelPrefix: string;
  /** HEALTH_TICK_SECONDS: period of the `healthTick` subscription's events; 0 = no ticks from this process. */
  healthTickSeconds: number;
  /** WS_MAX_CONNECTIONS_PER_CLIENT: open WebSocket connections one client address may hold on one process. */
  maxConnectionsPerClient: number;
  /** WS_MAX_CONNECTIONS: open WebSocket connections one process accepts in all. */
  maxConnections: number;
  /** WS_MAX_SUBSCRIPTIONS: subscriptions running at once on one connection. */
  maxSubscriptionsPerConnection: number;
}

export const LIVE_CONFIG = Symbol('LIVE_CONFIG');

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** Reads and validates the live-update variables; a bad one stops the boot naming it, like loadConfig. */
export function loadLiveConfig(env: Env = process.env): LiveConfig {
  const prefix = env['PUBSUB_CHANNEL_PREFIX']?.trim() || 'peerhub';
  if (!/^[A-Za-z0-9][A-Za-z0-9:._-]{0,63}$/.test(prefix))
    throw new ConfigError(
      'PUBSUB_CHANNEL_PREFIX',
      `must be 1 to 64 letters, digits or : . _ - (starting with a letter or digit), got "${prefix}"`,
    );
  return {
    channelPrefix: prefix,
    healthTickSeconds: int(env, 'HEALTH_TICK_SECONDS', 30, 0, 3600),
    maxConnectionsPerClient: int(env, 'WS_MAX_CONNECTIONS_PER_CLIENT', 20, 1, 10_000),
    maxConnections: int(env, 'WS_MAX_CONNECTIONS', 5000, 1, 1_000_000),
    maxSubscriptionsPerConnection: int(env, 'WS_MAX_SUBSCRIPTIONS', 20, 1, 1000),
  };
}
