import { ApplicationRef, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError, GraphqlClient, TypedQuery } from '../lib/graphql-client';

type Reply<TResult, TVariables> = TResult | Error | ((variables: TVariables) => TResult | Promise<TResult>);

/** One request as a store sent it: the operation's name and its variables. */
export interface SentRequest {
  operation: string;
  variables: unknown;
}

function operationName(query: { toString(): string }): string {
  const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(query.toString())?.[1];
  if (!name)
    throw new Error(`FakeGraphqlClient: an operation without a name: ${query.toString().slice(0, 60)}`);
  return name;
}

/**
 * Stands in for GraphqlClient at the network boundary: every request is recorded with its variables and answered
 * with the reply the test gave for that document (data, an Error to reject with, or a function of the variables,
 * which may return a promise the test settles later). A document without a reply fails loudly.
 */
export class FakeGraphqlClient {
  readonly sent: SentRequest[] = [];
  private readonly replies = new Map<string, (variables: unknown) => unknown>();
  private readonly carriedReplies = new Map<
    string,
    { status: 'resolved'; value: unknown } | { error: ApiError }
  >();

  /** What a server-rendered page carries for `query` with `variables` (GraphqlClient.carried while hydrating). */
  carry<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    variables: TVariables,
    reply: TResult | ApiError,
  ): this {
    this.carriedReplies.set(
      operationName(query) + JSON.stringify(variables),
      reply instanceof ApiError ? { error: reply } : { status: 'resolved', value: reply },
    );
    return this;
  }

  carried<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    variables: TVariables,
  ): { status: 'resolved'; value: TResult } | { error: ApiError } | null {
    const key = operationName(query) + JSON.stringify(variables);
    const carried = this.carriedReplies.get(key) ?? null;
    this.carriedReplies.delete(key);
    return carried as { status: 'resolved'; value: TResult } | { error: ApiError } | null;
  }

  /** How to answer `query` from now on. */
  answer<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    reply: Reply<TResult, TVariables>,
  ): this {
    this.replies.set(operationName(query), (variables) => {
      if (reply instanceof Error) throw reply;
      return typeof reply === 'function' ? (reply as (v: unknown) => unknown)(variables) : reply;
    });
    return this;
  }

  /** The variables of every request for `query`, oldest first. */
  variables<TResult, TVariables>(query: TypedQuery<TResult, TVariables>): TVariables[] {
    const name = operationName(query);
    return this.sent.filter((r) => r.operation === name).map((r) => r.variables as TVariables);
  }

  /** A mutation, recorded and answered like a query (a reply may throw the ApiError with field errors). */
  mutate<TResult, TVariables>(
    mutation: TypedQuery<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> {
    return this.request(mutation, variables, signal);
  }

  async request<TResult, TVariables>(
    query: TypedQuery<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> {
    const operation = operationName(query);
    this.sent.push({ operation, variables });
    const reply = this.replies.get(operation);
    if (!reply) throw new Error(`FakeGraphqlClient: no answer for ${operation}`);
    const answer = reply(variables); // synchronously, so a test can settle a held reply right away
    const aborted = new Promise<never>((_, reject) =>
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
    );
    return (await Promise.race([answer, aborted])) as TResult;
  }
}

/** Provides `fake` as the app's GraphqlClient. */
export function provideFakeGraphql(fake: FakeGraphqlClient): Provider {
  return { provide: GraphqlClient, useValue: fake };
}

/** Runs effects and waits until every resource has loaded (Angular's pending tasks are done). */
export async function settle(): Promise<void> {
  TestBed.tick();
  await TestBed.inject(ApplicationRef).whenStable();
}

/** A Relay connection page over `nodes`, as the list queries return it. */
export function connection<TNode>(
  nodes: readonly TNode[],
  page: { total?: number; endCursor?: string | null; hasNextPage?: boolean; hasPreviousPage?: boolean } = {},
): {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { node: TNode }[];
} {
  return {
    totalCount: page.total ?? nodes.length,
    pageInfo: {
      hasNextPage: page.hasNextPage ?? false,
      hasPreviousPage: page.hasPreviousPage ?? false,
      endCursor: page.endCursor ?? null,
    },
    edges: nodes.map((node) => ({ node })),
  };
}
