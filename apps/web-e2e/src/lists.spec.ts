import { expect, test } from './fixtures';

test('a filtered list is kept in the address: reload and share give the same list', async ({ page }) => {
  await page.goto('/en/practices');
  const list = page.getByTestId('practice-list');
  await expect(list.locator('> li').first()).toBeVisible();
  const all = await list.locator('> li').count();

  // choose a leadership with the keyboard-operable select; the address follows
  await page.getByRole('combobox', { name: 'Leadership' }).click();
  await page.getByRole('option', { name: 'Peer-run' }).click();
  await expect(page).toHaveURL(/leadership=PEER_RUN/);
  // the filtered answer, not the empty list shown while it loads
  await expect
    .poll(async () => {
      const n = await list.locator('> li').count();
      return n > 0 && n < all;
    })
    .toBe(true);
  const filtered = await list.locator('> li a').allTextContents();

  // the same address in a fresh page shows the same list, with the select showing the choice
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByTestId('practice-list').locator('> li a').first()).toBeVisible();
  expect(await other.getByTestId('practice-list').locator('> li a').allTextContents()).toEqual(filtered);
  await expect(other.getByRole('combobox', { name: 'Leadership' })).toContainText('Peer-run');

  // Any clears it from the address
  await page.getByRole('combobox', { name: 'Leadership' }).click();
  await page.getByRole('option', { name: 'Any' }).click();
  await expect(page).not.toHaveURL(/leadership=/);
});

test('values the list does not know are ignored, not sent', async ({ page }) => {
  await page.goto('/en/resources?type=NOT_A_TYPE&language=fr&sort=recent');
  const list = page.getByTestId('resource-list');
  await expect(list.locator('> li').first()).toBeVisible();
  await expect(page.getByTestId('state-error')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Type' })).toContainText('Any');
  await expect(page.getByRole('combobox', { name: 'Language' })).toContainText('French');
  await expect(page).not.toHaveURL(/NOT_A_TYPE/);
  await expect(page).toHaveURL(/sort=RECENT/);
  // hostile text in a text field is just text: nothing matches, the page says so
  await page.goto('/en/resources?topic=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByTestId('state-empty')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Topic' })).toHaveValue('<img src=x onerror=alert(1)>');
  await page.goto('/en/organisations?country=pl');
  await expect(page.getByRole('combobox', { name: 'Country' })).toContainText('Poland');
  await expect(page).toHaveURL(/country=PL/);
});
