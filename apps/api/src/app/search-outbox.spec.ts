import { DataSource } from 'typeorm';
import { loadConfig } from '@peerhub/shared/api-core';
import {
  OutboxRelay,
  PostgresSearchEngine,
  SEARCH_DOCUMENT_FORMAT,
  SearchDocument,
  SearchEngine,
  SearchService,
} from '@peerhub/search/api';
import { TestApp, createTestDatabase, startTestApp } from '../testing/test-app';
import { createApp } from './bootstrap';

/** An engine that dies after indexing `survive` documents, like a relay process killed mid-batch. */
class CrashingEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private indexed = 0;
  constructor(
    private readonly inner: PostgresSearchEngine,
    private readonly survive: number,
  ) {}
  prepare() {
    return this.inner.prepare();
  }
  async index(docs: SearchDocument[]) {
    const room = Math.max(0, this.survive - this.indexed);
    await this.inner.index(docs.slice(0, room));
    this.indexed += Math.min(room, docs.length);
    if (docs.length > room) throw new Error('relay killed mid-batch');
  }
  delete(ids: string[]) {
    return this.inner.delete(ids);
  }
  search(r: Parameters<SearchEngine['search']>[0]) {
    return this.inner.search(r);
  }
  rebuild(d: Parameters<SearchEngine['rebuild']>[0]) {
    return this.inner.rebuild(d);
  }
  health() {
    return this.inner.health();
  }
}

/** Poland exists (organisations need a country); its own outbox row is cleared so counts start at zero. */
async function withPoland(ds: DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO countries (code, names, verified_on) VALUES ('PL', '{"en":"Poland"}', '2026-11-22') ON CONFLICT DO NOTHING`,
  );
  await ds.query(`DELETE FROM search_outbox`);
}

async function writeOrganisations(ds: DataSource, n: number, tag: string): Promise<void> {
  // One transaction, as an API write would be: the trigger adds one outbox row per record in it.
  await ds.transaction(async (m) => {
    for (let i = 0; i < n; i++) {
      await m.query(
        `INSERT INTO organisations (slug, name, type, country_code, description, verified_on)
         VALUES ($1, $2, 'ngo', 'PL', $3, '2026-11-22')`,
        [`${tag}-${i}`, `${tag} organisation ${i}`, `Outbox test record ${tag} number ${i}`],
      );
    }
  });
}

describe('search outbox', () => {
  it('kill the relay mid-batch, write 100 records, restart → every record searchable, none twice', async () => {
    const db = await createTestDatabase();
    const app = await createApp(
      loadConfig({ DATABASE_URL: db.url, SEED: 'false', SEARCH_RELAY: 'false' }),
      false,
    );
    try {
      const pg = new PostgresSearchEngine(app.ds);
      await withPoland(app.ds);
      await writeOrganisations(app.ds, 40, 'zebrafirst');
      const crashing = new OutboxRelay(
        app.ds,
        app.app.get(SearchService).documents,
        () => [new CrashingEngine(pg, 15)],
        {
          batchSize: 25,
          maxAttempts: 8,
          baseDelayMs: 0,
          pollMs: 10,
        },
      );
      const killed = await crashing.drainOnce();
      expect(killed).toEqual({ processed: 0, failed: 25, consumed: 0 }); // the batch failed after 15 documents were written
      const [{ pending }] = await app.ds.query(
        `SELECT count(*)::int AS pending FROM search_outbox WHERE NOT dead`,
      );
      expect(pending).toBe(40); // nothing was lost: the whole batch is still in the outbox

      await writeOrganisations(app.ds, 100, 'zebrasecond');
      const restarted = new OutboxRelay(app.ds, app.app.get(SearchService).documents, () => [pg], {
        batchSize: 30,
        maxAttempts: 8,
        baseDelayMs: 0,
        pollMs: 10,
      });
      await app.ds.query(`UPDATE search_outbox SET next_attempt_at = now()`);
      expect(await restarted.drainAll()).toBe(140);

      const first = await pg.search({ query: 'zebrafirst', filter: {}, offset: 0, limit: 100 });
      const second = await pg.search({ query: 'zebrasecond', filter: {}, offset: 0, limit: 100 });
      expect(first.total).toBe(40);
      expect(second.total).toBe(100);
      const [{ docs, distinct }] = await app.ds.query(
        `SELECT count(*)::int AS docs, count(DISTINCT entity_id)::int AS distinct FROM search_documents WHERE slug LIKE 'zebra%'`,
      );
      expect({ docs, distinct }).toEqual({ docs: 140, distinct: 140 });
      expect((await restarted.stats()).pending).toBe(0);
    } finally {
      await app.close();
      await db.drop();
    }
  });

  it('backs off and dead-letters a change that keeps failing, and /health shows it', async () => {
    const t: TestApp = await startTestApp({ SEED: 'false', SEARCH_RELAY: 'false' });
    try {
      const failing = new OutboxRelay(
        t.ds,
        t.app.get(SearchService).documents,
        () => [new CrashingEngine(new PostgresSearchEngine(t.ds), 0)],
        {
          batchSize: 10,
          maxAttempts: 3,
          baseDelayMs: 0,
          pollMs: 10,
        },
      );
      await withPoland(t.ds);
      await writeOrganisations(t.ds, 1, 'doomed');
      for (let i = 0; i < 3; i++) {
        await t.ds.query(`UPDATE search_outbox SET next_attempt_at = now()`);
        await failing.drainOnce();
      }
      const [row] = await t.ds.query(`SELECT attempts, dead, last_error FROM search_outbox`);
      expect(row).toMatchObject({ attempts: 3, dead: true, last_error: 'relay killed mid-batch' });
      const health: any = await (await fetch(`${t.url}/health`)).json();
      expect(health.search.outbox).toMatchObject({ dead: 1 });
      expect(health.search.status).toBe('degraded');
    } finally {
      await t.close();
    }
  });

  it('a change made through SQL reaches search through the running relay', async () => {
    const t: TestApp = await startTestApp({ SEARCH_RELAY: 'true' });
    try {
      await t.ds.query(
        `UPDATE practices SET title = title || ' Quokkafield' WHERE slug = 'pl-recovery-assistants'`,
      );
      let total = 0;
      for (let i = 0; i < 50 && total === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const { body } = await t.gql(`{ search(query: "quokkafield") { total hits { slug } } }`);
        total = body.data.search.total;
      }
      expect(total).toBe(1);
    } finally {
      await t.close();
    }
  });

  it('reindex rebuilds a lost index from PostgreSQL and swaps it in', async () => {
    const t: TestApp = await startTestApp({ SEARCH_RELAY: 'false' });
    try {
      await t.ds.query(`DELETE FROM search_documents`);
      expect((await t.gql(`{ search(query: "Watford") { total } }`)).body.data.search.total).toBe(0);
      const results = await t.app.get(SearchService).reindex();
      expect(results).toEqual([{ engine: 'postgres', indexed: 13 + 36 + 34 + 14 }]);
      const { body } = await t.gql(`{ search(query: "Watford") { total hits { slug } } }`);
      expect(body.data.search.hits[0].slug).toBe('uk-common-sense-group-watford');
    } finally {
      await t.close();
    }
  });

  it('an index built with an older document format is rebuilt at boot, with two replicas starting at once', async () => {
    const t: TestApp = await startTestApp({ SEARCH_RELAY: 'false' });
    try {
      const format = async () =>
        (await t.ds.query(`SELECT obj_description('search_documents'::regclass, 'pg_class') AS f`))[0].f;
      expect(await format()).toBe(`format ${SEARCH_DOCUMENT_FORMAT}`); // a fresh index is marked, not rebuilt
      // An index from before the controlled topics: free tags (a country among them) and an old marker.
      await t.ds.query(`UPDATE search_documents SET topics = '{Ireland}'`);
      await t.ds.query(`COMMENT ON TABLE search_documents IS 'format 1'`);
      // Two replicas booting at the same moment: one rebuilds under the lock, the other then finds the new format.
      const replicas = await Promise.all([createApp(t.config, false), createApp(t.config, false)]);
      await Promise.all(replicas.map((r) => r.close()));
      expect(await format()).toBe(`format ${SEARCH_DOCUMENT_FORMAT}`);
      const stale = await t.ds.query(
        `SELECT count(*)::int AS n FROM search_documents WHERE 'Ireland' = ANY(topics)`,
      );
      expect(stale[0].n).toBe(0);
      expect(await t.app.get(SearchService).rebuildIfFormatChanged()).toBe(false);
    } finally {
      await t.close();
    }
  });
});
