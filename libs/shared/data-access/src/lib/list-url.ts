import { Signal, effect, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { normaliseCountryCode } from '@peerhub/shared/util';
import { ListOrder, compactFilter } from './paged-query';

/**
 * What a list page's filter fields accept from the address: a fixed set of values (matched without regard to case),
 * a code pattern (the value is upper-cased), a country code (`'country'`: the shared rule, GB → UK), or any text
 * (`'text'`, trimmed, at most 200 chars).
 */
export type UrlFilterAccepts = readonly string[] | RegExp | 'text' | 'country';
export type UrlFilterFields<TFilter> = Partial<Record<keyof TFilter & string, UrlFilterAccepts>>;

interface BindableList<TFilter> {
  filter: Signal<TFilter>;
  sort: Signal<ListOrder>;
  setFilter(next: TFilter): void;
  setSort(next: ListOrder): void;
}

const MAX_TEXT = 200;

/**
 * Keeps a list's filter and sort in the address (`/practices?country=PL&leadership=PEER_RUN&sort=RECENT`), so a
 * filtered list can be shared and reloaded. On start it reads the query parameters, keeping only the values a field
 * accepts (an unknown value is ignored, not sent); afterwards every change is written back, replacing the entry.
 * Call in a component's injection context.
 */
export function bindListToUrl<TFilter extends object>(
  list: BindableList<TFilter>,
  fields: UrlFilterFields<TFilter>,
): void {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = route.snapshot.queryParamMap;
  const initial: Record<string, string> = {};
  for (const [key, accepts] of Object.entries(fields) as [string, UrlFilterAccepts][]) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    if (accepts === 'text') initial[key] = raw.slice(0, MAX_TEXT);
    else if (accepts === 'country') {
      const code = normaliseCountryCode(raw);
      if (code) initial[key] = code;
    } else if (accepts instanceof RegExp) {
      if (accepts.test(raw)) initial[key] = raw.toUpperCase();
    } else {
      const match = accepts.find((v) => v.toLowerCase() === raw.toLowerCase());
      if (match) initial[key] = match;
    }
  }
  if (Object.keys(initial).length) list.setFilter({ ...list.filter(), ...initial } as TFilter);
  const sort = params.get('sort')?.toUpperCase();
  if (sort === 'RECENT' || sort === 'TITLE') list.setSort(sort);

  effect(() => {
    const filter = compactFilter(list.filter()) as Record<string, unknown>;
    const queryParams: Record<string, string | null> = {};
    for (const key of Object.keys(fields)) queryParams[key] = (filter[key] as string | undefined) ?? null;
    queryParams['sort'] = list.sort() === 'TITLE' ? null : list.sort();
    void router.navigate([], {
      relativeTo: route,
      queryParams,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  });
}

/** A country code, as list filters accept it from the address: the API's rule (any case, GB read as UK). */
export const COUNTRY_CODE = 'country' satisfies UrlFilterAccepts;
