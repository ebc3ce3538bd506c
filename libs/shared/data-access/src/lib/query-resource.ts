import {
  Injector,
  PendingTasks,
  Signal,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { GraphqlClient, TypedQuery } from './graphql-client';

/** Where a query stands: as Angular's resource statuses (`local` aside, which a query never is). */
export type QueryStatus = 'idle' | 'loading' | 'reloading' | 'resolved' | 'error';

/** A GraphQL query as signals: the value, the error, the status, and a way to ask again. */
export interface QueryResource<T> {
  readonly value: Signal<T | undefined>;
  readonly error: Signal<Error | undefined>;
  readonly status: Signal<QueryStatus>;
  readonly isLoading: Signal<boolean>;
  hasValue(): boolean;
  /** Asks again with the same variables, keeping the value meanwhile; false when idle. */
  reload(): boolean;
}

interface QueryState<T> {
  status: QueryStatus;
  value?: T;
  error?: Error;
}

interface QueryRequest<V> {
  variables: V | undefined;
  reloads: number;
}

const IDLE: QueryState<never> = { status: 'idle' };

/**
 * A signal resource running `query` whenever `params()` changes (undefined = idle); the previous request is
 * aborted. Status, value and error are signals for loading / empty / error states.
 *
 * Like Angular's `resource()` (whose statuses and signals it keeps), with one difference that server rendering
 * needs: on a page the server rendered, a query whose answer the page carries starts resolved (or failed) in the
 * same turn, so the browser's first render, which hydrates the server's markup, builds the very same DOM — an async
 * loader would first show the loading state, and hydration would find a different page. A server render waits for
 * every query (PendingTasks), as with `resource()`.
 */
export function queryResource<TResult, TVariables>(
  query: TypedQuery<TResult, TVariables>,
  params: () => TVariables | undefined,
): QueryResource<TResult> {
  const client = inject(GraphqlClient);
  const pendingTasks = inject(PendingTasks);
  const reloads = signal(0);
  const request = computed<QueryRequest<TVariables>>(() => ({ variables: params(), reloads: reloads() }));
  const state = linkedSignal<QueryRequest<TVariables>, QueryState<TResult>>({
    source: request,
    computation: (req, previous) => {
      if (req.variables === undefined) return IDLE;
      const again = previous !== undefined && previous.source.reloads !== req.reloads;
      if (again) return { status: 'reloading', value: previous.value.value };
      const carried = client.carried(query, req.variables);
      if (carried) return 'error' in carried ? { status: 'error', error: carried.error } : carried;
      return { status: 'loading' };
    },
  });

  effect(
    (onCleanup) => {
      const status = state().status;
      if (status !== 'loading' && status !== 'reloading') return;
      const { variables } = untracked(request);
      const abort = new AbortController();
      const done = pendingTasks.add();
      onCleanup(() => {
        abort.abort();
        done();
      });
      client.request(query, variables as TVariables, abort.signal).then(
        (value) => {
          if (!abort.signal.aborted) state.set({ status: 'resolved', value });
        },
        (error: unknown) => {
          if (!abort.signal.aborted)
            state.set({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    },
    { injector: inject(Injector) },
  );

  const value = computed(() => state().value);
  return {
    value,
    error: computed(() => state().error),
    status: computed(() => state().status),
    isLoading: computed(() => ['loading', 'reloading'].includes(state().status)),
    hasValue: () => state().value !== undefined,
    reload: () => {
      if (untracked(state).status === 'idle') return false;
      reloads.update((n) => n + 1);
      return true;
    },
  };
}
