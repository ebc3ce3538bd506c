import { AccountEntity, AuditEventEntity, Housekeeping, hashPassword } from '@peerhub/accounts/api';
import { DataSource } from 'typeorm';
import { ApiProcess, TestApp, startApiProcess, startTestApp } from '../testing/test-app';
import { SmtpSink } from '../testing/smtp-sink';

/**
 * Organisation memberships, suspension and the admin operations through the real API with real sessions: a member
 * asks to join Human Foundation, the admins are mailed (it has no editor yet), an admin approves, the member edits
 * for it on their next request — on another API process too — and decides the next request; suspension takes every
 * permission but their own account's; the audit log records who did what.
 */

const PASSWORD = 'correct horse battery staple';
const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { errors { field code } me { id suspended } }
}`;
const REQUEST = `mutation ($slug: String!, $kind: MembershipKind!, $message: String!) {
  requestMembership(input: { organisationSlug: $slug, kind: $kind, message: $message }) {
    errors { field code message } membership { id kind status message organisation { slug } member { displayName } }
  }
}`;
const DECIDE = `mutation ($id: ID!, $approve: Boolean!) {
  decideMembership(input: { membershipId: $id, approve: $approve }) { errors { field code } membership { id status decidedAt } }
}`;
const END = `mutation ($id: ID!) { endMembership(input: { membershipId: $id }) { errors { field code } ended } }`;
const OF_ORG = `query ($slug: String) {
  organisationMemberships(organisationSlug: $slug) { totalCount edges { node { id status kind message member { displayName } organisation { slug } } } }
}`;
const SUSPEND = `mutation ($id: ID!, $on: Boolean!) {
  suspendMember(input: { accountId: $id, suspended: $on, reason: "spam" }) { errors { field code } account { suspended } }
}`;
const ROLE = `mutation ($id: ID!, $granted: Boolean!) {
  setMemberRole(input: { accountId: $id, role: ADMIN, granted: $granted }) { errors { field code } account { roles } }
}`;

interface Call {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  setCookie: string[];
}

async function call(base: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Call['body'],
    setCookie: res.headers.getSetCookie(),
  } satisfies Call;
}
const codes = (c: Call) => (c.body.errors ?? []).map((e) => e.extensions?.['code']);

describe('organisation memberships, suspension and administration', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ds: DataSource;
  let other: ApiProcess | undefined;
  const people: Record<string, { id: string; email: string; cookie: string }> = {};

  /** A confirmed account signed in through the API (a real session cookie). */
  const person = async (name: string, language: string, roles: string[] = []) => {
    const email = `${name}@example.org`;
    const inserted = await ds.getRepository(AccountEntity).insert({
      email,
      emailKey: email,
      emailVerifiedAt: new Date(),
      passwordHash: await hashPassword(PASSWORD),
      displayName: name[0].toUpperCase() + name.slice(1),
      language,
      roles,
    });
    const signIn = await call(t.url, SIGN_IN, { email, password: PASSWORD });
    const cookie = signIn.setCookie.find((h) => h.startsWith('ph_session='))?.split(';')[0] ?? '';
    expect(cookie).not.toBe('');
    people[name] = { id: (inserted.identifiers[0] as { id: string }).id, email, cookie };
    return people[name];
  };
  const as = (name: string, query: string, variables: Record<string, unknown> = {}) =>
    call(t.url, query, variables, people[name].cookie);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SEARCH_RELAY: 'false',
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://peerhub.example',
    });
    ds = t.app.get(DataSource);
    await person('admina', 'fr', ['admin']);
    await person('marta', 'pt');
    await person('jonas', 'no');
    await person('eve', 'en');
  }, 120_000);
  afterAll(async () => {
    await other?.stop();
    await t?.close();
    await sink?.close();
  });

  let martaRequest = '';

  it('a member asks to join; with no editor yet the admins are mailed in their language, without the message', async () => {
    const before = sink.mails.length;
    const asked = await as('marta', REQUEST, {
      slug: 'human-foundation',
      kind: 'JOIN',
      message: '  Coordeno a equipa de pares.\u0000\u202e <script>alert(1)</script>\n\n\n\nObrigada  ',
    });
    const payload = asked.body.data.requestMembership;
    expect(payload.errors).toEqual([]);
    expect(payload.membership).toMatchObject({
      kind: 'JOIN',
      status: 'PENDING',
      organisation: { slug: 'human-foundation' },
      member: { displayName: 'Marta' },
    });
    // Control and direction characters gone, blank lines capped; markup kept as the text it is (shown as text).
    expect(payload.membership.message).toBe(
      'Coordeno a equipa de pares. <script>alert(1)</script>\n\nObrigada',
    );
    martaRequest = payload.membership.id;
    const mail = await sink.mailTo('admina@example.org', before);
    expect(mail.subject).toBe('Une demande pour éditer au nom de Human Foundation sur PeerHub Europe');
    expect(mail.text).toContain('Marta');
    expect(mail.text).toContain('https://peerhub.example/fr/account/organisations');
    expect(mail.text).not.toContain('Coordeno');

    // Asking again while it waits is a conflict; the member sees their request.
    const again = await as('marta', REQUEST, {
      slug: 'human-foundation',
      kind: 'JOIN',
      message: 'Once more, please.',
    });
    expect(again.body.data.requestMembership.errors).toEqual([
      expect.objectContaining({ field: 'organisationSlug', code: 'CONFLICT' }),
    ]);
    const mine = await as('marta', '{ myMemberships { id status } }');
    expect(mine.body.data.myMemberships).toEqual([{ id: martaRequest, status: 'PENDING' }]);
    // The organisation page knows the viewer's request; a visitor gets null.
    const page = `{ organisation(slug: "human-foundation") { hasEditors myMembership { status } } }`;
    expect((await as('marta', page)).body.data.organisation).toEqual({
      hasEditors: false,
      myMembership: { status: 'PENDING' },
    });
    expect((await call(t.url, page)).body.data.organisation.myMembership).toBeNull();
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const count = async () =>
      Number((await ds.query('SELECT count(*) AS n FROM organisation_memberships'))[0].n);
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ slug: 'human-foundation', kind: 'JOIN', message: 'x'.repeat(10_000) }, 'message', 'TOO_LONG'],
      [{ slug: 'human-foundation', kind: 'JOIN', message: 'short' }, 'message', 'TOO_SHORT'],
      [
        { slug: 'human-foundation', kind: 'JOIN', message: '\u0000\u0001          \u200b\u200b\u200b\u200b' },
        'message',
        'TOO_SHORT',
      ],
      [
        { slug: "x' OR 1=1 --", kind: 'JOIN', message: 'A perfectly fine message.' },
        'organisationSlug',
        'NOT_FOUND',
      ],
      [
        { slug: 's'.repeat(5000), kind: 'JOIN', message: 'A perfectly fine message.' },
        'organisationSlug',
        'TOO_LONG',
      ],
    ];
    for (const [variables, field, code] of cases) {
      const res = await as('jonas', REQUEST, variables);
      expect([field, res.status, res.body.data?.requestMembership?.errors?.[0]]).toEqual([
        field,
        200,
        expect.objectContaining({ field, code }),
      ]);
    }
    // An unknown kind is refused by the schema itself (400, no stack trace).
    const kind = await as('jonas', REQUEST, {
      slug: 'human-foundation',
      kind: 'OWNER',
      message: 'A fine message.',
    });
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).not.toMatch(/at .*\.js:\d+/);
    for (const id of ['not-an-id', '00000000-0000-0000-0000-000000000000', "'; DROP TABLE accounts; --"]) {
      const res = await as('admina', DECIDE, { id, approve: true });
      expect(res.body.data.decideMembership.errors[0]).toMatchObject({ field: 'membershipId' });
    }
    expect(await count()).toBe(before);
  });

  it('the member cannot decide their own request; an admin approves it and the member is mailed', async () => {
    expect(codes(await as('marta', DECIDE, { id: martaRequest, approve: true }))).toEqual(['FORBIDDEN']);
    const listed = await as('admina', OF_ORG, { slug: 'human-foundation' });
    expect(listed.body.data.organisationMemberships.edges[0].node).toMatchObject({
      id: martaRequest,
      status: 'PENDING',
      member: { displayName: 'Marta' },
    });
    const before = sink.mails.length;
    const approved = await as('admina', DECIDE, { id: martaRequest, approve: true });
    expect(approved.body.data.decideMembership.membership.status).toBe('APPROVED');
    const mail = await sink.mailTo('marta@example.org', before);
    expect(mail.subject).toBe('É agora editor(a) de Human Foundation');
    // Deciding twice is a conflict, not a second change.
    expect(
      (await as('admina', DECIDE, { id: martaRequest, approve: false })).body.data.decideMembership.errors,
    ).toEqual([{ field: 'membershipId', code: 'CONFLICT' }]);
  });

  it('an editor decides the next request of their organisation, on another API process too, and nothing of another', async () => {
    other = await startApiProcess(t.config.database.url as string, { SEARCH_RELAY: 'false', SEED: 'false' });
    // A claim is refused now that the organisation has an editor.
    const claim = await as('jonas', REQUEST, {
      slug: 'human-foundation',
      kind: 'CLAIM',
      message: 'I represent it.',
    });
    expect(claim.body.data.requestMembership.errors[0]).toMatchObject({ field: 'kind', code: 'CONFLICT' });
    const before = sink.mails.length;
    const asked = await as('jonas', REQUEST, {
      slug: 'human-foundation',
      kind: 'JOIN',
      message: 'Jeg er likeperson der.',
    });
    const jonasRequest = asked.body.data.requestMembership.membership.id;
    // Now the editor is told, not the admins.
    await sink.mailTo('marta@example.org', before);
    expect(sink.mails.slice(before).map((m) => m.to)).not.toContain('admina@example.org');

    // Marta's session, on the other process: she is an editor there too.
    const there = await call(other.url, OF_ORG, { slug: 'human-foundation' }, people['marta'].cookie);
    expect(there.body.data.organisationMemberships.edges.map((e: any) => e.node.status)).toEqual([
      'PENDING',
      'APPROVED',
    ]);
    // Another organisation's requests are not hers to see or decide.
    const elsewhere = await as('jonas', REQUEST, {
      slug: 'epsm-lille-metropole',
      kind: 'JOIN',
      message: 'Another request here.',
    });
    const elsewhereId = elsewhere.body.data.requestMembership.membership?.id;
    expect(elsewhereId).toBeTruthy();
    expect(codes(await as('marta', OF_ORG, { slug: 'epsm-lille-metropole' }))).toEqual(['FORBIDDEN']);
    expect(codes(await as('marta', DECIDE, { id: elsewhereId, approve: true }))).toEqual(['FORBIDDEN']);
    expect(codes(await as('marta', END, { id: elsewhereId }))).toEqual(['FORBIDDEN']);
    // Without a slug she sees her organisations' memberships only.
    const all = await as('marta', OF_ORG, {});
    expect(
      all.body.data.organisationMemberships.edges.every(
        (e: any) => e.node.organisation.slug === 'human-foundation',
      ),
    ).toBe(true);
    // A plain member sees none of it.
    expect(codes(await as('eve', OF_ORG, { slug: 'human-foundation' }))).toEqual(['FORBIDDEN']);

    const decided = await call(
      other.url,
      DECIDE,
      { id: jonasRequest, approve: false },
      people['marta'].cookie,
    );
    expect(decided.body.data.decideMembership.membership.status).toBe('DECLINED');
    // Asking again after a refusal reopens the same request.
    const reopened = await as('jonas', REQUEST, {
      slug: 'human-foundation',
      kind: 'JOIN',
      message: 'More about my role.',
    });
    expect(reopened.body.data.requestMembership.membership).toMatchObject({
      id: jonasRequest,
      status: 'PENDING',
    });
    // Jonas withdraws his own request; the withdrawn one is gone.
    expect((await as('jonas', END, { id: jonasRequest })).body.data.endMembership).toEqual({
      errors: [],
      ended: true,
    });
    expect((await as('jonas', END, { id: jonasRequest })).body.data.endMembership.errors[0]).toMatchObject({
      code: 'NOT_FOUND',
    });
  }, 120_000);

  it('a suspended member keeps their own account and nothing else; admins cannot suspend or demote themselves', async () => {
    const marta = people['marta'];
    expect((await as('admina', SUSPEND, { id: marta.id, on: true })).body.data.suspendMember.account).toEqual(
      {
        suspended: true,
      },
    );
    // Her very next request, with the same session: editor rights gone, own data kept.
    expect(codes(await as('marta', OF_ORG, { slug: 'human-foundation' }))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await as('marta', REQUEST, {
          slug: 'epsm-lille-metropole',
          kind: 'JOIN',
          message: 'Let me in please.',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const own = await as(
      'marta',
      '{ me { suspended } myData { memberships { status organisation { slug } } } }',
    );
    expect(own.body.data.me).toEqual({ suspended: true });
    expect(own.body.data.myData.memberships).toEqual([
      { status: 'APPROVED', organisation: { slug: 'human-foundation' } },
    ]);
    // She can still sign in (to download or delete her data), and is told she is suspended.
    const again = await call(t.url, SIGN_IN, { email: marta.email, password: PASSWORD });
    expect(again.body.data.signIn.me.suspended).toBe(true);

    const admina = people['admina'];
    expect(
      (await as('admina', SUSPEND, { id: admina.id, on: true })).body.data.suspendMember.errors[0],
    ).toMatchObject({
      field: 'accountId',
      code: 'INVALID',
    });
    expect(
      (await as('admina', ROLE, { id: admina.id, granted: false })).body.data.setMemberRole.errors[0],
    ).toMatchObject({
      field: 'accountId',
      code: 'INVALID',
    });
    expect(
      (await as('admina', SUSPEND, { id: marta.id, on: false })).body.data.suspendMember.account,
    ).toEqual({
      suspended: false,
    });
    expect(codes(await as('marta', OF_ORG, { slug: 'human-foundation' }))).toEqual([]);
  });

  it('admins verify organisations and find members; the audit log says who did what', async () => {
    const unverify = await as(
      'admina',
      'mutation { verifyOrganisation(input: { organisationSlug: "human-foundation", verified: false }) { errors { field } organisation { verified } } }',
    );
    expect(unverify.body.data.verifyOrganisation.organisation).toEqual({ verified: false });
    expect(
      (await call(t.url, '{ organisation(slug: "human-foundation") { verified } }')).body.data.organisation,
    ).toEqual({ verified: false });
    // A search is taken literally: % and _ match themselves.
    const found = await as(
      'admina',
      '{ accounts(query: "MART") { totalCount edges { node { email editorOf } } } }',
    );
    expect(found.body.data.accounts.edges).toEqual([
      { node: { email: 'marta@example.org', editorOf: ['human-foundation'] } },
    ]);
    expect(
      (await as('admina', '{ accounts(query: "%") { totalCount } }')).body.data.accounts.totalCount,
    ).toBe(0);

    const log = await as(
      'admina',
      '{ auditEvents(first: 100) { edges { node { kind actor accountName detail } } } }',
    );
    const events = log.body.data.auditEvents.edges.map((e: any) => e.node);
    const adminId = people['admina'].id;
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'membership_approved', actor: adminId, accountName: 'Marta' }),
        expect.objectContaining({
          kind: 'membership_declined',
          actor: people['marta'].id,
          accountName: 'Jonas',
        }),
        expect.objectContaining({ kind: 'account_suspended', actor: adminId, detail: '{"reason":"spam"}' }),
        expect.objectContaining({ kind: 'account_unsuspended', actor: adminId }),
        expect.objectContaining({ kind: 'organisation_unverified', actor: adminId }),
        expect.objectContaining({ kind: 'membership_ended', accountName: 'Jonas' }),
      ]),
    );
  });

  it('a member edits their profile; names are text, bad input is refused per field and nothing is stored', async () => {
    const UPDATE = `mutation ($input: UpdateProfileInput!) {
      updateProfile(input: $input) { errors { field code } me { displayName realName showRealName language countryCode } }
    }`;
    const ok = await as('eve', UPDATE, {
      input: {
        displayName: ' <script>alert(1)</script>\u0000 Eve ',
        realName: 'Eve Example',
        showRealName: true,
        language: 'fr',
        countryCode: 'gb',
      },
    });
    expect(ok.body.data.updateProfile).toEqual({
      errors: [],
      me: {
        displayName: '<script>alert(1)</script> Eve',
        realName: 'Eve Example',
        showRealName: true,
        language: 'fr',
        countryCode: 'UK',
      },
    });
    const bad: [Record<string, unknown>, string, string][] = [
      [{ displayName: 'x'.repeat(10_000), language: 'en' }, 'displayName', 'TOO_LONG'],
      [{ displayName: '\u200b\u200b\u200b', language: 'en' }, 'displayName', 'TOO_SHORT'],
      [{ displayName: 'Eve', language: 'xx' }, 'language', 'INVALID'],
      [{ displayName: 'Eve', language: 'en', countryCode: 'P1' }, 'countryCode', 'INVALID'],
      [{ displayName: 'Eve', language: 'en', realName: 'r'.repeat(100_000) }, 'realName', 'TOO_LONG'],
    ];
    for (const [input, field, code] of bad) {
      const res = await as('eve', UPDATE, { input });
      expect([field, res.status, res.body.data?.updateProfile?.errors?.[0]]).toEqual([
        field,
        200,
        expect.objectContaining({ field, code }),
      ]);
    }
    // Nothing of the refused inputs was stored; clearing the real name also hides it.
    const cleared = await as('eve', UPDATE, {
      input: { displayName: 'Eve', realName: '', showRealName: true, language: 'en' },
    });
    expect(cleared.body.data.updateProfile.me).toEqual({
      displayName: 'Eve',
      realName: null,
      showRealName: false,
      language: 'en',
      countryCode: null,
    });
    expect(codes(await call(t.url, UPDATE, { input: { displayName: 'Anon', language: 'en' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('housekeeping erases what has outlived its use and keeps the rest', async () => {
    const old = await ds.getRepository(AccountEntity).insert({
      email: 'never-confirmed@example.org',
      emailKey: 'never-confirmed@example.org',
      passwordHash: 'x',
      displayName: 'Old',
      language: 'en',
    });
    const oldId = (old.identifiers[0] as { id: string }).id;
    await ds.query(`UPDATE accounts SET created_at = now() - interval '8 days' WHERE id = $1`, [oldId]);
    await ds.getRepository(AuditEventEntity).insert({ kind: 'signed_in', accountId: people['eve'].id });
    await ds.query(
      `UPDATE audit_events SET at = now() - interval '366 days' WHERE id = (SELECT id FROM audit_events WHERE account_id = $1 ORDER BY at DESC LIMIT 1)`,
      [people['eve'].id],
    );
    const removed = await t.app.get(Housekeeping).run();
    expect(removed).toMatchObject({ unconfirmedAccounts: 1, auditEvents: 1 });
    expect(await ds.getRepository(AccountEntity).existsBy({ id: oldId })).toBe(false);
    // Confirmed members, their sessions and recent events stay.
    expect((await as('eve', '{ me { id } }')).body.data.me).toEqual({ id: people['eve'].id });
    expect(await ds.getRepository(AuditEventEntity).countBy({ kind: 'membership_approved' })).toBe(1);
  });
});
