import type { ApolloServer } from '@apollo/server';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoaderRegistry, RateLimits, Viewers, clientKey } from '@peerhub/shared/api-core';
import type { Request } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestContext } from './graphql';

/** What apps/web/src/server.ts exports (the web build's server part, dist/web/server/server.mjs). */
interface ServerEntry {
  renderPage(request: globalThis.Request, context: PageRenderContext): Promise<globalThis.Response | null>;
}

/** apps/web/src/app/app.config.server.ts's PageRenderContext, as seen from here. */
interface PageRenderContext {
  nonce: string;
  graphql: (
    operation: { query: string; variables: unknown },
    signal?: AbortSignal,
  ) => Promise<{ status: number; body: unknown; retryAfter: string | null }>;
}

/**
 * Server-side rendering of the web app's pages (Angular's app engine, apps/web/src/server.ts), inside the API
 * process: the page's GraphQL operations run in-process against the same schema, with the visitor's request as
 * their context (their viewer, their rate limits), so a render costs no HTTP round trip and no second limit
 * bucket. Anything that goes wrong — the render fails, times out, or the visitor is over their request allowance —
 * yields null, and the caller serves the browser-rendered page: a page never fails because rendering did.
 */
export class WebRenderer {
  private readonly logger = new Logger('WebRenderer');

  private constructor(
    private readonly entry: ServerEntry,
    private readonly app: INestApplicationContext,
    private readonly timeoutMs: number,
  ) {}

  /** The renderer for the web build in `browserDir`, or null when the build has no server part. */
  static async load(
    browserDir: string,
    app: INestApplicationContext,
    timeoutMs: number,
  ): Promise<WebRenderer | null> {
    const file = resolve(browserDir, '..', 'server', 'server.mjs');
    if (!existsSync(file)) return null;
    const entry = (await import(pathToFileURL(file).href)) as ServerEntry;
    if (typeof entry.renderPage !== 'function') return null;
    return new WebRenderer(entry, app, timeoutMs);
  }

  /** The HTML of the page at `req`'s address, or null (then serve the browser-rendered page). */
  async render(req: Request, nonce: string): Promise<string | null> {
    const limits = this.app.get(RateLimits, { strict: false });
    const verdict = await limits.take(limits.requests, clientKey(req));
    if (!verdict.allowed) return null;
    const context: PageRenderContext = { nonce, graphql: this.inProcess(req) };
    // A fixed origin: nothing the visitor sends as Host reaches the app; Accept-Language is all it needs of them.
    // (Concatenated, not resolved: a path starting with // must not become another host.)
    const request = new globalThis.Request(new URL(`http://localhost${req.originalUrl}`), {
      headers: { accept: 'text/html', 'accept-language': req.headers['accept-language'] ?? '' },
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const response = await Promise.race([
        this.entry.renderPage(request, context),
        new Promise<null>((done) => {
          timer = setTimeout(() => {
            this.logger.warn(`render of ${req.path} took over ${this.timeoutMs} ms; served unrendered`);
            done(null);
          }, this.timeoutMs);
        }),
      ]);
      if (!response || response.status !== 200) return null;
      return withoutKeyReplay(await response.text());
    } catch (e) {
      this.logger.error(`render of ${req.path} failed; served unrendered: ${(e as Error).stack ?? e}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** GraphQL for one render: Apollo's executeOperation with the page request as the operations' context. */
  private inProcess(req: Request): PageRenderContext['graphql'] {
    const apollo = this.app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
      instance: ApolloServer<RequestContext>;
    };
    const loaders = new LoaderRegistry();
    let viewer: ReturnType<Viewers['fromRequest']> | null = null; // once per render, on its first operation
    return async ({ query, variables }) => {
      viewer ??= this.app.get(Viewers, { strict: false }).fromRequest(req);
      const contextValue: RequestContext = { req, loaders, viewer: await viewer };
      const result = await apollo.instance.executeOperation(
        { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined },
        { contextValue },
      );
      if (result.body.kind !== 'single') return { status: 500, body: undefined, retryAfter: null };
      return {
        status: result.http.status ?? 200,
        body: JSON.parse(JSON.stringify(result.body.singleResult)) as unknown,
        retryAfter: result.http.headers.get('retry-after') ?? null,
      };
    };
  }
}

/** The page's index file in a locale folder: `index.csr.html` when the build renders on the server too. */
export function indexFile(dir: string, locale: string | null): string {
  const folder = join(dir, locale ?? '');
  const csr = join(folder, 'index.csr.html');
  return existsSync(csr) ? csr : join(folder, 'index.html');
}

/** The body text faces every page uses first (Roboto Latin 400 and 500), as the build named them (hashed). */
const FIRST_FONTS = /^roboto-latin-(400|500)-normal(-[A-Z0-9]+)?\.woff2$/;

/**
 * `<link rel="preload">` for the body text faces of a locale folder's build, so the fonts load with the stylesheet
 * rather than after it: the server-rendered text paints at once, and with `font-display: optional` (styles.scss) it
 * is drawn in Roboto when the font made it in time and never re-laid out when it did not. Empty when there are none.
 */
export function fontPreloads(dir: string, locale: string | null): string {
  const media = join(dir, locale ?? '', 'media');
  if (!existsSync(media)) return '';
  return readdirSync(media)
    .filter((f) => FIRST_FONTS.test(f))
    .sort()
    .map((f) => `<link rel="preload" href="media/${f}" as="font" type="font/woff2" crossorigin>`)
    .join('');
}

/**
 * Angular's event replay records, before the page hydrates, every event type the page listens to, and replays them
 * after. A replayed key event whose handler calls `preventDefault()` (Material's chip input, select and autocomplete
 * do, on Enter and the arrows) throws "preventDefault called during event replay" and the keystroke is lost with an
 * error. So the page records clicks and the like but not key events: a key pressed before hydration does what the
 * browser does with it natively (typing into a field, Tab, Enter on a button — which is a click, and replayed).
 */
export function withoutKeyReplay(html: string): string {
  return html.replace(
    /(window\.__jsaction_bootstrap\(document\.body,"[^"]*",)(\[[^\]]*\]),(\[[^\]]*\])\)/,
    (_all, head: string, regular: string, capture: string) => {
      const keep = (list: string) =>
        JSON.stringify((JSON.parse(list) as string[]).filter((type) => !/^key/.test(type)));
      return `${head}${keep(regular)},${keep(capture)})`;
    },
  );
}
