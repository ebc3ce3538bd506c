import { defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { E2E_PG_PORT, E2E_PORT, SMTP_HTTP_PORT, SMTP_PORT } from './src/ports';

/**
 * End-to-end tests against the built app (dist/api + dist/web), served by the real API on its own port
 * with its own embedded PostgreSQL (or DATABASE_URL when set), driven in Debian's Chromium.
 */
const root = join(__dirname, '../..');
const port = E2E_PORT;
const smtpPort = SMTP_PORT;
const smtpHttpPort = SMTP_HTTP_PORT;
const chromium = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium is needed for the end-to-end tests and is not at ${chromium}: apt-get install -y chromium (or set CHROME_PATH)`,
  );
}
/** Debian Chromium offline (one list for e2e and the Lighthouse bench: tools/chromium-args.json). */
export const CHROMIUM_ARGS: string[] = JSON.parse(
  readFileSync(join(root, 'tools/chromium-args.json'), 'utf8'),
);

/**
 * Debian's Chromium preloads two omnibox WebUI renderers in every browser context (CDP Target.getTargets shows
 * them as browser_ui targets); a headless test never opens the omnibox, and they cost about a sixth of the e2e CPU.
 * Chromium keeps only the last --disable-features switch, so ours must carry Playwright's own list too: we read it
 * from Playwright's switch table (not exported, hence the file path) and replace Playwright's switch with the merged
 * one. If a Playwright upgrade moves that table, the browser simply keeps the renderers.
 */
function withoutOmniboxRenderers(): { args: string[]; ignoreDefaultArgs: string[] } {
  const extra = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
  try {
    const table = join(
      dirname(require.resolve('playwright-core')),
      'lib/server/chromium/chromiumSwitches.js',
    );
    const { chromiumSwitches } = require(table) as { chromiumSwitches: (...a: unknown[]) => string[] };
    const theirs = chromiumSwitches(false, undefined).find((a) => a.startsWith('--disable-features='));
    if (!theirs) return { args: [], ignoreDefaultArgs: [] };
    return { args: [`${theirs},${extra.join(',')}`], ignoreDefaultArgs: [theirs] };
  } catch {
    return { args: [], ignoreDefaultArgs: [] };
  }
}
const omnibox = withoutOmniboxRenderers();

export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'test-results/web-e2e'),
  // Two browsers against one server: the tests only read, and the suite's tail no longer runs on one core.
  fullyParallel: true,
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [...CHROMIUM_ARGS, ...omnibox.args],
      ignoreDefaultArgs: omnibox.ignoreDefaultArgs,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The mail the API sends lands here (a real SMTP server on loopback); tests read it over HTTP.
      command: 'node apps/web-e2e/smtp-sink.mjs',
      cwd: root,
      url: `http://127.0.0.1:${smtpHttpPort}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_SMTP_HTTP_PORT: String(smtpHttpPort) },
    },
    {
      command: 'node dist/api/apps/api/src/main.js',
      cwd: root,
      url: `http://127.0.0.1:${port}/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_DIST: join(root, 'dist/web/browser'),
        EMBEDDED_PG_DIR: join(root, E2E_PG_PORT === 54339 ? 'tmp/e2e-pg' : `tmp/e2e-pg-${E2E_PG_PORT}`),
        EMBEDDED_PG_PORT: String(E2E_PG_PORT),
        NODE_ENV: 'production',
        // Every test browser is 127.0.0.1: allowances as for a crowd behind one address (limits have API tests).
        RATE_LIMIT_REQUESTS: '20000',
        RATE_LIMIT_SEARCHES: '5000',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
    },
  ],
});
