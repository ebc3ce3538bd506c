import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import {
  FakeGraphqlClient,
  connection,
  provideFakeGraphql,
  settle,
} from '@peerhub/shared/data-access/testing';
import {
  OrganisationDetailDocument,
  OrganisationDetailQuery,
  OrganisationFilterOptionsDocument,
  OrganisationListDocument,
  OrganisationViewerDocument,
} from '@peerhub/shared/graphql-types';
import {
  OrganisationDetailStore,
  OrganisationListStore,
  OrganisationViewerStore,
} from './organisations.store';

describe('OrganisationListStore', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(OrganisationListDocument, { organisations: connection([]) })
      .answer(OrganisationFilterOptionsDocument, {
        countries: [
          { code: 'PT', name: 'Portugal' },
          { code: 'IE', name: 'Ireland' },
        ],
      });
    TestBed.configureTestingModule({
      providers: [provideFakeGraphql(api), OrganisationListStore, { provide: LOCALE_ID, useValue: 'pt-PT' }],
    });
  });

  it('asks for a page in the UI language with only the filters chosen', async () => {
    const store = TestBed.inject(OrganisationListStore);
    store.list.setFilter({ country: 'PT', type: null, project: '' });
    await settle();
    expect(api.variables(OrganisationListDocument)).toEqual([
      { first: 20, after: null, sort: 'TITLE', filter: { country: 'PT' }, lang: 'pt' },
    ]);
    expect(api.variables(OrganisationFilterOptionsDocument)).toEqual([{ lang: 'pt' }]);
    expect(store.countries().map((c) => c.code)).toEqual(['IE', 'PT']);
  });
});

describe('OrganisationDetailStore', () => {
  it('asks for the slug from the route only once it is set, and holds a not-found', async () => {
    const api = new FakeGraphqlClient().answer(
      OrganisationDetailDocument,
      new ApiError('No organisation with slug "gone"', 'NOT_FOUND'),
    );
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), OrganisationDetailStore] });
    const store = TestBed.inject(OrganisationDetailStore);
    await settle();
    expect(api.sent).toEqual([]);
    store.slug.set('gone');
    await settle();
    expect(api.variables(OrganisationDetailDocument)).toEqual([{ slug: 'gone', lang: 'en' }]);
    expect(store.value()).toBeUndefined();
    expect((store.organisation.error() as ApiError).notFound).toBe(true);

    api.answer(OrganisationDetailDocument, {
      organisation: { slug: 'mind', name: 'Mind' } as OrganisationDetailQuery['organisation'],
      viewer: null,
    });
    store.slug.set('mind');
    await settle();
    expect(store.value()?.name).toBe('Mind');
    expect(store.viewer()).toBeNull();
  });

  it('says who is looking, with the organisation', async () => {
    const viewer = { id: 'm1', roles: ['moderator'], suspended: false };
    const api = new FakeGraphqlClient().answer(OrganisationDetailDocument, {
      organisation: { slug: 'mind', name: 'Mind' } as OrganisationDetailQuery['organisation'],
      viewer,
    });
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), OrganisationDetailStore] });
    const store = TestBed.inject(OrganisationDetailStore);
    expect(store.viewer()).toBeNull();
    store.slug.set('mind');
    await settle();
    expect(store.viewer()).toEqual(viewer);
  });
});

describe('OrganisationViewerStore', () => {
  it('is undefined while asking, then null for a visitor', async () => {
    const api = new FakeGraphqlClient().answer(OrganisationViewerDocument, { viewer: null });
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), OrganisationViewerStore] });
    const store = TestBed.inject(OrganisationViewerStore);
    expect(store.viewer()).toBeUndefined();
    await settle();
    expect(store.viewer()).toBeNull();
    expect(api.variables(OrganisationViewerDocument)).toEqual([{}]);
  });
});
