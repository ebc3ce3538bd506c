import { expect, test } from './fixtures';

/** The production build runs under the server's Content-Security-Policy (every other spec fails on a violation). */
test('the /en/ document carries the security headers; its only inline scripts carry the response nonce', async ({
  page,
}) => {
  const res = await page.goto('/en/');
  expect(res?.status()).toBe(200);
  const headers = res!.headers();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "connect-src 'self'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  const html = await res!.text();
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
  // Scripts load files, except the server-rendered page's event replay (the contract and its start-up call), which
  // carries this response's nonce, and the transfer state, a JSON data block that is never executed.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>/gi)].map(
    (m) => m[0],
  );
  expect(inline.length).toBeGreaterThan(0); // the page was rendered on the server, with event replay
  for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);

  // Angular's component styles are <style> elements allowed by the response's nonce: they load and apply.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const styles = await page
    .locator('head style')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).nonce));
  expect(styles.length).toBeGreaterThan(0);
  expect(new Set(styles)).toEqual(new Set([nonce]));
});

test('the e2e fixture catches a CSP violation (an injected inline script)', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(cspViolations).toEqual([]);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.name = "inline ran"';
    document.head.append(s);
  });
  await expect.poll(() => cspViolations.map((v) => v.message).join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => window.name)).not.toBe('inline ran');
  cspViolations.length = 0; // provoked on purpose
});

test('an unknown file under a locale is a real 404, a client route is the app', async ({ request }) => {
  for (const path of ['/en/x.js.map', '/en/assets/nope.png', '/en/.env']) {
    const res = await request.get(path);
    expect([path, res.status()]).toEqual([path, 404]);
    expect(await res.text()).not.toContain('<ph-root');
  }
  const route = await request.get('/en/practices', { headers: { accept: 'text/html' } });
  expect(route.status()).toBe(200);
  expect(await route.text()).toContain('<ph-root');
});
