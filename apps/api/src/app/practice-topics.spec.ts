import { DataSource } from 'typeorm';
import { TestApp, startTestApp } from '../testing/test-app';

/** practiceTopics: the choices of the practice list's topic filter — each tag once, and each one finds practices. */
describe('practiceTopics', () => {
  let t: TestApp;
  let ds: DataSource;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false', RATE_LIMIT_REQUESTS: '100000' });
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await ds?.query(`DELETE FROM practices WHERE slug LIKE 'topics-test-%'`);
    await t?.close();
  });

  const topics = async (): Promise<string[]> => {
    const { body } = await t.gql(`{ practiceTopics }`);
    expect(body.errors).toBeUndefined();
    return body.data.practiceTopics as string[];
  };

  it('lists every tag the practices use, once whatever its case, alphabetically', async () => {
    await ds.query(
      `INSERT INTO practices (slug, title, country_code, category, topics, verified_on)
       VALUES ('topics-test-1', 'Topics test', 'PL', 'informal_group', ARRAY['Training', 'zz topics test', ' '], '2025-01-01')`,
    );
    const list = await topics();
    const rows: { t: string }[] = await ds.query(
      `SELECT DISTINCT lower(t) AS t FROM practices, unnest(topics) t`,
    );
    expect(list.map((x) => x.toLowerCase()).sort()).toEqual(
      rows
        .map((r) => r.t)
        .filter((x) => x.trim())
        .sort(),
    );
    expect(list.filter((x) => x.toLowerCase() === 'training')).toHaveLength(1); // 'training' and 'Training' once
    expect(list).toContain('zz topics test');
    expect(list).not.toContain(' ');
    const lower = list.map((x) => x.toLowerCase());
    expect(lower).toEqual([...lower].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('every choice finds at least one practice through the topic filter', async () => {
    for (const topic of await topics()) {
      const { body } = await t.gql(
        `query($topic: String) { practices(filter: { topic: $topic }) { totalCount } }`,
        {
          topic,
        },
      );
      expect(body.errors).toBeUndefined();
      expect([topic, body.data.practices.totalCount > 0]).toEqual([topic, true]);
    }
  });
});
