import { expect, test, axeScan } from './fixtures';

/** The five queries, typed by the people they name; the right record must be in the top 3. */
const QUERIES: { q: string; lang: string; expect: RegExp }[] = [
  { q: 'asystent zdrowienia', lang: 'en', expect: /\/practices\/pl-recovery-assistants$/ },
  { q: 'pair aidant', lang: 'fr', expect: /\/countries\/(FR|BE)$/ },
  { q: 'erfaringskonsulent', lang: 'no', expect: /\/(countries\/NO|resources\/tuto3-pat-brochure-no)$/ },
  { q: 'recovry asistant', lang: 'en', expect: /\/practices\/pl-recovery-assistants$/ },
  { q: 'EX-IN', lang: 'pt', expect: /\/practices\/it-diritti-alla-follia-ex-in$/ },
];

// One test for the five: each is a page load, and the ranking itself is the API's search-relevance.spec.
test('the five people’s queries put the right record in the top 3 of the results page', async ({ page }) => {
  for (const { q, lang, expect: target } of QUERIES) {
    await page.goto(`/${lang}/search?q=${encodeURIComponent(q)}`);
    const links = page.getByTestId('search-results').getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) =>
      as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(
      hrefs.some((h) => target.test(h)),
      `${q} (${lang}): ${hrefs.join(', ')}`,
    ).toBe(true);
  }
});

test('toolbar suggestions as you type, by keyboard, to a record', async ({ page }) => {
  // The autocomplete's script loads when the box gets the focus, not with the page.
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/en/');
  await page.getByTestId('counts').waitFor();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('ph-search-box')).toHaveCount(0);
  const before = scripts.length;
  const box = page.getByTestId('search-box');
  await box.click();
  // Typed at once, while the autocomplete loads: nothing typed is lost, and the box keeps the focus.
  await box.pressSequentially('watfo', { delay: 5 });
  await expect(page.locator('ph-search-box')).toHaveCount(1);
  expect(scripts.length, 'the autocomplete loads on focus').toBeGreaterThan(before);
  await expect(box).toHaveValue('watfo');
  await expect(box).toBeFocused();
  const option = page.getByRole('option').filter({ hasText: 'Watford' }).first();
  await expect(option).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveClass(/mat-mdc-option-active/);
  for (
    let i = 0;
    i < 10 && !(await option.evaluate((el) => el.classList.contains('mat-mdc-option-active')));
    i++
  ) {
    await box.press('ArrowDown');
  }
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/(practices|countries|organisations|resources)\//);
});

test('results page: facets filter, the URL keeps the state, Back restores it, empty state suggests', async ({
  page,
}) => {
  await page.goto('/en/');
  const box = page.getByTestId('search-box');
  await box.fill('peer support');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=peer(%20|\+)support/);
  const count = page.getByTestId('search-count');
  await expect(count).toContainText(/\d+ results/);
  const before = await count.textContent();

  await page
    .getByTestId('search-facets')
    .getByRole('checkbox', { name: /Resource/ })
    .first()
    .check();
  await expect(page).toHaveURL(/kind=/);
  await expect(count).not.toHaveText(before ?? '');
  const shared = page.url();

  await page.goBack();
  await expect(count).toHaveText(before ?? '');
  await page.goto(shared);
  await expect(
    page
      .getByTestId('search-facets')
      .getByRole('checkbox', { name: /Resource/ })
      .first(),
  ).toBeChecked();

  const axe = await axeScan(page).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`),
  ).toEqual([]);

  await page.goto('/en/search?q=zzqqxx%20qqzzyy');
  await expect(page.getByTestId('search-empty')).toBeVisible();
});
