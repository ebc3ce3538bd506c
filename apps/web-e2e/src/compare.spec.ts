import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Parses the exported CSV (RFC 4180 quoting, UTF-8 BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

test('compare PL, IT and IE: differences marked, every cell sourced or unknown, CSV equals the table', async ({
  page,
}) => {
  await page.goto('/en/countries/compare?codes=PL,IT,IE');
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  const bodyRows = table.locator('tbody tr');
  await expect(bodyRows).toHaveCount(10);
  await expect(table).toContainText('Poland');
  await expect(table).toContainText('Italy');
  await expect(table).toContainText('Ireland');

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('compare-csv').click();
  const download = await downloadPromise;
  const csv = parseCsv(readFileSync((await download.path()) as string, 'utf8')).filter((r) =>
    r.some((c) => c),
  );
  expect(csv.length).toBe(1 + 10); // header + one row per dimension
  const firstColumn = await bodyRows.locator('th, td').first().allTextContents();
  expect(firstColumn.length).toBeGreaterThan(0);
  for (let i = 0; i < 10; i++) {
    const label = (await bodyRows.nth(i).locator('th, td').first().textContent())?.trim() ?? '';
    expect(label).toContain(csv[i + 1][0].trim());
  }

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('fewer than two countries explains what is needed', async ({ page }) => {
  await page.goto('/en/countries/compare?codes=PL');
  await expect(page.getByTestId('compare-table')).toHaveCount(0);
  await expect(page.locator('main')).toContainText(/2|two/i);
});
