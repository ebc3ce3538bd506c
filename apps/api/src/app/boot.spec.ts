import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@peerhub/shared/api-core';
import { dataset } from '@peerhub/tools/seed';
import { createTestDatabase, ensureBuiltApi, startTestApp } from '../testing/test-app';
import { MIGRATIONS } from '../migrations';
import { buildSchemaSdl, createApp } from './bootstrap';
import { loadSeed } from './seed';
import { PracticesWriter } from '@peerhub/practices/api';

describe('boot', () => {
  it('a DATABASE_URL pointing at nothing fails with a ConfigError naming DATABASE_URL', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', SEED: 'false' });
    const err = await createApp(config, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe('DATABASE_URL');
    expect((err as ConfigError).message).toMatch(/^DATABASE_URL: cannot connect/);
  });

  /** The compiled server as an operator starts it: a bad variable is one line on stderr and exit code 1. */
  function boot(env: Record<string, string>) {
    const r = spawnSync(process.execPath, [ensureBuiltApi()], {
      cwd: join(__dirname, '../../../..'),
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, stderr: r.stderr.trim() };
  }

  it('the built server refuses a DATABASE_URL pointing at nothing, with one line naming it', () => {
    const r = boot({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', PORT: '0' });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Configuration error: DATABASE_URL: cannot connect/);
  });

  it('the built server refuses a malformed PORT, with one line naming it', () => {
    const r = boot({ PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Configuration error: PORT: must be a whole number, got "eighty"');
  });

  it('the committed schema.graphql matches the schema the resolvers build', async () => {
    const generated = await buildSchemaSdl(loadConfig({}));
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    if (generated !== committed) {
      throw new Error('apps/api/schema.graphql is out of date: run `npm run schema:generate` and commit it');
    }
  });

  it('every migration runs, reverts and runs again on an empty database', async () => {
    const db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url, SEED: 'false' });
    const app = await createApp(config, false);
    try {
      const tables = async () =>
        (
          await app.ds.query(
            `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
          )
        )[0].n;
      expect(await tables()).toBeGreaterThan(10);
      for (let i = 0; i < MIGRATIONS.length; i++) await app.ds.undoLastMigration();
      expect(await tables()).toBe(1); // the migrations table itself
      await app.ds.runMigrations();
      expect(await tables()).toBeGreaterThan(10);
    } finally {
      await app.close();
      await db.drop();
    }
  });

  it('search falls back to PostgreSQL and /health says degraded when MEILI_HOST is dead', async () => {
    const t = await startTestApp({ MEILI_HOST: 'http://127.0.0.1:9', SEED: 'false' });
    try {
      const h: any = await (await fetch(`${t.url}/health`)).json();
      expect(h.status).toBe('degraded');
      expect(h.search).toMatchObject({ engine: 'postgres', status: 'degraded', configured: 'meilisearch' });
      expect(h.database.status).toBe('up');
    } finally {
      await t.close();
    }
  });

  it('the seed loads idempotently, updates a changed record in place, and never overwrites an edit made on the site', async () => {
    const db = await createTestDatabase();
    const app = await createApp(loadConfig({ DATABASE_URL: db.url, SEED: 'false' }), false);
    try {
      const first = await loadSeed(app.app, app.ds, dataset);
      expect(first.inserted).toBeGreaterThan(0);
      const snapshot = async () =>
        app.ds.query(`SELECT id, slug, title, updated_at FROM practices ORDER BY slug`) as Promise<
          Record<string, unknown>[]
        >;
      const before = await snapshot();

      const again = await loadSeed(app.app, app.ds, dataset, { force: true });
      expect(again).toMatchObject({ inserted: 0, updated: 0 });
      expect(await snapshot()).toEqual(before);
      expect((await loadSeed(app.app, app.ds, dataset)).skipped).toBe(true);

      const changed = structuredClone(dataset);
      changed.practices[0].title = `${changed.practices[0].title} (revised)`;
      const third = await loadSeed(app.app, app.ds, changed);
      expect(third).toMatchObject({ inserted: 0, updated: 1 });
      const after = await snapshot();
      const row = after.find((r) => r['slug'] === changed.practices[0].slug)!;
      const old = before.find((r) => r['slug'] === changed.practices[0].slug)!;
      expect(row['id']).toBe(old['id']);
      expect(row['title']).toBe(changed.practices[0].title);
      expect(after).toHaveLength(before.length);

      // A reviewed edit on the site (through the practices writer, as a publication does) makes the record the
      // site's: a later seed with other text for it changes nothing of it, nor of a country fact edited so.
      const writer = app.app.get(PracticesWriter);
      const edited = await app.ds.transaction(async (m) => {
        const current = (await writer.current(m, row['id'] as string))!;
        return writer.publish(m, row['id'] as string, '', current.version, {
          ...current.content,
          title: 'Edited on PeerHub',
        });
      });
      expect(edited).toBe(2);
      await app.ds.query(
        `UPDATE country_dimensions SET text = 'Edited on PeerHub', version = version + 1 WHERE country_code = 'PL' AND key = 'pay'`,
      );
      const fourth = structuredClone(changed);
      fourth.practices[0].title = 'The seed says otherwise';
      fourth.practices[0].organisations = [];
      const pl = fourth.countries.find((c) => c.code === 'PL')!;
      pl.dimensions.find((d) => d.key === 'pay')!.text = 'The seed says otherwise';
      await loadSeed(app.app, app.ds, fourth);
      const kept: { title: string; links: number }[] = await app.ds.query(
        `SELECT title, (SELECT count(*)::int FROM practice_organisations WHERE practice_id = p.id) AS links
           FROM practices p WHERE id = $1`,
        [row['id']],
      );
      expect(kept[0].title).toBe('Edited on PeerHub');
      expect(kept[0].links).toBe(changed.practices[0].organisations.length);
      const fact: { text: string }[] = await app.ds.query(
        `SELECT text FROM country_dimensions WHERE country_code = 'PL' AND key = 'pay'`,
      );
      expect(fact[0].text).toBe('Edited on PeerHub');
      // Records nobody edited still follow the seed.
      fourth.practices[1].title = `${fourth.practices[1].title} (seed)`;
      await loadSeed(app.app, app.ds, fourth);
      const other: { title: string }[] = await app.ds.query('SELECT title FROM practices WHERE slug = $1', [
        fourth.practices[1].slug,
      ]);
      expect(other[0].title).toBe(fourth.practices[1].title);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});
