#!/usr/bin/env node
/**
 * Lighthouse (mobile preset) on each URL given, with Debian's Chromium, fully offline. Prints one table row per
 * page: performance / accessibility / SEO scores, LCP, TBT, CLS and the bytes transferred on a first visit.
 *
 *   node tools/bench/lighthouse.mjs http://localhost:3000/en/ 'http://localhost:3000/en/search?q=peer%20support'
 *   node tools/bench/lighthouse.mjs --json out.json URL...   # also writes the raw numbers
 *
 * CHROME_PATH (default /usr/bin/chromium) picks the browser. Not a test: it measures and prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
let jsonOut = null;
const urls = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--json') jsonOut = args[++i];
  else urls.push(args[i]);
}
if (!urls.length) {
  console.error('usage: node tools/bench/lighthouse.mjs [--json out.json] URL...');
  process.exit(2);
}

// Debian Chromium offline, as the e2e tests run it (one list: tools/chromium-args.json).
const CHROME_FLAGS = JSON.parse(readFileSync(new URL('../chromium-args.json', import.meta.url), 'utf8'));

const rows = [];
for (const url of urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    // No config = Lighthouse's default: the mobile preset (Moto G Power emulation, simulated slow 4G).
    // A trace that fails to record (NO_NAVSTART, now and then under load) is tried once more.
    let lhr;
    for (let attempt = 1; ; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'seo'],
      });
      lhr = result.lhr;
      if (!lhr.runtimeError) break;
      if (attempt === 2) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const audit = (id) => lhr.audits[id]?.numericValue;
    const score = (id) =>
      lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
    const failed = (cat) =>
      lhr.categories[cat].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => r.id);
    rows.push({
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      transferKb: Math.round(audit('total-byte-weight') / 1024),
      // Bytes transferred by kind (script, font, stylesheet, document, other), in kB.
      transferByType: Object.fromEntries(
        (lhr.audits['resource-summary']?.details?.items ?? [])
          .filter((i) => i.resourceType !== 'total' && i.transferSize > 0)
          .map((i) => [i.resourceType, Math.round(i.transferSize / 1024)]),
      ),
      fcpMs: Math.round(audit('first-contentful-paint')),
      siMs: Math.round(audit('speed-index')),
      // The element LCP measured, and what Lighthouse says would save time (ms), largest first.
      lcpElement: lcpElement(lhr),
      opportunities: Object.values(lhr.audits)
        .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) >= 50)
        .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
        .map((a) => `${a.id} ${Math.round(a.details.overallSavingsMs)} ms`),
      failing: { accessibility: failed('accessibility'), seo: failed('seo') },
      // What moved: the elements behind the layout shift score, largest first.
      shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => ({
        score: Number(i.score.toFixed(3)),
        node: i.node?.selector ?? i.node?.snippet,
      })),
    });
  } finally {
    await chrome.kill();
  }
}

/** The LCP element's selector or markup (Lighthouse 12: a table whose first row holds the node). */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items[0]?.items?.[0]?.node ?? items[0]?.node;
  return node ? (node.selector ?? node.snippet) : null;
}

const header = ['page', 'perf', 'a11y', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'transfer'];
const table = rows.map((r) => [
  new URL(r.url).pathname + new URL(r.url).search,
  String(r.performance),
  String(r.accessibility),
  String(r.seo),
  `${(r.fcpMs / 1000).toFixed(1)} s`,
  `${(r.lcpMs / 1000).toFixed(1)} s`,
  `${r.tbtMs} ms`,
  String(r.cls),
  `${r.transferKb} kB`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const t of table) console.log(line(t));
for (const r of rows) {
  const notes = Object.entries(r.failing)
    .filter(([, ids]) => ids.length)
    .map(([cat, ids]) => `${cat}: ${ids.join(', ')}`);
  for (const sh of r.shifts.slice(0, 3)) notes.push(`shift ${sh.score} ${sh.node}`);
  notes.push(
    `transfer ${Object.entries(r.transferByType)
      .map(([t, kb]) => `${t} ${kb} kB`)
      .join(', ')}`,
  );
  if (r.lcpElement) notes.push(`LCP element ${r.lcpElement}`);
  if (r.opportunities.length) notes.push(`opportunities ${r.opportunities.join(', ')}`);
  if (notes.length) console.log(`${new URL(r.url).pathname}: ${notes.join('; ')}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + '\n');
