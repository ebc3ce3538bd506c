import { expect, test } from './fixtures';

test('home → a practice → its organisation', async ({ tourPage: page }) => {
  await test.step('home shows real counts', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Peer support');
    for (const kind of ['practices', 'organisations', 'resources', 'countries', 'competencies']) {
      const n = Number((await page.getByTestId(`count-${kind}`).textContent())?.replace(/\D/g, ''));
      expect(n, `count of ${kind}`).toBeGreaterThan(0);
    }
  });

  await test.step('open the practices list from the navigation', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practices' }).click();
    await expect(page).toHaveURL(/\/practices$/);
    await expect(page.getByTestId('practice-list').getByRole('link').first()).toBeVisible();
  });

  let orgName = '';
  await test.step('open a practice', async () => {
    await page
      .getByTestId('practice-list')
      .getByRole('link', { name: /Poland|Polish/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/practices\/[a-z0-9-]+$/);
    const detail = page.getByTestId('practice-detail');
    await expect(detail.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(detail.getByTestId('sources')).toBeVisible();
    await expect(detail.getByTestId('verified-on')).toBeVisible();
    const org = page.getByTestId('practice-organisations').getByRole('link').first();
    orgName = (await org.textContent())?.trim() ?? '';
    expect(orgName).not.toBe('');
    await org.click();
  });

  await test.step('its organisation page shows the organisation', async () => {
    await expect(page).toHaveURL(/\/organisations\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName);
    await expect(page.getByTestId('sources')).toBeVisible();
  });
});

test('an unknown address shows a not-found page, and an unknown practice says so', async ({
  page,
  request,
}) => {
  await page.goto('/nothing/here'); // redirected to /en/nothing/here
  await expect(page).toHaveURL(/\/en\/nothing\/here$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Not found — PeerHub Europe');
  expect((await request.get('/en/nothing/here')).status()).toBe(404);

  const response = await page.goto('/en/practices/no-such-practice');
  expect(response?.status()).toBe(404);
  const notFound = page.getByTestId('not-found');
  await expect(notFound).toContainText('There is no practice at this address');
  await expect(page.getByTestId('state-error')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page).toHaveTitle('Not found — PeerHub Europe');
  for (const name of ['Practices', 'Organisations', 'Resources', 'Countries'])
    await expect(notFound.getByRole('link', { name, exact: true })).toBeVisible();
  // The search box leads to search.
  await notFound.getByLabel('Search the portal').fill('peer support');
  await notFound.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=peer(%20|\+)support/);

  // In French: the same page, in French.
  expect((await page.goto('/fr/organisations/nope'))?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toContainText(
    'Aucune organisation ne se trouve à cette adresse',
  );
  await expect(page).toHaveTitle('Introuvable — PeerHub Europe');

  // A known practice is 200; GB opens the United Kingdom; an unknown locale prefix keeps the path.
  expect((await request.get('/en/practices/pl-recovery-assistants')).status()).toBe(200);
  await page.goto('/en/countries/gb');
  await expect(page).toHaveURL(/\/en\/countries\/UK$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('United Kingdom');
  await page.goto('/de/practices');
  await expect(page).toHaveURL(/\/en\/practices$/);

  // robots.txt and sitemap.xml are real.
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await robots.text()).toContain('Sitemap: ');
  const sitemap = await request.get('/sitemap.xml');
  expect(await sitemap.text()).toContain('/fr/practices/pl-recovery-assistants</loc>');
});

test('an unknown country in a list address is ignored', async ({ tourPage: page }) => {
  await page.goto('/en/practices?country=ZZ');
  const cards = page.getByTestId('practice-list').locator('mat-card');
  await expect(cards.first()).toBeVisible();
  await expect(page).not.toHaveURL(/country=/);
});

test('practice filters narrow the list and can be cleared', async ({ tourPage: page }) => {
  await page.goto('/practices');
  const cards = page.getByTestId('practice-list').locator('mat-card');
  await expect(cards.first()).toBeVisible();
  const all = await cards.count();
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'Italy' }).click();
  await expect.poll(() => cards.count()).toBeLessThan(all);
  for (const text of await cards.allTextContents()) expect(text).toContain('Italy');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'Any', exact: true }).click();
  await expect.poll(() => cards.count()).toBe(all);
});
