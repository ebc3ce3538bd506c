import { Injectable, InjectionToken, inject } from '@angular/core';

/** A query document with its result and variables types (codegen's `documentMode: string`). */
export interface TypedQuery<TResult, TVariables> {
  toString(): string;
  readonly __apiType?: (variables: TVariables) => TResult;
}

export const GRAPHQL_URL = new InjectionToken<string>('GRAPHQL_URL', { factory: () => '/graphql' });

/** A GraphQL error as the API sends it: a message and a code from the contract. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get notFound(): boolean {
    return this.code === 'NOT_FOUND';
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfter?: unknown } }[];
}

/** The one way the web app talks to the API. Stores use it; components never do. */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly url = inject(GRAPHQL_URL);

  async request<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: query.toString(), variables }),
        signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(
        $localize`:@@error.network:The server could not be reached. Check your connection and try again.`,
        'NETWORK',
      );
    }
    let body: GraphqlResponse<TResult>;
    try {
      body = (await res.json()) as GraphqlResponse<TResult>;
    } catch {
      throw new ApiError(
        $localize`:@@error.server:The server answered with an error (${res.status}:status:).`,
        'HTTP_' + res.status,
      );
    }
    const first = body.errors?.[0];
    if (first?.extensions?.code === 'RATE_LIMITED') {
      const retry = Number(first.extensions.retryAfter ?? res.headers.get('retry-after'));
      const seconds = Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : 60;
      throw new ApiError(
        $localize`:@@error.rateLimited:Too many requests from your connection just now. Please wait ${seconds}:seconds: s and try again.`,
        'RATE_LIMITED',
      );
    }
    if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
    if (!body.data) throw new ApiError($localize`:@@error.empty:The server sent no data.`, 'EMPTY');
    return body.data;
  }
}
