import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../testing/test-app';
import { MIGRATIONS } from '../migrations';
import { schemaDataSource } from './entities';

/**
 * Tables the migrations create that have no entity, on purpose: TypeORM's schema builder only diffs tables that
 * have one, so it neither checks nor touches these. Their owners use SQL TypeORM cannot declare (generated
 * tsvector columns over a regconfig, GIN trigram indexes, a partial index, an unlogged table) or a layout a
 * library fixes. A new table without an entity must be added here, knowingly.
 */
const TABLES_WITHOUT_ENTITY: Record<string, string> = {
  migrations: "TypeORM's migration log",
  seed_state: 'the seed loader (tools/seed): one checksum per loaded seed',
  search_documents: 'the PostgreSQL search engine (libs/search/api)',
  search_lexicon: 'the PostgreSQL search engine (libs/search/api)',
  search_outbox: 'the search outbox: written by triggers, drained by the relay (libs/search/api)',
  rate_limits: "rate-limiter-flexible's PostgreSQL store (its column layout)",
};

/** What PostgreSQL says a set of tables is: columns, constraints and indexes, each as one sorted line. */
async function describeTables(ds: DataSource, tables: string[]): Promise<string[]> {
  const rows: { line: string }[] = await ds.query(
    `SELECT format('%s.%s %s%s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                   CASE WHEN a.attgenerated = 's' THEN ' GENERATED ' ELSE ' DEFAULT ' END,
                   coalesce(pg_get_expr(d.adbin, d.adrelid), '-')) AS line
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid AND c.relnamespace = 'public'::regnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relname = ANY ($1) AND a.attnum > 0 AND NOT a.attisdropped
     UNION ALL
     SELECT format('%s constraint %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
       FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f', 'c', 'x')
        AND conrelid::regclass::text = ANY ($1)
     UNION ALL
     SELECT format('%s index %s', tablename, indexdef) FROM pg_indexes
      WHERE schemaname = 'public' AND tablename = ANY ($1)
     ORDER BY 1`,
    [tables],
  );
  return rows.map((r) => r.line);
}

describe('entities = migrations', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = schemaDataSource(db.url);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  it("TypeORM's schema builder finds nothing to change on a migrated database", async () => {
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    const pending = upQueries.map((q) => `${q.query};`);
    if (pending.length) {
      throw new Error(
        `The entities differ from the migrated schema: TypeORM would run these ${pending.length} statements ` +
          `(a generated migration would contain them). Declare in the entities what the migrations created ` +
          `(names and ON DELETE included), or add a migration:\n  ${pending.join('\n  ')}`,
      );
    }
  });

  // The schema builder compares checks by name only and indexes by name and columns; PostgreSQL's own account of
  // a database built from the entities alone also catches a changed CHECK expression, type, default or index.
  it('a database built from the entities alone has the same columns, constraints and indexes', async () => {
    const tables = ds.entityMetadatas.map((m) => m.tableName).sort();
    const scratch = await createTestDatabase();
    const fromEntities = schemaDataSource(scratch.url);
    try {
      await fromEntities.initialize();
      await fromEntities.synchronize();
      const expected = await describeTables(ds, tables);
      const actual = await describeTables(fromEntities, tables);
      expect(actual.length).toBeGreaterThan(tables.length * 3);
      const missing = expected.filter((line) => !actual.includes(line));
      const extra = actual.filter((line) => !expected.includes(line));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    } finally {
      if (fromEntities.isInitialized) await fromEntities.destroy();
      await scratch.drop();
    }
  });

  it('every table without an entity is one the migrations hand to another owner, on purpose', async () => {
    const rows: { name: string }[] = await ds.query(
      `SELECT relname AS name FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm') ORDER BY 1`,
    );
    const withEntity = new Set(ds.entityMetadatas.map((m) => m.tableName));
    const withoutEntity = rows.map((r) => r.name).filter((name) => !withEntity.has(name));
    expect(withoutEntity.sort()).toEqual(Object.keys(TABLES_WITHOUT_ENTITY).sort());
    expect([...withEntity].filter((name) => !rows.some((r) => r.name === name))).toEqual([]);
  });

  it('every migration file is registered in migrations/index.ts, in order', () => {
    const files = readdirSync(join(__dirname, '../migrations'))
      .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
      .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
    const registered = MIGRATIONS.map((m) => (typeof m === 'string' ? m : m.name));
    expect(registered).toEqual(files.map((f) => f.replace(/^(\d+)-(\w+)\.ts$/, '$2$1')));
  });
});
