import type { Request, Response } from 'express';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoader registry. Each GraphQL request gets a fresh one (see the GraphQL context),
 * so batching and caching never leak across requests or users. Domains ask for a loader by a key
 * they own and give the batch function the first time it is needed.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(keys), { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphqlContext {
  loaders: LoaderRegistry;
  /** The HTTP request (client address for rate limits). */
  req?: Request;
  /** The HTTP response (a sign-in sets its session cookie here); absent over WebSocket and in a server render. */
  res?: Response;
}

/** Groups rows by a key, in the order of `keys`: the shape a one-to-many DataLoader must return. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Picks one row per key, in the order of `keys` (null where missing). */
export function indexBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Loads many keys through a by-key loader, dropping any that vanished. */
export async function loadAll<T>(
  loader: { loadMany(keys: readonly string[]): Promise<(T | Error | null)[]> },
  keys: string[],
): Promise<T[]> {
  const rows = await loader.loadMany(keys);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}
