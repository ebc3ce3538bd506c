import { type Page, axeScan, expect, test } from './fixtures';
import { confirmedMember, signIn } from './members';
import { E2E_PG_PORT, E2E_PORT } from './ports';

/**
 * Archive and bring back, in the browser: a practice made for this test through the API (one moderator writes it
 * for Human Foundation and submits it, another approves it) is archived by a moderator from its history page, with
 * a reason; its page is then the not-found page, search no longer finds it, and the review page's Archived view
 * lists it; "Bring back" there restores it and its page is back. At the end it is archived again through the API,
 * so that the journeys reading Poland's practices, the lists and the counts never meet it.
 */

const API = `http://127.0.0.1:${E2E_PORT}/graphql`;

/**
 * Makes a confirmed member a moderator straight in the e2e database, as makeEditor does for editors: the command
 * line (grantRole) starts a whole Node process, which under a busy machine took up to 11 s of this 30 s journey.
 */
async function makeModerator(email: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({
    connectionString: `postgres://postgres:postgres@127.0.0.1:${E2E_PG_PORT}/peerhub`,
  });
  await client.connect();
  try {
    const res = await client.query(
      `UPDATE accounts SET roles = array_append(array_remove(roles, 'moderator'), 'moderator')
        WHERE email_key = lower($1) AND email_verified_at IS NOT NULL`,
      [email],
    );
    if (res.rowCount !== 1) throw new Error(`no confirmed account ${email}`);
  } finally {
    await client.end();
  }
}

/** Signs in through the API: the session's Cookie header. */
async function apiSession(email: string, password: string): Promise<string> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { me { id } } }',
      variables: { e: email, p: password },
    }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`sign-in of ${email} refused: ${await res.text()}`);
  return cookie;
}

/** A GraphQL request as the member of `cookie`; the data (a mutation's payload errors fail it too). */
async function gql(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  for (const payload of Object.values(body.data ?? {}) as { errors?: unknown[] }[])
    if (payload?.errors?.length) throw new Error(JSON.stringify(payload.errors));
  return body.data;
}

/** Whether the API's search finds the practice at `slug` for `word`. */
async function searchFinds(word: string, slug: string): Promise<boolean> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ search(query: ${JSON.stringify(word)}) { hits { slug } } }` }),
  });
  const body = (await res.json()) as { data: { search: { hits: { slug: string }[] } } };
  return body.data.search.hits.some((h) => h.slug === slug);
}

/** Waits (up to 5 s) until the search index agrees: the search page reads it too. */
async function untilSearch(word: string, slug: string, found: boolean): Promise<void> {
  const started = Date.now();
  while ((await searchFinds(word, slug)) !== found) {
    if (Date.now() - started > 5000)
      throw new Error(`search for ${word}: still ${!found ? 'found' : 'missing'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Gives the reason in the dialog and confirms. */
async function confirmWithReason(page: Page, reason: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('archive-reason').fill(reason);
  await dialog.getByTestId('archive-confirm').click();
  await expect(dialog).toBeHidden();
}

test('a moderator archives a practice from its history: gone from its page and search, listed as archived, brought back', async ({
  page,
}) => {
  test.setTimeout(90_000); // ~20 s alone; a loaded 2-core CI machine needs more
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const writer = `archive-writer-${stamp}@example.org`;
  const moderator = `archive-mod-${stamp}@example.org`;
  const password = 'a long passphrase to archive';
  // One made-up word of random letters, so that search finds this practice and no other.
  const word = Array.from({ length: 12 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join(
    '',
  );
  const title = `Peer walks ${word}`;
  await Promise.all([
    confirmedMember(writer, password, 'Archive Writer').then(() => makeModerator(writer)),
    confirmedMember(moderator, password, 'Archive Moderator').then(() => makeModerator(moderator)),
  ]);

  // The practice: written and submitted by one moderator, approved by the other.
  const [writerSession, modSession] = await Promise.all([
    apiSession(writer, password),
    apiSession(moderator, password),
  ]);
  const REVISION = 'revision { id recordId recordSlug state }';
  const created = await gql(
    writerSession,
    `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { errors { field code } ${REVISION} } }`,
    {
      input: {
        organisationSlug: 'human-foundation',
        reason: 'A practice for the archive journey.',
        practice: {
          title,
          summary: `Weekly peer-led walks in Warsaw parks (${word}).`,
          countryCode: 'PL',
          category: 'SELF_HELP_GROUP',
          sources: [
            { title: 'Human Foundation report 2025', url: 'https://example.org/hf', locator: 'p. 3' },
          ],
          organisationSlugs: ['human-foundation'],
        },
      },
    },
  );
  const revisionId: string = created.createPractice.revision.id;
  const recordId: string = created.createPractice.revision.recordId;
  await gql(
    writerSession,
    `mutation($id: ID!) { submitRevision(input: { revisionId: $id }) { errors { field code } ${REVISION} } }`,
    { id: revisionId },
  );
  try {
    const approved = await gql(
      modSession,
      `mutation($id: ID!) { reviewRevision(input: { revisionId: $id, decision: APPROVE, comment: "" }) { errors { field code } ${REVISION} } }`,
      { id: revisionId },
    );
    const slug: string = approved.reviewRevision.revision.recordSlug;
    expect(approved.reviewRevision.revision.state).toBe('PUBLISHED');
    await untilSearch(word, slug, true);

    // From its history page, the moderator archives it with a reason.
    await signIn(page, moderator, password);
    await page.goto(`/en/contribute/history/practice/${recordId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`History of ${title}`);
    await page.getByTestId('history-archive').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Archive “${title}”?`);
    // A reason is required: the dialog says so next to the field, and nothing is sent.
    await dialog.getByTestId('archive-confirm').click();
    await expect(dialog.getByTestId('archive-reason-error')).toHaveText('Say why, in at least 3 characters.');
    expect((await axeScan(page).analyze()).violations).toEqual([]);
    await confirmWithReason(page, 'A duplicate of another practice.');
    await expect(page.getByTestId('history-archive-status')).toHaveText(
      `Archived: ${title} is off its public page, the lists and search.`,
    );
    await expect(page.getByTestId('history-archived')).toBeVisible();
    await expect(page.getByTestId('history-back')).toHaveCount(0);
    expect((await axeScan(page).analyze()).violations).toEqual([]);

    // Its page is the not-found page (from the server too), and search no longer finds it.
    const gone = await page.goto(`/en/practices/${slug}`);
    expect(gone?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
    await untilSearch(word, slug, false);
    await page.goto(`/en/search?q=${word}`);
    await expect(page.getByTestId('search-count')).toBeVisible();
    await expect(page.locator(`main a[href$="/practices/${slug}"]`)).toHaveCount(0);

    // The review page's Archived view lists it; "Bring back" restores it.
    await page.goto('/en/contribute/review');
    await page.getByTestId('review-view-archived').click();
    await expect(page).toHaveURL(/\/en\/contribute\/review\?view=archived$/);
    const item = page.getByTestId('archived-item').filter({ hasText: title });
    await expect(item).toBeVisible();
    expect((await axeScan(page).analyze()).violations).toEqual([]);
    await item.getByTestId('archived-unarchive').click();
    await expect(page.getByRole('dialog')).toContainText(`Bring back “${title}”?`);
    await confirmWithReason(page, 'Archived by mistake.');
    await expect(page.getByTestId('archived-status')).toHaveText(
      `Brought back: ${title} is on its public page, in the lists and search again.`,
    );
    await expect(item).toHaveCount(0);

    const back = await page.goto(`/en/practices/${slug}`);
    expect(back?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await untilSearch(word, slug, true);
  } finally {
    // Out of the lists again, whatever happened: other journeys read Poland's practices and the counts.
    await gql(
      modSession,
      'mutation($input: ArchiveRecordInput!) { archiveRecord(input: $input) { errors { field code } record { archived } } }',
      { input: { kind: 'PRACTICE', recordId, reason: 'End of the archive journey.' } },
    ).catch(() => undefined);
  }
});
