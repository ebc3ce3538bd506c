import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  CompareCountriesDocument,
  CompareCountriesQuery,
  CompareCountryOptionsDocument,
} from '@peerhub/shared/graphql-types';
import { CountryCompareStore, leftOutMessage, splitKnownCodes, toCsv } from './compare.store';

const options = {
  countries: [
    { code: 'PL', name: 'Poland' },
    { code: 'AT', name: 'Austria' },
    { code: 'IT', name: 'Italy' },
    { code: 'UK', name: 'United Kingdom' },
  ],
};
const comparison = (codes: string[]): CompareCountriesQuery => ({
  compareCountries: {
    dataAsOf: '2025-01-31',
    countries: codes.map((code) => ({ code, name: code })),
    rows: [],
  },
});

describe('CountryCompareStore', () => {
  let api: FakeGraphqlClient;
  let store: CountryCompareStore;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(CompareCountryOptionsDocument, options)
      .answer(CompareCountriesDocument, ({ codes }) => comparison(codes as string[]));
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), CountryCompareStore] });
    store = TestBed.inject(CountryCompareStore);
  });

  it('offers the profiled countries by name and knows their codes', async () => {
    await settle();
    expect(store.optionItems().map((c) => c.code)).toEqual(['AT', 'IT', 'PL', 'UK']);
    expect([...store.knownCodes()!]).toEqual(['PL', 'AT', 'IT', 'UK']);
  });

  it.each([[[]], [['PL']], [['PL', 'IT', 'AT', 'UK', 'IE', 'PT']]])(
    'asks for no comparison of %j (2 to 5 countries)',
    async (codes) => {
      store.codes.set(codes);
      await settle();
      expect(store.valid()).toBe(false);
      expect(api.variables(CompareCountriesDocument)).toEqual([]);
      expect(store.value()).toBeUndefined();
    },
  );

  it('compares a valid selection in the order chosen, once the options are in', async () => {
    let release!: () => void;
    api.answer(CompareCountryOptionsDocument, () => new Promise((r) => (release = () => r(options))));
    store.codes.set(['UK', 'PL']);
    TestBed.tick();
    expect(store.valid()).toBe(false); // still learning which countries have profiles
    release();
    await settle();
    expect(api.variables(CompareCountriesDocument)).toEqual([{ codes: ['UK', 'PL'], lang: 'en' }]);
    expect(store.value()?.countries.map((c) => c.code)).toEqual(['UK', 'PL']);
  });

  it('drops the comparison once the selection becomes invalid', async () => {
    store.codes.set(['PL', 'IT']);
    await settle();
    expect(store.value()?.dataAsOf).toBe('2025-01-31');
    store.codes.set(['PL']);
    await settle();
    expect(store.value()).toBeUndefined();
    expect(api.variables(CompareCountriesDocument)).toHaveLength(1);
  });

  it('still compares when the country list fails, knowing no codes', async () => {
    api.answer(CompareCountryOptionsDocument, new ApiError('down', 'NETWORK'));
    store.codes.set(['PL', 'IT']);
    await settle();
    expect(store.knownCodes()).toBeUndefined();
    expect(store.optionItems()).toEqual([]);
    expect(api.variables(CompareCountriesDocument)).toEqual([{ codes: ['PL', 'IT'], lang: 'en' }]);
  });
});

describe('comparison helpers', () => {
  it('splits asked codes into profiled and left out, dropping nothing while unknown', () => {
    expect(splitKnownCodes(['PL', 'XK', 'IT', 'QQ'], new Set(['PL', 'IT']))).toEqual({
      kept: ['PL', 'IT'],
      leftOut: ['XK', 'QQ'],
    });
    expect(splitKnownCodes(['PL', 'XK'], undefined)).toEqual({ kept: ['PL', 'XK'], leftOut: [] });
    expect(leftOutMessage(['XK', 'QQ'])).toBe('Left out — no country profile for XK, QQ');
    expect(leftOutMessage([])).toBe('');
  });

  it('writes CSV a spreadsheet opens: BOM, CRLF, quoted where needed', () => {
    expect(
      toCsv([
        ['Dimension', 'Poland — text'],
        ['Pay', 'Paid "as staff", in part; rarely'],
        ['Training', ' padded'],
        ['Plain', 'a\nb'],
      ]),
    ).toBe(
      '\uFEFFDimension,Poland — text\r\nPay,"Paid ""as staff"", in part; rarely"\r\nTraining," padded"\r\n' +
        'Plain,"a\nb"\r\n',
    );
  });
});
