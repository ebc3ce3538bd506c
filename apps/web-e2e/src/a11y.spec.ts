import { expect, test, axeScan } from './fixtures';

/**
 * WCAG 2.1 A/AA rules, run by axe-core on every kind of page once it has loaded its data. The pages of
 * responsive.spec (home, search, practice list and detail, country, compare, map, brief) are checked there, at
 * phone and desktop size in two languages; these are the others.
 */
const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'organisation list', path: '/organisations', ready: '[data-testid=organisation-list]' },
  {
    name: 'organisation detail',
    path: '/organisations/human-foundation',
    ready: '[data-testid=organisation-detail]',
  },
  { name: 'resource list', path: '/resources', ready: '[data-testid=resource-list]' },
  {
    name: 'resource detail',
    path: '/resources/mhe-short-guide-peer-support-2024',
    ready: '[data-testid=resource-detail]',
  },
  { name: 'country list', path: '/countries', ready: '[data-testid=country-list]' },
  {
    name: 'transferability',
    path: '/policy/transferability?practice=pl-recovery-assistants&target=IT',
    ready: '[data-testid=transfer-check]',
  },
  {
    name: 'competency framework',
    path: '/competency-framework',
    ready: '[data-testid=competency-framework]',
  },
  { name: 'training profile', path: '/training-profile', ready: '[data-testid=training-profile]' },
  { name: 'not found', path: '/practices/no-such-practice', ready: '[data-testid=not-found]' },
  { name: 'privacy', path: '/privacy', ready: '[data-testid=privacy]' },
];

for (const p of PAGES) {
  test(`axe: ${p.name} has no WCAG 2.1 A/AA violations`, async ({ tourPage: page }) => {
    await page.goto(p.path);
    await page.locator(p.ready).first().waitFor();
    const results = await axeScan(page).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('axe is live: an image without alternative text is reported', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-testid=counts]').waitFor();
  await page.evaluate(() =>
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">'),
  );
  const results = await axeScan(page, ['wcag2a']).analyze();
  expect(results.violations.map((v) => v.id)).toContain('image-alt');
});

test('keyboard only: skip link, navigation, a filter, a detail page, with visible focus', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-testid=counts]').waitFor();

  await test.step('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /skip to content/i });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  await test.step('Tab to "Practices" in the navigation, with a visible focus ring, and open it', async () => {
    await page.goto('/');
    await page.locator('[data-testid=counts]').waitFor();
    const practices = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practices' });
    for (let i = 0; i < 15 && !(await practices.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(practices).toBeFocused();
    const outline = await practices.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/practices$/);
  });

  await test.step('choose a country with the keyboard and open its practice', async () => {
    const country = page.getByRole('combobox', { name: 'Country' });
    await country.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Poland' }).waitFor();
    await page.keyboard.type('Poland'); // typeahead moves the active option
    await expect(page.getByRole('option', { name: 'Poland' })).toHaveClass(/mat-mdc-option-active/);
    await page.keyboard.press('Enter');
    // The seeded Polish practice (journeys running beside this one may publish others in Poland meanwhile).
    const first = page.getByTestId('practice-list').getByRole('link', { name: /Recovery assistants/ });
    await expect(first).toContainText(/Polish|Poland/);
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('practice-detail')).toBeVisible();
  });
});
