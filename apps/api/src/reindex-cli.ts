import 'reflect-metadata';
import { SearchService } from '@peerhub/search/api';
import { ConfigError, loadConfig } from '@peerhub/shared/api-core';
import { createApp } from './app/bootstrap';

/**
 * `npm run reindex`: rebuilds every search engine from PostgreSQL into a fresh index and swaps it in; searches
 * keep answering from the old index until the swap. Uses DATABASE_URL, or the embedded database when the server
 * is not running on it. Swapping the PostgreSQL index replaces a table, which only the owner role may: with
 * MIGRATION_DATABASE_URL set (app and owner roles apart), it runs as that owner.
 */
async function main(): Promise<void> {
  const { MIGRATION_DATABASE_URL: ownerUrl, ...env } = process.env;
  const config = loadConfig({
    ...env,
    ...(ownerUrl ? { DATABASE_URL: ownerUrl } : {}),
    SEARCH_RELAY: 'false',
    SEED: process.env['SEED'] ?? 'false',
  });
  const app = await createApp(config, ['error', 'warn']);
  try {
    const started = Date.now();
    const results = await app.app.get(SearchService).reindex();
    for (const r of results) console.log(`reindexed ${r.indexed} documents into ${r.engine}`);
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(
    e instanceof ConfigError
      ? `Configuration error: ${e.message}`
      : `Reindex failed: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
});
