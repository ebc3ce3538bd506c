import { TestApp, startTestApp } from '../testing/test-app';

/** The read side of the content model, through HTTP, against real PostgreSQL with migrations and seed. */
describe('GraphQL API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' }); // no background relay queries in the query counts
  });
  afterAll(async () => {
    await t?.close();
  });

  const expectError = (
    body: { errors?: { extensions?: { code?: string }; message: string }[] },
    code: string,
  ) => {
    expect(body.errors?.length).toBeGreaterThan(0);
    const err = body.errors![0];
    expect(err.extensions?.code).toBe(code);
    expect(JSON.stringify(err)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
    return err;
  };

  it('lists every kind with totals', async () => {
    const { status, body } = await t.gql(`{
      countries { code name }
      practices(first: 100) { totalCount edges { node { slug } } }
      organisations(first: 100) { totalCount }
      resources(first: 100) { totalCount }
      competencyFramework { categories { items { id } } }
      trainingProfile { elements { code level } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const d = body.data;
    expect(d.countries.length).toBeGreaterThanOrEqual(3);
    expect(d.countries.map((c: { code: string }) => c.code)).toEqual(
      [...d.countries.map((c: { code: string }) => c.code)].sort(),
    );
    expect(d.practices.totalCount).toBe(d.practices.edges.length);
    expect(d.practices.totalCount).toBeGreaterThan(0);
    expect(d.organisations.totalCount).toBeGreaterThan(0);
    expect(d.resources.totalCount).toBeGreaterThan(0);
    expect(d.competencyFramework.categories.length).toBeGreaterThan(0);
    expect(d.trainingProfile.elements.length).toBeGreaterThan(0);
  });

  it('resolves a practice with its country and organisations, and back', async () => {
    const list = await t.gql(
      `{ practices(first: 100, filter: { country: "PL" }) { edges { node { slug countryCode } } } }`,
    );
    const slugs = list.body.data.practices.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(slugs.length).toBeGreaterThan(0);
    for (const e of list.body.data.practices.edges) expect(e.node.countryCode).toBe('PL');

    const { body } = await t.gql(
      `query($slug: String!) { practice(slug: $slug) {
        title country { code name(lang: "fr") } sources { title } verifiedOn
        organisations { slug name country { code } practices { slug } }
      } }`,
      { slug: slugs[0] },
    );
    expect(body.errors).toBeUndefined();
    const p = body.data.practice;
    expect(p.country.code).toBe('PL');
    expect(p.country.name).toMatch(/Pologne/);
    expect(p.sources.length).toBeGreaterThan(0);
    expect(p.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.organisations.length).toBeGreaterThan(0);
    for (const o of p.organisations)
      expect(o.practices.map((x: { slug: string }) => x.slug)).toContain(slugs[0]);
  });

  it('pages through a connection with cursors, without overlap', async () => {
    const all = await t.gql(`{ organisations(first: 100) { totalCount edges { node { slug } } } }`);
    const total = all.body.data.organisations.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: { body: any } = await t.gql(
        `query($after: String) { organisations(first: 3, after: $after) {
          edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      const conn: any = res.body.data.organisations;
      seen.push(...conn.edges.map((e: { node: { slug: string } }) => e.node.slug));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      all.body.data.organisations.edges.map((e: { node: { slug: string } }) => e.node.slug),
    );
    expect(new Set(seen).size).toBe(total);
  });

  it('filters resources by language and follows language versions', async () => {
    const { body } = await t.gql(`{ resources(first: 100, filter: { language: "no" }) {
      edges { node { slug language translationGroup languageVersions { slug language } } } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.resources.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) expect(n.language).toBe('no');
    for (const n of nodes) {
      if (!n.translationGroup) expect(n.languageVersions).toEqual([]);
      expect(n.languageVersions.map((v: { slug: string }) => v.slug)).not.toContain(n.slug);
    }
    const withVersions = nodes.filter((n: { languageVersions: unknown[] }) => n.languageVersions.length > 0);
    expect(withVersions.length).toBeGreaterThan(0);
    for (const n of withVersions) {
      const langs = n.languageVersions.map((v: { language: string }) => v.language);
      expect(langs).not.toContain('no');
      expect(langs).toContain('en');
    }
  });

  it('resolves relations with a constant number of SQL queries (DataLoader)', async () => {
    const logger = t.ds.logger;
    let queries = 0;
    const counting = Object.create(logger) as typeof logger;
    counting.logQuery = () => {
      queries++;
    };
    (t.ds as unknown as { logger: typeof logger }).logger = counting;
    try {
      const { body } = await t.gql(`{ practices(first: 100) { edges { node {
        slug country { code dimensions { key } } organisations { name country { code } resources { slug } } resources { slug }
      } } } }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.practices.edges.length).toBeGreaterThan(1);
    } finally {
      (t.ds as unknown as { logger: typeof logger }).logger = logger;
    }
    // page + count, countries, dimensions, org links, orgs, org countries (cached), resource links ×2, resources
    expect(queries).toBeLessThanOrEqual(12);
  });

  describe('bad input answers with a code, never a 500', () => {
    it('first out of range → BAD_USER_INPUT', async () => {
      for (const first of [100000, 0, -1]) {
        const { status, body } = await t.gql(`{ practices(first: ${first}) { totalCount } }`);
        expect(status).toBeLessThan(500);
        const err = expectError(body, 'BAD_USER_INPUT');
        expect(err.message).toMatch(/first/);
      }
    });

    it('malformed slug → BAD_USER_INPUT; unknown slug → NOT_FOUND', async () => {
      for (const q of ['practice', 'organisation', 'resource']) {
        const bad = await t.gql(`query($s: String!) { ${q}(slug: $s) { slug } }`, {
          s: "Robert'); DROP TABLE practices;--",
        });
        expect(bad.status).toBeLessThan(500);
        expectError(bad.body, 'BAD_USER_INPUT');
        const long = await t.gql(`query($s: String!) { ${q}(slug: $s) { slug } }`, { s: 'a'.repeat(10000) });
        expectError(long.body, 'BAD_USER_INPUT');
        const missing = await t.gql(`{ ${q}(slug: "no-such-thing") { slug } }`);
        expectError(missing.body, 'NOT_FOUND');
      }
    });

    it('country codes: unknown → NOT_FOUND, malformed → BAD_USER_INPUT', async () => {
      expectError((await t.gql(`{ country(code: "ZZ") { code } }`)).body, 'NOT_FOUND');
      expectError((await t.gql(`{ country(code: "ZZZ") { code } }`)).body, 'BAD_USER_INPUT');
      expectError(
        (await t.gql(`{ practices(filter: { country: "Poland" }) { totalCount } }`)).body,
        'BAD_USER_INPUT',
      );
      const lower = await t.gql(`{ country(code: "pl") { code } }`);
      expect(lower.body.data.country.code).toBe('PL');
    });

    it('a cursor we did not issue → BAD_USER_INPUT', async () => {
      expectError(
        (await t.gql(`{ practices(after: "not-a-cursor") { totalCount } }`)).body,
        'BAD_USER_INPUT',
      );
    });

    it('an unknown field or argument → validation error', async () => {
      const r = await t.gql(`{ practices { edges { node { nope } } } }`);
      expect(r.status).toBe(400);
      expectError(r.body, 'GRAPHQL_VALIDATION_FAILED');
      const a = await t.gql(`{ practices(filter: { colour: "red" }) { totalCount } }`);
      expectError(a.body, 'GRAPHQL_VALIDATION_FAILED');
    });

    it('a query nested 20 levels deep → rejected before it runs', async () => {
      let inner = 'slug';
      for (let i = 0; i < 10; i++) inner = `organisations { practices { ${inner} } }`;
      const r = await t.gql(`{ practice(slug: "x") { ${inner} } }`);
      expect(r.status).toBe(400);
      const err = expectError(r.body, 'GRAPHQL_VALIDATION_FAILED');
      expect(err.message).toMatch(/nested \d+ levels/);
    });

    it('an expensive query → rejected with its cost', async () => {
      const r = await t.gql(`{ practices(first: 100) { edges { node {
        organisations { practices { organisations { practices { organisations { slug } } } } } } } } }`);
      expect(r.status).toBeLessThan(500);
      expect(r.body.errors?.[0]?.message).toMatch(/too expensive|nested/);
    });
  });

  it('GET /health reports database, search engine and version', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    const h: any = await res.json();
    expect(h).toMatchObject({
      status: 'ok',
      database: { status: 'up', embedded: false },
      search: { engine: 'postgres', status: 'up' },
    });
    expect(h.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
