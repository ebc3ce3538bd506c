import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import {
  FakeGraphqlClient,
  connection,
  provideFakeGraphql,
  settle,
} from '@peerhub/shared/data-access/testing';
import { ResourceDetailDocument, ResourceListDocument } from '@peerhub/shared/graphql-types';
import { ResourceDetailStore, ResourceListStore } from './resources.store';

describe('ResourceListStore', () => {
  it('sends the filters as chosen and no language of its own (resources are listed as published)', async () => {
    const api = new FakeGraphqlClient().answer(ResourceListDocument, {
      resources: connection([], { total: 0 }),
    });
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), ResourceListStore] });
    const store = TestBed.inject(ResourceListStore);
    store.list.setFilter({ type: 'GUIDE', language: 'fr', audience: '' as never, topic: '   ' });
    await settle();
    expect(api.variables(ResourceListDocument)).toEqual([
      { first: 20, after: null, sort: 'TITLE', filter: { type: 'GUIDE', language: 'fr' } },
    ]);
    expect(store.list.total()).toBe(0);
  });
});

describe('ResourceDetailStore', () => {
  it('asks by slug only, and holds a not-found', async () => {
    const api = new FakeGraphqlClient().answer(
      ResourceDetailDocument,
      new ApiError('No resource with slug "x"', 'NOT_FOUND'),
    );
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), ResourceDetailStore] });
    const store = TestBed.inject(ResourceDetailStore);
    store.slug.set('x');
    await settle();
    expect(api.variables(ResourceDetailDocument)).toEqual([{ slug: 'x' }]);
    expect(store.value()).toBeUndefined();
    expect(store.resource.error()?.message).toBe('No resource with slug "x"');
  });
});
