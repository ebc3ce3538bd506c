import { expect, test } from './fixtures';

test('home → a practice → its organisation', async ({ page }) => {
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

test('an unknown address shows a not-found page, and an unknown practice says so', async ({ page }) => {
  await page.goto('/nothing/here'); // redirected to /en/nothing/here
  await expect(page).toHaveURL(/\/en\/nothing\/here$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.goto('/practices/no-such-practice');
  await expect(page.getByTestId('state-error')).toContainText('No practice with slug');
});

test('practice filters narrow the list and can be cleared', async ({ page }) => {
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
