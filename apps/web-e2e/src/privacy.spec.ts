import { axeScan, expect, test } from './fixtures';

/**
 * The privacy page (`/privacy`): reached from the footer of any page, one h1, and it states the session lifetime
 * the API enforces (libs/accounts/api/src/lib/sessions.ts: 14 days idle, 30 days at most) in the page's language.
 */
const CASES = [
  { lang: 'en', link: 'Privacy', title: 'Privacy', lifetime: ['14 days', '30 days'] },
  { lang: 'fr', link: 'Confidentialité', title: 'Confidentialité', lifetime: ['14 jours', '30 jours'] },
] as const;

for (const c of CASES) {
  test(`privacy (${c.lang}): the footer link leads to it; one h1; it states the session lifetime`, async ({
    tourPage: page,
  }) => {
    await page.goto(`/${c.lang}/`);
    await page.locator('[data-testid=counts]').waitFor();
    await page.locator('footer.footer').getByRole('link', { name: c.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${c.lang}/privacy$`));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page).toHaveTitle(`${c.title} — PeerHub Europe`);
    const lifetime = page.getByTestId('privacy-session-lifetime');
    for (const words of c.lifetime) await expect(lifetime).toContainText(words);
    await expect(page.getByTestId('privacy-updated').locator('time')).toHaveAttribute(
      'datetime',
      '2026-12-01',
    );
    const results = await axeScan(page).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('privacy: the server answers 200 with the rendered page in every language', async ({ request }) => {
  for (const [lang, heading] of [
    ['en', 'Privacy'],
    ['fr', 'Confidentialité'],
    ['pt', 'Privacidade'],
    ['no', 'Personvern'],
  ]) {
    const res = await request.get(`/${lang}/privacy`);
    expect(res.status(), `/${lang}/privacy`).toBe(200);
    expect(await res.text(), `/${lang}/privacy is rendered on the server`).toContain(`>${heading}</h1>`);
  }
});
