import { Injectable, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CountryDetailDocument, CountryDetailQuery } from '@peerhub/shared/graphql-types';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '../testing';
import { ApiError } from './graphql-client';
import { queryResource } from './query-resource';

@Injectable()
class OneCountry {
  readonly code = signal<string | undefined>(undefined);
  readonly country = queryResource(CountryDetailDocument, () => {
    const code = this.code();
    return code ? { code, lang: 'en' } : undefined;
  });
}

const poland = { country: { code: 'PL', name: 'Poland' } } as CountryDetailQuery;

describe('queryResource', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient();
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), OneCountry] });
  });

  it('stays idle and asks nothing while its variables are undefined', async () => {
    const store = TestBed.inject(OneCountry);
    await settle();
    expect(store.country.status()).toBe('idle');
    expect(api.sent).toEqual([]);
  });

  it('asks again whenever the variables change, and shows the answer', async () => {
    api.answer(CountryDetailDocument, (v) => ({
      country: { ...poland.country, code: v.code, name: v.code === 'PL' ? 'Poland' : 'Italy' },
    }));
    const store = TestBed.inject(OneCountry);
    store.code.set('PL');
    await settle();
    expect(store.country.value()?.country.name).toBe('Poland');
    store.code.set('IT');
    TestBed.tick();
    expect(store.country.isLoading()).toBe(true);
    await settle();
    expect(store.country.value()?.country.name).toBe('Italy');
    expect(api.variables(CountryDetailDocument)).toEqual([
      { code: 'PL', lang: 'en' },
      { code: 'IT', lang: 'en' },
    ]);
  });

  it('holds the API’s error, and asks again on reload', async () => {
    api.answer(CountryDetailDocument, new ApiError('No country profile for "XK"', 'NOT_FOUND'));
    const store = TestBed.inject(OneCountry);
    store.code.set('XK');
    await settle();
    expect(store.country.status()).toBe('error');
    expect((store.country.error() as ApiError).notFound).toBe(true);
    expect(store.country.error()?.message).toBe('No country profile for "XK"');

    api.answer(CountryDetailDocument, poland);
    store.country.reload();
    await settle();
    expect(store.country.status()).toBe('resolved');
    expect(api.variables(CountryDetailDocument)).toHaveLength(2);
  });

  it('starts resolved, in the same turn and without asking, with the answer a server-rendered page carries', () => {
    api.carry(CountryDetailDocument, { code: 'PL', lang: 'en' }, poland);
    const store = TestBed.inject(OneCountry);
    store.code.set('PL');
    // No tick, no await: hydration's first render must see the answer, not the loading state.
    expect(store.country.status()).toBe('resolved');
    expect(store.country.isLoading()).toBe(false);
    expect(store.country.value()?.country.name).toBe('Poland');
    expect(api.sent).toEqual([]);
  });

  it('starts failed with a carried error (a not-found page hydrates as not found), and asks on reload', async () => {
    api.carry(
      CountryDetailDocument,
      { code: 'XK', lang: 'en' },
      new ApiError('No country profile', 'NOT_FOUND'),
    );
    const store = TestBed.inject(OneCountry);
    store.code.set('XK');
    expect(store.country.status()).toBe('error');
    expect((store.country.error() as ApiError).notFound).toBe(true);
    await settle();
    expect(api.sent).toEqual([]);

    api.answer(CountryDetailDocument, poland);
    store.country.reload();
    TestBed.tick();
    expect(store.country.isLoading()).toBe(true);
    await settle();
    expect(store.country.value()?.country.name).toBe('Poland');
    expect(api.sent).toHaveLength(1);
  });

  it('asks the API for variables the page does not carry', async () => {
    api.carry(CountryDetailDocument, { code: 'PL', lang: 'en' }, poland);
    api.answer(CountryDetailDocument, { country: { ...poland.country, code: 'IT', name: 'Italy' } });
    const store = TestBed.inject(OneCountry);
    store.code.set('IT');
    expect(store.country.status()).toBe('loading');
    await settle();
    expect(store.country.value()?.country.name).toBe('Italy');
    expect(api.variables(CountryDetailDocument)).toEqual([{ code: 'IT', lang: 'en' }]);
  });
});
