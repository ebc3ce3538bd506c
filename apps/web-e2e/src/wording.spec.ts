import { EDITOR_WORDING } from '@peerhub/tools/seed';
import { type Page, expect, test } from './fixtures';

/** Each kind of page a reader reaches, with an element that is there once its data has loaded. */
const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'home', path: '', ready: '[data-testid=count-practices]' },
  { name: 'a practice', path: 'practices/pl-recovery-assistants', ready: '[data-testid=practice-detail]' },
  { name: 'a country', path: 'countries/BE', ready: '[data-testid=country-dimensions]' },
  {
    name: 'compare PL/IT/IE',
    path: 'countries/compare?codes=PL,IT,IE',
    ready: '[data-testid=compare-table]',
  },
  { name: 'the map', path: 'countries/map', ready: '[data-testid=map-table] tbody tr' },
  { name: 'a brief', path: 'policy/brief?codes=PL,IT&topic=training', ready: '[data-testid=brief-table]' },
  { name: 'search', path: 'search?q=peer', ready: 'main a[href*="/"]' },
  {
    name: 'a resource without an address online',
    path: 'resources/naughton-2015-peer-support-workers-guidance-paper',
    ready: '[data-testid=resource-detail]',
  },
  { name: 'an organisation', path: 'organisations/aipesp', ready: '[data-testid=sources]' },
];

async function readerText(page: Page, path: string, ready: string): Promise<string> {
  await page.goto(path);
  await expect(page.locator(ready).first()).toBeVisible();
  return page.locator('body').innerText();
}

for (const lang of ['en', 'fr']) {
  test(`no page shows editor notes or file names (${lang})`, async ({ tourPage: page }) => {
    const found: string[] = [];
    for (const p of PAGES) {
      await test.step(p.name, async () => {
        const text = await readerText(page, `/${lang}/${p.path}`, p.ready);
        for (const re of EDITOR_WORDING) {
          const m = re.exec(text);
          if (m) found.push(`${p.name}: ${re} near "${text.slice(Math.max(0, m.index - 60), m.index + 40)}"`);
        }
      });
    }
    expect(found).toEqual([]);
  });
}

test('an undocumented dimension and a document not online are said so in the page language', async ({
  tourPage: page,
}) => {
  for (const [lang, notDocumented, checked, notOnline] of [
    ['en', 'Not documented yet.', 'Checked:', 'Not available online'],
    ['fr', 'Pas encore documenté.', 'Documents vérifiés :', 'Non disponible en ligne'],
  ]) {
    await page.goto(`/${lang}/countries/BE`);
    const unknown = page.getByTestId('country-dimensions').getByTestId('fact-undocumented').first();
    await expect(unknown).toContainText(notDocumented);
    await expect(page.getByTestId('country-dimensions').getByTestId('fact-sources').first()).toContainText(
      checked,
    );
    await page.goto(`/${lang}/resources/naughton-2015-peer-support-workers-guidance-paper`);
    await expect(page.getByTestId('resource-not-online')).toHaveText(notOnline);
  }
});
