import { type APIRequestContext, type Page, expect, test } from './fixtures';

interface ApiCountry {
  code: string;
  name: string;
  dimensions: { key: string; level: string }[];
}

/** Every profiled European country from the API, minus the `EU` pseudo-country (no territory to draw). */
async function europeanCountries(request: APIRequestContext): Promise<ApiCountry[]> {
  const res = await request.post('/graphql', {
    data: { query: '{ countries(european: true) { code name dimensions { key level } } }' },
  });
  expect(res.ok()).toBeTruthy();
  const body = (await res.json()) as { data: { countries: ApiCountry[] } };
  return body.data.countries.filter((c) => c.code !== 'EU');
}

/** code → level of every country shape on the map. */
async function shapeLevels(page: Page): Promise<Record<string, string>> {
  return page
    .getByTestId('map-country')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((el) => [el.getAttribute('data-code') ?? '', el.getAttribute('data-level') ?? '']),
      ),
    );
}

/** The expected code → level for one dimension from the API (UNKNOWN when the profile lacks it). */
function apiLevels(countries: ApiCountry[], key: string): Record<string, string> {
  return Object.fromEntries(
    countries.map((c) => [c.code, c.dimensions.find((d) => d.key === key)?.level ?? 'UNKNOWN']),
  );
}

test('the map draws every profiled European country, with a legend and a table carrying the same values', async ({
  page,
  request,
}) => {
  const countries = await europeanCountries(request);
  expect(countries.length).toBeGreaterThan(0);
  expect(countries.map((c) => c.code)).not.toContain('CA');

  await page.goto('/en/countries/map');
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page.getByTestId('map-country')).toHaveCount(countries.length);

  const levels = await shapeLevels(page);
  expect(Object.keys(levels).sort()).toEqual(countries.map((c) => c.code).sort());
  expect(levels).toEqual(apiLevels(countries, 'ROLE_RECOGNITION'));
  await expect(page).toHaveURL(/\/en\/countries\/map/);

  // The legend lists every level present on the map, with its count.
  const legend = page.getByTestId('map-legend');
  for (const level of new Set(Object.values(levels))) {
    const item = legend.locator(`[data-level="${level}"]`);
    await expect(item).toBeVisible();
    const count = Object.values(levels).filter((l) => l === level).length;
    await expect(item).toHaveAttribute('data-count', String(count));
  }

  // The table alternative: one row per country, same level; the shape's fill is the legend's swatch for it.
  const table = page.getByTestId('map-table');
  await expect(table.locator('tbody tr')).toHaveCount(countries.length);
  for (const c of countries) {
    const row = table.locator(`tbody tr[data-code="${c.code}"]`);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: c.name })).toHaveAttribute('href', `/en/countries/${c.code}`);
    const level = levels[c.code];
    await expect(row.locator('[data-level]')).toHaveAttribute('data-level', level);

    const shapeFill = await page
      .locator(`[data-testid=map-country][data-code="${c.code}"] path`)
      .evaluate((el) => getComputedStyle(el).fill);
    const swatchFill = await legend
      .locator(`[data-level="${level}"] .swatch rect`)
      .evaluate((el) => getComputedStyle(el).fill);
    expect(shapeFill, `${c.code} fill`).toBe(swatchFill);
  }

  // Malta is tiny: it gets a visible marker that can be clicked.
  if (countries.some((c) => c.code === 'MT')) {
    const marker = page.locator('[data-testid=map-country][data-code="MT"] circle');
    await expect(marker).toBeVisible();
    await marker.click();
    await expect(page).toHaveURL(/\/en\/countries\/MT$/);
  }
});

test('keyboard: Tab reaches a country, its info shows, Enter opens the profile', async ({
  tourPage: page,
}) => {
  await page.goto('/en/countries/map');
  await expect(page.getByTestId('map-country').first()).toBeVisible();

  let code: string | null = null;
  for (let i = 0; i < 60 && !code; i++) {
    await page.keyboard.press('Tab');
    code = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-testid') === 'map-country' ? el.getAttribute('data-code') : null;
    });
  }
  expect(code, 'a country shape takes keyboard focus').not.toBeNull();

  const shape = page.locator(`[data-testid=map-country][data-code="${code}"]`);
  await expect(shape).toBeFocused();
  await expect(shape).toHaveAttribute('role', 'link');
  const label = (await shape.getAttribute('aria-label')) ?? '';
  const name = label.split(':')[0].trim();
  expect(name.length).toBeGreaterThan(0);
  await expect(page.getByTestId('map-info')).toContainText(name);
  // The focus ring is drawn on top of the map.
  await expect(page.locator('.focus-ring path').first()).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/countries/${code}$`));
  await expect(page.getByTestId('country-detail')).toBeVisible();
});

test('changing the dimension recolours the map and is kept in the URL', async ({
  tourPage: page,
  request,
}) => {
  const countries = await europeanCountries(request);
  await page.goto('/en/countries/map?dimension=ROLE_RECOGNITION');
  await expect(page.getByTestId('map-country')).toHaveCount(countries.length);
  expect(await shapeLevels(page)).toEqual(apiLevels(countries, 'ROLE_RECOGNITION'));

  await page.getByTestId('map-dimension').click();
  await page.getByRole('option', { name: 'Pay', exact: true }).click();
  await expect(page).toHaveURL(/[?&]dimension=PAY\b/);
  await expect.poll(() => shapeLevels(page)).toEqual(apiLevels(countries, 'PAY'));
  await expect(page.getByTestId('map-table')).toContainText('Pay');

  // The URL alone restores the choice.
  await page.goto('/en/countries/map?dimension=PAY');
  await expect(page.getByTestId('map-dimension')).toContainText('Pay');
  await expect.poll(() => shapeLevels(page)).toEqual(apiLevels(countries, 'PAY'));
});

test('the countries list and the comparison link to the map', async ({ tourPage: page }) => {
  await page.goto('/en/countries');
  await page.getByTestId('map-link').click();
  await expect(page).toHaveURL(/\/en\/countries\/map/);
  await expect(page.getByTestId('map')).toBeVisible();
  await page.goto('/en/countries/compare?codes=PL,IT');
  await expect(page.getByTestId('map-link')).toHaveAttribute('href', '/en/countries/map');
});

test('the borders are served offline from every locale build', async ({ request }) => {
  for (const locale of ['en', 'fr', 'pt', 'no']) {
    const res = await request.get(`/${locale}/assets/geo/countries-50m.json`);
    expect(res.status(), locale).toBe(200);
    const topology = (await res.json()) as { type: string; objects: Record<string, unknown> };
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects)).toContain('countries');
  }
});
