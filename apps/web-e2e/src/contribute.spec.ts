import { E2E_PORT } from './ports';
import { axeScan, expect, test, waitForHydration } from './fixtures';
import { confirmedMember, grantRole, makeEditor, signIn } from './members';

/**
 * The contribution journey in the browser: an editor of Human Foundation writes a practice from the organisation's
 * page and submits it; a moderator (another browser) asks for changes; the editor edits and submits again; the
 * moderator approves — the practice is public, in search within 2 s and on Poland's profile; the editor edits the
 * published practice (revision 3 waits while the published one stays) and it is approved; its history shows the 3
 * revisions and a word diff, and restoring revision 1 makes revision 4.
 */
test('write a practice → changes requested → edited → approved → public, searchable, on Poland, with history', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const editor = `writer-${stamp}@example.org`;
  const moderator = `reviewer-${stamp}@example.org`;
  const password = 'a long passphrase to write';
  // One made-up word, letters only, so the search finds this practice and no other.
  const word = `zq${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;
  const title = `Peer cafés ${word}`;
  await Promise.all([
    confirmedMember(editor, password, 'Writer W.').then(() => makeEditor(editor, 'human-foundation')),
    confirmedMember(moderator, password, 'Reviewer R.').then(() => grantRole(moderator, 'moderator')),
  ]);

  // From the organisation's page, the editor starts a practice; the first save gives it its address.
  await signIn(page, editor, password);
  await page.goto('/en/organisations/human-foundation');
  await page.getByTestId('organisation-write').getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/contribute\/practice\/new\?organisation=human-foundation$/);
  await page.getByTestId('field-title').fill(title);
  // Hostile markup (no word 'script': another test searches for that word and expects nothing).
  await page
    .getByTestId('field-summary')
    .fill('Weekly **peer-run** cafés in Łódź. <img src=x onerror=alert(1)> [x](javascript:alert(1))');
  await page.getByTestId('field-category').click();
  await page.getByRole('option', { name: 'Self-help group' }).click();
  await page.getByTestId('add-source').click();
  await page.getByLabel('Title of the document').fill('Human Foundation annual report 2025');
  await page.getByLabel('Web address').fill('https://example.org/hf-2025');
  await page.getByLabel('Where in it').fill('p. 12');
  // Autosave: the first save (once title, country and form are in) gives the draft its address.
  await expect(page).toHaveURL(/\/en\/contribute\/revision\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('save-state')).toContainText('Saved at');
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('editor-submitted')).toBeVisible();

  // The moderator asks for changes, with a comment (required).
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  waitForHydration(mod);
  await signIn(mod, moderator, password);
  await mod.goto('/en/contribute/review');
  let item = mod.getByTestId('review-item').filter({ hasText: title });
  await expect(item).toBeVisible();
  await item.getByTestId('review-comment').fill('Add the start year, please.');
  await item.getByTestId('review-request-changes').click();
  await expect(mod.getByTestId('review-status')).toBeVisible();

  // The editor sees the comment on their contributions, edits (a new revision), and submits again.
  await page.goto('/en/contribute/mine');
  const mine = page.getByTestId('my-contribution').filter({ hasText: title });
  await expect(mine).toContainText('Add the start year, please.');
  await mine.getByRole('link').first().click();
  await expect(page.getByTestId('review-comment')).toContainText('Add the start year, please.');
  const firstUrl = page.url();
  await page.getByLabel('Start year').fill('2024');
  // Saving a revision whose changes were requested starts the next one (a new address).
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByTestId('save-state')).toContainText('Saved at');
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('editor-submitted')).toBeVisible();

  // The moderator approves: it is public.
  await mod.goto('/en/contribute/review');
  item = mod.getByTestId('review-item').filter({ hasText: title });
  await item.getByTestId('review-approve').click();
  await expect(mod.getByTestId('review-status')).toBeVisible();

  const slug = `peer-cafes-${word}`; // the address comes from the title, transliterated
  const started = Date.now();
  let found = false;
  while (!found && Date.now() - started < 2000) {
    const res = await fetch(`http://127.0.0.1:${E2E_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: ${JSON.stringify(word)}) { hits { slug } } }` }),
    });
    const body = (await res.json()) as { data: { search: { hits: { slug: string }[] } } };
    found = body.data.search.hits.some((h) => h.slug === slug);
    if (!found) await new Promise((r) => setTimeout(r, 100));
  }
  expect(found).toBe(true);
  await page.goto(`/en/practices/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.summary strong')).toHaveText('peer-run'); // Markdown rendered…
  expect(await page.locator('.summary img, .summary a[href^="javascript"]').count()).toBe(0); // …markup inert
  await expect(page.getByTestId('practice-updated')).toContainText('Human Foundation');
  await page.goto('/en/countries/PL');
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  // The editor suggests an edit of the published practice: a third revision waits for review while the published
  // one stays on the page; the moderator approves it.
  await page.goto(`/en/practices/${slug}`);
  await page.getByTestId('practice-edit').click();
  await expect(page).toHaveURL(/\/en\/contribute\/revision\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Revision 3')).toBeVisible();
  await page.getByLabel('Start year').fill('2023');
  await expect(page.getByTestId('save-state')).toContainText('Saved at');
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('editor-submitted')).toBeVisible();
  await page.goto(`/en/practices/${slug}`);
  await expect(page.locator('.meta')).toContainText('since 2024');
  await mod.goto('/en/contribute/review');
  item = mod.getByTestId('review-item').filter({ hasText: title });
  await item.getByTestId('review-approve').click();
  await expect(mod.getByTestId('review-status')).toBeVisible();
  await modContext.close();
  await page.reload();
  await expect(page.locator('.meta')).toContainText('since 2023');

  // History: three revisions, a word diff, and restoring revision 1 makes revision 4.
  await page.getByTestId('practice-history').click();
  const revisions = page.getByTestId('history-revisions').locator(':scope > li');
  await expect(revisions).toHaveCount(3);
  await expect(page.getByTestId('revision-diff')).toContainText('2023');
  await revisions.last().getByTestId('history-restore').click();
  await expect(page).toHaveURL(/\/en\/contribute\/revision\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Revision 4')).toBeVisible();
});
