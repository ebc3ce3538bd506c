import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { Logger as NestLogger, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLSchema, printSchema } from 'graphql';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  ArgumentHygienePipe,
  GraphqlErrorFilter,
  RateLimits,
  RunningDatabase,
  SeedReport,
  connectAndMigrate,
  createDataSource,
  startDatabase,
  strictValidationPipe,
} from '@peerhub/shared/api-core';
import { SearchService } from '@peerhub/search/api';
import { dataset } from '@peerhub/tools/seed';
import { MIGRATIONS } from '../migrations';
import { AppModule } from './app.module';
import { compressionMiddleware } from './compression';
import { ENTITIES } from './entities';
import { loadSeed } from './seed';
import { builtLocales, localeRedirect } from './web-locales';
import { WebPages, requestOrigin, robotsTxt, sitemapXml } from './web-pages';
import { WebRenderer, fontPreloads, indexFile } from './web-render';

export interface RunningApp {
  app: NestExpressApplication;
  ds: DataSource;
  db: RunningDatabase;
  seed: SeedReport | null;
  close(): Promise<void>;
}

type Logger = LoggerService | LogLevel[] | false;

/**
 * Per-response nonce: the CSP header allows it for <style> and for the event-replay script of a server-rendered
 * page, and the page hands it to Angular (`ngCspNonce`).
 */
function cspNonce(res: ServerResponse): string {
  return (res as Response).locals['cspNonce'] as string;
}

/**
 * Security headers on every response (pages, files, /graphql, /health). The Content-Security-Policy allows only
 * this origin; Angular's component styles are <style> elements, allowed by a per-request nonce that the index.html
 * carries (`ngCspNonce`). HSTS only on requests that arrived over HTTPS: directly, or through a trusted proxy
 * (TRUST_PROXY) that says so in X-Forwarded-Proto — a plain-http deployment (the compose stack on :8080) keeps working.
 */
function securityHeaders(app: NestExpressApplication): void {
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals['cspNonce'] = randomBytes(16).toString('base64');
    if (req.secure) return hsts(req, res, next);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // Files from this origin, plus the one inline script of a server-rendered page that records taps made
          // before it hydrates (Angular's event replay), allowed by the response's nonce.
          scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(res)}'`],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(res)}'`],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: false, // set above, for HTTPS requests only
    }),
  );
}

/** The last path segment names a file (`main.js`, `x.js.map`), not a client-side route. */
const FILE_NAME = /\.[a-z0-9]+$/i;

function notFound(res: Response): void {
  res.status(404).setHeader('Cache-Control', 'no-cache');
  res.type('text/plain').send('Not found\n');
}

/**
 * Serves the built web app. A localized build has one folder per language (/en/, /fr/, /pt/, /no/): each
 * serves its own index.html for client-side routes, and any other page address is redirected to the
 * visitor's language (Accept-Language, else English), keeping the path. A single-locale build is served at `/`.
 * Only files inside `dir` are served: dotfiles and `..` (plain or encoded) are 404, and so is an address whose
 * last segment looks like a file name that does not exist (`/en/x.js.map`), instead of the app shell.
 */
function serveWeb(app: NestExpressApplication, dir: string, http: AppConfig['http']): void {
  const locales = builtLocales(dir);
  if (!locales.length && !existsSync(indexFile(dir, null))) return;
  const isApi = (path: string) => path.startsWith('/graphql') || path.startsWith('/health');
  const isPage = (req: Request) => (req.method === 'GET' || req.method === 'HEAD') && !isApi(req.path);
  // Server rendering when the build has its server part (WEB_SSR): loaded once, in the background.
  const renderer: Promise<WebRenderer | null> = http.ssr
    ? WebRenderer.load(dir, app, http.ssrTimeoutMs).catch((e: unknown) => {
        new NestLogger('WebRenderer').error(`server rendering is off: ${(e as Error).stack ?? e}`);
        return null;
      })
    : Promise.resolve(null);

  // The body text fonts, preloaded with each page (its locale folder's build names them).
  const preloads = new Map((locales.length ? locales : [null]).map((l) => [l, fontPreloads(dir, l)]));
  /**
   * The page: rendered on the server when it can be, else the app's index.html (the browser renders it). Either way
   * with the request's CSP nonce on the root component (Angular reads `ngCspNonce` for the styles it adds later).
   */
  const shell = async (req: Request, res: Response, locale: string | null, status = 200, render = true) => {
    const nonce = cspNonce(res);
    const rendered = render ? await (await renderer)?.render(req, nonce) : null;
    const html = rendered ?? (await readFile(indexFile(dir, locale), 'utf8'));
    // private: a rendered page may carry the signed-in member's own data (the account page); no shared cache keeps it.
    res.status(status).setHeader('Cache-Control', 'private, no-cache');
    res.type('html').send(
      html
        .replace(/<\/head>/i, `${preloads.get(locale) ?? ''}</head>`)
        .replace(/<([a-z]+-root)\b(?![^>]*\bngCspNonce=)/, `<$1 ngCspNonce="${nonce}"`)
        // The event-replay contract the build inlines into a server-rendered page.
        .replace(
          /<script(?![^>]*\bnonce=)(?=[^>]*\bid="ng-event-dispatch-contract")/,
          `<script nonce="${nonce}"`,
        ),
    );
  };

  // A record that does not exist, or an unknown address, is a 404 (the page says so in the visitor's language).
  const pages = new WebPages(app);
  const page = async (req: Request, res: Response, locale: string | null) => {
    const prefix = locale ? `/${locale}` : '';
    const verdict = await pages.verdict(prefix, decodeURIComponent(req.path).slice(prefix.length));
    if ('redirect' in verdict) return res.redirect(301, verdict.redirect + req.url.slice(req.path.length));
    return shell(req, res, locale, verdict.status);
  };
  app.use('/robots.txt', (req: Request, res: Response, next: NextFunction) => {
    if (!isPage(req)) return next();
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('text/plain').send(robotsTxt(requestOrigin(req)));
  });
  app.use('/sitemap.xml', (req: Request, res: Response, next: NextFunction) => {
    if (!isPage(req)) return next();
    pages
      .sitemapPaths()
      .then((paths) => {
        res.setHeader('Cache-Control', 'public, max-age=3600');
        res.type('application/xml').send(sitemapXml(requestOrigin(req), locales, paths));
      })
      .catch(next);
  });

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPage(req)) return next();
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return notFound(res);
    }
    const segments = path.split(/[\\/]+/);
    if (path.includes('\0') || segments.some((s) => s.startsWith('.'))) return notFound(res);
    // index.html itself is only ever served with its nonce (and as the browser-rendered shell).
    const index = /^\/(?:([^/]+)\/)?index(?:\.csr)?\.html$/.exec(path);
    if (index && (index[1] ? locales.includes(index[1]) : !locales.length))
      return shell(req, res, index[1] ?? null, 200, false).catch(next);
    return next();
  });
  app.useStaticAssets(dir, {
    index: false,
    dotfiles: 'deny',
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPage(req)) return next();
    if (FILE_NAME.test(req.path.split('/').pop() ?? '')) return notFound(res);
    if (!req.accepts('html')) return next();
    if (!locales.length) return page(req, res, null).catch(next);
    const first = req.path.split('/')[1] ?? '';
    if (locales.includes(first)) return page(req, res, first).catch(next);
    const query = req.url.slice(req.path.length);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language');
    return res.redirect(302, `${localeRedirect(req.path, req.headers['accept-language'], locales)}${query}`);
  });
}

async function createNest(config: AppConfig, ds: DataSource, embedded: boolean, logger: Logger) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, ds, embedded), {
    logger,
    bufferLogs: false,
  });
  // First: every response, including those of the middleware below (rate limits, static files), gets the headers.
  app.set('trust proxy', config.http.trustProxy);
  securityHeaders(app);
  app.use(compressionMiddleware()); // gzip/brotli for pages, files and /graphql (./compression.ts)
  app.useGlobalPipes(new ArgumentHygienePipe(), strictValidationPipe());
  // Per-client request limit, ahead of Apollo (registered at init), so a flood is refused before parsing.
  app.use('/graphql', app.get(RateLimits).middleware());
  app.useGlobalFilters(new GraphqlErrorFilter());
  app.disable('x-powered-by');
  if (config.http.webDist) serveWeb(app, config.http.webDist, config.http);
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
    await connectAndMigrate(ds, !db.embedded, db);
    const app = await createNest(config, ds, db.embedded, logger);
    let seed: SeedReport | null;
    try {
      // Through each domain's own write path; the search outbox triggers queue the changes for indexing.
      seed = config.database.seed ? await loadSeed(app, ds, dataset) : null;
      await app.get(SearchService).start();
    } catch (e) {
      await app.close().catch(() => undefined);
      throw e;
    }
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
