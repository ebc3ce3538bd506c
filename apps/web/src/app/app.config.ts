import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideClientHydration,
  withEventReplay,
  withI18nSupport,
  withNoHttpTransferCache,
} from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    // Pages come rendered from the server (apps/web/src/server.ts): the browser takes over that markup instead of
    // drawing it again. GraphQL answers travel in the transfer state (GraphqlClient); there is no HttpClient to cache.
    // Event replay: a tap or a key pressed before the page has hydrated (the Filters button, a select) is recorded
    // by a small inline script (allowed by the response's CSP nonce) and replayed once it has, instead of being lost.
    provideClientHydration(withI18nSupport(), withEventReplay(), withNoHttpTransferCache()),
  ],
};
