import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import {
  ANONYMOUS,
  VIEWER_KINDS,
  Viewer,
  ViewerKind,
  Viewers,
  rootFieldRules,
} from '@peerhub/shared/api-core';
import { liveSubscribe } from '../testing/live-client';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * The authorisation matrix: every Mutation and Subscription field of the built schema, for every kind of viewer,
 * allowed or denied — checked with real requests (HTTP for mutations, graphql-ws for subscriptions) through the
 * real AppModule. Identity is the one thing stubbed (accounts do not exist yet): `Viewers.fromRequest` reads a
 * test header. A new mutation or subscription fails this test until it has a row here.
 */
type Verdict = 'allowed' | 'denied';
interface Row {
  /** The request that exercises the field: an HTTP operation (mutation) or a subscription. */
  http?: { query: string; variables?: Record<string, unknown> };
  subscribe?: { query: string; variables?: Record<string, unknown> };
  expect: Record<ViewerKind, Verdict>;
}

const EVERYONE: Record<ViewerKind, Verdict> = {
  anonymous: 'allowed',
  member: 'allowed',
  moderator: 'allowed',
  admin: 'allowed',
};

const SIGNED_IN: Record<ViewerKind, Verdict> = {
  anonymous: 'denied',
  member: 'allowed',
  moderator: 'allowed',
  admin: 'allowed',
};

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
  'Subscription.healthTick': {
    subscribe: { query: 'subscription { healthTick { at status version } }' },
    expect: EVERYONE,
  },
};

const SAMPLE_VIEWERS: Record<ViewerKind, Viewer> = {
  anonymous: ANONYMOUS,
  member: { kind: 'member', userId: 'test-member', roles: [], editorOf: [] },
  moderator: { kind: 'member', userId: 'test-moderator', roles: ['moderator'], editorOf: [] },
  admin: { kind: 'member', userId: 'test-admin', roles: ['admin'], editorOf: [] },
};
const VIEWER_HEADER = 'x-test-viewer';

const DENIED_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];
const codesOf = (errors: readonly { extensions?: { code?: unknown } }[] | undefined) =>
  (errors ?? []).map((e) => String(e.extensions?.code));

describe('authorisation matrix', () => {
  let t: TestApp;
  const savedTick = process.env['HEALTH_TICK_SECONDS'];

  beforeAll(async () => {
    process.env['HEALTH_TICK_SECONDS'] = '1'; // a subscription that is allowed shows it with its first event
    t = await startTestApp({ SEARCH_RELAY: 'false' });
    jest
      .spyOn(t.app.get(Viewers), 'fromRequest')
      .mockImplementation(
        async (req: IncomingMessage | undefined) =>
          SAMPLE_VIEWERS[req?.headers[VIEWER_HEADER] as ViewerKind] ?? ANONYMOUS,
      );
  });
  afterAll(async () => {
    if (savedTick === undefined) delete process.env['HEALTH_TICK_SECONDS'];
    else process.env['HEALTH_TICK_SECONDS'] = savedTick;
    await t?.close();
  });

  const rootFields = (root: 'Query' | 'Mutation' | 'Subscription') => {
    const type = t.app.get(GraphQLSchemaHost).schema.getType(root) as
      { getFields(): Record<string, unknown> } | undefined;
    return Object.keys(type?.getFields() ?? {}).map((f) => `${root}.${f}`);
  };

  it('has a row, with every kind of viewer, for every mutation and subscription of the schema', () => {
    const fields = [...rootFields('Mutation'), ...rootFields('Subscription')].sort();
    expect(fields).toContain('Subscription.healthTick');
    expect(Object.keys(MATRIX).sort()).toEqual(fields); // a missing row, or a row for a field that is gone
    for (const [field, row] of Object.entries(MATRIX)) {
      expect([field, Object.keys(row.expect).sort()]).toEqual([field, [...VIEWER_KINDS].sort()]);
      expect([field, Boolean(field.startsWith('Mutation.') ? row.http : row.subscribe)]).toEqual([
        field,
        true,
      ]);
    }
  });

  it('declares a rule for every mutation and subscription; queries are public reads', () => {
    const rules = rootFieldRules();
    for (const field of [...rootFields('Mutation'), ...rootFields('Subscription')])
      expect([field, rules.get(field) ?? null]).not.toEqual([field, null]);
    // Every query runs under public:read today; a query that needs more (me, notifications) will say so here.
    const queries = rootFields('Query');
    expect(queries.length).toBeGreaterThan(10);
    for (const field of queries) expect([field, rules.get(field)]).toEqual([field, 'public:read']);
  });

  it('allows and denies exactly as the matrix says, through real requests', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [field, row] of Object.entries(MATRIX))
      for (const kind of VIEWER_KINDS) {
        const headers = { [VIEWER_HEADER]: kind };
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
          const res = await fetch(`${t.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(row.http),
          });
          const body = (await res.json()) as {
            data?: unknown;
            errors?: { extensions?: { code?: unknown } }[];
          };
          codes = codesOf(body.errors);
          gotData = body.data !== undefined && body.data !== null;
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
  });
});
