import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap } from '@angular/router';
import { COUNTRY_CODE, bindListToUrl } from './list-url';
import { ListOrder } from './paged-query';

describe('bindListToUrl country filter', () => {
  function bind(country: string): Record<string, unknown> {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap({ country }) } },
        },
        { provide: Router, useValue: { navigate: jest.fn(() => Promise.resolve(true)) } },
      ],
    });
    const filter = signal<Record<string, unknown>>({});
    const sort = signal<ListOrder>('TITLE');
    TestBed.runInInjectionContext(() =>
      bindListToUrl(
        { filter, sort, setFilter: (f) => filter.set(f), setSort: (s) => sort.set(s) },
        { country: COUNTRY_CODE },
      ),
    );
    return filter();
  }

  it.each([
    ['pl', 'PL'],
    [' gb ', 'UK'],
    ['UK', 'UK'],
  ])('reads %j from the address as %j (the API’s rule)', (raw, code) => {
    expect(bind(raw)).toEqual({ country: code });
  });

  it('ignores what is not a country code', () => {
    expect(bind('Poland')).toEqual({});
  });
});
