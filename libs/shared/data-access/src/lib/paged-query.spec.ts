import { Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PracticeListDocument, PracticeListQuery } from '@peerhub/shared/graphql-types';
import { FakeGraphqlClient, connection, provideFakeGraphql, settle } from '../testing';
import { ApiError } from './graphql-client';
import { PageRequest, compactFilter, pagedQuery } from './paged-query';

type Practice = PracticeListQuery['practices']['edges'][number]['node'];
interface Filter {
  country?: string | null;
  topic?: string | null;
}

@Injectable()
class Practices {
  readonly list = pagedQuery(PracticeListDocument, {
    select: (r) => r.practices,
    variables: ({ first, after, sort, filter }: PageRequest<Filter>) => ({
      first,
      after,
      sort,
      filter,
      lang: 'en',
    }),
    pageSize: 3,
  });
}

const practice = (n: number) => ({ id: String(n), slug: `p${n}`, title: `Practice ${n}` }) as Practice;
const page = (from: number, count: number, more: boolean) =>
  connection(
    Array.from({ length: count }, (_, i) => practice(from + i)),
    { total: 7, endCursor: `c${from + count - 1}`, hasNextPage: more, hasPreviousPage: from > 1 },
  );

describe('pagedQuery', () => {
  let api: FakeGraphqlClient;
  let list: Practices['list'];
  const sentAfter = () => api.variables(PracticeListDocument).map((v) => v.after);

  beforeEach(() => {
    api = new FakeGraphqlClient().answer(PracticeListDocument, ({ after }) => ({
      practices: after === null ? page(1, 3, true) : after === 'c3' ? page(4, 3, true) : page(7, 1, false),
    }));
    TestBed.configureTestingModule({ providers: [provideFakeGraphql(api), Practices] });
    list = TestBed.inject(Practices).list;
  });

  it('asks for the first page by title, and shows its range', async () => {
    await settle();
    expect(api.variables(PracticeListDocument)).toEqual([
      { first: 3, after: null, sort: 'TITLE', filter: {}, lang: 'en' },
    ]);
    expect(list.items().map((p) => p.slug)).toEqual(['p1', 'p2', 'p3']);
    expect([list.from(), list.to(), list.total()]).toEqual([1, 3, 7]);
  });

  it('passes each page’s end cursor to the next, and goes back through the cursors seen', async () => {
    await settle();
    list.next();
    await settle();
    expect([list.from(), list.to()]).toEqual([4, 6]);
    list.next();
    await settle();
    expect(list.items().map((p) => p.slug)).toEqual(['p7']);
    expect([list.from(), list.to(), list.total()]).toEqual([7, 7, 7]);
    list.next(); // the last page: nothing more to ask
    list.previous();
    await settle();
    expect([list.from(), list.to()]).toEqual([4, 6]);
    list.previous();
    list.previous(); // already on the first page
    await settle();
    expect(sentAfter()).toEqual([null, 'c3', 'c6', 'c3', null]);
    expect(list.from()).toBe(1);
  });

  it('goes back to the first page when the filter or the order changes, sending only real filters', async () => {
    await settle();
    list.next();
    await settle();
    list.setFilter({ country: 'PL', topic: '  training ' });
    await settle();
    list.next();
    await settle();
    list.setSort('RECENT');
    await settle();
    expect(api.variables(PracticeListDocument).slice(2)).toEqual([
      { first: 3, after: null, sort: 'TITLE', filter: { country: 'PL', topic: 'training' }, lang: 'en' },
      { first: 3, after: 'c3', sort: 'TITLE', filter: { country: 'PL', topic: 'training' }, lang: 'en' },
      { first: 3, after: null, sort: 'RECENT', filter: { country: 'PL', topic: 'training' }, lang: 'en' },
    ]);
    expect(list.from()).toBe(1);
  });

  it('shows an empty list as 0–0 of 0', async () => {
    api.answer(PracticeListDocument, { practices: connection<Practice>([]) });
    await settle();
    expect(list.items()).toEqual([]);
    expect([list.from(), list.to(), list.total()]).toEqual([0, 0, 0]);
    list.next();
    await settle();
    expect(sentAfter()).toEqual([null]);
  });

  it('keeps no items on an API error, and the error for the page to show', async () => {
    api.answer(PracticeListDocument, new ApiError('first must be at most 100', 'BAD_USER_INPUT'));
    await settle();
    expect(list.items()).toEqual([]);
    expect(list.total()).toBe(0);
    expect((list.page.error() as ApiError).code).toBe('BAD_USER_INPUT');
  });
});

describe('compactFilter', () => {
  it('trims text and drops empty choices, keeping other values', () => {
    expect(compactFilter({ a: ' x ', b: '', c: '   ', d: null, e: undefined, f: 0, g: false })).toEqual({
      a: 'x',
      f: 0,
      g: false,
    });
  });
});
