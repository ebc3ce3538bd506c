import { AngularNodeAppEngine } from '@angular/ssr/node';
import type { PageRenderContext } from './app/app.config.server';

export type { PageRenderContext };

/**
 * The server-rendering entry the API loads (apps/api/src/app/web-render.ts): Angular's app engine, which picks the
 * language build from the address's first segment (/en/, /fr/…). The API builds the request itself, with a fixed
 * origin, so no visitor-sent Host header reaches it.
 */
const engine = new AngularNodeAppEngine({ allowedHosts: ['localhost'] });

/** The page for `request` (null when the address is not the app's), rendered with `context`. */
export function renderPage(request: Request, context: PageRenderContext): Promise<Response | null> {
  return engine.handle(request, context);
}
