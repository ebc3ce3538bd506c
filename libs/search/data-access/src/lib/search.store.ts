import { Injectable, computed, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { queryResource } from '@peerhub/shared/data-access';
import {
  SearchKind,
  SearchPageDocument,
  SearchPageQuery,
  SearchSuggestDocument,
  SearchSuggestQuery,
} from '@peerhub/shared/graphql-types';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import {
  MIN_SUGGEST_LENGTH,
  SEARCH_FACET_FIELDS,
  SearchFacetField,
  SearchState,
  emptyFilters,
  emptySearchState,
  sameSearchState,
  toFilterInput,
} from './search-state';

export type SearchResult = SearchPageQuery['search'];
export type SearchHit = SearchResult['hits'][number];
export type SuggestHit = SearchSuggestQuery['search']['hits'][number];

export interface SearchFacet {
  field: SearchFacetField;
  values: { value: string; count: number; selected: boolean }[];
}

/** The order kinds are listed in (facets, suggestion groups). */
export const SEARCH_KIND_ORDER: SearchKind[] = ['PRACTICE', 'ORGANISATION', 'RESOURCE', 'COUNTRY'];

/**
 * The results page: query, facet filters, cursor pages and the result resource. The page's URL is the source of
 * truth: the component passes every URL state to `load`, and navigates to the states `withQuery`, `toggle`,
 * `nextPage`… return. Provide per page.
 */
@Injectable()
export class SearchStore {
  readonly pageSize = 20;
  private readonly state = signal<SearchState>(emptySearchState(), { equal: sameSearchState });
  /** Cursors seen per query + filters, by page number, so "Previous" can go back without the browser history. */
  private readonly cursors = new Map<string, Map<number, string | null>>();

  readonly current = this.state.asReadonly();
  readonly query = computed(() => this.state().query);
  readonly filters = computed(() => this.state().filters);
  readonly page = computed(() => this.state().page);

  readonly results = queryResource(SearchPageDocument, () => {
    const s = this.state();
    return { query: s.query, filter: toFilterInput(s.filters), first: this.pageSize, after: s.after };
  });
  /** The last answer, kept while the next one loads (facets and count stay put); undefined on error. */
  private readonly kept = linkedSignal<SearchResult | undefined | null, SearchResult | undefined>({
    source: () =>
      this.results.hasValue() ? this.results.value()?.search : this.results.error() ? undefined : null,
    computation: (answer, previous) => (answer === null ? previous?.value : answer),
  });
  readonly result = this.kept.asReadonly();
  readonly hits = computed(() => this.result()?.hits ?? []);
  readonly total = computed(() => this.result()?.total ?? 0);
  readonly suggestions = computed(() => this.result()?.suggestions ?? []);
  readonly from = computed(() => (this.hits().length ? (this.page() - 1) * this.pageSize + 1 : 0));
  readonly to = computed(() => this.from() + Math.max(this.hits().length - 1, 0));
  readonly hasPrevious = computed(() => this.page() > 1);
  readonly hasNext = computed(() => !!this.result()?.pageInfo.hasNextPage);

  /** Facets with values, selected values first kept even when the answer no longer counts them. */
  readonly facets = computed<SearchFacet[]>(() => {
    const answer = this.result()?.facets ?? [];
    const filters = this.filters();
    return SEARCH_FACET_FIELDS.map((field) => {
      const selected = filters[field];
      const counted = answer.find((f) => f.field === field)?.values ?? [];
      const values = counted.map((v) => ({ ...v, selected: selected.includes(v.value) }));
      for (const value of selected)
        if (!counted.some((v) => v.value === value)) values.push({ value, count: 0, selected: true });
      // Years are digits: a plain comparison (localeCompare builds a collator per call, ~30 ms on a phone here).
      if (field === 'year') values.sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
      return { field, values };
    }).filter((f) => f.values.length > 0);
  });

  /** The selected values as one list, for the chips. */
  readonly activeFilters = computed(() =>
    SEARCH_FACET_FIELDS.flatMap((field) => this.filters()[field].map((value) => ({ field, value }))),
  );

  /** Shows this state (read from the URL). */
  load(state: SearchState): void {
    this.cursorsOf(state).set(state.page, state.after);
    this.state.set(state);
  }

  /** A new query keeps the filters and starts on page 1. */
  withQuery(query: string): SearchState {
    return { ...this.state(), query: query.trim(), page: 1, after: null };
  }

  toggle(field: SearchFacetField, value: string, on: boolean): SearchState {
    const s = this.state();
    const values = s.filters[field].filter((v) => v !== value);
    if (on) values.push(value);
    return { ...s, filters: { ...s.filters, [field]: values }, page: 1, after: null };
  }

  clearFilters(): SearchState {
    return { ...this.state(), filters: emptyFilters(), page: 1, after: null };
  }

  nextPage(): SearchState | undefined {
    const end = this.result()?.pageInfo.endCursor;
    if (!end || !this.hasNext()) return undefined;
    return { ...this.state(), page: this.page() + 1, after: end };
  }

  /** The page before; the first page when its cursor is unknown (a shared link to page 3). */
  previousPage(): SearchState | undefined {
    const s = this.state();
    if (s.page <= 1) return undefined;
    const page = s.page - 1;
    const after = page === 1 ? null : this.cursorsOf(s).get(page);
    return after ? { ...s, page, after } : { ...s, page: 1, after: null };
  }

  private cursorsOf(state: SearchState): Map<number, string | null> {
    const key = JSON.stringify([state.query, state.filters]);
    let known = this.cursors.get(key);
    if (!known) this.cursors.set(key, (known = new Map()));
    return known;
  }
}

/**
 * Suggestions as you type: `query` is the box's text; after ~250 ms without typing, up to 8 hits are fetched.
 * Idle (and empty) under two characters. Provide where the box is.
 */
@Injectable()
export class SuggestStore {
  readonly query = signal('');
  private readonly term = computed(() => this.query().trim());
  private readonly debouncedTerm = toSignal(
    toObservable(this.term).pipe(debounceTime(250), distinctUntilChanged()),
    { initialValue: '' },
  );
  readonly suggestions = queryResource(SearchSuggestDocument, () => {
    const query = this.debouncedTerm();
    return query.length >= MIN_SUGGEST_LENGTH ? { query } : undefined;
  });
  /** The latest answer, kept while the next one loads so the list does not flicker. */
  private readonly latest = linkedSignal<SuggestHit[] | undefined, SuggestHit[]>({
    source: () =>
      this.suggestions.hasValue()
        ? (this.suggestions.value()?.search.hits ?? [])
        : this.suggestions.status() === 'idle'
          ? []
          : undefined,
    computation: (hits, previous) => hits ?? previous?.value ?? [],
  });
  readonly active = computed(() => this.term().length >= MIN_SUGGEST_LENGTH);
  readonly hits = computed(() => (this.active() ? this.latest() : []));
  readonly loading = computed(() => this.active() && this.suggestions.isLoading());
  /** The hits grouped by kind, in SEARCH_KIND_ORDER. */
  readonly groups = computed(() =>
    SEARCH_KIND_ORDER.map((kind) => ({ kind, hits: this.hits().filter((h) => h.kind === kind) })).filter(
      (g) => g.hits.length > 0,
    ),
  );
}
