import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  GraphqlErrorFilter,
  RunningDatabase,
  connectAndMigrate,
  createDataSource,
  startDatabase,
  strictValidationPipe,
} from '@peerhub/shared/api-core';
import { SearchService } from '@peerhub/search/api';
import { SeedReport, dataset, loadSeed } from '@peerhub/tools/seed';
import { MIGRATIONS } from '../migrations';
import { AppModule } from './app.module';
import { ENTITIES } from './entities';
import { builtLocales, pickLocale } from './web-locales';

export interface RunningApp {
  app: NestExpressApplication;
  ds: DataSource;
  db: RunningDatabase;
  seed: SeedReport | null;
  close(): Promise<void>;
}

type Logger = LoggerService | LogLevel[] | false;

/**
 * Serves the built web app. A localized build has one folder per language (/en/, /fr/, /pt/, /no/): each
 * serves its own index.html for client-side routes, and any other page address is redirected to the
 * visitor's language (Accept-Language, else English), keeping the path. A single-locale build is served at `/`.
 */
function serveWeb(app: NestExpressApplication, dir: string): void {
  const locales = builtLocales(dir);
  if (!locales.length && !existsSync(join(dir, 'index.html'))) return;
  app.useStaticAssets(dir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const api = req.path.startsWith('/graphql') || req.path.startsWith('/health');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || api || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (!locales.length) return res.sendFile(join(dir, 'index.html'));
    const first = req.path.split('/')[1] ?? '';
    if (locales.includes(first)) return res.sendFile(join(dir, first, 'index.html'));
    const query = req.url.slice(req.path.length);
    res.setHeader('Vary', 'Accept-Language');
    return res.redirect(
      302,
      `/${pickLocale(req.headers['accept-language'], locales)}${req.path === '/' ? '/' : req.path}${query}`,
    );
  });
}

async function createNest(config: AppConfig, ds: DataSource, embedded: boolean, logger: Logger) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, ds, embedded), {
    logger,
    bufferLogs: false,
  });
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new GraphqlErrorFilter());
  app.disable('x-powered-by');
  if (config.http.webDist) serveWeb(app, config.http.webDist);
  return app;
}

/** Database up, migrated and seeded, Nest app built (not yet listening). */
export async function createApp(
  config: AppConfig,
  logger: Logger = ['error', 'warn', 'log'],
): Promise<RunningApp> {
  const db = await startDatabase(config.database);
  const ds = createDataSource(db.url, ENTITIES, MIGRATIONS, config.database.logging);
  try {
    await connectAndMigrate(ds, !db.embedded);
    const seed = config.database.seed ? await loadSeed(ds, dataset) : null;
    const app = await createNest(config, ds, db.embedded, logger);
    await app.get(SearchService).start();
    return {
      app,
      ds,
      db,
      seed,
      async close() {
        await app.close();
        if (ds.isInitialized) await ds.destroy();
        await db.stop();
      },
    };
  } catch (e) {
    if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await db.stop().catch(() => undefined);
    throw e;
  }
}

/** The GraphQL schema as SDL, built from the resolvers alone (no database connection is made). */
export async function buildSchemaSdl(config: AppConfig): Promise<string> {
  const ds = createDataSource('postgres://nobody@127.0.0.1:1/none', ENTITIES, MIGRATIONS);
  const app = await createNest({ ...config, http: { ...config.http, webDist: null } }, ds, false, false);
  await app.init();
  const schema: GraphQLSchema = app.get(GraphQLSchemaHost).schema;
  const sdl = printSchema(schema) + '\n';
  await app.close();
  return sdl;
}
