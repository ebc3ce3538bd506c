import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };
export type { APIRequestContext, Locator, Page } from '@playwright/test';

/** The WCAG 2.1 A/AA rule tags every page is held to. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core for one page, in axe's single-frame mode: our pages have no iframes, and the default multi-frame mode
 * opens an extra browser page per scan to merge frame results, which doubled each scan's time (4.7 s -> 2.3 s on
 * the search page, same results).
 */
export function axeScan(page: Page, tags: string[] = WCAG): AxeBuilder {
  return new AxeBuilder({ page }).withTags(tags).setLegacyMode(true);
}

/** A `securitypolicyviolation` event or a console error the browser writes when the CSP blocks something. */
export interface CspViolation {
  url: string;
  message: string;
}

const CSP_CONSOLE = /Content[- ]Security[- ]Policy|Refused to/i;
/**
 * An error Angular's ErrorHandler logged ("ERROR …"): an uncaught error in the app, such as a hydration mismatch
 * (server-rendered markup that the browser's first render does not match, NG05xx). Watched with the CSP: a page that
 * fails to hydrate fails its test.
 */
const APP_ERROR = /^ERROR\b/;

/**
 * Records, in every page of `context`, each `securitypolicyviolation` event and each console error about the
 * Content-Security-Policy ("Refused to …").
 */
async function watchCsp(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  context.on('console', (msg) => {
    if (msg.type() === 'error' && (CSP_CONSOLE.test(msg.text()) || APP_ERROR.test(msg.text())))
      violations.push({ url: msg.page()?.url() ?? '', message: `console: ${msg.text().slice(0, 2000)}` });
  });
  // Bindings and init scripts go through the DevTools protocol, so the page's own CSP does not block them.
  await context.exposeBinding('__e2eCspViolation', ({ page }, message: string) => {
    violations.push({ url: page?.url() ?? '', message });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __e2eCspViolation?: (m: string) => void }).__e2eCspViolation;
      report?.(
        `securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}` +
          (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '') +
          (e.sample ? ` sample "${e.sample}"` : ''),
      );
    });
  });
  return violations;
}

/**
 * Pages come rendered from the server and are usable before the app has taken them over (hydration): links work,
 * and clicks are replayed, but a key pressed in that moment does only what the browser does natively. A test acts
 * faster than any person, so `goto` and `reload` wait until the page has hydrated — Angular then removes the
 * `ngh` (hydration) and `jsaction` (event replay) marks — which also fails a page that never hydrates.
 */
export function waitForHydration(page: Page): void {
  const hydrated = () =>
    page.waitForFunction(() => !document.querySelector('[ngh], [jsaction]'), null, { timeout: 15_000 });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const res = await goto(...args);
    if (res?.headers()['content-type']?.includes('text/html')) await hydrated();
    return res;
  };
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const res = await reload(...args);
    if (res?.headers()['content-type']?.includes('text/html')) await hydrated();
    return res;
  };
}

/** One page per worker, kept across tests, and the CSP violations seen in it (the test checks and clears them). */
interface Tour {
  page: Page;
  csp: CspViolation[];
}

/**
 * Every spec imports `test` from here: it watches the CSP (watchCsp) in the test's browser context and fails the
 * test at teardown if there was any violation. A test that provokes a violation on purpose can read and clear
 * `cspViolations`. `tourPage` is for tests that need no fresh browser state (no storage, no second tab): one page
 * per worker whose HTTP and code caches stay warm between tests (a fresh context per test loads and compiles
 * every script again), CSP-watched the same way.
 */
export const test = base.extend<{ cspViolations: CspViolation[]; tourPage: Page }, { tour: Tour }>({
  page: async ({ page }, use) => {
    waitForHydration(page);
    await use(page);
  },
  cspViolations: [
    async ({ context }, use) => {
      const violations = await watchCsp(context);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations in the browser').toEqual([]);
    },
    { auto: true },
  ],
  tour: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const csp = await watchCsp(context);
      const page = await context.newPage();
      waitForHydration(page);
      await use({ page, csp });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // The worker's page as a fresh test expects it: the configured viewport, screen media, no violations yet.
  tourPage: async ({ tour, viewport }, use) => {
    tour.csp.length = 0;
    await tour.page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await tour.page.emulateMedia({ media: null });
    await use(tour.page);
    expect(tour.csp, 'Content-Security-Policy violations in the browser').toEqual([]);
  },
});
