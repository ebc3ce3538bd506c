import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { E2E_PG_PORT, E2E_PORT, SMTP_HTTP_PORT } from './ports';
import type { Page } from './fixtures';

/**
 * Members for the journeys that need someone signed in: made through the real API (sign-up, the mailed link from
 * the suite's SMTP sink, confirmation), given a site role with the real command line (`npm run admin`), and signed
 * in through the real sign-in page.
 */

const ROOT = join(__dirname, '../../..');
const API = `http://127.0.0.1:${E2E_PORT}/graphql`;
/** The e2e server's embedded PostgreSQL (playwright.config.ts: EMBEDDED_PG_PORT). */
const E2E_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${E2E_PG_PORT}/peerhub`;

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** The mails the sink has received for `address`, oldest first. */
export async function mailsTo(address: string): Promise<Mail[]> {
  const mails = (await (await fetch(`http://127.0.0.1:${SMTP_HTTP_PORT}/mails`)).json()) as Mail[];
  return mails.filter((m) => m.to.includes(address.toLowerCase()));
}

/** The first mail to `address` whose subject matches, waiting up to 10 s. */
export async function mailTo(address: string, subject: RegExp | string = /./): Promise<Mail> {
  for (let i = 0; i < 50; i++) {
    const found = (await mailsTo(address)).find((m) =>
      typeof subject === 'string' ? m.subject === subject : subject.test(m.subject),
    );
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${address} matching ${subject}`);
}

async function gql(query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A confirmed member, made through the API and the mailed link. */
export async function confirmedMember(
  email: string,
  password: string,
  displayName: string,
  language = 'en',
): Promise<void> {
  const up = await gql(
    'mutation($input: SignUpInput!) { signUp(input: $input) { errors { field code } accepted } }',
    { input: { email, password, displayName, language } },
  );
  if (!up.signUp.accepted) throw new Error(`sign-up refused: ${JSON.stringify(up.signUp.errors)}`);
  const mail = await mailTo(email, /PeerHub/);
  const token = /account\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no confirmation link in ${mail.text}`);
  const verified = await gql('mutation($t: String!) { verifyEmail(input: { token: $t }) { verified } }', {
    t: token,
  });
  if (!verified.verifyEmail.verified) throw new Error('confirmation refused');
}

/** Gives a site role with the real command line, against the e2e server's database. */
export async function grantRole(email: string, role: 'admin' | 'moderator'): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'dist/api/apps/api/src/admin-cli.js'), 'grant', role, email],
    { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: E2E_DATABASE_URL, NODE_ENV: 'test' } },
  );
}

/** Signs in through the sign-in page (`locale` folder, e.g. 'en'), landing on `next` or the account page. */
export async function signIn(page: Page, email: string, password: string, locale = 'en'): Promise<void> {
  await page.goto(`/${locale}/account/sign-in`);
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[type=email]').fill(email);
  await form.locator('input[type=password]').fill(password);
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/\/account$/);
}

/** Makes a member an approved editor of an organisation, straight in the e2e database (the join journey is its own test). */
export async function makeEditor(email: string, organisationSlug: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO organisation_memberships (account_id, organisation_id, kind, status, message)
       SELECT a.id, o.id, 'join', 'approved', 'e2e' FROM accounts a, organisations o
        WHERE a.email_key = lower($1) AND o.slug = $2
       ON CONFLICT (account_id, organisation_id) DO UPDATE SET status = 'approved'`,
      [email, organisationSlug],
    );
  } finally {
    await client.end();
  }
}

/** Signs in through the API (no page): the session's Cookie header, for `gqlAs`. */
export async function apiSignIn(email: string, password: string): Promise<string> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { errors { field } me { id } } }',
      variables: { e: email, p: password },
    }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.length) throw new Error(`sign-in of ${email} refused: ${await res.text()}`);
  return cookies.join('; ');
}

/** A GraphQL request with a session cookie (from `apiSignIn`); the data, or an Error with the GraphQL errors. */
export async function gqlAs(
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (res.status >= 500 || body.errors?.length)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
