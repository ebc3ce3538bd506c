import { getMetadataStorage } from 'class-validator';
import { DimensionKey } from '@peerhub/countries/api';
import { BRIEF_TOPICS } from '@peerhub/policy/api';
import { SearchArgs } from '@peerhub/search/api';
import { PageArgs } from '@peerhub/shared/api-core';
import { BRIEF_COUNTRIES, COMPARE_COUNTRIES, DIMENSION_ORDER, FILTER_COUNTRIES } from '@peerhub/shared/util';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * One place for each contract rule (issue 10): country codes, bounded lists, the dimension order and the connection
 * arguments are the same wherever the API takes or gives them.
 */
describe('contract rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await t.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const refused = async (query: string, variables: Record<string, unknown>, message: RegExp) => {
    const { status, body } = await t.gql(query, variables);
    expect(status).toBeLessThan(500);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors?.[0]?.message).toMatch(message);
  };

  describe('country codes: ISO 3166-1 alpha-2, any case in, upper case out, GB read as UK', () => {
    /** Every argument or filter that takes one country code, as a query on `$c` and what to read back. */
    const SINGLE: [string, string, (d: any) => unknown][] = [
      ['country', `query($c: String!) { country(code: $c) { code } }`, (d) => d.country.code],
      [
        'practices filter',
        `query($c: String) { practices(first: 100, filter: { country: $c }) { totalCount edges { node { countryCode } } } }`,
        (d) => [d.practices.totalCount, [...new Set(d.practices.edges.map((e: any) => e.node.countryCode))]],
      ],
      [
        'organisations filter',
        `query($c: String) { organisations(first: 100, filter: { country: $c }) { totalCount edges { node { countryCode } } } }`,
        (d) => [
          d.organisations.totalCount,
          [...new Set(d.organisations.edges.map((e: any) => e.node.countryCode))],
        ],
      ],
      [
        'search filter',
        `query($c: String!) { search(query: "", filter: { country: [$c] }, first: 100) { total hits { country } } }`,
        (d) => [d.search.total, [...new Set(d.search.hits.map((h: any) => h.country))]],
      ],
      [
        'transferability target',
        `query($c: String!) { transferability(practice: "pl-recovery-assistants", target: $c) { target { code } } }`,
        (d) => d.transferability.target.code,
      ],
      [
        'policy brief',
        `query($c: String!) { policyBrief(codes: [$c], topic: ALL) { countries { code } } }`,
        (d) => d.policyBrief.countries.map((c: any) => c.code),
      ],
      [
        'comparison',
        `query($c: String!) { compareCountries(codes: [$c, "PL"]) { countries { code } } }`,
        (d) => d.compareCountries.countries.map((c: any) => c.code),
      ],
    ];

    it.each(SINGLE)(
      '%s: "gb", "GB", " uk " and "UK" give the same answer, in upper case',
      async (_, query, read) => {
        const canonical = read(await ok(query, { c: 'UK' }));
        expect(JSON.stringify(canonical)).toContain('UK');
        expect(JSON.stringify(canonical)).not.toContain('GB');
        for (const c of ['gb', 'GB', ' uk ', 'Uk']) expect(read(await ok(query, { c }))).toEqual(canonical);
        expect(read(await ok(query, { c: 'it' }))).toEqual(read(await ok(query, { c: 'IT' })));
      },
    );

    it.each(SINGLE)('%s: a malformed code is BAD_USER_INPUT stating the rule', async (_, query) => {
      for (const c of ['POL', 'P', 'P1', 'Poland'])
        await refused(query, { c }, /two-letter (ISO 3166-1 )?country code/);
    });
  });

  describe('bounded lists', () => {
    const COMPARE = `query($codes: [String!]!) { compareCountries(codes: $codes) { countries { code } } }`;
    const BRIEF = `query($codes: [String!]!) { policyBrief(codes: $codes, topic: ALL) { countries { code } } }`;
    const SEARCH = `query($codes: [String!]) { search(query: "", filter: { country: $codes }) { total } }`;
    const codes = (n: number) => ['PL', 'IT', 'IE', 'FR', 'DE', 'ES', 'BE', 'NO'].slice(0, n);

    it(`compareCountries takes ${COMPARE_COUNTRIES.min} to ${COMPARE_COUNTRIES.max} distinct codes`, async () => {
      await ok(COMPARE, { codes: codes(COMPARE_COUNTRIES.max) });
      await refused(COMPARE, { codes: codes(COMPARE_COUNTRIES.max + 1) }, /choose 2 to 5 countries; 6 given/);
      await refused(COMPARE, { codes: codes(1) }, /choose 2 to 5 countries; 1 given/);
      await refused(COMPARE, { codes: ['GB', 'uk'] }, /codes lists UK more than once/);
      await refused(
        COMPARE,
        { codes: ['PL', 'Poland', 'IT'] },
        /codes must be two-letter country codes; not valid: "Poland"/,
      );
    });

    it(`policyBrief takes ${BRIEF_COUNTRIES.min} to ${BRIEF_COUNTRIES.max} codes, as it says (no longer 50)`, async () => {
      await ok(BRIEF, { codes: codes(BRIEF_COUNTRIES.max) });
      await refused(BRIEF, { codes: codes(6) }, /choose 1 to 5 countries; 6 given/);
      const fifty = Array.from(
        { length: 50 },
        (_, i) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26)),
      );
      await refused(BRIEF, { codes: fifty }, /choose 1 to 5 countries; 50 given/);
      await refused(BRIEF, { codes: [] }, /choose 1 to 5 countries; 0 given/);
    });

    it(`the search country filter takes at most ${FILTER_COUNTRIES.max} codes`, async () => {
      await ok(SEARCH, { codes: Array.from({ length: FILTER_COUNTRIES.max }, () => 'pl') });
      await refused(
        SEARCH,
        { codes: Array.from({ length: FILTER_COUNTRIES.max + 1 }, () => 'pl') },
        /"filter.country" has 51 items, at most 50|filter\.country lists at most 50 countries; 51 given/,
      );
      await refused(SEARCH, { codes: ['Poland'] }, /filter\.country must be two-letter country codes/);
    });
  });

  describe('one dimension order', () => {
    const expected = DIMENSION_ORDER.map((k) => k.toUpperCase());

    it('is the GraphQL enum’s order, and the order of the profile, the comparison and every brief', async () => {
      expect(Object.values(DimensionKey)).toEqual([...DIMENSION_ORDER]);
      const d = await ok(`{
        country(code: "PL") { dimensions { key } }
        compareCountries(codes: ["PL", "IT"]) { rows { key } }
        policyBrief(codes: ["PL"], topic: ALL) { dimensions rows { key } }
      }`);
      expect(d.country.dimensions.map((x: { key: string }) => x.key)).toEqual(expected);
      expect(d.compareCountries.rows.map((x: { key: string }) => x.key)).toEqual(expected);
      expect(d.policyBrief.dimensions).toEqual(expected);
      expect(d.policyBrief.rows.map((x: { key: string }) => x.key)).toEqual(expected);
      for (const [topic, { dimensions }] of Object.entries(BRIEF_TOPICS)) {
        const brief = await ok(
          `query($t: BriefTopic!) { policyBrief(codes: ["IE"], topic: $t) { dimensions rows { key } } }`,
          { t: topic.toUpperCase() },
        );
        const inOrder = expected.filter((k) => (dimensions as string[]).includes(k.toLowerCase()));
        expect(brief.policyBrief.dimensions).toEqual(inOrder);
        expect(brief.policyBrief.rows.map((x: { key: string }) => x.key)).toEqual(inOrder);
      }
    });
  });

  describe('connection arguments', () => {
    it('search takes first/after from the shared PageArgs: same types, defaults, bounds and cursor checks', async () => {
      expect(new SearchArgs()).toBeInstanceOf(PageArgs);
      const own = getMetadataStorage()
        .getTargetValidationMetadatas(SearchArgs, '', true, false)
        .filter((m) => m.target === SearchArgs)
        .map((m) => m.propertyName);
      expect(own).not.toContain('first');
      expect(own).not.toContain('after');
      const { data } = (
        await t.gql(
          `{ __type(name: "Query") { fields { name args { name defaultValue type { name kind ofType { name } } } } } }`,
        )
      ).body as { data: { __type: { fields: { name: string; args: { name: string }[] }[] } } };
      const argsOf = (field: string) =>
        Object.fromEntries(
          data.__type.fields.find((f) => f.name === field)!.args.map((a) => [a.name, JSON.stringify(a)]),
        );
      for (const list of ['practices', 'organisations', 'resources']) {
        expect(argsOf('search')['first']).toBe(argsOf(list)['first']);
        expect(argsOf('search')['after']).toBe(argsOf(list)['after']);
      }
      await refused(`{ search(query: "", first: 101) { total } }`, {}, /first/);
      await refused(
        `{ search(query: "", after: "${'x'.repeat(2000)}") { total } }`,
        {},
        /after must be a cursor of at most/,
      );
    });
  });
});
