import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NetworkSummaryDocument, NetworkSummaryQuery } from '@peerhub/shared/graphql-types';
import { FakeGraphqlClient, connection, provideFakeGraphql, settle } from '../testing';
import { ApiError } from './graphql-client';
import { NetworkSummaryStore } from './network-summary.store';

const summary: NetworkSummaryQuery = {
  countries: [{ code: 'PL' }, { code: 'IT' }, { code: 'UK' }],
  practiceCount: { totalCount: 41 },
  organisationCount: { totalCount: 17 },
  resourceCount: { totalCount: 95 },
  competencyFramework: {
    categories: [{ items: [{ id: 'a' }, { id: 'b' }] }, { items: [] }, { items: [{ id: 'c' }] }],
  },
  latestPractices: connection([{ slug: 'p1', title: 'Recovery Colleges', startYear: 2022, country: null }]),
  latestResources: connection([
    { slug: 'r1', title: 'Guide', type: 'GUIDE' as const, language: 'en', year: 2020 },
    { slug: 'r2', title: 'Paper', type: 'PAPER' as const, language: 'pl', year: null },
  ]),
};

describe('NetworkSummaryStore', () => {
  let api: FakeGraphqlClient;

  function store(locale = 'en-US'): NetworkSummaryStore {
    TestBed.configureTestingModule({
      providers: [provideFakeGraphql(api), NetworkSummaryStore, { provide: LOCALE_ID, useValue: locale }],
    });
    return TestBed.inject(NetworkSummaryStore);
  }

  beforeEach(() => (api = new FakeGraphqlClient()));

  it('counts every kind of record, competencies across categories, in the UI language', async () => {
    api.answer(NetworkSummaryDocument, summary);
    const s = store('nb-NO');
    await settle();
    expect(api.variables(NetworkSummaryDocument)).toEqual([{ lang: 'no' }]);
    expect(s.counts()).toEqual({
      practices: 41,
      organisations: 17,
      resources: 95,
      countries: 3,
      competencies: 3,
    });
    expect(s.latestPractices().map((p) => p.slug)).toEqual(['p1']);
    expect(s.latestResources().map((r) => r.slug)).toEqual(['r1', 'r2']);
  });

  it('asks for the latest practices and resources by their own date, not the last edit', () => {
    const query = NetworkSummaryDocument.toString();
    expect(query).toMatch(/latestPractices: practices\(first: 4, sort: LATEST\)/);
    expect(query).toMatch(/latestResources: resources\(first: 4, sort: LATEST\)/);
  });

  it('has no counts and empty lists while loading and on error', async () => {
    api.answer(NetworkSummaryDocument, new ApiError('The server sent no data.', 'EMPTY'));
    const s = store();
    expect(s.counts()).toBeNull();
    await settle();
    expect(s.summary.status()).toBe('error');
    expect(s.counts()).toBeNull();
    expect(s.latestPractices()).toEqual([]);
    expect(s.latestResources()).toEqual([]);
  });
});
