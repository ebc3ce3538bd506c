import { SEARCH_TOPIC_IDS } from '@peerhub/shared/util';
import { TestApp, startTestApp } from '../testing/test-app';

const SEARCH = `query($q: String!, $filter: SearchFilterInput, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    total engine tookMs suggestions
    hits { kind id slug title snippet country language }
    facets { field values { value count } }
    pageInfo { hasNextPage endCursor }
  } }`;

describe('GraphQL search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers with hits, highlighted snippets, every facet field, the engine and its time', async () => {
    const { body } = await t.gql(SEARCH, { q: 'asystent zdrowienia', first: 5 });
    expect(body.errors).toBeUndefined();
    const s = body.data.search;
    expect(s.engine).toBe('postgres');
    expect(s.tookMs).toBeGreaterThan(0);
    expect(s.hits[0]).toMatchObject({
      kind: 'PRACTICE',
      slug: 'pl-recovery-assistants',
      country: 'PL',
      language: 'en',
    });
    expect(s.hits[0].snippet).toMatch(/<mark>asystent<\/mark> <mark>zdrowienia<\/mark>/);
    expect(s.facets.map((f: { field: string }) => f.field)).toEqual([
      'kind',
      'country',
      'language',
      'audience',
      'topic',
      'type',
      'year',
    ]);
  });

  it('browses everything with facets on an empty query and narrows by facet', async () => {
    const all = (await t.gql(SEARCH, { q: '' })).body.data.search;
    const kinds = Object.fromEntries(
      all.facets[0].values.map((v: { value: string; count: number }) => [v.value, v.count]),
    );
    expect(kinds).toMatchObject({ practice: 13, organisation: 36, resource: 34, country: 14 });
    expect(all.total).toBe(13 + 36 + 34 + 14);
    const no = (await t.gql(SEARCH, { q: '', filter: { kind: ['RESOURCE'], language: ['no'] } })).body.data
      .search;
    expect(no.total).toBeGreaterThan(0);
    for (const h of no.hits) expect(h).toMatchObject({ kind: 'RESOURCE', language: 'no' });
  });

  it('facets the seeded records by the controlled topics and by kind-scoped types', async () => {
    type Facet = { field: string; values: { value: string; count: number }[] };
    const all = (await t.gql(SEARCH, { q: '' })).body.data.search;
    const facet = (field: string) => all.facets.find((f: Facet) => f.field === field) as Facet;
    const topics = facet('topic').values.map((v) => v.value);
    // a small vocabulary, not the records' free-text tags (projects, places such as "Ireland")
    expect(topics.length).toBeGreaterThanOrEqual(8);
    for (const topic of topics) expect(SEARCH_TOPIC_IDS).toContain(topic);
    const countries = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const c of facet('country').values) expect(topics).not.toContain(countries.of(c.value));
    // types name their kind, and the counts of one kind's types add up to that kind's typed records
    for (const v of facet('type').values)
      expect(v.value).toMatch(/^(practice|organisation|resource):[\w-]+$/);
    const guides = facet('type').values.find((v) => v.value === 'resource:guide');
    expect(guides?.count).toBeGreaterThan(0);
    const mixed = (
      await t.gql(SEARCH, { q: '', first: 50, filter: { kind: ['PRACTICE'], type: ['resource:guide'] } })
    ).body.data.search;
    expect(mixed.total).toBe(13 + (guides?.count ?? 0));
    expect(new Set(mixed.hits.map((h: { kind: string }) => h.kind))).toEqual(
      new Set(['PRACTICE', 'RESOURCE']),
    );
  });

  it('pages with cursors', async () => {
    const p1 = (await t.gql(SEARCH, { q: 'peer', first: 5 })).body.data.search;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await t.gql(SEARCH, { q: 'peer', first: 5, after: p1.pageInfo.endCursor })).body.data.search;
    const ids1 = p1.hits.map((h: { id: string }) => h.id);
    for (const h of p2.hits) expect(ids1).not.toContain(h.id);
  });

  it('suggests nearby words when nothing matches', async () => {
    const none = (await t.gql(SEARCH, { q: 'zzqqxx' })).body.data.search;
    expect(none.total).toBe(0);
    expect(none.suggestions).toEqual([]); // nothing near a word of gibberish
    // A misspelt word that finds nothing (the filter leaves no record) is answered with the word it was near.
    const typo = (await t.gql(SEARCH, { q: 'recovry', filter: { year: [1901] } })).body.data.search;
    expect(typo.total).toBe(0);
    expect(typo.suggestions).toContain('recovery');
    const polish = (await t.gql(SEARCH, { q: 'zdrowiena', filter: { year: [1901] } })).body.data.search;
    expect(polish.suggestions).toContain('zdrowienia');
  });

  it('never lets record text become HTML in snippets (tags are dropped by ts_headline, the rest escaped)', async () => {
    await t.ds.query(
      `INSERT INTO search_documents (id, kind, entity_id, slug, title, body, language, version, config)
       VALUES ('resource:x', 'resource', 'x', 'x', 'Xss test', 'tanglewood <script>alert(1)</script> & more', 'en', 1, 'english')`,
    );
    const s = (await t.gql(SEARCH, { q: 'tanglewood' })).body.data.search;
    expect(s.hits[0].snippet).not.toContain('<script>');
    expect(s.hits[0].snippet).toContain('&amp; more');
    expect(s.hits[0].snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('bad input → BAD_USER_INPUT or a validation error, never a 500', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ q: 'a'.repeat(10000) }, 'BAD_USER_INPUT'],
      [{ q: 'x', first: 1000 }, 'BAD_USER_INPUT'],
      [{ q: 'x', first: 0 }, 'BAD_USER_INPUT'],
      [{ q: 'x', after: 'garbage' }, 'BAD_USER_INPUT'],
      [{ q: 'x', filter: { country: ['Poland'] } }, 'BAD_USER_INPUT'],
      [{ q: 'x', filter: { language: ['"; DROP TABLE x'] } }, 'BAD_USER_INPUT'],
      [{ q: 'x', filter: { year: [99999] } }, 'BAD_USER_INPUT'],
      [{ q: 'x', filter: { kind: ['SPACESHIP'] } }, 'BAD_USER_INPUT'],
      [{ q: 'x', filter: { colour: ['red'] } }, 'BAD_USER_INPUT'],
    ];
    const unknownFacet = await t.gql(SEARCH, {
      q: '',
      filter: { type: ['no-such-type'], topic: ['nul\u0000topic'] },
    });
    expect(unknownFacet.body.errors).toBeUndefined();
    expect(unknownFacet.body.data.search.total).toBe(0);
    for (const [vars, code] of cases) {
      const { status, body } = await t.gql(SEARCH, vars);
      expect({ vars, status: status < 500, code: body.errors?.[0]?.extensions?.code }).toEqual({
        vars,
        status: true,
        code,
      });
    }
    for (const q of [
      `') OR 1=1 --`,
      '& | ! : * <-> (a:*)',
      `"quoted" 'single' \\backslash\\`,
      'nul\u0000byte',
      '\u0002marker\u0003',
      '🙂🙂 peer',
      'دعم الأقران',
      'תמיכת עמיתים',
      '%_%',
    ]) {
      const { status, body } = await t.gql(SEARCH, { q });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
  });
});

describe('search with Meilisearch configured but unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MEILI_HOST: 'http://127.0.0.1:9', SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers from PostgreSQL, says degraded, and writes still succeed', async () => {
    const { body } = await t.gql(SEARCH, { q: 'Watford' });
    expect(body.errors).toBeUndefined();
    expect(body.data.search.engine).toBe('postgres');
    expect(body.data.search.hits[0].slug).toBe('uk-common-sense-group-watford');
    const health: any = await (await fetch(`${t.url}/health`)).json();
    expect(health.status).toBe('degraded');
    expect(health.search).toMatchObject({
      engine: 'postgres',
      configured: 'meilisearch',
      status: 'degraded',
    });
    // TypeORM answers an UPDATE with [rows, affectedCount]: the write went through.
    const [, updated] = await t.ds.query(
      `UPDATE practices SET summary = summary || ' (edited)' WHERE slug = 'uk-common-sense-group-watford'`,
    );
    expect(updated).toBe(1);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM search_outbox WHERE entity_id IN (SELECT id::text FROM practices WHERE slug = 'uk-common-sense-group-watford')`,
    );
    expect(n).toBeGreaterThanOrEqual(1);
  });
});
