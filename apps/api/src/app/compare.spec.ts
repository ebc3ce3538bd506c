import { TestApp, startTestApp } from '../testing/test-app';

const COMPARE = `query($codes: [String!]!) { compareCountries(codes: $codes) {
  dataAsOf
  countries { code name }
  rows { key differs cells { countryCode level text sources { title } verifiedOn } }
} }`;

describe('compareCountries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('puts PL, IT and IE side by side: ten dimensions, cells in order, differences flagged, each cell sourced or unknown', async () => {
    const { body } = await t.gql(COMPARE, { codes: ['pl', 'IT', 'IE'] });
    expect(body.errors).toBeUndefined();
    const c = body.data.compareCountries;
    expect(c.countries.map((x: { code: string }) => x.code)).toEqual(['PL', 'IT', 'IE']);
    expect(c.rows).toHaveLength(10);
    for (const row of c.rows) {
      expect(row.cells.map((x: { countryCode: string }) => x.countryCode)).toEqual(['PL', 'IT', 'IE']);
      expect(row.differs).toBe(new Set(row.cells.map((x: { level: string }) => x.level)).size > 1);
      for (const cell of row.cells) {
        expect(cell.sources.length > 0 || cell.level === 'UNKNOWN').toBe(true);
      }
    }
    expect(c.rows.some((r: { differs: boolean }) => r.differs)).toBe(true);
    expect(c.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    [[], /2 to 5 countries; 0 given/],
    [['PL'], /2 to 5 countries; 1 given/],
    [['PL', 'IT', 'IE', 'FR', 'DE', 'ES'], /2 to 5 countries; 6 given/],
    [['PL', 'ZZ'], /no country profile for ZZ/],
    [['PL', 'pl'], /PL more than once/],
    [['PL', 'POL'], /not valid: "POL"/],
  ])('%j → BAD_USER_INPUT naming the problem', async (codes, message) => {
    const { status, body } = await t.gql(COMPARE, { codes });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});
