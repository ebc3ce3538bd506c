import { TestApp, startTestApp } from '../testing/test-app';
import { RELEVANCE_CASES } from './search-relevance.data';

/**
 * Relevance of the built-in engine on the seeded knowledge base, through the GraphQL `search` query.
 * Metrics per query over the top 5: precision@5 = relevant found / min(5, |expected|) (so a query with one
 * right answer scores 1 when it is there), recall@5 = relevant found / |expected|, success@5 = any found.
 */
const THRESHOLDS = { meanPrecisionAt5: 0.9, meanRecallAt5: 0.9, successAt5: 0.95 };

describe('search relevance (PostgreSQL engine, seeded knowledge base)', () => {
  let t: TestApp;
  const rows: { query: string; found: string[]; missing: string[]; p: number; r: number }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' });
    for (const c of RELEVANCE_CASES) {
      const { body } = await t.gql(
        `query($q: String!) { search(query: $q, first: 5) { hits { kind slug } } }`,
        { q: c.query },
      );
      if (body.errors) throw new Error(`${c.query}: ${body.errors[0].message}`);
      const top: string[] = body.data.search.hits.map(
        (h: { kind: string; slug: string }) => `${h.kind.toLowerCase()}:${h.slug}`,
      );
      const found = c.expect.filter((e) => top.includes(e));
      rows.push({
        query: c.query,
        found: top,
        missing: c.expect.filter((e) => !top.includes(e)),
        p: found.length / Math.min(5, c.expect.length),
        r: found.length / c.expect.length,
      });
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it(`has at least 40 queries in at least six languages`, () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RELEVANCE_CASES.map((c) => c.lang)).size).toBeGreaterThanOrEqual(6);
  });

  it('"rétablissement" (French UI) puts recovery content first, never "établissement" read as a typo of it', async () => {
    for (const q of ['rétablissement', 'retablissement', 'Rétablissement']) {
      const { body } = await t.gql(
        `query($q: String!) { search(query: $q, first: 3) { hits { kind slug title snippet } } }`,
        { q },
      );
      const hits: { kind: string; slug: string; title: string; snippet: string }[] = body.data.search.hits;
      expect(hits[0]?.title ?? '').toMatch(/recover|rétablissement/i);
      for (const h of hits) expect(`${h.title} ${h.snippet}`).not.toMatch(/<mark>(é|e)tabl|<mark>establish/i);
    }
  });

  it('puts the right record in the top 3 for the queries the issue names', async () => {
    for (const c of RELEVANCE_CASES.filter((x) => x.top3)) {
      const { body } = await t.gql(
        `query($q: String!) { search(query: $q, first: 3) { hits { kind slug } } }`,
        { q: c.query },
      );
      const top3 = body.data.search.hits.map(
        (h: { kind: string; slug: string }) => `${h.kind.toLowerCase()}:${h.slug}`,
      );
      expect({ query: c.query, hit: c.expect.some((e) => top3.includes(e)), top3 }).toMatchObject({
        query: c.query,
        hit: true,
      });
    }
  });

  it(`meets precision@5 ≥ ${THRESHOLDS.meanPrecisionAt5}, recall@5 ≥ ${THRESHOLDS.meanRecallAt5}, success@5 ≥ ${THRESHOLDS.successAt5}`, () => {
    const n = rows.length;
    const meanP = rows.reduce((s, r) => s + r.p, 0) / n;
    const meanR = rows.reduce((s, r) => s + r.r, 0) / n;
    const success = rows.filter((r) => r.r > 0).length / n;
    const misses = rows
      .filter((r) => r.missing.length)
      .map((r) => `  ${r.query}: missing ${r.missing.join(', ')} — got ${r.found.join(', ')}`);
    console.log(
      `search relevance over ${n} queries: precision@5 ${meanP.toFixed(3)}, recall@5 ${meanR.toFixed(3)}, success@5 ${success.toFixed(3)}` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(meanP).toBeGreaterThanOrEqual(THRESHOLDS.meanPrecisionAt5);
    expect(meanR).toBeGreaterThanOrEqual(THRESHOLDS.meanRecallAt5);
    expect(success).toBeGreaterThanOrEqual(THRESHOLDS.successAt5);
  });
});
