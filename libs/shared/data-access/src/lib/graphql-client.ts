import {
  ApplicationRef,
  DOCUMENT,
  DestroyRef,
  Injectable,
  InjectionToken,
  PLATFORM_ID,
  TransferState,
  inject,
  makeStateKey,
} from '@angular/core';
import { isPlatformServer } from '@angular/common';
import type { Client, ClientOptions } from 'graphql-ws/client';
import { NEVER, Observable } from 'rxjs';

/** A query document with its result and variables types (codegen's `documentMode: string`). */
export interface TypedQuery<TResult, TVariables> {
  toString(): string;
  readonly __apiType?: (variables: TVariables) => TResult;
}

export const GRAPHQL_URL = new InjectionToken<string>('GRAPHQL_URL', { factory: () => '/graphql' });

/** Where subscriptions go: GRAPHQL_URL's address over ws:// (wss:// on an https page). */
export const GRAPHQL_WS_URL = new InjectionToken<string>('GRAPHQL_WS_URL', {
  factory: () => {
    const url = new URL(inject(GRAPHQL_URL), inject(DOCUMENT).location?.href ?? 'http://localhost/');
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  },
});

/** What a GraphQL request over HTTP answers: the status, the parsed JSON body and any Retry-After header. */
export interface GraphqlReply {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

/** Sends one GraphQL operation; rejects only when nothing could be asked (no connection, aborted). */
export type GraphqlTransport = (
  operation: { query: string; variables: unknown },
  signal?: AbortSignal,
) => Promise<GraphqlReply>;

/**
 * How operations travel: `fetch` to GRAPHQL_URL in the browser (null = that default); on the server, the API runs
 * them in-process for the page being rendered (apps/web/src/app/app.config.server.ts).
 */
export const GRAPHQL_TRANSPORT = new InjectionToken<GraphqlTransport | null>('GRAPHQL_TRANSPORT', {
  factory: () => null,
});

/** Makes the graphql-ws client (a test may hand in its own). Loaded on first subscription only. */
export const GRAPHQL_WS_CLIENT = new InjectionToken<(options: ClientOptions) => Promise<Client>>(
  'GRAPHQL_WS_CLIENT',
  { factory: () => async (options) => (await import('graphql-ws/client')).createClient(options) },
);

/** One error as the API sent it: its message, its contract code, where it happened and its safe extensions. */
export interface ApiErrorEntry {
  message: string;
  code: string;
  path?: readonly (string | number)[];
  extensions: Readonly<Record<string, unknown>>;
}

/** A problem with one input field (a mutation payload's FieldError): `field` is a path such as `sources.0.url`. */
export interface FieldError {
  field: string;
  message: string;
  code: string;
}

/**
 * A failed request, in the API's words. `message`/`code` are the first error's (what a page shows), `errors` all
 * of them, `fieldErrors` those a form shows next to its fields: a mutation payload's `errors` (code INVALID_INPUT,
 * or CONFLICT when the record changed since the form read it) and BAD_USER_INPUT errors naming an input field.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: readonly ApiErrorEntry[] = [],
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get notFound(): boolean {
    return this.code === 'NOT_FOUND';
  }

  /** The record changed since it was read (`expectedVersion`): reload, then apply the change again. */
  get conflict(): boolean {
    return this.code === 'CONFLICT';
  }

  /** The messages for one field of the input (`title`, `sources.0.url`), for the form to show next to it. */
  forField(field: string): string[] {
    return this.fieldErrors.filter((e) => e.field === field).map((e) => e.message);
  }
}

interface RawError {
  message?: unknown;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: RawError[];
}

function entry(e: RawError): ApiErrorEntry {
  const extensions = e.extensions ?? {};
  return {
    message: typeof e.message === 'string' ? e.message : '',
    code: typeof extensions['code'] === 'string' ? extensions['code'] : 'UNKNOWN',
    path: e.path,
    extensions,
  };
}

/** A BAD_USER_INPUT naming an argument of the `input` object (`input.title`) is about that form field. */
function argumentFieldErrors(errors: readonly ApiErrorEntry[]): FieldError[] {
  return errors.flatMap((e) => {
    const argument = e.extensions['argument'];
    if (e.code !== 'BAD_USER_INPUT' || typeof argument !== 'string') return [];
    return [{ field: argument.replace(/^input\./, ''), message: e.message, code: e.code }];
  });
}

function networkError(): ApiError {
  return new ApiError(
    $localize`:@@error.network:The server could not be reached. Check your connection and try again.`,
    'NETWORK',
  );
}

/** Every error of a response; the first one's message and code lead (the rate limit in the reader's words). */
function toApiError(raw: readonly RawError[], retryAfterHeader: string | null = null): ApiError {
  const errors = raw.map(entry);
  const first = errors[0];
  if (first.code === 'RATE_LIMITED') {
    const retry = Number(first.extensions['retryAfter'] ?? retryAfterHeader);
    const seconds = Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : 60;
    return new ApiError(
      $localize`:@@error.rateLimited:Too many requests from your connection just now. Please wait ${seconds}:seconds: s and try again.`,
      'RATE_LIMITED',
      errors,
    );
  }
  return new ApiError(first.message, first.code, errors, argumentFieldErrors(errors));
}

/** `data` of a reply, or the ApiError its errors (or its missing or unreadable body) mean. */
function readReply<TResult>(reply: GraphqlReply): TResult {
  const body = reply.body as GraphqlResponse<TResult> | undefined;
  if (!body || typeof body !== 'object')
    throw new ApiError(
      $localize`:@@error.server:The server answered with an error (${reply.status}:status:).`,
      'HTTP_' + reply.status,
    );
  if (body.errors?.length) throw toApiError(body.errors, reply.retryAfter);
  if (!body.data) throw new ApiError($localize`:@@error.empty:The server sent no data.`, 'EMPTY');
  return body.data;
}

/** A query (not a mutation or subscription): only queries' answers travel with a server-rendered page. */
function isQuery(text: string): boolean {
  return !/^\s*(mutation|subscription)\b/.test(text);
}

/** A short key for an operation in the page's transfer state: two 32-bit FNV-style hashes of the query and its variables. */
function stateKey(operation: { query: string; variables: unknown }): string {
  const text = operation.query + '\u0000' + JSON.stringify(operation.variables ?? null);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36) + text.length.toString(36);
}

/** The `errors` of every mutation payload in `data` (one per root field), in order. */
function payloadErrors(data: unknown): FieldError[] {
  if (!data || typeof data !== 'object') return [];
  return Object.values(data).flatMap((payload) => {
    const list = (payload as { errors?: unknown } | null)?.errors;
    return Array.isArray(list) ? (list as FieldError[]) : [];
  });
}

/** The one way the web app talks to the API. Stores use it; components never do. */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly url = inject(GRAPHQL_URL);
  private readonly wsUrl = inject(GRAPHQL_WS_URL);
  private readonly makeWsClient = inject(GRAPHQL_WS_CLIENT);
  private readonly transport = inject(GRAPHQL_TRANSPORT) ?? ((op, signal) => this.fetch(op, signal));
  private readonly server = isPlatformServer(inject(PLATFORM_ID));
  // A server-rendered page carries the answers it was rendered with (Angular's transfer state): while it hydrates,
  // the browser reads them from there, so it builds the same page without asking the API again or showing a spinner.
  private readonly state = inject(TransferState);
  private ws: Promise<Client> | null = null;
  private hydrated = false;

  constructor() {
    if (!this.server)
      void inject(ApplicationRef)
        .whenStable()
        .then(() => (this.hydrated = true));
    inject(DestroyRef).onDestroy(() => void this.ws?.then((c) => c.dispose()));
  }

  /** Runs a query (or a mutation); resolves with `data`, rejects with an ApiError carrying every error. */
  async request<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> {
    const operation = { query: query.toString(), variables };
    const reply = await this.transport(operation, signal);
    // The server keeps each query's answer for the browser (queryResource reads it back while hydrating), unless it
    // is a failure the browser should meet itself (rate limit, server error).
    if (this.server && isQuery(operation.query) && reply.status < 500 && reply.status !== 429)
      this.state.set(makeStateKey<GraphqlReply>(`gql:${stateKey(operation)}`), reply);
    return readReply<TResult>(reply);
  }

  /**
   * The answer the server rendered this page with, for `query` with `variables`: read while the page hydrates
   * (until the app is first stable), so its first render matches the server's markup; null otherwise.
   */
  carried<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    variables: TVariables,
  ): { status: 'resolved'; value: TResult } | { error: ApiError } | null {
    if (this.server || this.hydrated) return null;
    const reply = this.state.get(
      makeStateKey<GraphqlReply>(`gql:${stateKey({ query: query.toString(), variables })}`),
      null,
    );
    if (!reply) return null;
    try {
      return { status: 'resolved', value: readReply<TResult>(reply) };
    } catch (e) {
      return { error: e as ApiError };
    }
  }

  private async fetch(
    operation: { query: string; variables: unknown },
    signal?: AbortSignal,
  ): Promise<GraphqlReply> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(operation),
        signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw networkError();
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    return { status: res.status, body, retryAfter: res.headers?.get('retry-after') ?? null };
  }

  /**
   * Runs a mutation that follows the API's convention (one `input`, a payload with `errors`). Resolves with `data`
   * when every payload's `errors` is empty; otherwise rejects with an ApiError whose `fieldErrors` hold them all
   * (code CONFLICT if the record changed meanwhile, INVALID_INPUT otherwise) — nothing was written.
   */
  async mutate<TResult, TVariables>(
    mutation: TypedQuery<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> {
    const data = await this.request(mutation, variables, signal);
    const fieldErrors = payloadErrors(data);
    if (!fieldErrors.length) return data;
    const conflict = fieldErrors.find((e) => e.code === 'CONFLICT');
    throw new ApiError(
      (conflict ?? fieldErrors[0]).message,
      conflict ? 'CONFLICT' : 'INVALID_INPUT',
      [],
      fieldErrors,
    );
  }

  /**
   * Subscribes over graphql-ws (one WebSocket per app, opened on the first subscription, closed a moment after the
   * last one ends, reconnecting by itself). Emits each event's `data`; errors as ApiError; unsubscribing ends it.
   */
  subscribe<TResult, TVariables>(
    subscription: TypedQuery<TResult, TVariables>,
    variables: TVariables,
  ): Observable<TResult> {
    // A server render takes one picture of the page: live updates start once the browser has the page.
    if (this.server) return NEVER;
    return new Observable<TResult>((subscriber) => {
      let dispose: (() => void) | null = null;
      let closed = false;
      this.client()
        .then((client) => {
          if (closed) return;
          dispose = client.subscribe<TResult>(
            { query: subscription.toString(), variables: variables as Record<string, unknown> },
            {
              next: (result) => {
                if (result.errors?.length) subscriber.error(toApiError(result.errors as RawError[]));
                else if (result.data) subscriber.next(result.data);
              },
              error: (e: unknown) =>
                subscriber.error(Array.isArray(e) && e.length ? toApiError(e as RawError[]) : networkError()),
              complete: () => subscriber.complete(),
            },
          );
        })
        .catch(() => subscriber.error(networkError()));
      return () => {
        closed = true;
        dispose?.();
      };
    });
  }

  private client(): Promise<Client> {
    this.ws ??= this.makeWsClient({
      url: this.wsUrl,
      lazy: true,
      lazyCloseTimeout: 3000,
      retryAttempts: 10,
      shouldRetry: () => true,
    });
    return this.ws;
  }
}
