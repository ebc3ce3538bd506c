import { expect, test, type Page, axeScan } from './fixtures';

/**
 * Issue 11, phone layout: every page at a 390×844 phone and at 1280×900, in English and French — no horizontal
 * scroll, axe clean, a compact header that stays on phones, search results before the filters.
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const LANGS = ['en', 'fr'] as const;

/** The pages of a newcomer's tour, each with what shows once its data has loaded. */
const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'home', path: '/', ready: '[data-testid=counts]' },
  { name: 'search', path: '/search?q=peer%20support', ready: '[data-testid=search-results]' },
  { name: 'practice list', path: '/practices?country=PL', ready: '[data-testid=practice-list]' },
  { name: 'practice', path: '/practices/pl-recovery-assistants', ready: '[data-testid=practice-detail]' },
  { name: 'country', path: '/countries/PL', ready: '[data-testid=country-detail]' },
  { name: 'compare', path: '/countries/compare?codes=PL,IT,IE', ready: '[data-testid=compare-table]' },
  { name: 'map', path: '/countries/map', ready: '[data-testid=map-country]' },
  { name: 'brief', path: '/policy/brief?codes=PL,IT&topic=training', ready: '[data-testid=brief-table]' },
  { name: 'privacy', path: '/privacy', ready: '[data-testid=privacy]' },
];

async function noHorizontalScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label}: page wider than the window`).toBeLessThanOrEqual(innerWidth);
}

async function axeClean(page: Page, label: string): Promise<void> {
  const results = await axeScan(page).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `${label}: axe violations`).toEqual([]);
}

// One test per page, viewport and language: the two workers share them evenly.
for (const vp of VIEWPORTS) {
  for (const lang of LANGS) {
    for (const p of PAGES) {
      const label = `${vp.name} ${lang} ${p.name}`;
      test(`responsive ${label}: fits, header stays compact, axe clean`, async ({ tourPage: page }) => {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await page.goto(`/${lang}${p.path}`);
        await page.locator(p.ready).first().waitFor({ state: 'attached' });
        await noHorizontalScroll(page, label);
        const header = page.locator('header.shell-header');
        const box = await header.boundingBox();
        if (vp.name === 'phone') {
          expect(box?.height ?? 0, `${label}: header height`).toBeLessThanOrEqual(64);
          // The bar stays: after scrolling, it is still at the top of the window.
          await page.evaluate(() => window.scrollTo(0, 400));
          await expect.poll(async () => (await header.boundingBox())?.y ?? -1).toBe(0);
          await page.evaluate(() => window.scrollTo(0, 0));
        } else {
          // Desktop as before: the links in the bar, no menu button, all in one row (the account icon once pushed
          // the bar onto a second row at 1280 px).
          expect(box?.height ?? 0, `${label}: header height`).toBeLessThanOrEqual(64);
          await expect(header.locator('nav.nav')).toBeVisible();
          await expect(page.getByTestId('nav-menu-button')).toBeHidden();
        }
        await axeClean(page, label);
      });
    }
  }
}

test('phone: the menu holds the navigation, search is one tap away, filters open in a drawer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/search?q=peer%20support');
  // Results first: the first hit is on the first screen.
  const first = page.getByTestId('search-results').getByRole('link').first();
  await expect(first).toBeInViewport();
  await expect(page.getByTestId('search-facets')).toBeHidden();

  const open = page.getByTestId('search-filters-open');
  await expect(open).toHaveText(/Filters \(0\)/);
  await open.click();
  const drawer = page.getByTestId('search-facets');
  await expect(drawer).toBeVisible();
  await expect(drawer).toHaveAttribute('role', 'dialog');
  await expect(drawer).toHaveAttribute('aria-modal', 'true');
  // Modal: the rest of the page is inert (no Tab, tap or reading cursor reaches it) while the drawer is open.
  for (const outside of ['ph-root > header', 'ph-search-page .results', 'ph-search-page form.query'])
    expect(await page.locator(outside).evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  expect(await drawer.evaluate((el) => el.closest('[inert]') === null)).toBe(true);
  const panel = drawer.locator('details.facet').first();
  await panel.locator('summary').click();
  await panel.getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/[?&]\w+=/);
  await page.getByTestId('search-filters-done').click();
  await expect(drawer).toBeHidden();
  await expect(open).toHaveText(/Filters \(1\)/);
  await expect(open).toBeFocused();
  expect(await page.locator('[inert]').count()).toBe(0);

  // Navigation in a menu: opens by keyboard, closes on a choice.
  const menuButton = page.getByTestId('nav-menu-button');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByRole('menuitem', { name: 'Practices' })).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Countries' }).click();
  await expect(page).toHaveURL(/\/en\/countries$/);
  await expect(menu).toBeHidden();

  // Search in one tap: the icon shows the box with the caret in it.
  await page.getByTestId('search-toggle').click();
  await expect(page.getByTestId('search-box')).toBeFocused();
  await page.getByTestId('search-box').fill('recovery');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=recovery/);
});

test('phone: a long unbroken query that finds nothing still fits the screen', async ({ tourPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/fr/search?q=${encodeURIComponent('<script>' + 'a'.repeat(280))}`);
  await expect(page.getByTestId('search-empty')).toContainText('<script>aaaa');
  await noHorizontalScroll(page, 'phone fr search, long query');
});

test('phone: compare and brief read as cards, desktop keeps the tables', async ({ tourPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/countries/compare?codes=PL,IT,IE');
  const cards = page.getByTestId('compare-cards');
  await expect(cards.locator('section.card').first()).toBeVisible();
  await expect(page.getByTestId('compare-table')).toBeHidden();
  await expect(cards.locator('section.card').first().locator('dd')).toHaveCount(3);
  await page.goto('/en/policy/brief?codes=PL,IT&topic=training');
  await expect(page.getByTestId('brief-cards').locator('section.card').first()).toBeVisible();
  await expect(page.getByTestId('brief-table')).toBeHidden();

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByTestId('brief-table')).toBeVisible();
  await expect(page.getByTestId('brief-cards')).toBeHidden();
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('map: a tap shows the value, the panel links to the profile', async ({ page }) => {
    await page.goto('/en/countries/map');
    const poland = page.locator('[data-testid=map-country][data-code=PL]');
    await poland.tap();
    await expect(page).toHaveURL(/\/en\/countries\/map/);
    const info = page.getByTestId('map-info');
    await expect(info.getByRole('heading', { name: 'Poland' })).toBeVisible();
    await info.getByTestId('map-info-open').click();
    await expect(page).toHaveURL(/\/en\/countries\/PL$/);
  });
});
