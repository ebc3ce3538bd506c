import { computed, signal } from '@angular/core';
import { TypedQuery } from './graphql-client';
import { queryResource } from './query-resource';

/** The Relay connection shape every list query returns. */
export interface ConnectionLike<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
  edges: readonly { node: TNode }[];
}

/** How a list is ordered; the API's ListSort. */
export type ListOrder = 'TITLE' | 'RECENT';

export interface PageRequest<TFilter> {
  first: number;
  after: string | null;
  sort: ListOrder;
  filter: Partial<TFilter>;
}

/** Trims text and drops empty values, so an "Any" choice or a blank box sends no filter at all. */
export function compactFilter<T extends object>(filter: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(filter)
      .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])
      .filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as Partial<T>;
}

/**
 * A filtered, cursor-paged list over one connection query: the filter, the page resource, the items and
 * the "21–40 of 57" range, with next/previous. Changing the filter goes back to the first page.
 * Call in an injection context (a store's field initialiser).
 */
export function pagedQuery<TFilter extends object, TResult, TVariables, TNode>(
  query: TypedQuery<TResult, TVariables>,
  options: {
    select: (result: TResult) => ConnectionLike<TNode>;
    variables: (request: PageRequest<TFilter>) => TVariables;
    pageSize?: number;
  },
) {
  const pageSize = options.pageSize ?? 20;
  const filter = signal<TFilter>({} as TFilter);
  const sort = signal<ListOrder>('TITLE');
  const cursors = signal<(string | null)[]>([null]);
  const page = queryResource(query, () =>
    options.variables({
      first: pageSize,
      after: cursors().at(-1) ?? null,
      sort: sort(),
      filter: compactFilter(filter()),
    }),
  );
  const connection = computed(() => {
    const value = page.hasValue() ? page.value() : undefined;
    return value ? options.select(value) : undefined;
  });
  const items = computed(() => connection()?.edges.map((e) => e.node) ?? []);
  const pageInfo = computed(() => connection()?.pageInfo);
  const from = computed(() => (items().length ? (cursors().length - 1) * pageSize + 1 : 0));
  return {
    pageSize,
    filter: filter.asReadonly(),
    sort: sort.asReadonly(),
    page,
    items,
    pageInfo,
    total: computed(() => connection()?.totalCount ?? 0),
    from,
    to: computed(() => from() + Math.max(items().length - 1, 0)),
    setFilter(next: TFilter): void {
      filter.set(next);
      cursors.set([null]);
    },
    setSort(next: ListOrder): void {
      sort.set(next);
      cursors.set([null]);
    },
    next(): void {
      const info = pageInfo();
      const end = info?.endCursor;
      if (end && info?.hasNextPage) cursors.update((c) => [...c, end]);
    },
    previous(): void {
      cursors.update((c) => (c.length > 1 ? c.slice(0, -1) : c));
    },
  };
}

export type PagedQuery<TFilter extends object, TNode> = ReturnType<
  typeof pagedQuery<TFilter, unknown, unknown, TNode>
>;
