import { expect, test, axeScan } from './fixtures';
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

test('compare PL, IT and IE: differences marked, every cell sourced or unknown, CSV and JSON equal the table', async ({
  tourPage: page,
}) => {
  await page.goto('/en/countries/compare?codes=PL,IT,IE');
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible();
  const bodyRows = table.locator('tbody tr');
  await expect(bodyRows).toHaveCount(10);
  const headers = (await table.locator('thead th').allTextContents()).map(squash);
  expect(headers).toEqual(['Dimension', 'Poland', 'Italy', 'Ireland']);

  // differing rows are highlighted, and exactly those whose levels are not all the same
  for (let i = 0; i < 10; i++) {
    const row = bodyRows.nth(i);
    const levels = await row
      .locator('td ph-level')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-level')));
    expect(levels).toHaveLength(3);
    const differs = new Set(levels).size > 1;
    expect(await row.getAttribute('data-differs')).toBe(String(differs));
    if (differs) {
      const bg = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    }
    // every cell has a source or says unknown
    for (let j = 0; j < 3; j++) {
      const cell = row.locator('td').nth(j);
      const sourced = (await cell.locator('.dim-sources a, .dim-sources span').count()) > 0;
      const unknown = (await cell.locator('ph-level').getAttribute('data-level')) === 'UNKNOWN';
      expect(sourced || unknown).toBe(true);
    }
  }
  expect(await table.locator('tbody tr[data-differs=true]').count()).toBeGreaterThan(0);

  // CSV: header + one line per row; each field equals what the cell shows
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('compare-csv').click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe('peerhub-comparison-PL-IT-IE.csv');
  const csv = parseCsv(readFileSync((await csvFile.path()) as string, 'utf8')).filter((r) =>
    r.some((c) => c),
  );
  expect(csv.length).toBe(1 + 10);
  expect(csv[0]).toEqual([
    'Dimension',
    'Differs',
    ...['Poland', 'Italy', 'Ireland'].flatMap((n) => [
      `${n} — level`,
      `${n} — text`,
      `${n} — sources`,
      `${n} — verified on`,
    ]),
  ]);
  const shown: string[][] = [];
  for (let i = 0; i < 10; i++) {
    const row = bodyRows.nth(i);
    const th = row.locator('th');
    const tags = await th.locator('.differs-tag').allTextContents();
    const tag = squash(tags.join(' '));
    const label = squash(
      await th.evaluate((el) =>
        Array.from(el.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join(' '),
      ),
    );
    const line = [label, tag];
    for (let j = 0; j < 3; j++) {
      const cell = row.locator('td').nth(j);
      line.push(
        squash(await cell.locator('ph-level').textContent()).replace(/^[●○?✓✗]+\s*/, ''),
        squash(await cell.locator('.dim-text').textContent()),
        (await cell.locator('.dim-sources a, .dim-sources span').allTextContents()).map(squash).join('; '),
        // the day shown under the cell, as the date it names (YYYY-MM-DD); none when the profile has no such fact
        (
          await cell
            .locator('[data-testid=dimension-verified-on] time')
            .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))
        ).join(''),
      );
    }
    shown.push(line);
  }
  expect(csv.slice(1).map((r) => r.map(squash))).toEqual(shown);

  // JSON: the same rows and cells
  const jsonDownload = page.waitForEvent('download');
  await page.getByTestId('compare-json').click();
  const json = JSON.parse(readFileSync((await (await jsonDownload).path()) as string, 'utf8'));
  expect(json.countries.map((c: { code: string }) => c.code)).toEqual(['PL', 'IT', 'IE']);
  expect(json.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(
    json.rows.map(
      (r: {
        dimension: string;
        differs: boolean;
        cells: {
          levelLabel: string;
          text: string;
          sources: { label: string }[];
          verifiedOn: string | null;
        }[];
      }) => [
        r.dimension,
        r.differs ? 'Differs' : '',
        ...r.cells.flatMap((c) => [
          c.levelLabel,
          squash(c.text),
          c.sources.map((x) => x.label).join('; '),
          c.verifiedOn ?? '',
        ]),
      ],
    ),
  ).toEqual(shown);

  const axe = await axeScan(page).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('countries are picked as chips: type to add, remove with its button, the URL follows', async ({
  tourPage: page,
}) => {
  await page.goto('/en/countries/compare?codes=PL,IT');
  const chips = page.getByTestId('country-chips');
  await expect(chips.locator('mat-chip-row')).toHaveCount(2);
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const input = page.getByTestId('country-chips-input');
  await input.fill('irel');
  await page.getByRole('option', { name: /Ireland/ }).waitFor();
  await input.press('Enter');
  await expect(chips.locator('mat-chip-row')).toHaveCount(3);
  await expect(page).toHaveURL(/codes=PL(%2C|,)IT(%2C|,)IE/);
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove Italy' }).click();
  await expect(chips.locator('mat-chip-row')).toHaveCount(2);
  await expect(page).toHaveURL(/codes=PL(%2C|,)IE/);
});

// Fewer than two or more than five countries, codes without a profile, GB read as UK and an unknown brief topic:
// libs/countries/feature/src/lib/country-compare.component.spec.ts and libs/policy/feature/src/lib/policy-brief.component.spec.ts.
