import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { CountryMapDocument, CountryMapQuery, DimensionLevel } from '@peerhub/shared/graphql-types';
import { CountryMapStore } from './map.store';

type Mapped = CountryMapQuery['countries'][number];
const country = (code: string, name: string, pay?: DimensionLevel, role?: DimensionLevel): Mapped => ({
  code,
  name,
  dimensions: [
    ...(pay
      ? [{ key: 'PAY' as const, level: pay, text: `${code} pay`, verifiedOn: '2025-06-01', sources: [] }]
      : []),
    ...(role
      ? [
          {
            key: 'ROLE_RECOGNITION' as const,
            level: role,
            text: `${code} role`,
            verifiedOn: '2025-06-01',
            sources: [],
          },
        ]
      : []),
  ],
});
const countries = [
  country('PL', 'Poland', 'PARTIAL', 'ESTABLISHED'),
  country('EU', 'European level', 'ABSENT', 'ABSENT'),
  country('AT', 'Austria', undefined, 'EMERGING'),
  country('IT', 'Italy', 'PARTIAL', 'ESTABLISHED'),
];
const topology = { type: 'Topology', objects: {}, arcs: [] };

describe('CountryMapStore', () => {
  let api: FakeGraphqlClient;
  let fetched: string[];
  let geometry: () => Promise<Response>;

  beforeEach(() => {
    fetched = [];
    geometry = async () => ({ ok: true, status: 200, json: async () => topology }) as Response;
    (globalThis as { fetch: unknown }).fetch = async (url: string) => {
      fetched.push(url);
      return geometry();
    };
    api = new FakeGraphqlClient().answer(CountryMapDocument, { countries });
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), CountryMapStore] });
  });

  it('colours every country with a territory by the chosen dimension, by name, without asking again', async () => {
    const store = TestBed.inject(CountryMapStore);
    await settle();
    expect(store.ready()).toBe(true);
    expect(fetched).toEqual(['http://localhost/assets/geo/countries-50m.json']);
    expect(store.items().map((c) => [c.code, c.level])).toEqual([
      ['AT', 'EMERGING'],
      ['IT', 'ESTABLISHED'],
      ['PL', 'ESTABLISHED'],
    ]);
    store.dimension.set('PAY');
    await settle();
    expect(store.items().map((c) => [c.code, c.level, c.text])).toEqual([
      ['AT', 'UNKNOWN', ''], // no value for this dimension: unknown, not absent
      ['IT', 'PARTIAL', 'IT pay'],
      ['PL', 'PARTIAL', 'PL pay'],
    ]);
    expect(store.levelCounts()).toEqual([
      { level: 'ESTABLISHED', count: 0 },
      { level: 'PARTIAL', count: 2 },
      { level: 'EMERGING', count: 0 },
      { level: 'ABSENT', count: 0 },
      { level: 'UNKNOWN', count: 1 },
    ]);
    expect(api.variables(CountryMapDocument)).toEqual([{ lang: 'en' }]);
  });

  it.each([
    ['the server answers 404', () => Promise.resolve({ ok: false, status: 404 } as Response)],
    ['the network is down', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('says the map could not be loaded when %s, and reloads only the borders', async (_, failure) => {
    geometry = failure;
    const store = TestBed.inject(CountryMapStore);
    await settle();
    expect(store.ready()).toBe(false);
    expect(store.error()?.message).toBe('The map could not be loaded. Check your connection and try again.');
    geometry = async () => ({ ok: true, status: 200, json: async () => topology }) as Response;
    store.reload();
    await settle();
    expect(store.ready()).toBe(true);
    expect(store.error()).toBeUndefined();
    expect(fetched).toHaveLength(2);
    expect(api.variables(CountryMapDocument)).toHaveLength(1);
  });

  it('shows the API’s error first and reloads only the data', async () => {
    api.answer(CountryMapDocument, new ApiError('Too many requests', 'RATE_LIMITED'));
    const store = TestBed.inject(CountryMapStore);
    await settle();
    expect((store.error() as ApiError).code).toBe('RATE_LIMITED');
    expect(store.items()).toEqual([]);
    api.answer(CountryMapDocument, { countries });
    store.reload();
    await settle();
    expect(store.ready()).toBe(true);
    expect(fetched).toHaveLength(1);
    expect(api.variables(CountryMapDocument)).toHaveLength(2);
  });
});
