import { ConfigError } from './config';

/** The variable that lets production use a superuser role or a weak password anyway. */
export const ALLOW_UNSAFE_DATABASE = 'ALLOW_UNSAFE_DATABASE';

/** Shortest database password production accepts. */
export const MIN_DATABASE_PASSWORD_LENGTH = 12;

/** Passwords (lower-cased, separators removed) that come from examples, images and old compose files. */
const KNOWN_PASSWORDS = new Set([
  'postgres',
  'postgresql',
  'peerhub',
  'password',
  'secret',
  'admin',
  'root',
  'test',
  'example',
  'letmein',
  'qwerty',
  'changeme',
  'pass',
]);

/** Placeholders someone forgot to replace: `change-me-to-a-long-random-key`, `<your password here>`. */
const PLACEHOLDER =
  /change.?me|replace.?me|your.?(db.?|database.?)?pass|^(password|postgres|peerhub|admin|secret)\d*$/;

/**
 * Why a database password is unsafe, or null when it is acceptable. Never returns the password itself.
 * Flags: none at all, a well-known default or placeholder ('postgres', 'peerhub', 'password', 'change-me…',
 * 'password2024', '123456789012', one character repeated), the role's own name, fewer than
 * MIN_DATABASE_PASSWORD_LENGTH characters.
 */
export function weakPasswordReason(password: string, user = ''): string | null {
  if (password === '') return 'has no password';
  const lower = password.toLowerCase();
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  const trivial =
    KNOWN_PASSWORDS.has(squashed) ||
    PLACEHOLDER.test(lower) ||
    PLACEHOLDER.test(squashed) ||
    /^(.)\1*$/.test(password) ||
    (squashed !== '' && '01234567890123456789'.includes(squashed));
  if (trivial) return 'uses a well-known default password';
  if (user && squashed === user.toLowerCase().replace(/[^a-z0-9]/g, ''))
    return "uses the role's name as password";
  if (password.length < MIN_DATABASE_PASSWORD_LENGTH)
    return `uses a password shorter than ${MIN_DATABASE_PASSWORD_LENGTH} characters`;
  return null;
}

/** The user name and password a postgres:// URL logs in with (PGPASSWORD when the URL has none). */
export function databaseCredentials(url: string): { user: string; password: string } {
  const u = new URL(url);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return {
    user: decode(u.username) || process.env['PGUSER'] || '',
    password: decode(u.password) || process.env['PGPASSWORD'] || '',
  };
}

/** Problems with the password of `url` that can be seen without connecting (empty list when fine). */
export function databasePasswordProblems(url: string): string[] {
  const { user, password } = databaseCredentials(url);
  const reason = weakPasswordReason(password, user);
  return reason ? [reason] : [];
}

/** Runs one SQL query on an open connection (a TypeORM DataSource's `query`, a pg Client's, …). */
export type QueryFn = (sql: string) => Promise<unknown>;

/** Problems with the role a connection runs as: a superuser can read, change and drop everything. */
export async function databaseRoleProblems(query: QueryFn): Promise<string[]> {
  const rows = (await query(
    `SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
  )) as { name: string; superuser: boolean }[];
  const role = rows[0];
  return role?.superuser ? [`connects as superuser "${role.name}"`] : [];
}

/**
 * Throws one ConfigError naming `variable` when there are problems, e.g.
 * `DATABASE_URL: connects as superuser "postgres"; use a role that can only read/write PeerHub's tables, or set
 * ALLOW_UNSAFE_DATABASE=true`. The message never holds the URL or the password.
 */
export function refuseUnsafeDatabase(variable: string, problems: string[]): void {
  if (!problems.length) return;
  const superuser = problems.some((p) => p.includes('superuser'));
  const weak = problems.some((p) => !p.includes('superuser'));
  const role = "a role that can only read/write PeerHub's tables";
  const password = 'a long random password (openssl rand -hex 24)';
  const advice = superuser && weak ? `${role}, with ${password}` : superuser ? role : password;
  throw new ConfigError(
    variable,
    `${problems.join(' and ')}; use ${advice}, or set ${ALLOW_UNSAFE_DATABASE}=true`,
  );
}

/**
 * The production check of the app's database connection: refuses a superuser role and a weak or default
 * password. `query` runs on the connection the app will use; call it after connecting, before migrations.
 */
export async function assertSafeDatabase(variable: string, url: string, query: QueryFn): Promise<void> {
  const problems = [...(await databaseRoleProblems(query)), ...databasePasswordProblems(url)];
  refuseUnsafeDatabase(variable, problems);
}
