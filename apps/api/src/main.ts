import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, loadLiveConfig, redact } from '@peerhub/shared/api-core';
import { RunningApp, createApp } from './app/bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const live = loadLiveConfig(); // checked before anything starts, like the rest of the configuration
  const logger = new Logger('PeerHub');
  const running: RunningApp = await createApp(config);
  const { app, db, seed } = running;
  logger.log(db.embedded ? `Embedded PostgreSQL at ${redact(db.url)}` : `PostgreSQL at ${redact(db.url)}`);
  if (seed) {
    logger.log(
      seed.skipped
        ? 'Seed already loaded'
        : `Seed loaded: ${seed.inserted} inserted, ${seed.updated} updated, ${seed.unchanged} unchanged`,
    );
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    await running.close().catch((e: unknown) => logger.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen(config.http.port, config.http.host);
  const url = `http://localhost:${config.http.port}`;
  logger.log(
    `PeerHub Europe on ${url} — GraphQL ${url}/graphql, health ${url}/health${config.http.webDist ? '' : ' (no web build served)'}`,
  );
  logger.log(
    `Subscriptions: graphql-ws on ${url.replace(/^http/, 'ws')}/graphql, ${config.redisUrl ? `Redis pub/sub (channels ${live.channelPrefix}:*)` : 'in-process pub/sub'}`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(`Configuration error: ${e.message}`);
  } else {
    console.error(`PeerHub failed to start: ${e instanceof Error ? e.message : String(e)}`);
  }
  process.exit(1);
});
