import { expect, test } from './fixtures';

/**
 * Pages come rendered from the server (the API runs Angular's app engine, apps/api/src/app/web-render.ts): the
 * text is in the HTML before any script, a missing record is a 404 page in the page's language, and the browser
 * takes the markup over (hydration) with the data the page carries, without asking the API again.
 */

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('the HTML carries the page itself: a practice, a search, a country, in their language', async ({
  request,
}) => {
  const practice = await request.get('/en/practices/pl-recovery-assistants');
  expect(practice.status()).toBe(200);
  const html = await practice.text();
  expect(html).toMatch(/<title>Recovery assistants \(asystent zdrowienia\)[^<]* — PeerHub Europe<\/title>/);
  expect(text(html)).toContain(
    'Recovery assistants (asystent zdrowienia) in the Polish psychiatric care reform',
  );

  const search = text(await (await request.get('/fr/search?q=r%C3%A9tablissement')).text());
  expect(search).toMatch(/\d+ résultats?/);
  expect(search).toContain('Filtrer les résultats');

  const country = text(await (await request.get('/no/countries/PL')).text());
  expect(country).toContain('Polen');
});

test('a record that does not exist is a 404 whose HTML says so in the page’s language', async ({
  request,
}) => {
  const res = await request.get('/fr/practices/no-such-practice');
  expect(res.status()).toBe(404);
  const html = await res.text();
  expect(html).toContain('<title>Introuvable — PeerHub Europe</title>');
  expect(text(html)).toContain('Aucune pratique ne se trouve à cette adresse.');

  // An address no record could have (markup, a 200-letter slug) is the same page, never the API's rule for slugs.
  for (const path of [
    '/fr/practices/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `/fr/resources/${'a'.repeat(200)}`,
  ]) {
    const bad = await request.get(path);
    expect(bad.status()).toBe(404);
    const body = text(await bad.text());
    expect(body).toContain('Page introuvable');
    expect(body).not.toMatch(/lower-case|slug|<script>/i);
  }
});

test('the browser takes the rendered page over without asking the API again, then asks for what it has not got', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) asked.push(r.postDataJSON()?.query?.match(/query (\w+)/)?.[1] ?? '?');
  });
  await page.goto('/en/practices/pl-recovery-assistants');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(
    'Recovery assistants (asystent zdrowienia) in the Polish psychiatric care reform',
  );
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);

  // Hydrated: the links are the app's, and a new page's data comes from the API.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Countries' }).click();
  await expect(page).toHaveURL(/\/en\/countries$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Countries');
  expect(asked.length).toBeGreaterThan(0);
});
