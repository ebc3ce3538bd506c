import { AccountEntity, MembershipEntity, hashPassword } from '@peerhub/accounts/api';
import { OrganisationEntity } from '@peerhub/organisations/api';
import { DataSource } from 'typeorm';
import { ApiProcess, TestApp, startApiProcess, startTestApp } from '../testing/test-app';

/**
 * An API process killed (SIGKILL) in the middle of a publish: the publication is one PostgreSQL transaction, so the
 * practice is either wholly published or not at all — here not at all, because the process dies while the
 * transaction waits on a lock this test holds after the practice row was written. After the crash the revision is
 * still waiting for review; approved again (by another process), it is published and the search outbox delivers it.
 */
describe('a publish cut short by SIGKILL', () => {
  let t: TestApp;
  let ds: DataSource;
  let doomed: ApiProcess | undefined;
  const PASSWORD = 'correct horse battery staple';

  beforeAll(async () => {
    t = await startTestApp({});
    ds = t.app.get(DataSource);
  }, 120_000);
  afterAll(async () => {
    await doomed?.stop();
    await t?.close();
  });

  const signIn = async (base: string, email: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { me { id } } }',
        variables: { e: email, p: PASSWORD },
      }),
    });
    return res.headers
      .getSetCookie()
      .find((h) => h.startsWith('ph_session='))!
      .split(';')[0];
  };
  const gql = async (
    base: string,
    cookie: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };

  it('leaves the old state whole, and the outbox still delivers the publication after restart', async () => {
    const hash = await hashPassword(PASSWORD);
    const org = await ds.getRepository(OrganisationEntity).findOneByOrFail({ slug: 'human-foundation' });
    const [author, moderator] = await Promise.all(
      ['crash-author@example.org', 'crash-moderator@example.org'].map(async (email, i) => {
        const inserted = await ds.getRepository(AccountEntity).insert({
          email,
          emailKey: email,
          emailVerifiedAt: new Date(),
          passwordHash: hash,
          displayName: i ? 'Moderator' : 'Author',
          language: 'en',
          roles: i ? ['moderator'] : [],
        });
        return { email, id: (inserted.identifiers[0] as { id: string }).id };
      }),
    );
    await ds.getRepository(MembershipEntity).insert({
      accountId: author.id,
      organisationId: org.id,
      kind: 'join',
      status: 'approved',
      message: 'x',
    });
    const authorCookie = await signIn(t.url, author.email);
    const created = await gql(
      t.url,
      authorCookie,
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { errors { field } revision { id } } }`,
      {
        input: {
          organisationSlug: 'human-foundation',
          practice: {
            title: 'Crash-proof peer circles',
            summary: 'Peer circles that survive a crashed server.',
            countryCode: 'PL',
            category: 'SELF_HELP_GROUP',
            sources: [{ title: 'A report', url: 'https://example.org/r', locator: 'p. 1' }],
          },
        },
      },
    );
    const id = created.data.createPractice.revision.id as string;
    await gql(
      t.url,
      authorCookie,
      `mutation { submitRevision(input: { revisionId: "${id}" }) { errors { field } } }`,
    );

    doomed = await startApiProcess(t.config.database.url as string, { SEARCH_RELAY: 'false', SEED: 'false' });
    const moderatorCookie = await signIn(doomed.url, moderator.email);

    // Hold the organisation links so the publish blocks after writing the practice row, inside its transaction.
    const blocker = ds.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE practice_organisations IN ACCESS EXCLUSIVE MODE');
    const approving = gql(
      doomed.url,
      moderatorCookie,
      `mutation { reviewRevision(input: { revisionId: "${id}", decision: APPROVE }) { errors { field } } }`,
    ).catch(() => 'connection cut');
    // Wait until the publish is stuck on the lock (its practice row already written), then kill the process.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const waiting = await ds.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE '%practice_organisations%' AND pid <> pg_backend_pid()`,
      );
      if (waiting[0].n > 0) break;
      if (Date.now() > deadline) throw new Error('the publish never reached the lock');
      await new Promise((r) => setTimeout(r, 50));
    }
    const written = await ds.query(
      `SELECT count(*)::int AS n FROM practices WHERE title = 'Crash-proof peer circles'`,
    );
    expect(written[0].n).toBe(0); // not visible outside its transaction
    const exited = new Promise((r) => doomed!.child.once('exit', r));
    doomed.child.kill('SIGKILL');
    await exited;
    doomed = undefined; // gone: nothing to stop
    expect(await approving).toBe('connection cut');
    await blocker.rollbackTransaction();
    await blocker.release();

    // PostgreSQL rolled the dead transaction back: no practice, the revision still waits for review.
    for (let i = 0; i < 50; i++) {
      const left = await ds.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`,
      );
      if (left[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      (await ds.query(`SELECT count(*)::int AS n FROM practices WHERE title = 'Crash-proof peer circles'`))[0]
        .n,
    ).toBe(0);
    expect((await ds.query('SELECT state FROM revisions WHERE id = $1', [id]))[0].state).toBe('submitted');

    // Approved again on a live process: published whole, and the outbox delivers it to search.
    const again = await gql(
      t.url,
      await signIn(t.url, moderator.email),
      `mutation { reviewRevision(input: { revisionId: "${id}", decision: APPROVE }) { errors { field } revision { state recordSlug } } }`,
    );
    expect(again.data.reviewRevision.revision).toEqual({
      state: 'PUBLISHED',
      recordSlug: 'crash-proof-peer-circles',
    });
    const links = await ds.query(
      `SELECT count(*)::int AS n FROM practice_organisations po JOIN practices p ON p.id = po.practice_id WHERE p.slug = 'crash-proof-peer-circles'`,
    );
    expect(links[0].n).toBe(1);
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(query: "crash-proof peer circles") { hits { slug } } }' }),
      });
      const body = (await res.json()) as { data: { search: { hits: { slug: string }[] } } };
      found = body.data.search.hits.some((h) => h.slug === 'crash-proof-peer-circles');
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toBe(true);
  }, 180_000);
});
