import { Signal, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
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

/** The value a field accepts from the address, or undefined (an unknown value is ignored, not sent). */
function accepted(raw: string | undefined, accepts: UrlFilterAccepts): string | undefined {
  if (!raw) return undefined;
  if (accepts === 'text') return raw.slice(0, MAX_TEXT);
  if (accepts === 'country') return normaliseCountryCode(raw) ?? undefined;
  if (accepts instanceof RegExp) return accepts.test(raw) ? raw.toUpperCase() : undefined;
  return accepts.find((v) => v.toLowerCase() === raw.toLowerCase());
}

function sameFilter(a: object, b: object): boolean {
  const x = compactFilter(a) as Record<string, unknown>;
  const y = compactFilter(b) as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((k) => x[k] === y[k]);
}

/**
 * Keeps a list's filter and sort in the address (`/practices?country=PL&leadership=PEER_RUN&sort=RECENT`), so a
 * filtered list can be shared and reloaded. The address leads whenever it changes (first load, a link to the same
 * list with other parameters, Back/Forward): only the values a field accepts are kept (an unknown value is ignored,
 * not sent); a field the address does not name is cleared. Every change made on the page is written back,
 * replacing the entry. `known` gives, per field, the values that exist (e.g. the profiled countries) once they are
 * loaded: a well-formed value that is not among them (`?country=ZZ`) is dropped from the filter and the address as
 * soon as they are, like any other unknown value. Call in a component's injection context.
 */
export function bindListToUrl<TFilter extends object>(
  list: BindableList<TFilter>,
  fields: UrlFilterFields<TFilter>,
  known: Partial<Record<keyof TFilter & string, Signal<readonly string[]>>> = {},
): void {
  const route = inject(ActivatedRoute);
  const router = inject(Router);

  const follow = (params: ParamMap) => {
    const next: Record<string, string | undefined> = {
      ...(list.filter() as Record<string, string | undefined>),
    };
    for (const [key, accepts] of Object.entries(fields) as [string, UrlFilterAccepts][])
      next[key] = accepted(params.get(key)?.trim(), accepts);
    if (!sameFilter(next, list.filter())) list.setFilter(next as TFilter);
    const raw = params.get('sort')?.toUpperCase();
    const sort: ListOrder = raw === 'RECENT' ? 'RECENT' : 'TITLE';
    if (sort !== list.sort()) list.setSort(sort);
  };
  // queryParamMap replays the current address on subscribe: the first read happens before anything is written.
  route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(follow);

  // An empty list of known values means "not loaded yet" (or failed): nothing is dropped then.
  effect(() => {
    const filter = list.filter() as Record<string, unknown>;
    const drop = (Object.entries(known) as [string, Signal<readonly string[]>][]).filter(([key, values]) => {
      const value = filter[key];
      return typeof value === 'string' && value !== '' && values().length > 0 && !values().includes(value);
    });
    if (drop.length)
      list.setFilter({ ...filter, ...Object.fromEntries(drop.map(([key]) => [key, undefined])) } as TFilter);
  });

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
