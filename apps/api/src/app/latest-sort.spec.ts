import { DataSource } from 'typeorm';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * sort: LATEST orders practices and resources by their own date (a resource's publication year, a practice's start
 * year), newest first and undated last, with keyset cursors that neither repeat nor skip a row; organisations have no
 * such date and refuse it.
 */

interface Row {
  slug: string;
  year: number | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Row }[];
}

const LISTS = [
  { list: 'resources', year: 'year', table: 'resources' },
  { list: 'practices', year: 'startYear', table: 'practices' },
] as const;
const PREFIX = 'latest-test-';

describe('sort: LATEST', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false', RATE_LIMIT_REQUESTS: '100000' });
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function page(
    c: (typeof LISTS)[number],
    first: number,
    after: string | null,
    sort = 'LATEST',
  ): Promise<Page> {
    const { body } = await t.gql(
      `query($first: Int!, $after: String, $sort: ListSort) {
        ${c.list}(first: $first, after: $after, sort: $sort) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug year: ${c.year} } }
        } }`,
      { first, after, sort },
    );
    expect(body.errors).toBeUndefined();
    return (body.data as Record<string, Page>)[c.list];
  }

  /** The order LATEST promises, computed here from the rows themselves. */
  async function expected(c: (typeof LISTS)[number]): Promise<string[]> {
    const column = c.table === 'resources' ? 'year' : 'start_year';
    const rows: { slug: string }[] = await ds.query(
      `SELECT slug FROM ${c.table} ORDER BY ${column} DESC NULLS LAST, updated_at DESC, title, id`,
    );
    return rows.map((r) => r.slug);
  }

  for (const c of LISTS) {
    it(`${c.list}: newest year first, undated last, then most recently added`, async () => {
      const all = await page(c, 100, null);
      const years = all.edges.map((e) => e.node.year);
      const dated = years.filter((y): y is number => y !== null);
      expect(dated.length).toBeGreaterThanOrEqual(2); // the seed dates some of them
      expect(dated).toEqual([...dated].sort((a, b) => b - a));
      expect(years.slice(dated.length).every((y) => y === null)).toBe(true); // every undated one after them
      expect(all.edges.map((e) => e.node.slug)).toEqual(await expected(c));
      // …and not the alphabetical order the home page used to show as "latest".
      const byTitle = await page(c, 4, null, 'TITLE');
      expect(all.edges.slice(0, 4).map((e) => e.node.slug)).not.toEqual(
        byTitle.edges.map((e) => e.node.slug),
      );
    });

    it(`${c.list}: pages of two hold every row once, also with rows dated between requests`, async () => {
      await ds.query(`DELETE FROM ${c.table} WHERE slug LIKE '${PREFIX}%'`);
      const originals = (await page(c, 100, null)).edges.map((e) => e.node.slug);
      const insert = (slug: string, year: number | null, updatedAt: string) =>
        c.table === 'resources'
          ? ds.query(
              `INSERT INTO resources (slug, title, type, language, year, verified_on, created_at, updated_at)
               VALUES ($1, $2, 'guide', 'en', $3, '2025-01-01', $4, $4)`,
              [slug, `Latest test ${slug}`, year, updatedAt],
            )
          : ds.query(
              `INSERT INTO practices (slug, title, country_code, category, start_year, verified_on, created_at, updated_at)
               VALUES ($1, $2, 'PL', 'informal_group', $3, '2025-01-01', $4, $4)`,
              [slug, `Latest test ${slug}`, year, updatedAt],
            );
      const seen: string[] = [];
      const ahead: string[] = [];
      const behind: string[] = [];
      let after: string | null = null;
      for (let n = 0; n < originals.length + 2; n++) {
        const p = await page(c, 2, after);
        seen.push(...p.edges.map((e) => e.node.slug));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
        // One row newer than everything (behind the reader), one undated and oldest (ahead of it).
        behind.push(`${PREFIX}behind-${n}`);
        ahead.push(`${PREFIX}ahead-${n}`);
        await insert(behind[n], 2999, new Date().toISOString());
        await insert(ahead[n], null, new Date(Date.UTC(1990, 0, 1) - n * 60_000).toISOString());
      }
      expect(seen.filter((s, i) => seen.indexOf(s) !== i)).toEqual([]);
      expect(originals.filter((s) => !seen.includes(s))).toEqual([]);
      expect(behind.filter((s) => seen.includes(s))).toEqual([]);
      expect(ahead.length).toBeGreaterThanOrEqual(2);
      expect(ahead.filter((s) => !seen.includes(s))).toEqual([]);
      await ds.query(`DELETE FROM ${c.table} WHERE slug LIKE '${PREFIX}%'`);
    });
  }

  it('a LATEST cursor is not a TITLE cursor, nor the other way round', async () => {
    const latest = await page(LISTS[0], 2, null);
    const { body } = await t.gql(
      `query($after: String) { resources(first: 2, after: $after) { totalCount } }`,
      {
        after: latest.pageInfo.endCursor,
      },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/"after" is a cursor of sort LATEST, not TITLE/);
  });

  it('organisations have no date of their own and refuse LATEST', async () => {
    const { body } = await t.gql(`{ organisations(first: 2, sort: LATEST) { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/sort LATEST needs a date/);
  });
});
