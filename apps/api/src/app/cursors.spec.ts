import { DataSource } from 'typeorm';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * Every connection pages by keyset: rows written between two page requests — one sorting before the cursor, one
 * after — neither make a row repeat nor make one be skipped (offset cursors did both), and `after` only takes
 * cursors this API issued for the same list and sort.
 */

interface ListCase {
  list: 'practices' | 'organisations' | 'resources';
  /** The GraphQL filter type and a filter to page with (null: none). */
  filterType: string;
  filter: Record<string, unknown> | null;
  /** Inserts a row matching `filter` with this title and last update; returns its slug. */
  insert(ds: DataSource, slug: string, title: string, updatedAt: string): Promise<void>;
}

const PREFIX = 'cursor-test-';

const LISTS: ListCase[] = [
  {
    list: 'practices',
    filterType: 'PracticeFilter',
    filter: null,
    insert: (ds, slug, title, at) =>
      ds.query(
        `INSERT INTO practices (slug, title, country_code, category, verified_on, created_at, updated_at)
         VALUES ($1, $2, 'PL', 'informal_group', '2025-01-01', $3, $3)`,
        [slug, title, at],
      ),
  },
  {
    list: 'organisations',
    filterType: 'OrganisationFilter',
    filter: { country: 'gb' }, // the UK has the most organisations; GB is read as UK
    insert: (ds, slug, title, at) =>
      ds.query(
        `INSERT INTO organisations (slug, name, type, country_code, verified_on, created_at, updated_at)
         VALUES ($1, $2, 'ngo', 'UK', '2025-01-01', $3, $3)`,
        [slug, title, at],
      ),
  },
  {
    list: 'resources',
    filterType: 'ResourceFilter',
    filter: { language: 'en' },
    insert: (ds, slug, title, at) =>
      ds.query(
        `INSERT INTO resources (slug, title, type, language, verified_on, created_at, updated_at)
         VALUES ($1, $2, 'guide', 'en', '2025-01-01', $3, $3)`,
        [slug, title, at],
      ),
  },
];

const SORTS = ['TITLE', 'RECENT'] as const;

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { slug: string; label: string; updatedAt?: string } }[];
}

describe('keyset cursors', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp({
      SEARCH_RELAY: 'false',
      RATE_LIMIT_REQUESTS: '100000',
      RATE_LIMIT_SEARCHES: '100000',
    });
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  const query = (c: ListCase) => {
    const label = c.list === 'organisations' ? 'label: name' : 'label: title';
    return `query($first: Int!, $after: String, $sort: ListSort, $filter: ${c.filterType}) {
      ${c.list}(first: $first, after: $after, sort: $sort, filter: $filter) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { slug ${label} } }
      } }`;
  };

  async function page(c: ListCase, sort: string, first: number, after: string | null): Promise<Page> {
    const { body } = await t.gql(query(c), { first, after, sort, filter: c.filter });
    expect(body.errors).toBeUndefined();
    return (body.data as Record<string, Page>)[c.list];
  }

  async function cleanUp(c: ListCase) {
    await ds.query(`DELETE FROM ${c.list} WHERE slug LIKE '${PREFIX}%'`);
  }

  for (const c of LISTS) {
    for (const sort of SORTS) {
      it(`${c.list} by ${sort}${c.filter ? ` with ${JSON.stringify(c.filter)}` : ''}: rows inserted between pages neither repeat nor skip a row`, async () => {
        await cleanUp(c);
        const all = await page(c, sort, 100, null);
        const originals = all.edges.map((e) => e.node.slug);
        expect(originals.length).toBeGreaterThanOrEqual(5); // at least three pages of two
        expect(all.totalCount).toBe(originals.length);

        const seen: string[] = [];
        const insertedBefore: string[] = [];
        const insertedAfter: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const p = await page(c, sort, 2, after);
          pages++;
          expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
          expect(p.edges.length).toBeLessThanOrEqual(2);
          expect(p.totalCount).toBe(originals.length + insertedBefore.length + insertedAfter.length);
          expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
          expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
          seen.push(...p.edges.map((e) => e.node.slug));
          if (!p.pageInfo.hasNextPage) break;
          expect(p.edges).toHaveLength(2);
          after = p.pageInfo.endCursor;

          // Between this request and the next: one row that sorts before the cursor, one that sorts after it.
          const last = p.edges[1].node;
          const n = insertedBefore.length;
          const before = `${PREFIX}before-${n}`;
          const later = `${PREFIX}after-${n}`;
          if (sort === 'TITLE') {
            await c.insert(ds, before, `0000 inserted ${n}`, new Date().toISOString()); // digits sort first
            await c.insert(ds, later, `${last.label} zz ${n}`, new Date().toISOString()); // just after the cursor
          } else {
            await c.insert(ds, before, `Inserted ${n}`, new Date(Date.now() + 86_400_000).toISOString()); // newest
            await c.insert(
              ds,
              later,
              `Inserted ${n}`,
              new Date(Date.UTC(2000, 0, 1) - n * 60_000).toISOString(),
            );
          }
          insertedBefore.push(before);
          insertedAfter.push(later);
          // Each page takes at least one original row (the other may be the row just inserted after the cursor).
          if (pages > originals.length + 2) break;
        }

        const repeated = seen.filter((s, i) => seen.indexOf(s) !== i);
        expect(repeated).toEqual([]);
        expect(originals.filter((s) => !seen.includes(s))).toEqual([]); // none of the original rows skipped
        expect(insertedBefore.filter((s) => seen.includes(s))).toEqual([]); // written behind the reader
        expect(insertedAfter.filter((s) => !seen.includes(s))).toEqual([]); // written ahead of the reader
        expect(insertedAfter.length).toBeGreaterThanOrEqual(2);
        await cleanUp(c);
      });
    }
  }

  describe('search (PostgreSQL engine, ranked: the cursor is the last hit’s rank)', () => {
    const SEARCH = `query($q: String!, $filter: SearchFilterInput, $first: Int, $after: String) {
      search(query: $q, filter: $filter, first: $first, after: $after) {
        total engine hits { id kind title score } pageInfo { hasNextPage hasPreviousPage endCursor }
      } }`;
    interface Result {
      total: number;
      engine: string;
      hits: { id: string; kind: string; title: string; score: number }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    }
    const search = async (variables: Record<string, unknown>): Promise<Result> => {
      const { body } = await t.gql(SEARCH, variables);
      expect(body.errors).toBeUndefined();
      return body.data.search as Result;
    };
    const insertDoc = (id: string, title: string, body: string) =>
      ds.query(
        `INSERT INTO search_documents (id, kind, entity_id, slug, title, body, country, language, version, config)
         VALUES ($1, 'practice', $2, $2, $3, $4, 'PL', 'en', 1, 'english')`,
        [`practice:${id}`, id, title, body],
      );
    afterEach(async () => {
      await ds.query(`DELETE FROM search_documents WHERE entity_id LIKE '${PREFIX}%'`);
    });

    it.each([
      ['browsing (every score equal: title, id order)', '', { kind: ['PRACTICE'] }],
      ['a ranked query', 'peer support', null],
    ])('%s: documents indexed between pages neither repeat nor skip a hit', async (_, q, filter) => {
      const all = await search({ q, filter, first: 100 });
      expect(all.engine).toBe('postgres');
      const originals = all.hits.map((h) => h.id);
      expect(originals.length).toBeGreaterThanOrEqual(5);
      expect(all.total).toBe(originals.length);

      const seen: string[] = [];
      const before: string[] = [];
      let after: string | null = null;
      for (let n = 0; ; n++) {
        const p = await search({ q, filter, first: 2, after });
        expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...p.hits.map((h) => h.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
        // One document that ranks first (before the cursor), one that ranks last (after it).
        const id = `${PREFIX}${n}`;
        await insertDoc(`${id}-before`, `0000 peer support peer support ${n}`, 'peer support peer support');
        await insertDoc(`${id}-after`, `zzzz ${n}`, q ? 'a note on peer support' : '');
        before.push(`${id}-before`);
        if (n === 0) {
          // The test means something only if the first lands before the cursor: check where it ranks.
          const now = await search({ q, filter, first: 100 });
          const ids = now.hits.map((h) => h.id);
          expect(ids.indexOf(`${id}-before`)).toBeLessThan(ids.indexOf(p.hits[1].id));
        }
        if (n > originals.length + 2) break; // each page takes at least one original hit
      }
      expect(seen.filter((s, i) => seen.indexOf(s) !== i)).toEqual([]);
      expect(originals.filter((s) => !seen.includes(s))).toEqual([]);
      expect(before.filter((s) => seen.includes(s))).toEqual([]);
    });

    it('refuses cursors it did not issue, and list cursors', async () => {
      const list = await page(LISTS[0], 'TITLE', 2, null);
      for (const bad of [
        'garbage',
        Buffer.from('o:1').toString('base64url'),
        Buffer.from(JSON.stringify(['k1', 'search', 'rank', 'high', 'T', 'practice:x'])).toString(
          'base64url',
        ),
        Buffer.from(JSON.stringify(['k1', 'search', 'offset', -1])).toString('base64url'),
        list.pageInfo.endCursor,
      ]) {
        const { body } = await t.gql(SEARCH, { q: 'peer', first: 2, after: bad });
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(body.errors?.[0]?.message).toMatch(
          /"after" is (not a cursor issued by this API|a cursor of practices)/,
        );
      }
    });
  });

  describe('refuses cursors it did not issue', () => {
    it.each(LISTS.map((c) => [c.list, c] as const))(
      '%s: garbage, forged, old, other sort, other list → BAD_USER_INPUT',
      async (_, c) => {
        const recent = await page(c, 'RECENT', 2, null);
        const other = LISTS.find((o) => o !== c)!;
        const otherList = await page(other, 'TITLE', 2, null);
        const forged = Buffer.from(
          JSON.stringify(['k1', c.list, 'title', 'A', "1'; DROP TABLE practices;--"]),
        ).toString('base64url');
        const cases: [string | null, RegExp][] = [
          ['garbage', /"after" is not a cursor issued by this API/],
          [Buffer.from('o:1').toString('base64url'), /"after" is not a cursor issued by this API/], // an old offset cursor
          [forged, /"after" is not a cursor issued by this API/],
          [recent.pageInfo.endCursor, /"after" is a cursor of sort RECENT, not TITLE/],
          [
            otherList.pageInfo.endCursor,
            new RegExp(`"after" is a cursor of ${other.list}, not of ${c.list}`),
          ],
          ['x'.repeat(2000), /after must be a cursor of at most 1024 characters/],
        ];
        for (const [after, message] of cases) {
          const { status, body } = await t.gql(query(c), { first: 2, after, sort: 'TITLE', filter: null });
          expect(status).toBeLessThan(500);
          expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(body.errors?.[0]?.message).toMatch(message);
        }
        // The RECENT cursor goes on with RECENT.
        const next = await page(c, 'RECENT', 2, recent.pageInfo.endCursor);
        expect(next.edges.map((e) => e.node.slug)).not.toContain(recent.edges[0].node.slug);
      },
    );
  });
});
