import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  CountryDetailDocument,
  CountryDetailQuery,
  CountryListDocument,
  CountryListQuery,
} from '@peerhub/shared/graphql-types';
import { CountryDetailStore, CountryListStore } from './countries.store';

type Listed = CountryListQuery['countries'][number];
type Dimension = CountryDetailQuery['country']['dimensions'][number];
const listed = (code: string, name: string) =>
  ({ code, name, roleTitles: [], practices: [] }) as unknown as Listed;
const dimension = (key: string) => ({ key, level: 'PARTIAL', text: key }) as Dimension;

describe('CountryListStore', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient();
    TestBed.configureTestingModule({
      providers: [provideFakeGraphql(api), CountryListStore, { provide: LOCALE_ID, useValue: 'pl' }],
    });
  });

  it('lists countries by their name in the UI language', async () => {
    api.answer(CountryListDocument, {
      countries: [
        listed('MT', 'Malta'),
        listed('LV', 'Łotwa'),
        listed('PL', 'Polska'),
        listed('LT', 'Litwa'),
      ],
    });
    const store = TestBed.inject(CountryListStore);
    await settle();
    expect(api.variables(CountryListDocument)).toEqual([{ lang: 'pl' }]);
    expect(store.items().map((c) => c.name)).toEqual(['Litwa', 'Łotwa', 'Malta', 'Polska']); // Ł after L
  });

  it('lists nothing on error', async () => {
    api.answer(CountryListDocument, new ApiError('The server could not be reached.', 'NETWORK'));
    const store = TestBed.inject(CountryListStore);
    await settle();
    expect(store.items()).toEqual([]);
    expect(store.list.error()?.message).toBe('The server could not be reached.');
  });
});

describe('CountryDetailStore', () => {
  let api: FakeGraphqlClient;
  let store: CountryDetailStore;

  beforeEach(() => {
    api = new FakeGraphqlClient();
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), CountryDetailStore] });
    store = TestBed.inject(CountryDetailStore);
  });

  it.each([
    ['pl', 'PL'],
    [' gb', 'UK'],
    ['zz', 'ZZ'],
  ])('asks for %j as %j', async (code, sent) => {
    api.answer(CountryDetailDocument, new ApiError('No country profile', 'NOT_FOUND'));
    await settle();
    expect(api.sent).toEqual([]); // no code yet: idle
    store.code.set(code);
    await settle();
    expect(api.variables(CountryDetailDocument)).toEqual([{ code: sent, lang: 'en' }]);
  });

  it.each(['foo', 'xyz', 'p', '12'])(
    'answers %j, which is no country code, as not found without asking the API',
    async (code) => {
      store.code.set(code);
      await settle();
      expect(api.sent).toEqual([]);
      expect(store.value()).toBeUndefined();
      expect((store.error() as ApiError).notFound).toBe(true);
    },
  );

  it('shows the dimensions in the one canonical order, unknown keys last', async () => {
    api.answer(CountryDetailDocument, {
      country: {
        code: 'PL',
        name: 'Poland',
        dimensions: ['PAY', 'SOMETHING_NEW', 'ACCREDITATION', 'ROLE_RECOGNITION'].map(dimension),
      } as CountryDetailQuery['country'],
    });
    store.code.set('PL');
    await settle();
    expect(store.dimensions().map((d) => d.key)).toEqual([
      'ROLE_RECOGNITION',
      'ACCREDITATION',
      'PAY',
      'SOMETHING_NEW',
    ]);
  });

  it('has no country and no dimensions when the profile is not found', async () => {
    api.answer(CountryDetailDocument, new ApiError('No country profile for "XK"', 'NOT_FOUND'));
    store.code.set('XK');
    await settle();
    expect(store.value()).toBeUndefined();
    expect(store.dimensions()).toEqual([]);
    expect((store.country.error() as ApiError).notFound).toBe(true);
    expect(store.error()).toBe(store.country.error());
  });
});
