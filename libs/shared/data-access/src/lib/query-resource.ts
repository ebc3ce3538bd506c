import { ResourceRef, inject, resource } from '@angular/core';
import { GraphqlClient, TypedQuery } from './graphql-client';

/**
 * A signal resource running `query` whenever `params()` changes (undefined = idle); the previous
 * request is aborted. Status, value and error are signals for loading / empty / error states.
 */
export function queryResource<TResult, TVariables>(
  query: TypedQuery<TResult, TVariables>,
  params: () => TVariables | undefined,
): ResourceRef<TResult | undefined> {
  const client = inject(GraphqlClient);
  return resource({
    params,
    loader: ({ params: variables, abortSignal }) => client.request(query, variables, abortSignal),
  });
}
