import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SuggestStore } from './search.store';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SuggestStore', () => {
  let queries: string[];

  beforeEach(() => {
    queries = [];
    (globalThis as { fetch: unknown }).fetch = async (_url: string, init: { body: string }) => {
      const { variables } = JSON.parse(init.body) as { variables: { query: string } };
      queries.push(variables.query);
      const hits = [
        { kind: 'RESOURCE', id: '2', slug: 'guide', title: 'Recovery guide', language: 'en' },
        { kind: 'PRACTICE', id: '1', slug: 'colleges', title: 'Recovery Colleges', language: 'en' },
      ];
      return { status: 200, json: async () => ({ data: { search: { hits } } }) } as unknown as Response;
    };
    TestBed.configureTestingModule({ providers: [SuggestStore] });
  });

  /** Lets effects, the debounce and the request run. */
  async function settle(ms: number): Promise<void> {
    TestBed.inject(ApplicationRef).tick();
    await sleep(ms);
    TestBed.inject(ApplicationRef).tick();
    await sleep(0);
  }

  it('stays idle under two characters', async () => {
    const store = TestBed.inject(SuggestStore);
    store.query.set('r');
    await settle(350);
    expect(queries).toEqual([]);
    expect(store.groups()).toEqual([]);
  });

  it('asks once after typing pauses, and groups the hits by kind', async () => {
    const store = TestBed.inject(SuggestStore);
    for (const text of ['re', 'rec', 'reco']) {
      store.query.set(text);
      await settle(50);
    }
    await settle(350);
    expect(queries).toEqual(['reco']);
    expect(store.groups().map((g) => g.kind)).toEqual(['PRACTICE', 'RESOURCE']);
    store.query.set('r');
    expect(store.groups()).toEqual([]);
  });
});
