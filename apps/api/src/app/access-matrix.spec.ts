import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { AccountEntity, MembershipEntity, Sessions, hashPassword } from '@peerhub/accounts/api';
import { RevisionEntity } from '@peerhub/contributions/api';
import { OrganisationEntity } from '@peerhub/organisations/api';
import { rootFieldRules } from '@peerhub/shared/api-core';
import { DataSource } from 'typeorm';
import { liveSubscribe } from '../testing/live-client';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * The authorisation matrix: every Mutation and Subscription field of the built schema, and every query that is not a
 * public read, for every kind of viewer, allowed or denied — checked with real requests (HTTP for operations,
 * graphql-ws for subscriptions) through the real AppModule, each viewer signed in with a real session cookie of a
 * real account (roles, memberships and suspension as the database holds them). A new mutation or subscription, or a
 * query with a rule of its own, fails this test until it has a row here.
 *
 * "This organisation" is Human Foundation, the subject of every organisation-bound row; "another" is an editor of a
 * different organisation. A row that needs a record gets a fresh one for each viewer (a request to decide, an
 * account to suspend), so one viewer's allowed write never changes what the next one meets.
 */
const MATRIX_KINDS = [
  'anonymous',
  'member',
  'editorOfAnother',
  'editorOfThis',
  'moderator',
  'admin',
  'suspended',
] as const;
type MatrixKind = (typeof MATRIX_KINDS)[number];
type Verdict = 'allowed' | 'denied';
type Operation = { query: string; variables?: Record<string, unknown> };
interface Row {
  /** The request that exercises the field: an HTTP operation (fixed, or made with a fresh subject per viewer)… */
  http?: Operation | ((fixture: Fixture) => Promise<Operation>);
  /** …or a subscription. */
  subscribe?: Operation;
  expect: Record<MatrixKind, Verdict>;
}

const verdicts = (allowed: readonly MatrixKind[]): Record<MatrixKind, Verdict> =>
  Object.fromEntries(MATRIX_KINDS.map((k) => [k, allowed.includes(k) ? 'allowed' : 'denied'])) as Record<
    MatrixKind,
    Verdict
  >;

const EVERYONE = verdicts(MATRIX_KINDS);
/** Their own account (even suspended: their rights over their data do not depend on their conduct). */
const SIGNED_IN = verdicts(['member', 'editorOfAnother', 'editorOfThis', 'moderator', 'admin', 'suspended']);
/** Taking part: any member who is not suspended. */
const ACTIVE = verdicts(['member', 'editorOfAnother', 'editorOfThis', 'moderator', 'admin']);
/** Acting for Human Foundation: its editors and admins. */
const EDITS_THIS = verdicts(['editorOfThis', 'admin']);
const ADMIN = verdicts(['admin']);
/** Writing for Human Foundation: its editors and the editorial team (moderators, admins). */
const WRITES_THIS = verdicts(['editorOfThis', 'moderator', 'admin']);
/** Reviewing contributions: moderators and admins. */
const REVIEWS = verdicts(['moderator', 'admin']);

const HUMAN_FOUNDATION = 'human-foundation';

/** What the rows need: accounts to act on, and Human Foundation's requests to decide. */
interface Fixture {
  /** A new confirmed account nobody else touches. */
  account(): Promise<string>;
  /** A new waiting request of a new account to join Human Foundation. */
  pendingRequest(): Promise<string>;
  /** A new revision (a practice by default) by a new account, written for Human Foundation, in this state. */
  revision(state: 'draft' | 'submitted', kind?: 'practice' | 'resource' | 'organisation'): Promise<string>;
  /** A new practice of Human Foundation (archived or not): its id. */
  practice(archived: boolean): Promise<string>;
  /** A new resource published by Human Foundation: its slug. */
  resource(): Promise<string>;
}

const MATRIX: Record<string, Row> = {
  // Anyone may try to sign up, confirm an address and sign in (limited per address and account in the service);
  // these inputs are refused field by field, so no account or mail is made.
  'Mutation.signUp': {
    http: {
      query:
        'mutation { signUp(input: { email: "x", password: "short", displayName: "A", language: "xx" }) { errors { field } accepted } }',
    },
    expect: EVERYONE,
  },
  'Mutation.verifyEmail': {
    http: {
      query: 'mutation { verifyEmail(input: { token: "no-such-token" }) { errors { field } verified } }',
    },
    expect: EVERYONE,
  },
  'Mutation.signIn': {
    http: {
      query:
        'mutation { signIn(input: { email: "nobody@example.org", password: "not-the-password" }) { errors { field } me { id } } }',
    },
    expect: EVERYONE,
  },
  'Mutation.requestPasswordReset': {
    http: {
      query:
        'mutation { requestPasswordReset(input: { email: "nobody@example.org" }) { errors { field } accepted } }',
    },
    expect: EVERYONE,
  },
  'Mutation.resetPassword': {
    http: {
      query:
        'mutation { resetPassword(input: { token: "no-such-token", newPassword: "a long enough password" }) { errors { field } reset } }',
    },
    expect: EVERYONE,
  },
  'Mutation.changePassword': {
    http: {
      query:
        'mutation { changePassword(input: { currentPassword: "whatever it is", newPassword: "a long enough password" }) { errors { field } changed } }',
    },
    expect: SIGNED_IN,
  },
  'Mutation.endSession': {
    http: { query: 'mutation { endSession(input: { id: "not-a-session" }) { errors { field } ended } }' },
    expect: SIGNED_IN,
  },
  'Mutation.deleteAccount': {
    http: {
      query: 'mutation { deleteAccount(input: { password: "whatever it is" }) { errors { field } deleted } }',
    },
    expect: SIGNED_IN,
  },
  'Mutation.requestEmailChange': {
    http: {
      query:
        'mutation { requestEmailChange(input: { newEmail: "new@example.org", password: "whatever it is" }) { errors { field } accepted } }',
    },
    expect: SIGNED_IN,
  },
  'Mutation.confirmEmailChange': {
    http: {
      query:
        'mutation { confirmEmailChange(input: { token: "no-such-token" }) { errors { field } changed } }',
    },
    expect: EVERYONE,
  },
  'Mutation.signOut': {
    http: { query: 'mutation { signOut(input: {}) { errors { field } signedOut } }' },
    expect: SIGNED_IN,
  },
  'Mutation.updateProfile': {
    http: {
      query:
        'mutation { updateProfile(input: { displayName: "A", language: "en" }) { errors { field } me { id } } }',
    },
    expect: SIGNED_IN,
  },
  // Organisation memberships.
  'Mutation.requestMembership': {
    http: {
      query:
        'mutation($m: String!) { requestMembership(input: { organisationSlug: "human-foundation", kind: JOIN, message: $m }) { errors { field } membership { id } } }',
      variables: { m: 'I coordinate peer support workers there.' },
    },
    expect: ACTIVE,
  },
  'Mutation.decideMembership': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { decideMembership(input: { membershipId: $id, approve: true }) { errors { field } membership { status } } }',
      variables: { id: await f.pendingRequest() },
    }),
    expect: EDITS_THIS,
  },
  'Mutation.endMembership': {
    // Someone else's request to join Human Foundation: its editors and admins may remove it, nobody else.
    http: async (f) => ({
      query: 'mutation($id: ID!) { endMembership(input: { membershipId: $id }) { errors { field } ended } }',
      variables: { id: await f.pendingRequest() },
    }),
    expect: EDITS_THIS,
  },
  'Query.organisationMemberships': {
    http: {
      query:
        'query { organisationMemberships(organisationSlug: "human-foundation") { totalCount edges { node { id } } } }',
    },
    expect: EDITS_THIS,
  },
  // Contributions.
  'Mutation.createPractice': {
    http: {
      query: `mutation { createPractice(input: { organisationSlug: "human-foundation", practice: {
        title: "Matrix practice", summary: "A practice written by the matrix.", countryCode: "PL",
        category: SELF_HELP_GROUP } }) { errors { field } revision { id } } }`,
    },
    expect: WRITES_THIS,
  },
  'Mutation.editPractice': {
    http: {
      query:
        'mutation { editPractice(input: { practiceSlug: "pl-recovery-assistants" }) { errors { field } revision { id } } }',
    },
    expect: WRITES_THIS,
  },
  'Mutation.savePracticeDraft': {
    http: async (f) => ({
      query: `mutation($id: ID!) { savePracticeDraft(input: { revisionId: $id, expectedLockVersion: 1, practice: {
        title: "Saved by the matrix", summary: "", countryCode: "PL", category: SELF_HELP_GROUP } }) {
        errors { field } revision { id } } }`,
      variables: { id: await f.revision('draft') },
    }),
    expect: WRITES_THIS,
  },
  'Mutation.submitRevision': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { submitRevision(input: { revisionId: $id }) { errors { field } revision { id } } }',
      variables: { id: await f.revision('draft') },
    }),
    expect: WRITES_THIS,
  },
  'Mutation.reviewRevision': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { reviewRevision(input: { revisionId: $id, decision: REJECT, comment: "No." }) { errors { field } revision { id } } }',
      variables: { id: await f.revision('submitted') },
    }),
    expect: REVIEWS,
  },
  'Mutation.restoreRevision': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { restoreRevision(input: { revisionId: $id }) { errors { field } revision { id } } }',
      variables: { id: await f.revision('draft') },
    }),
    expect: WRITES_THIS,
  },
  'Mutation.proposeCountryFact': {
    http: {
      query: `mutation { proposeCountryFact(input: { countryCode: "PL", dimension: PAY, level: PARTIAL,
        text: "Paid as assistants in some regions.", checkedOn: "2026-11-30",
        source: { title: "A report", url: "https://example.org/report", locator: "p. 4" } }) { errors { field } revision { id } } }`,
    },
    expect: ACTIVE,
  },
  'Mutation.createResource': {
    http: {
      query: `mutation { createResource(input: { organisationSlug: "human-foundation", resource: {
        title: "Matrix guide", type: GUIDE, language: "en" } }) { errors { field } revision { id } } }`,
    },
    expect: WRITES_THIS,
  },
  'Mutation.editResource': {
    http: async (f) => ({
      query:
        'mutation($slug: String!) { editResource(input: { resourceSlug: $slug }) { errors { field } revision { id } } }',
      variables: { slug: await f.resource() },
    }),
    expect: WRITES_THIS,
  },
  'Mutation.saveResourceDraft': {
    http: async (f) => ({
      query: `mutation($id: ID!) { saveResourceDraft(input: { revisionId: $id, expectedLockVersion: 1, resource: {
        title: "Saved by the matrix", type: TOOLKIT, language: "pl" } }) { errors { field } revision { id } } }`,
      variables: { id: await f.revision('draft', 'resource') },
    }),
    expect: WRITES_THIS,
  },
  // Any member may propose a new organisation's profile (reviewed; they become its editor once published).
  'Mutation.createOrganisation': {
    http: {
      query: `mutation { createOrganisation(input: { organisation: { name: "Matrix association", type: PEER_ASSOCIATION,
        countryCode: "PL" } }) { errors { field } revision { id } } }`,
    },
    expect: ACTIVE,
  },
  'Mutation.editOrganisation': {
    http: {
      query:
        'mutation { editOrganisation(input: { organisationSlug: "human-foundation" }) { errors { field } revision { id } } }',
    },
    expect: WRITES_THIS,
  },
  'Mutation.saveOrganisationDraft': {
    http: async (f) => ({
      query: `mutation($id: ID!) { saveOrganisationDraft(input: { revisionId: $id, expectedLockVersion: 1, organisation: {
        name: "Saved by the matrix", type: NGO, countryCode: "PL" } }) { errors { field } revision { id } } }`,
      variables: { id: await f.revision('draft', 'organisation') },
    }),
    expect: WRITES_THIS,
  },
  'Mutation.archiveRecord': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { archiveRecord(input: { kind: PRACTICE, recordId: $id, reason: "Matrix." }) { errors { field } record { archived } } }',
      variables: { id: await f.practice(false) },
    }),
    expect: WRITES_THIS,
  },
  'Mutation.unarchiveRecord': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { unarchiveRecord(input: { kind: PRACTICE, recordId: $id, reason: "Matrix." }) { errors { field } record { archived } } }',
      variables: { id: await f.practice(true) },
    }),
    expect: WRITES_THIS,
  },
  'Query.archivedRecords': {
    http: { query: 'query { archivedRecords(kind: PRACTICE) { recordId } }' },
    expect: REVIEWS,
  },
  'Query.reviewQueue': {
    http: { query: 'query { reviewQueue { counts { kind count } revisions { id } } }' },
    expect: REVIEWS,
  },
  // Administration.
  'Mutation.setMemberRole': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { setMemberRole(input: { accountId: $id, role: MODERATOR, granted: true }) { errors { field } account { roles } } }',
      variables: { id: await f.account() },
    }),
    expect: ADMIN,
  },
  'Mutation.suspendMember': {
    http: async (f) => ({
      query:
        'mutation($id: ID!) { suspendMember(input: { accountId: $id, suspended: true, reason: "matrix" }) { errors { field } account { suspended } } }',
      variables: { id: await f.account() },
    }),
    expect: ADMIN,
  },
  'Mutation.verifyOrganisation': {
    http: {
      query:
        'mutation { verifyOrganisation(input: { organisationSlug: "human-foundation", verified: true }) { errors { field } organisation { verified } } }',
    },
    expect: ADMIN,
  },
  'Query.accounts': {
    http: { query: 'query { accounts(first: 5) { totalCount edges { node { id email } } } }' },
    expect: ADMIN,
  },
  'Query.auditEvents': {
    http: { query: 'query { auditEvents(first: 5) { totalCount edges { node { kind } } } }' },
    expect: ADMIN,
  },
  'Subscription.healthTick': {
    subscribe: { query: 'subscription { healthTick { at status version } }' },
    expect: EVERYONE,
  },
};

const DENIED_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];
const codesOf = (errors: readonly { extensions?: { code?: unknown } }[] | undefined) =>
  (errors ?? []).map((e) => String(e.extensions?.code));

describe('authorisation matrix', () => {
  let t: TestApp;
  let ds: DataSource;
  let sessions: Sessions;
  const savedTick = process.env['HEALTH_TICK_SECONDS'];
  const accountOf = new Map<MatrixKind, string>();
  let made = 0;
  let humanFoundation: string;
  let anotherOrganisation: string;
  let passwordHash: string;

  const newAccount = async (extra: Partial<AccountEntity> = {}): Promise<string> => {
    made += 1;
    const email = `matrix-${made}@example.org`;
    const inserted = await ds.getRepository(AccountEntity).insert({
      email,
      emailKey: email,
      emailVerifiedAt: new Date(),
      passwordHash,
      displayName: `Matrix ${made}`,
      language: 'en',
      ...extra,
    });
    return (inserted.identifiers[0] as { id: string }).id;
  };
  const membership = async (accountId: string, organisationId: string, status: string) => {
    const inserted = await ds
      .getRepository(MembershipEntity)
      .insert({ accountId, organisationId, kind: 'join', status, message: 'Matrix fixture request.' });
    return (inserted.identifiers[0] as { id: string }).id;
  };
  const fixture: Fixture = {
    account: () => newAccount(),
    pendingRequest: async () => membership(await newAccount(), humanFoundation, 'pending'),
    revision: async (state, kind = 'practice') => {
      const data = {
        practice: {
          title: 'Fixture',
          summary: '',
          countryCode: 'PL',
          category: 'self_help_group',
          organisationIds: [humanFoundation],
          sources: [],
        },
        resource: {
          title: 'Fixture',
          type: 'guide',
          language: 'en',
          description: '',
          publisherOrganisationId: humanFoundation,
          organisationIds: [],
          sources: [],
        },
        organisation: { name: 'Fixture', type: 'ngo', countryCode: 'PL', description: '', sources: [] },
      }[kind];
      const inserted = await ds.getRepository(RevisionEntity).insert({
        kind,
        recordId: kind === 'organisation' ? humanFoundation : randomUUID(),
        number: kind === 'organisation' ? 1000 + made++ : 1,
        state,
        data,
        baseVersion: kind === 'organisation' ? 1 : null,
        authorId: await newAccount(),
        organisationId: humanFoundation,
        submittedAt: state === 'submitted' ? new Date() : null,
      });
      return (inserted.identifiers[0] as { id: string }).id;
    },
    practice: async (archived) => {
      const id = randomUUID();
      await ds.query(
        `INSERT INTO practices (id, slug, title, summary, country_code, category, verified_on, archived_at)
         VALUES ($1, $2, 'Matrix practice', 'A practice for the matrix.', 'PL', 'self_help_group', current_date, $3)`,
        [id, `matrix-practice-${id}`, archived ? new Date() : null],
      );
      await ds.query('INSERT INTO practice_organisations (practice_id, organisation_id) VALUES ($1, $2)', [
        id,
        humanFoundation,
      ]);
      return id;
    },
    resource: async () => {
      const slug = `matrix-resource-${randomUUID()}`;
      await ds.query(
        `INSERT INTO resources (slug, title, type, language, publisher_organisation_id, verified_on)
         VALUES ($1, 'Matrix resource', 'guide', 'en', $2, current_date)`,
        [slug, humanFoundation],
      );
      return slug;
    },
  };

  beforeAll(async () => {
    process.env['HEALTH_TICK_SECONDS'] = '1'; // a subscription that is allowed shows it with its first event
    t = await startTestApp({ SEARCH_RELAY: 'false' });
    ds = t.app.get(DataSource);
    sessions = t.app.get(Sessions);
    passwordHash = await hashPassword('matrix password that nobody types');
    const orgs = await ds.getRepository(OrganisationEntity).find({ order: { slug: 'ASC' } });
    humanFoundation = orgs.find((o) => o.slug === HUMAN_FOUNDATION)?.id as string;
    anotherOrganisation = orgs.find((o) => o.slug !== HUMAN_FOUNDATION)?.id as string;
    expect([humanFoundation, anotherOrganisation].every(Boolean)).toBe(true);
    accountOf.set('member', await newAccount());
    accountOf.set('editorOfAnother', await newAccount());
    accountOf.set('editorOfThis', await newAccount());
    accountOf.set('moderator', await newAccount({ roles: ['moderator'] }));
    accountOf.set('admin', await newAccount({ roles: ['admin'] }));
    // Suspended while an admin and an editor of this organisation: neither counts while suspended.
    accountOf.set('suspended', await newAccount({ roles: ['admin'], suspendedAt: new Date() }));
    await membership(accountOf.get('editorOfAnother') as string, anotherOrganisation, 'approved');
    await membership(accountOf.get('editorOfThis') as string, humanFoundation, 'approved');
    await membership(accountOf.get('suspended') as string, humanFoundation, 'approved');
  });
  afterAll(async () => {
    if (savedTick === undefined) delete process.env['HEALTH_TICK_SECONDS'];
    else process.env['HEALTH_TICK_SECONDS'] = savedTick;
    await t?.close();
  });

  /** A new session of the kind's account (a row that signs out ends only its own), as a Cookie header. */
  const headersOf = async (kind: MatrixKind): Promise<Record<string, string>> => {
    const account = accountOf.get(kind);
    if (!account) return {};
    const setCookie = await sessions.start(account, 'access-matrix');
    return { cookie: setCookie.split(';')[0] as string };
  };

  const rootFields = (root: 'Query' | 'Mutation' | 'Subscription') => {
    const type = t.app.get(GraphQLSchemaHost).schema.getType(root) as
      { getFields(): Record<string, unknown> } | undefined;
    return Object.keys(type?.getFields() ?? {}).map((f) => `${root}.${f}`);
  };
  /** Queries with a rule of their own (not a public read). */
  const guardedQueries = () => rootFields('Query').filter((f) => rootFieldRules().get(f) !== 'public:read');

  it('has a row, with every kind of viewer, for every mutation, subscription and guarded query', () => {
    const fields = [...rootFields('Mutation'), ...rootFields('Subscription'), ...guardedQueries()].sort();
    expect(fields).toContain('Subscription.healthTick');
    expect(fields).toContain('Query.accounts');
    expect(Object.keys(MATRIX).sort()).toEqual(fields); // a missing row, or a row for a field that is gone
    for (const [field, row] of Object.entries(MATRIX)) {
      expect([field, Object.keys(row.expect).sort()]).toEqual([field, [...MATRIX_KINDS].sort()]);
      expect([field, Boolean(field.startsWith('Subscription.') ? row.subscribe : row.http)]).toEqual([
        field,
        true,
      ]);
    }
  });

  it('declares a rule for every mutation and subscription; other queries are public reads', () => {
    const rules = rootFieldRules();
    for (const field of [...rootFields('Mutation'), ...rootFields('Subscription')])
      expect([field, rules.get(field) ?? null]).not.toEqual([field, null]);
    const queries = rootFields('Query');
    expect(queries.length).toBeGreaterThan(10);
    expect(guardedQueries().sort()).toEqual([
      'Query.accounts',
      'Query.archivedRecords',
      'Query.auditEvents',
      'Query.organisationMemberships',
      'Query.reviewQueue',
    ]);
  });

  it('allows and denies exactly as the matrix says, through real requests with real sessions', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [field, row] of Object.entries(MATRIX))
      for (const kind of MATRIX_KINDS) {
        const headers = await headersOf(kind);
        let codes: string[];
        let gotData: boolean;
        if (row.subscribe) {
          const sub = liveSubscribe(t.url, row.subscribe.query, {
            headers,
            variables: row.subscribe.variables,
          });
          const first = await sub.waitFor(15_000);
          await sub.close();
          codes = codesOf(first?.errors);
          gotData = Boolean(first?.data);
        } else {
          const operation = typeof row.http === 'function' ? await row.http(fixture) : row.http;
          const res = await fetch(`${t.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(operation),
          });
          const body = (await res.json()) as {
            data?: Record<string, unknown> | null;
            errors?: { extensions?: { code?: unknown } }[];
          };
          codes = codesOf(body.errors);
          gotData = Boolean(body.data && Object.values(body.data).some((v) => v !== null));
        }
        const denied = codes.filter((c) => DENIED_CODES.includes(c));
        outcomes.push(
          `${field} ${kind}: ${denied.length ? `denied ${denied[0]}` : gotData ? 'allowed' : `no answer (${codes.join(',')})`}`,
        );
        const verdict = row.expect[kind];
        expected.push(
          `${field} ${kind}: ${verdict === 'allowed' ? 'allowed' : `denied ${kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`}`,
        );
      }
    expect(outcomes).toEqual(expected);
  }, 240_000); // every row × 7 viewers, each a real request: ~15 s alone, several times that on a loaded CI machine
});
