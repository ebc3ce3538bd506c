import { AccountEntity, MembershipEntity, hashPassword } from '@peerhub/accounts/api';
import { OrganisationEntity } from '@peerhub/organisations/api';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/** Members for API tests: real accounts, real sessions (signed in through the API), and a way to call as them. */

export const TEST_PASSWORD = 'correct horse battery staple';

export interface Call {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export class Members {
  private readonly cookies: Record<string, string> = {};
  constructor(private readonly t: TestApp) {}

  /** A GraphQL request as `who` (a name given to `add`), or anonymously. */
  async call(who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Call> {
    const res = await fetch(`${this.t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(who ? { cookie: this.cookies[who] } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Call['body'] };
  }

  /** A confirmed account with these site roles (and an editor of `editorOf`), signed in; its id. */
  async add(name: string, roles: string[] = [], editorOf?: string): Promise<string> {
    const ds = this.t.app.get(DataSource);
    const email = `${name.toLowerCase()}-${Date.now().toString(36)}@example.org`;
    const inserted = await ds.getRepository(AccountEntity).insert({
      email,
      emailKey: email,
      emailVerifiedAt: new Date(),
      passwordHash: await hashPassword(TEST_PASSWORD),
      displayName: name,
      language: 'en',
      roles,
    });
    const id = (inserted.identifiers[0] as { id: string }).id;
    if (editorOf) {
      const org = await ds.getRepository(OrganisationEntity).findOneByOrFail({ slug: editorOf });
      await ds.getRepository(MembershipEntity).insert({
        accountId: id,
        organisationId: org.id,
        kind: 'join',
        status: 'approved',
        message: 'fixture',
      });
    }
    const res = await fetch(`${this.t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { me { id } } }',
        variables: { e: email, p: TEST_PASSWORD },
      }),
    });
    const cookie = res.headers.getSetCookie().find((h) => h.startsWith('ph_session='));
    if (!cookie) throw new Error(`sign-in of ${name}: ${await res.text()}`);
    this.cookies[name] = cookie.split(';')[0];
    return id;
  }
}
