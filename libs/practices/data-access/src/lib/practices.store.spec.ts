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
  PracticeDetailDocument,
  PracticeDetailQuery,
  PracticeFilterOptionsDocument,
  PracticeListDocument,
} from '@peerhub/shared/graphql-types';
import { PracticeDetailStore, PracticeListStore } from './practices.store';

describe('PracticeListStore', () => {
  it('asks in the UI language with the chosen filters, and offers the countries by name in that language', async () => {
    const api = new FakeGraphqlClient()
      .answer(PracticeListDocument, { practices: connection([]) })
      .answer(PracticeFilterOptionsDocument, {
        countries: [
          { code: 'AT', name: 'Austria' },
          { code: 'IT', name: 'Włochy' },
          { code: 'LV', name: 'Łotwa' },
          { code: 'MT', name: 'Malta' },
          { code: 'PL', name: 'Polska' },
        ],
        practiceTopics: ['training', 'Recovery', 'co-production'],
      });
    TestBed.configureTestingModule({
      providers: [provideFakeGraphql(api), PracticeListStore, { provide: LOCALE_ID, useValue: 'pl' }],
    });
    const store = TestBed.inject(PracticeListStore);
    store.list.setFilter({ leadership: 'PEER_RUN', topic: ' recovery ', category: null });
    store.list.setSort('RECENT');
    await settle();
    expect(api.variables(PracticeListDocument)).toEqual([
      {
        first: 20,
        after: null,
        sort: 'RECENT',
        filter: { leadership: 'PEER_RUN', topic: 'recovery' },
        lang: 'pl',
      },
    ]);
    // Polish order: Ł right after L (not after Z, as code points would put it), and not by code.
    expect(store.countries().map((c) => c.name)).toEqual(['Austria', 'Łotwa', 'Malta', 'Polska', 'Włochy']);
    expect(store.topics()).toEqual(['co-production', 'Recovery', 'training']);
  });

  it('sorts the countries in Norwegian on the Norwegian pages (Ø after Z)', async () => {
    const api = new FakeGraphqlClient()
      .answer(PracticeListDocument, { practices: connection([]) })
      .answer(PracticeFilterOptionsDocument, {
        countries: [
          { code: 'AT', name: 'Østerrike' },
          { code: 'PL', name: 'Polen' },
          { code: 'SE', name: 'Sverige' },
        ],
        practiceTopics: [],
      });
    TestBed.configureTestingModule({
      providers: [provideFakeGraphql(api), PracticeListStore, { provide: LOCALE_ID, useValue: 'nb-NO' }],
    });
    const store = TestBed.inject(PracticeListStore);
    await settle();
    expect(store.countries().map((c) => c.code)).toEqual(['PL', 'SE', 'AT']);
  });

  it('offers no countries when the options fail', async () => {
    const api = new FakeGraphqlClient()
      .answer(PracticeListDocument, { practices: connection([]) })
      .answer(PracticeFilterOptionsDocument, new ApiError('down', 'NETWORK'));
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), PracticeListStore] });
    const store = TestBed.inject(PracticeListStore);
    await settle();
    expect(store.countries()).toEqual([]);
    expect(store.topics()).toEqual([]);
    expect(store.list.page.status()).toBe('resolved');
  });
});

describe('PracticeDetailStore', () => {
  it('loads the practice for the slug in the UI language', async () => {
    const api = new FakeGraphqlClient().answer(PracticeDetailDocument, ({ slug }) => ({
      practice: { slug, title: 'Recovery assistants' } as PracticeDetailQuery['practice'],
    }));
    TestBed.configureTestingModule({
      providers: [provideFakeGraphql(api), PracticeDetailStore, { provide: LOCALE_ID, useValue: 'it' }],
    });
    const store = TestBed.inject(PracticeDetailStore);
    store.slug.set('pl-recovery-assistants');
    await settle();
    expect(api.variables(PracticeDetailDocument)).toEqual([{ slug: 'pl-recovery-assistants', lang: 'it' }]);
    expect(store.value()?.title).toBe('Recovery assistants');
  });
});
