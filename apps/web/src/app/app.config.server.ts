import { ApplicationConfig, CSP_NONCE, REQUEST_CONTEXT, inject, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, RenderMode, withRoutes } from '@angular/ssr';
import { GRAPHQL_TRANSPORT, GraphqlTransport } from '@peerhub/shared/data-access';
import { appConfig } from './app.config';

/**
 * What the API hands each server render (apps/api/src/app/web-render.ts): the response's CSP nonce, for the
 * <style> elements Angular writes, and the GraphQL schema run in-process for this request, as the visitor.
 */
export interface PageRenderContext {
  nonce: string;
  graphql: GraphqlTransport;
}

function renderContext(): PageRenderContext | null {
  return inject(REQUEST_CONTEXT, { optional: true }) as PageRenderContext | null;
}

const serverOnly: ApplicationConfig = {
  providers: [
    // Every page is rendered per request: records change, and a 404 must come from the server.
    provideServerRendering(withRoutes([{ path: '**', renderMode: RenderMode.Server }])),
    { provide: CSP_NONCE, useFactory: () => renderContext()?.nonce ?? null },
    { provide: GRAPHQL_TRANSPORT, useFactory: () => renderContext()?.graphql ?? null },
  ],
};

export const serverConfig = mergeApplicationConfig(appConfig, serverOnly);
