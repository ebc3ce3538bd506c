import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig, weakPasswordReason } from '@peerhub/shared/api-core';
import { createTestDatabase } from '../testing/test-app';
import { createApp } from './bootstrap';

/**
 * Safe defaults for production (issue 9, part 5): with NODE_ENV=production and DATABASE_URL, the API refuses a
 * superuser role or a weak/default password unless ALLOW_UNSAFE_DATABASE=true, with one line naming DATABASE_URL;
 * MIGRATION_DATABASE_URL runs migrations as an owner role while the app only reads/writes
 * (infra/postgres/roles.sql). Runs against the test PostgreSQL server (TEST_PG_SERVER_URL, a superuser).
 */

const root = join(__dirname, '../../../..');
const server = () => process.env['TEST_PG_SERVER_URL'] ?? '';
const strongPassword = () => `pw-${randomBytes(18).toString('hex')}`;
const roleName = (what: string) => `ph_safety_${what}_${randomBytes(3).toString('hex')}`;

async function admin<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: server() });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** The URL of `db` with another user and password. */
function as(dbUrl: string, user: string, password: string): string {
  const u = new URL(dbUrl);
  u.username = user;
  u.password = password;
  return u.toString();
}

const dbName = (url: string) => new URL(url).pathname.slice(1);

const REFUSED =
  /^DATABASE_URL: connects as superuser "[^"]+"( and [^;]+)?; use a role that can only read\/write PeerHub's tables(, with a long random password \(openssl rand -hex 24\))?, or set ALLOW_UNSAFE_DATABASE=true$/;

async function bootError(env: Record<string, string>): Promise<ConfigError> {
  const err: unknown = await createApp(
    loadConfig({ SEED: 'false', SEARCH_RELAY: 'false', ...env }),
    false,
  ).then(
    async (app) => {
      await app.close();
      return null;
    },
    (e: unknown) => e,
  );
  if (!(err instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(err)}`);
  return err;
}

describe('production database safety', () => {
  it('knows weak and default passwords without ever echoing them', () => {
    expect(weakPasswordReason('')).toBe('has no password');
    for (const p of [
      'postgres',
      'peerhub',
      'password',
      'PASSWORD',
      'change-me-to-a-long-random-key',
      'changeme',
      'Password2024',
      '123456789012',
      'aaaaaaaaaaaaaaaa',
      'your-db-password-here',
    ])
      expect([p, weakPasswordReason(p)]).toEqual([p, 'uses a well-known default password']);
    expect(weakPasswordReason('peerhub_app', 'peerhub_app')).toBe("uses the role's name as password");
    expect(weakPasswordReason('s3cr3t-Xy9')).toBe('uses a password shorter than 12 characters');
    expect(weakPasswordReason('k3v9-Qx7p-L2mz-8RtA')).toBeNull();
    expect(weakPasswordReason(randomBytes(24).toString('hex'))).toBeNull();
  });

  it('config: the check is on in production only, off with ALLOW_UNSAFE_DATABASE=true; MIGRATION_DATABASE_URL needs DATABASE_URL', () => {
    const url = 'postgres://app:x@db/peerhub';
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: url }).database.checkSafety).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', DATABASE_URL: url }).database.checkSafety).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, ALLOW_UNSAFE_DATABASE: 'true' }).database
        .checkSafety,
    ).toBe(false);
    expect(() => loadConfig({ ALLOW_UNSAFE_DATABASE: 'sure' })).toThrow(/^ALLOW_UNSAFE_DATABASE: /);
    const owner = 'postgres://owner:y@db/peerhub';
    expect(loadConfig({ DATABASE_URL: url, MIGRATION_DATABASE_URL: owner }).database.migrationUrl).toBe(
      owner,
    );
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: owner })).toThrow(
      /^MIGRATION_DATABASE_URL: needs DATABASE_URL too/,
    );
  });

  it('config: production with MEILI_HOST needs an API key, from MEILI_API_KEY or MEILI_API_KEY_FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peerhub-meili-key-'));
    try {
      const meili = { NODE_ENV: 'production', MEILI_HOST: 'http://meilisearch:7700' };
      expect(() => loadConfig(meili)).toThrow(/^MEILI_API_KEY: must be set in production when MEILI_HOST is/);
      expect(loadConfig({ ...meili, NODE_ENV: 'development' }).search.meiliApiKey).toBeNull();
      expect(loadConfig({ ...meili, MEILI_API_KEY: 'k1' }).search.meiliApiKey).toBe('k1');
      writeFileSync(join(dir, 'key'), 'k2\n');
      expect(loadConfig({ ...meili, MEILI_API_KEY_FILE: join(dir, 'key') }).search.meiliApiKey).toBe('k2');
      expect(() => loadConfig({ ...meili, MEILI_API_KEY_FILE: join(dir, 'missing') })).toThrow(
        /^MEILI_API_KEY_FILE: cannot read .*missing \(ENOENT\)$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('on a real PostgreSQL', () => {
    const dropDbs: (() => Promise<void>)[] = [];
    const roles: string[] = [];
    afterAll(async () => {
      for (const drop of dropDbs) await drop();
      for (const r of roles) await admin(`DROP ROLE IF EXISTS ${r}`);
    });

    async function freshDb() {
      const db = await createTestDatabase();
      dropDbs.push(db.drop);
      return db;
    }

    async function role(what: string, password: string, ownsDb?: string): Promise<string> {
      const name = roleName(what);
      roles.push(name);
      await admin(`CREATE ROLE ${name} LOGIN NOSUPERUSER PASSWORD '${password.replace(/'/g, "''")}'`);
      if (ownsDb) await admin(`ALTER DATABASE ${ownsDb} OWNER TO ${name}`);
      return name;
    }

    /** Runs `sql` in the test database `dbUrl` as the server's superuser (createTestDatabase's URL). */
    async function inDb<T>(dbUrl: string, sql: string): Promise<T[]> {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      try {
        return (await c.query(sql)).rows as T[];
      } finally {
        await c.end();
      }
    }

    const tablesIn = async (dbUrl: string) =>
      (
        await inDb<{ n: number }>(
          dbUrl,
          `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
        )
      )[0].n;

    it('a superuser is refused with one line naming DATABASE_URL, before any migration', async () => {
      const db = await freshDb();
      const err = await bootError({ NODE_ENV: 'production', DATABASE_URL: db.url });
      expect(err.variable).toBe('DATABASE_URL');
      expect(err.message).toMatch(REFUSED);
      expect(`Configuration error: ${err.message}`.split('\n')).toHaveLength(1);
      expect(err.message).not.toContain('@'); // no URL, so no password
      expect(await tablesIn(db.url)).toBe(0);
    });

    it('a role that is no superuser, with a strong password, boots and migrates', async () => {
      const db = await freshDb();
      const password = strongPassword();
      const name = await role('owner', password, dbName(db.url));
      const app = await createApp(
        loadConfig({
          NODE_ENV: 'production',
          DATABASE_URL: as(db.url, name, password),
          SEED: 'false',
          SEARCH_RELAY: 'false',
        }),
        false,
      );
      try {
        const [me] = await app.ds.query(`SELECT current_user AS name`);
        expect(me.name).toBe(name);
        expect(await tablesIn(db.url)).toBeGreaterThan(10);
      } finally {
        await app.close();
      }
    });

    it('a weak or default password is refused, naming DATABASE_URL and never the password', async () => {
      const db = await freshDb();
      const name = await role('weak', 'password', dbName(db.url));
      const err = await bootError({ NODE_ENV: 'production', DATABASE_URL: as(db.url, name, 'password') });
      expect(err.message).toBe(
        'DATABASE_URL: uses a well-known default password; use a long random password (openssl rand -hex 24), ' +
          'or set ALLOW_UNSAFE_DATABASE=true',
      );
      expect(await tablesIn(db.url)).toBe(0);
    });

    it('ALLOW_UNSAFE_DATABASE=true lets a superuser through; outside production there is no check', async () => {
      for (const env of [
        { NODE_ENV: 'production', ALLOW_UNSAFE_DATABASE: 'true' },
        { NODE_ENV: 'development' },
      ]) {
        const db = await freshDb();
        const app = await createApp(
          loadConfig({ ...env, DATABASE_URL: db.url, SEED: 'false', SEARCH_RELAY: 'false' }),
          false,
        );
        await app.close();
        expect(await tablesIn(db.url)).toBeGreaterThan(10);
      }
    });

    const psql = spawnSync('sh', ['-c', 'command -v psql'], { encoding: 'utf8' }).stdout?.trim();
    (psql ? it : it.skip)(
      'infra/postgres/roles.sql: migrations as the owner, the app reads/writes as peerhub_app and can do nothing else',
      async () => {
        const db = await freshDb();
        const [owner, app] = [roleName('owner'), roleName('app')];
        roles.push(owner, app);
        const [ownerPassword, appPassword] = [strongPassword(), strongPassword()];
        const r = spawnSync(
          psql as string,
          [
            '-q',
            '-v',
            `owner=${owner}`,
            '-v',
            `app=${app}`,
            '-f',
            join(root, 'infra/postgres/roles.sql'),
            db.url,
          ],
          {
            encoding: 'utf8',
            env: {
              ...process.env,
              PEERHUB_OWNER_DB_PASSWORD: ownerPassword,
              PEERHUB_APP_DB_PASSWORD: appPassword,
            },
          },
        );
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);

        const running = await createApp(
          loadConfig({
            NODE_ENV: 'production',
            DATABASE_URL: as(db.url, app, appPassword),
            MIGRATION_DATABASE_URL: as(db.url, owner, ownerPassword),
            SEARCH_RELAY: 'false',
          }),
          false,
        );
        try {
          await running.app.listen(0, '127.0.0.1');
          const { port } = running.app.getHttpServer().address() as { port: number };
          const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
            body: JSON.stringify({ query: '{ countries { code } search(query: "recovery") { total } }' }),
          });
          const body = (await res.json()) as { data?: { countries: unknown[]; search: { total: number } } };
          expect(body.data?.countries.length).toBeGreaterThan(5); // the seed ran through the app role
          expect(body.data?.search.total).toBeGreaterThan(0); // outbox triggers, search tables, sequences
          const [me] = await running.ds.query(`SELECT current_user AS name`);
          expect(me.name).toBe(app);
          const owners = await inDb<{ owner: string }>(
            db.url,
            `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`,
          );
          expect(owners).toEqual([{ owner }]);
          for (const ddl of [
            'CREATE TABLE intruder (id int)',
            'DROP TABLE countries',
            'TRUNCATE search_outbox',
            'CREATE TEMP TABLE scratch (id int)',
          ])
            await expect(running.ds.query(ddl)).rejects.toThrow(/permission denied|must be owner/);
        } finally {
          await running.close();
        }
      },
    );

    it('the real entry point exits 1 with exactly one line on stderr (superuser DATABASE_URL, production)', async () => {
      const { MIGRATION_DATABASE_URL: _m, ALLOW_UNSAFE_DATABASE: _a, MEILI_HOST: _h, ...env } = process.env;
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          ['-r', './apps/api/src/testing/ts-register.cjs', 'apps/api/src/main.ts'],
          {
            cwd: root,
            env: { ...env, NODE_ENV: 'production', DATABASE_URL: server(), PORT: '0', SEED: 'false' },
            timeout: 60_000,
          },
          (_e, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
        );
      });
      expect(result.code).toBe(1);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Configuration error: DATABASE_URL: connects as superuser "[^"]+"/);
      expect(lines[0].replace(/^Configuration error: /, '')).toMatch(REFUSED);
      const password = new URL(server()).password;
      if (password) expect(lines[0]).not.toContain(`:${password}@`);
    });
  });
});
