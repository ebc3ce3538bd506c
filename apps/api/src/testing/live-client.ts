import type { IncomingMessage } from 'node:http';
import type { FormattedExecutionResult } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription {
  /** Every `next` payload received so far. */
  readonly results: FormattedExecutionResult[];
  /** Errors of an `error` message, or the close that ended the connection. */
  readonly failure: unknown;
  /** The first result (or failure) matching `pred` within `ms`; null if none came. */
  waitFor(
    ms: number,
    pred?: (r: FormattedExecutionResult) => boolean,
  ): Promise<FormattedExecutionResult | null>;
  close(): Promise<void>;
}

/** The graphql-ws URL of an API at `http://host:port`. */
export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

/** One subscription over its own graphql-ws connection (the same client the web app uses), optional headers. */
export function liveSubscribe(
  httpUrl: string,
  query: string,
  options: { headers?: Record<string, string>; variables?: Record<string, unknown> } = {},
): LiveSubscription {
  const headers = options.headers ?? {};
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client: Client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: HeaderSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const results: FormattedExecutionResult[] = [];
  const waiters = new Set<() => void>();
  const state: { failure: unknown } = { failure: undefined };
  const wake = () => waiters.forEach((w) => w());
  client.subscribe(
    { query, variables: options.variables },
    {
      next: (r) => {
        results.push(r as FormattedExecutionResult);
        wake();
      },
      error: (e) => {
        state.failure = e;
        wake();
      },
      complete: () => wake(),
    },
  );
  return {
    results,
    get failure() {
      return state.failure;
    },
    waitFor(ms, pred = () => true) {
      return new Promise((resolve) => {
        const check = () => {
          const hit = results.find(pred);
          if (hit || state.failure !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit ?? { errors: errorsOf(state.failure) });
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(null);
        }, ms);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await client.dispose();
    },
  };
}

/** graphql-ws hands an `error` message's errors as an array, a closed connection as a CloseEvent. */
function errorsOf(failure: unknown): FormattedExecutionResult['errors'] {
  if (Array.isArray(failure)) return failure as FormattedExecutionResult['errors'];
  const close = failure as { code?: number; reason?: string } | undefined;
  return [{ message: `closed ${close?.code ?? '?'} ${close?.reason ?? ''}`.trim() }];
}

/** A bare WebSocket handshake: the HTTP status and body when it is refused, 101 when accepted (then closed). */
export function handshake(
  httpUrl: string,
  options: { path?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(
      `${httpUrl.replace(/^http/, 'ws')}${options.path ?? '/graphql'}`,
      'graphql-transport-ws',
      {
        headers: options.headers,
      },
    );
    ws.once('unexpected-response', (_req, res: IncomingMessage) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.once('open', () => resolve({ status: 101, body: '', socket: ws }));
    ws.once('error', reject);
  });
}
