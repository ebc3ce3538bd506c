import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import {
  ApiProcess,
  TestApp,
  createTestDatabase,
  ensureBuiltApi,
  startApiProcess,
  startTestApp,
} from '../testing/test-app';
import { SmtpSink } from '../testing/smtp-sink';

/**
 * Accounts through the real API: sign-up mails a confirmation link over SMTP (a real SMTP server on loopback),
 * the link confirms the address once, sign-in sets an httpOnly session cookie that `me` reads back, sign-out ends
 * the session on the server, wrong passwords are limited, and the same answer is given whether or not an address
 * is registered.
 */

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { errors { field code message } accepted } }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(input: { token: $token }) { errors { field code } verified } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { errors { field code message } me { id email displayName language } }
}`;
const ME = '{ me { id email displayName realName language roles } }';

const PASSWORD = 'correct horse battery staple';

interface Call {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  setCookie: string[];
}

/** A GraphQL request with an optional cookie, returning the Set-Cookie headers too. */
async function call(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<Call> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Call['body'],
    setCookie: res.headers.getSetCookie(),
  };
}

const cookieOf = (c: Call) => c.setCookie.find((h) => h.startsWith('ph_session='))?.split(';')[0] ?? '';
const tokenIn = (text: string) => /account\/verify\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

describe('accounts: sign up, confirm, sign in, sign out', () => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SEED: 'false',
      SEARCH_RELAY: 'false',
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://peerhub.example',
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const signUp = (email: string, extra: Record<string, unknown> = {}) =>
    call(t.url, SIGN_UP, {
      input: { email, password: PASSWORD, displayName: 'Ana P.', language: 'pt', ...extra },
    });

  it('mails a confirmation link in the member’s language; the link works once; then sign-in sets a session cookie', async () => {
    const before = sink.mails.length;
    const up = await signUp('Ana.Pereira@Example.org');
    expect(up.body.data.signUp).toEqual({ errors: [], accepted: true });
    const mail = await sink.mailTo('ana.pereira@example.org', before);
    expect(mail.subject).toBe('Confirme o seu endereço para a PeerHub Europe');
    expect(mail.text).toContain('Olá Ana P.');
    expect(mail.text).toContain('https://peerhub.example/pt/account/verify?token=');
    const token = tokenIn(mail.text);

    // Not confirmed yet: no session.
    const early = await call(t.url, SIGN_IN, { email: 'ana.pereira@example.org', password: PASSWORD });
    expect(early.body.data.signIn.errors[0]).toMatchObject({ field: 'email', code: 'INVALID' });
    expect(cookieOf(early)).toBe('');

    expect((await call(t.url, VERIFY, { token })).body.data.verifyEmail).toEqual({
      errors: [],
      verified: true,
    });
    // Single use.
    const again = await call(t.url, VERIFY, { token });
    expect(again.body.data.verifyEmail).toEqual({
      errors: [{ field: 'token', code: 'INVALID' }],
      verified: null,
    });

    // The address in any case.
    const signIn = await call(t.url, SIGN_IN, { email: 'ANA.PEREIRA@example.org', password: PASSWORD });
    expect(signIn.body.data.signIn.errors).toEqual([]);
    expect(signIn.body.data.signIn.me).toMatchObject({
      email: 'Ana.Pereira@Example.org',
      displayName: 'Ana P.',
      language: 'pt',
    });
    const header = signIn.setCookie.find((h) => h.startsWith('ph_session='))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Max-Age=2592000/); // absolute expiry, 30 days
    expect(header).not.toMatch(/Secure/i); // NODE_ENV=test; production adds Secure (below)
    const cookie = cookieOf(signIn);

    const me = await call(t.url, ME, {}, cookie);
    expect(me.body.data.me).toMatchObject({ email: 'Ana.Pereira@Example.org', realName: null, roles: [] });
    expect((await call(t.url, ME)).body.data.me).toBeNull(); // no cookie, no member

    // Sign-out ends the session on the server: the old cookie no longer works even if a client keeps it.
    const out = await call(
      t.url,
      'mutation { signOut(input: {}) { errors { field } signedOut } }',
      {},
      cookie,
    );
    expect(out.body.data.signOut).toEqual({ errors: [], signedOut: true });
    expect(out.setCookie.find((h) => h.startsWith('ph_session='))).toMatch(/Max-Age=0/);
    expect((await call(t.url, ME, {}, cookie)).body.data.me).toBeNull();
    const ds = t.app.get(DataSource);
    expect(await ds.query('SELECT count(*)::int AS n FROM sessions')).toEqual([{ n: 0 }]);
    // Only hashes are stored: no token or password in the clear.
    const [row] = await ds.query(
      `SELECT password_hash FROM accounts WHERE email_key = 'ana.pereira@example.org'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers a sign-up for a registered address exactly as for a new one, and mails its owner instead', async () => {
    await signUp('known@example.org');
    const first = await sink.mailTo('known@example.org');
    await call(t.url, VERIFY, { token: tokenIn(first.text) });
    const before = sink.mails.length;
    const again = await signUp('KNOWN@example.org', { displayName: 'Someone else', language: 'fr' });
    const fresh = await signUp('unknown-yet@example.org', { language: 'fr' });
    expect(again.body).toEqual(fresh.body);
    const notice = await sink.mailTo('known@example.org', before);
    // In the owner's language (Portuguese), not the one the second sign-up asked for.
    expect(notice.subject).toBe('Alguém tentou registar-se na PeerHub Europe com o seu endereço');
    const ds = t.app.get(DataSource);
    expect(await ds.query(`SELECT display_name FROM accounts WHERE email_key = 'known@example.org'`)).toEqual(
      [{ display_name: 'Ana P.' }],
    );
  });

  it('refuses a wrong password the same way for a known and an unknown address', async () => {
    const known = await call(t.url, SIGN_IN, { email: 'known@example.org', password: 'wrong password!' });
    const unknown = await call(t.url, SIGN_IN, {
      email: 'nobody-here@example.org',
      password: 'wrong password!',
    });
    expect(known.body).toEqual(unknown.body);
    expect(known.body.data.signIn.errors).toEqual([
      { field: 'password', code: 'INVALID', message: 'The email address or the password is not right.' },
    ]);
  });

  it('locks an account after 10 wrong passwords, says when to try again, and refuses even the right one meanwhile', async () => {
    await signUp('target@example.org');
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('target@example.org')).text) });
    const answers: Call[] = [];
    for (let i = 0; i < 11; i++)
      answers.push(await call(t.url, SIGN_IN, { email: 'target@example.org', password: `guess-${i}-wrong` }));
    expect(answers.slice(0, 9).every((a) => a.body.data?.signIn.errors[0]?.code === 'INVALID')).toBe(true);
    const locked = answers.at(-1)!;
    expect(locked.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(locked.body.errors?.[0].extensions?.['retryAfter'])).toBeGreaterThan(0);
    const right = await call(t.url, SIGN_IN, { email: 'target@example.org', password: PASSWORD });
    expect(right.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(cookieOf(right)).toBe('');
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const ds = t.app.get(DataSource);
    const [{ n: before }] = await ds.query('SELECT count(*)::int AS n FROM accounts');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'x'.repeat(100_000) }, 'password', 'TOO_LONG'],
      [{ displayName: 'd'.repeat(10_000) }, 'displayName', 'TOO_LONG'],
      [{ email: "x' OR 1=1; DROP TABLE accounts; --" }, 'email', 'INVALID'],
      [{ email: 'not-an-address' }, 'email', 'INVALID'],
      [{ password: 'short' }, 'password', 'TOO_SHORT'],
      [{ language: 'de' }, 'language', 'INVALID'],
      [{ displayName: '   ' }, 'displayName', 'TOO_SHORT'],
    ];
    for (const [override, field, code] of cases) {
      const r = await call(t.url, SIGN_UP, {
        input: {
          email: 'bad@example.org',
          password: PASSWORD,
          displayName: 'Bad Input',
          language: 'en',
          ...override,
        },
      });
      expect(r.status).toBe(200);
      expect([field, r.body.data?.signUp.accepted]).toEqual([field, null]);
      expect(
        r.body.data.signUp.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
      ).toContain(`${field}:${code}`);
    }
    expect(await ds.query('SELECT count(*)::int AS n FROM accounts')).toEqual([{ n: before }]);
  });

  it('keeps markup in a display name as text', async () => {
    const name = '<script>alert(1)</script> Zé';
    await signUp('markup@example.org', { displayName: name });
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('markup@example.org')).text) });
    const signIn = await call(t.url, SIGN_IN, { email: 'markup@example.org', password: PASSWORD });
    expect(signIn.body.data.signIn.me.displayName).toBe(name);
  });

  it('resets a forgotten password by a mailed link: once, every session ended, the same answer for an unknown address', async () => {
    const RESET_ASK = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) { errors { field } accepted } }`;
    const RESET = `mutation ($token: String!, $p: String!) { resetPassword(input: { token: $token, newPassword: $p }) { errors { field code } reset } }`;
    await signUp('forgot@example.org', { language: 'fr' });
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('forgot@example.org')).text) });
    const cookie = cookieOf(await call(t.url, SIGN_IN, { email: 'forgot@example.org', password: PASSWORD }));
    expect((await call(t.url, ME, {}, cookie)).body.data.me).not.toBeNull();

    const before = sink.mails.length;
    const asked = await call(t.url, RESET_ASK, { email: 'Forgot@example.org' });
    const unknown = await call(t.url, RESET_ASK, { email: 'never-registered@example.org' });
    expect(asked.body).toEqual(unknown.body);
    expect(asked.body.data.requestPasswordReset).toEqual({ errors: [], accepted: true });
    const mail = await sink.mailTo('forgot@example.org', before);
    expect(mail.subject).toBe('Choisissez un nouveau mot de passe pour PeerHub Europe');
    const token = /account\/reset\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
    expect(sink.mails.slice(before).some((m) => m.to.includes('never-registered@example.org'))).toBe(false);

    const weak = await call(t.url, RESET, { token, p: 'short' });
    expect(weak.body.data.resetPassword.errors).toEqual([{ field: 'newPassword', code: 'TOO_SHORT' }]);
    const done = await call(t.url, RESET, { token, p: 'a brand new passphrase' });
    expect(done.body.data.resetPassword).toEqual({ errors: [], reset: true });
    expect(
      (await call(t.url, RESET, { token, p: 'yet another passphrase' })).body.data.resetPassword.errors,
    ).toEqual([{ field: 'token', code: 'INVALID' }]);
    expect((await call(t.url, ME, {}, cookie)).body.data.me).toBeNull(); // every session ended
    expect(
      (await call(t.url, SIGN_IN, { email: 'forgot@example.org', password: PASSWORD })).body.data.signIn
        .errors[0].code,
    ).toBe('INVALID');
    expect(
      (await call(t.url, SIGN_IN, { email: 'forgot@example.org', password: 'a brand new passphrase' })).body
        .data.signIn.errors,
    ).toEqual([]);
  });

  it('changes the password with the current one; the other sessions end, this one stays', async () => {
    const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { errors { field code } changed } }`;
    await signUp('changer@example.org');
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('changer@example.org')).text) });
    const here = cookieOf(await call(t.url, SIGN_IN, { email: 'changer@example.org', password: PASSWORD }));
    const there = cookieOf(await call(t.url, SIGN_IN, { email: 'changer@example.org', password: PASSWORD }));
    const wrong = await call(t.url, CHANGE, { c: 'not my password', n: 'a brand new passphrase' }, here);
    expect(wrong.body.data.changePassword).toEqual({
      errors: [{ field: 'currentPassword', code: 'INVALID' }],
      changed: null,
    });
    const ok = await call(t.url, CHANGE, { c: PASSWORD, n: 'a brand new passphrase' }, here);
    expect(ok.body.data.changePassword).toEqual({ errors: [], changed: true });
    expect((await call(t.url, ME, {}, here)).body.data.me).not.toBeNull();
    expect((await call(t.url, ME, {}, there)).body.data.me).toBeNull();
    const anonymous = await call(t.url, CHANGE, { c: PASSWORD, n: 'a brand new passphrase' });
    expect(anonymous.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('makes the first admin from the command line, only for a confirmed account, and audits every step', async () => {
    const cli = ensureBuiltApi().replace(/main\.js$/, 'admin-cli.js');
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [cli, ...args], {
        env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', DATABASE_URL: t.config.database.url! },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    expect((await run('grant', 'admin')).code).toBe(2); // usage
    expect(await run('grant', 'admin', 'nobody-at-all@example.org')).toMatchObject({ code: 1 });
    await signUp('boss@example.org');
    const unconfirmed = await run('grant', 'admin', 'boss@example.org');
    expect(unconfirmed).toMatchObject({ code: 1 });
    expect(unconfirmed.out).toContain('has not confirmed its address');
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('boss@example.org')).text) });
    expect(await run('grant', 'admin', 'Boss@example.org')).toMatchObject({ code: 0 });
    const cookie = cookieOf(await call(t.url, SIGN_IN, { email: 'boss@example.org', password: PASSWORD }));
    expect((await call(t.url, ME, {}, cookie)).body.data.me.roles).toEqual(['admin']);
    expect(await run('revoke', 'admin', 'boss@example.org')).toMatchObject({ code: 0 });
    // Roles are read with the session on every request: the revocation holds at once.
    expect((await call(t.url, ME, {}, cookie)).body.data.me.roles).toEqual([]);

    const events = await t.app.get(DataSource).query(
      `SELECT kind, actor, detail FROM audit_events e JOIN accounts a ON a.id = e.account_id
        WHERE a.email_key = 'boss@example.org' ORDER BY e.at, e.kind`,
    );
    expect(events).toEqual([
      { kind: 'email_verified', actor: null, detail: {} },
      { kind: 'role_granted', actor: 'cli', detail: { role: 'admin' } },
      { kind: 'signed_in', actor: null, detail: {} },
      { kind: 'role_revoked', actor: 'cli', detail: { role: 'admin' } },
    ]);
  }, 120_000);

  it('lists the member’s devices, ends another one, gives them all their data, and deletes the account at once', async () => {
    await signUp('leaving@example.org', { language: 'no' });
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('leaving@example.org')).text) });
    const phone = cookieOf(await call(t.url, SIGN_IN, { email: 'leaving@example.org', password: PASSWORD }));
    const laptop = cookieOf(await call(t.url, SIGN_IN, { email: 'leaving@example.org', password: PASSWORD }));

    const list = await call(t.url, '{ mySessions { id current } }', {}, laptop);
    expect(list.body.data.mySessions).toHaveLength(2);
    const other = list.body.data.mySessions.find((x: { current: boolean }) => !x.current);
    expect(list.body.data.mySessions.filter((x: { current: boolean }) => x.current)).toHaveLength(1);
    const END = `mutation ($id: ID!) { endSession(input: { id: $id }) { errors { field code } ended } }`;
    expect((await call(t.url, END, { id: other.id }, laptop)).body.data.endSession).toEqual({
      errors: [],
      ended: true,
    });
    expect((await call(t.url, ME, {}, phone)).body.data.me).toBeNull();
    // Someone else's session id is not theirs to end.
    const otherMember = cookieOf(
      await call(t.url, SIGN_IN, { email: 'known@example.org', password: PASSWORD }),
    );
    const theirs = (await call(t.url, '{ mySessions { id } }', {}, otherMember)).body.data.mySessions[0].id;
    expect((await call(t.url, END, { id: theirs }, laptop)).body.data.endSession.errors).toEqual([
      { field: 'id', code: 'NOT_FOUND' },
    ]);
    expect((await call(t.url, ME, {}, otherMember)).body.data.me).not.toBeNull();

    const data = await call(
      t.url,
      '{ myData { generatedAt account { email displayName language } createdAt emailVerifiedAt sessions { current } events { kind } } }',
      {},
      laptop,
    );
    expect(data.body.data.myData).toMatchObject({
      account: { email: 'leaving@example.org', displayName: 'Ana P.', language: 'no' },
      sessions: [{ current: true }],
    });
    expect(data.body.data.myData.events.map((e: { kind: string }) => e.kind)).toEqual([
      'email_verified',
      'signed_in',
      'signed_in',
    ]);
    expect((await call(t.url, '{ myData { createdAt } }')).body.data.myData).toBeNull();

    const DELETE = `mutation ($p: String!) { deleteAccount(input: { password: $p }) { errors { field code } deleted } }`;
    expect((await call(t.url, DELETE, { p: 'not the password' }, laptop)).body.data.deleteAccount).toEqual({
      errors: [{ field: 'password', code: 'INVALID' }],
      deleted: null,
    });
    const gone = await call(t.url, DELETE, { p: PASSWORD }, laptop);
    expect(gone.body.data.deleteAccount).toEqual({ errors: [], deleted: true });
    expect(gone.setCookie.find((h) => h.startsWith('ph_session='))).toMatch(/Max-Age=0/);
    expect((await call(t.url, ME, {}, laptop)).body.data.me).toBeNull();
    const ds = t.app.get(DataSource);
    expect(
      await ds.query(`SELECT count(*)::int AS n FROM accounts WHERE email_key = 'leaving@example.org'`),
    ).toEqual([{ n: 0 }]);
    expect(
      await ds.query(
        `SELECT count(*)::int AS n FROM sessions s LEFT JOIN accounts a ON a.id = s.account_id WHERE a.id IS NULL`,
      ),
    ).toEqual([{ n: 0 }]);
    // Nothing of theirs is left to find, and the address may sign up again.
    expect(
      (await call(t.url, SIGN_IN, { email: 'leaving@example.org', password: PASSWORD })).body.data.signIn
        .errors[0].code,
    ).toBe('INVALID');
    const before = sink.mails.length;
    await signUp('leaving@example.org');
    expect((await sink.mailTo('leaving@example.org', before)).subject).toBe(
      'Confirme o seu endereço para a PeerHub Europe',
    );
  });

  it('changes the sign-in address only once the new address confirms it, and tells the old one', async () => {
    const ASK = `mutation ($e: String!, $p: String!) { requestEmailChange(input: { newEmail: $e, password: $p }) { errors { field code } accepted } }`;
    const CONFIRM = `mutation ($token: String!) { confirmEmailChange(input: { token: $token }) { errors { field code } changed } }`;
    await signUp('old-address@example.org', { language: 'en' });
    await call(t.url, VERIFY, { token: tokenIn((await sink.mailTo('old-address@example.org')).text) });
    const cookie = cookieOf(
      await call(t.url, SIGN_IN, { email: 'old-address@example.org', password: PASSWORD }),
    );

    expect(
      (await call(t.url, ASK, { e: 'new-address@example.org', p: 'wrong password!' }, cookie)).body.data
        .requestEmailChange.errors,
    ).toEqual([{ field: 'password', code: 'INVALID' }]);
    // An address that has an account already: the same answer, and no link anywhere.
    const before = sink.mails.length;
    const taken = await call(t.url, ASK, { e: 'known@example.org', p: PASSWORD }, cookie);
    const asked = await call(t.url, ASK, { e: 'New-Address@example.org', p: PASSWORD }, cookie);
    expect(taken.body).toEqual(asked.body);
    expect(asked.body.data.requestEmailChange).toEqual({ errors: [], accepted: true });
    const link = await sink.mailTo('new-address@example.org', before);
    expect(link.subject).toBe('Confirm your new address for PeerHub Europe');
    expect(sink.mails.slice(before).filter((m) => m.to.includes('known@example.org'))).toEqual([]);
    // Nothing changes until the link is opened.
    expect((await call(t.url, ME, {}, cookie)).body.data.me.email).toBe('old-address@example.org');

    const token = /account\/email\?token=([A-Za-z0-9_-]+)/.exec(link.text)?.[1] ?? '';
    const mark = sink.mails.length;
    expect((await call(t.url, CONFIRM, { token })).body.data.confirmEmailChange).toEqual({
      errors: [],
      changed: true,
    });
    expect((await call(t.url, CONFIRM, { token })).body.data.confirmEmailChange.errors).toEqual([
      { field: 'token', code: 'INVALID' },
    ]);
    expect((await call(t.url, ME, {}, cookie)).body.data.me.email).toBe('New-Address@example.org');
    const notice = await sink.mailTo('old-address@example.org', mark);
    expect(notice.subject).toBe('Your PeerHub Europe address was changed');
    expect(notice.text).toContain('New-Address@example.org');
    expect(
      (await call(t.url, SIGN_IN, { email: 'new-address@example.org', password: PASSWORD })).body.data.signIn
        .errors,
    ).toEqual([]);
    expect(
      (await call(t.url, SIGN_IN, { email: 'old-address@example.org', password: PASSWORD })).body.data.signIn
        .errors[0].code,
    ).toBe('INVALID');
  });

  it('an expired confirmation link does not confirm', async () => {
    await signUp('late@example.org');
    const token = tokenIn((await sink.mailTo('late@example.org')).text);
    await t.app.get(DataSource).query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute'`);
    const r = await call(t.url, VERIFY, { token });
    expect(r.body.data.verifyEmail).toEqual({
      errors: [{ field: 'token', code: 'INVALID' }],
      verified: null,
    });
  });

  // Last in this describe: it spends this client address's allowance of link tokens.
  it('limits the link tokens one address may try, and says when to try again', async () => {
    const invalid =
      'mutation ($t: String!) { verifyEmail(input: { token: $t }) { errors { code } verified } }';
    const tries = [];
    for (let i = 0; i < 40; i++)
      tries.push(await call(t.url, invalid, { t: `guess-${i}-${'x'.repeat(30)}` }));
    const refused = tries.filter((c) => c.body.errors?.[0]?.extensions?.['code'] === 'RATE_LIMITED');
    const answered = tries.filter((c) => c.body.data?.verifyEmail?.errors?.[0]?.code === 'INVALID');
    expect(answered.length).toBeLessThanOrEqual(30);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(Number(refused[0].body.errors?.[0]?.extensions?.['retryAfter'])).toBeGreaterThan(0);
    // The other link kinds share the allowance.
    const reset = await call(
      t.url,
      'mutation { resetPassword(input: { token: "guess", newPassword: "a long enough password" }) { reset } }',
    );
    expect(reset.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });
});

describe('accounts: two API processes on one database', () => {
  let db: { url: string; drop(): Promise<void> };
  let sink: SmtpSink;
  const started: ApiProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await SmtpSink.start();
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await sink?.close();
    await db?.drop();
  });

  it('a session made on one process works on the other; production cookies are Secure; limits count across both', async () => {
    const env = { SEED: 'false', SEARCH_RELAY: 'false', SMTP_URL: sink.url, RATE_LIMIT_REQUESTS: '1000' };
    const a = await startApiProcess(db.url, { ...env });
    started.push(a);
    const b = await startApiProcess(db.url, {
      ...env,
      NODE_ENV: 'production',
      ALLOW_UNSAFE_DATABASE: 'true',
    });
    started.push(b);

    await call(a.url, SIGN_UP, {
      input: { email: 'two@example.org', password: PASSWORD, displayName: 'Two', language: 'no' },
    });
    const mail = await sink.mailTo('two@example.org');
    expect(mail.subject).toBe('Bekreft adressen din for PeerHub Europe');
    expect((await call(b.url, VERIFY, { token: tokenIn(mail.text) })).body.data.verifyEmail.verified).toBe(
      true,
    );

    const signIn = await call(b.url, SIGN_IN, { email: 'two@example.org', password: PASSWORD });
    expect(signIn.setCookie.find((h) => h.startsWith('ph_session='))).toMatch(/;\s*Secure/i);
    const cookie = cookieOf(signIn);
    expect((await call(a.url, ME, {}, cookie)).body.data.me.email).toBe('two@example.org');

    // Wrong passwords on both processes add up to one lock.
    for (let i = 0; i < 10; i++)
      await call(i % 2 ? a.url : b.url, SIGN_IN, { email: 'two@example.org', password: `nope-${i}-nope` });
    const locked = await call(a.url, SIGN_IN, { email: 'two@example.org', password: PASSWORD });
    expect(locked.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });

    // Signing out everywhere on one process ends the session the other one knew.
    await call(a.url, 'mutation { signOut(input: { everywhere: true }) { signedOut } }', {}, cookie);
    expect((await call(b.url, ME, {}, cookie)).body.data.me).toBeNull();
  }, 240_000);
});
