import { type Page, expect, test, axeScan } from './fixtures';
import { join } from 'node:path';

/**
 * The knowledge-base journeys, in each UI language: home → Poland → its practice → Human Foundation → the MHE
 * guide → its bibliography; and the Tuto3-PAT brochure → its Norwegian version. Every page is checked by axe and
 * photographed (test-results/journeys/<lang>-<step>.png).
 */
const LANGS = [
  {
    path: 'en',
    htmlLang: 'en',
    poland: 'Poland',
    countries: 'Countries',
    resources: 'Resources',
    sources: 'Sources',
  },
  {
    path: 'fr',
    htmlLang: 'fr',
    poland: 'Pologne',
    countries: 'Pays',
    resources: 'Ressources',
    sources: 'Sources',
  },
  {
    path: 'pt',
    htmlLang: 'pt-PT',
    poland: 'Polónia',
    countries: 'Países',
    resources: 'Recursos',
    sources: 'Fontes',
  },
  {
    path: 'no',
    htmlLang: 'nb',
    poland: 'Polen',
    countries: 'Land',
    resources: 'Ressurser',
    sources: 'Kilder',
  },
];
const shots = join(__dirname, '../../../test-results/journeys');

/** English and Portuguese run axe at every step; French is axe-checked page by page in responsive.spec. */
const AXE_LANGS = new Set(['en', 'pt']);

async function check(page: Page, name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
  if (!AXE_LANGS.has(name.split('-')[0])) return;
  const axe = await axeScan(page).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    name,
  ).toEqual([]);
}

for (const l of LANGS) {
  test.describe(`in ${l.path}`, () => {
    test(`home → ${l.poland} → its practice → Human Foundation → the MHE guide → its bibliography`, async ({
      tourPage: page,
    }) => {
      test.setTimeout(90_000); // six pages, each axe-checked in en and pt
      await page.goto(`/${l.path}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.htmlLang);
      await page.getByTestId('counts').waitFor();
      await check(page, `${l.path}-1-home`);

      await page
        .getByRole('navigation')
        .first()
        .getByRole('link', { name: l.countries, exact: true })
        .click();
      await page.getByTestId('country-list').getByRole('link', { name: l.poland }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.path}/countries/PL$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(l.poland);
      await expect(page.getByTestId('country-dimensions')).toBeVisible();
      await check(page, `${l.path}-2-poland`);

      // By name: contributions (contribute.spec.ts, running alongside) add practices to Poland.
      await page
        .getByTestId('country-practices')
        .getByRole('link', { name: /asystent zdrowienia/ })
        .click();
      const practice = page.getByTestId('practice-detail');
      await expect(practice.getByRole('heading', { level: 1 })).toContainText('asystent zdrowienia');
      await expect(practice.getByRole('heading', { name: l.sources, exact: true })).toBeVisible();
      await check(page, `${l.path}-3-practice`);

      await page
        .getByTestId('practice-organisations')
        .getByRole('link', { name: 'Human Foundation' })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Foundation');
      await check(page, `${l.path}-4-human-foundation`);

      await page
        .getByTestId('organisation-resources')
        .getByRole('link', { name: /Short Guide: Peer Support/ })
        .click();
      const guide = page.getByTestId('resource-detail');
      await expect(guide.getByRole('heading', { level: 1 })).toContainText(
        'Short Guide: Peer Support in Mental Health Care',
      );
      const bibliography = page.getByTestId('resource-references').getByRole('link');
      expect(await bibliography.count()).toBeGreaterThanOrEqual(9);
      await check(page, `${l.path}-5-mhe-guide`);

      await bibliography.first().click();
      await expect(page.getByTestId('resource-detail')).toBeVisible();
      await expect(
        page.getByTestId('resource-cited-by').getByRole('link', { name: /Short Guide: Peer Support/ }),
      ).toBeVisible();
      await check(page, `${l.path}-6-bibliography-entry`);
    });

    test('the Tuto3-PAT brochure → its Norwegian version', async ({ tourPage: page }) => {
      await page.goto(`/${l.path}/resources/tuto3-pat-brochure-en`);
      const versions = page.getByTestId('language-versions');
      await expect(versions.getByRole('link')).toHaveCount(3);
      await versions.getByRole('link', { name: /Tuto3-prosjektet/ }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.path}/resources/tuto3-pat-brochure-no$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Tuto3-prosjektet');
      await check(page, `${l.path}-7-brochure-no`);
    });

    test('the language switcher keeps the page', async ({ tourPage: page }) => {
      await page.goto(`/${l.path}/countries/PL`);
      await page.getByTestId('country-detail').waitFor();
      const other = LANGS.find((x) => x.path !== l.path)!;
      await page.getByTestId('language-switcher').click();
      await page
        .getByRole('menuitem')
        .and(page.locator(`[hreflang="${other.htmlLang}"]`))
        .click();
      await expect(page).toHaveURL(new RegExp(`/${other.path}/countries/PL$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(other.poland);
    });
  });
}
