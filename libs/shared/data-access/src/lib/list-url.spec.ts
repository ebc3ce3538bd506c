import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Params, Router, convertToParamMap } from '@angular/router';
import { BehaviorSubject, map } from 'rxjs';
import { COUNTRY_CODE, bindListToUrl } from './list-url';
import { ListOrder } from './paged-query';

/** A list bound to a fake address whose query parameters the test can change, as the router would. */
function bindList(initial: Params) {
  const params = new BehaviorSubject<Params>(initial);
  const navigate = jest.fn(() => Promise.resolve(true));
  TestBed.configureTestingModule({
    providers: [
      { provide: ActivatedRoute, useValue: { queryParamMap: params.pipe(map(convertToParamMap)) } },
      { provide: Router, useValue: { navigate } },
    ],
  });
  const filter = signal<Record<string, unknown>>({});
  const sort = signal<ListOrder>('TITLE');
  TestBed.runInInjectionContext(() =>
    bindListToUrl(
      { filter, sort, setFilter: (f) => filter.set(f), setSort: (s) => sort.set(s) },
      { country: COUNTRY_CODE, leadership: ['PEER_RUN', 'CO_PRODUCED'] },
    ),
  );
  return { params, filter, sort, navigate };
}

describe('bindListToUrl country filter', () => {
  it.each([
    ['pl', 'PL'],
    [' gb ', 'UK'],
    ['UK', 'UK'],
  ])('reads %j from the address as %j (the API’s rule)', (raw, code) => {
    expect(bindList({ country: raw }).filter()).toEqual({ country: code });
  });

  it('ignores what is not a country code', () => {
    expect(bindList({ country: 'Poland' }).filter()).toEqual({ country: undefined, leadership: undefined });
  });
});

describe('bindListToUrl follows the address', () => {
  it('a link to the same list with other parameters replaces the filter and the sort', () => {
    const list = bindList({ leadership: 'peer_run', sort: 'recent' });
    expect(list.filter()).toEqual({ country: undefined, leadership: 'PEER_RUN' });
    expect(list.sort()).toBe('RECENT');
    list.params.next({}); // the toolbar's "Practices" link: /practices
    expect(list.filter()).toEqual({ country: undefined, leadership: undefined });
    expect(list.sort()).toBe('TITLE');
    list.params.next({ country: 'ie', leadership: 'CO_PRODUCED' }); // Back/Forward to another filtered entry
    expect(list.filter()).toEqual({ country: 'IE', leadership: 'CO_PRODUCED' });
  });

  it('the address written back from the page does not reset the filter again', () => {
    const list = bindList({ country: 'PL' });
    const before = list.filter();
    list.params.next({ country: 'PL' });
    expect(list.filter()).toBe(before); // the same object: no new filter, no new request
  });

  it('writes the page’s changes to the address, replacing the entry', () => {
    const list = bindList({});
    list.filter.set({ country: 'PL', leadership: 'PEER_RUN' });
    TestBed.tick();
    expect(list.navigate).toHaveBeenLastCalledWith(
      [],
      expect.objectContaining({
        queryParams: { country: 'PL', leadership: 'PEER_RUN', sort: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      }),
    );
  });
});

describe('bindListToUrl drops a country that does not exist', () => {
  function bindWithKnown(initial: Params) {
    const params = new BehaviorSubject<Params>(initial);
    const navigate = jest.fn((..._args: unknown[]) => Promise.resolve(true));
    TestBed.configureTestingModule({
      providers: [
        { provide: ActivatedRoute, useValue: { queryParamMap: params.pipe(map(convertToParamMap)) } },
        { provide: Router, useValue: { navigate } },
      ],
    });
    const filter = signal<Record<string, unknown>>({});
    const sort = signal<ListOrder>('TITLE');
    const countries = signal<readonly string[]>([]);
    TestBed.runInInjectionContext(() =>
      bindListToUrl(
        { filter, sort, setFilter: (f) => filter.set(f), setSort: (s) => sort.set(s) },
        { country: COUNTRY_CODE, leadership: ['PEER_RUN', 'CO_PRODUCED'] },
        { country: countries },
      ),
    );
    return { filter, countries, navigate };
  }

  it('?country=ZZ is kept until the countries are known, then dropped from the filter and the address', () => {
    const list = bindWithKnown({ country: 'zz', leadership: 'PEER_RUN' });
    TestBed.tick();
    expect(list.filter()).toEqual({ country: 'ZZ', leadership: 'PEER_RUN' });
    list.countries.set(['IE', 'PL', 'UK']);
    TestBed.tick();
    expect(list.filter()).toEqual({ country: undefined, leadership: 'PEER_RUN' });
    const last = list.navigate.mock.calls.at(-1) as unknown[];
    expect((last[1] as { queryParams: Record<string, unknown> }).queryParams).toMatchObject({
      country: null,
      leadership: 'PEER_RUN',
    });
  });

  it('a known country (GB read as UK) stays', () => {
    const list = bindWithKnown({ country: 'gb' });
    list.countries.set(['IE', 'PL', 'UK']);
    TestBed.tick();
    expect(list.filter()).toEqual({ country: 'UK', leadership: undefined });
  });
});
