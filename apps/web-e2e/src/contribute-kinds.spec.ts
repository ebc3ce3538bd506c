import { axeScan, expect, test, waitForHydration } from './fixtures';
import { confirmedMember, grantRole, makeEditor, signIn } from './members';

/**
 * Resources and organisation profiles in the browser: an editor of Human Foundation writes a resource and submits
 * it; a moderator approves it from the review queue and it is public. Then the editor changes Human Foundation's
 * city: it is a verified organisation they edit for, so submitting publishes it at once.
 */
test('write a resource → approved → public; edit a verified organisation’s profile → published at once', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // ~25 s alone; a loaded 2-core CI machine needs more
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const editor = `kinds-writer-${stamp}@example.org`;
  const moderator = `kinds-reviewer-${stamp}@example.org`;
  const password = 'a long passphrase to write';
  const word = `zk${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;
  const title = `Peer worker guide ${word}`;
  await Promise.all([
    confirmedMember(editor, password, 'Kinds Writer').then(() => makeEditor(editor, 'human-foundation')),
    confirmedMember(moderator, password, 'Kinds Reviewer').then(() => grantRole(moderator, 'moderator')),
  ]);

  // The moderator works in another browser, signed in meanwhile.
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  waitForHydration(mod);
  await Promise.all([signIn(page, editor, password), signIn(mod, moderator, password)]);

  // A new resource for Human Foundation: the first save gives the draft its address.
  await page.goto('/en/contribute/resource/new?organisation=human-foundation');
  await expect(page.getByTestId('editor-for')).toContainText('Human Foundation');
  await page.getByTestId('field-title').fill(title);
  await page.getByTestId('field-type').click();
  await page.getByRole('option', { name: 'Guide', exact: true }).click();
  await page
    .getByTestId('field-description')
    .fill('A **practical** guide for peer workers starting in community mental health teams.');
  await page.getByTestId('field-url').fill('https://example.org/peer-worker-guide.pdf');
  await page.getByTestId('field-topics-input').fill('training');
  await page.getByTestId('field-topics-input').press('Enter');
  await expect(page).toHaveURL(/\/en\/contribute\/revision\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('save-state')).toContainText('Saved at');
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('editor-submitted')).toBeVisible();
  const draftUrl = page.url();

  // The moderator finds it in the review queue and approves it.
  await mod.goto('/en/contribute/review');
  const item = mod.getByTestId('review-item').filter({ hasText: title });
  await expect(item).toBeVisible();
  await item.getByTestId('review-approve').click();
  await expect(mod.getByTestId('review-status')).toBeVisible();
  await modContext.close();

  // The editor's revision says it is published, and links to its public page.
  await page.goto(draftUrl);
  await page.getByTestId('editor-published').getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/resources\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // Human Foundation's profile: verified, and this member edits for it — submitting publishes at once.
  const city = `Łódź ${word}`;
  await page.goto('/en/contribute/organisation/edit/human-foundation');
  await expect(page).toHaveURL(/\/en\/contribute\/revision\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('no-email')).toBeVisible();
  await page.getByTestId('field-city').fill(city);
  await page.getByTestId('field-city').press('Tab'); // leaving the field saves at once
  await expect(page.getByTestId('save-state')).toContainText('Saved at');
  await expect(page.getByTestId('submit')).toHaveText('Publish now');
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('editor-published')).toBeVisible();
  await page.goto('/en/organisations/human-foundation');
  await expect(page.getByTestId('organisation-detail')).toContainText(city);
});
