import { readFileSync } from 'node:fs';
import { parseCsv } from './csv';
import { type Locator, expect, test, waitForHydration } from './fixtures';
import { confirmedMember, grantRole, signIn } from './members';

/** The levels a proposal can set (not UNKNOWN: the journey documents the fact), as the English pages name them. */
const LEVELS = { ESTABLISHED: 'Established', PARTIAL: 'Partial', EMERGING: 'Emerging', ABSENT: 'Absent' };
type Level = keyof typeof LEVELS;

/** The row of a dimensions table whose header cell is "Pay" (the comparison and brief may add "Differs"). */
function payRow(table: Locator): Locator {
  return table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: /^Pay\b/ }) });
}

/**
 * Issue 13, a country fact: a member proposes Poland's "pay" fact from its profile, with a source (title, address,
 * where in it) and the day it was checked; a moderator approves it in another browser. Then Poland's profile, the
 * PL/IT/IE comparison and its CSV, the map of pay and the employment brief show the new level, text, source and
 * date. The database outlives a run, so each run writes its own made-up word, source and day, and picks a level
 * other than the one published (an earlier run's approved fact is simply superseded).
 */
test('a member proposes Poland’s pay fact with a source → approved → profile, comparison and CSV, map and brief show it', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const member = `fact-${stamp}@example.org`;
  const moderator = `fact-reviewer-${stamp}@example.org`;
  const password = 'a long passphrase to check';
  // One made-up word, letters only, so every assertion below finds this run's fact and no other.
  const word = `zf${`${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`.replace(
    /[0-9]/g,
    (d) => 'abcdefghij'[Number(d)],
  )}`;
  const text = `Recovery assistants are paid on the ${word} scale in the pilot mental health centres.`;
  const source = {
    title: `Pay scale order ${word}`,
    url: `https://example.org/pay/${word}`,
    locator: `section ${(Date.now() % 9) + 1}.2`,
  };
  const sourceLabel = `${source.title} (${source.locator})`;
  // A past day of its own (2020–2024), as the date field takes it and as the English pages write it.
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(Math.random() * 1800) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const shownDay = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
  await Promise.all([
    confirmedMember(member, password, 'Proposer P.'),
    confirmedMember(moderator, password, 'Reviewer F.').then(() => grantRole(moderator, 'moderator')),
  ]);

  // The member follows the pay row's link on Poland's profile ("Propose this fact" while the sources are silent,
  // "Propose a correction" once it is documented) and proposes a level other than the published one.
  await signIn(page, member, password);
  await page.goto('/en/countries/PL');
  await payRow(page.getByTestId('country-dimensions'))
    .getByRole('link', { name: /^Propose (this fact|a correction)$/ })
    .click();
  await expect(page).toHaveURL(/\/en\/contribute\/fact\/PL\/pay$/);
  const published = await page.getByTestId('fact-current').locator('ph-level').getAttribute('data-level');
  const others = (Object.keys(LEVELS) as Level[]).filter((l) => l !== published);
  const level = others[Date.now() % others.length];
  await page.getByTestId('fact-level').selectOption(level);
  await page.getByTestId('fact-text').fill(text);
  await page.getByTestId('fact-source-title').fill(source.title);
  await page.getByTestId('fact-source-url').fill(source.url);
  await page.getByTestId('fact-source-locator').fill(source.locator);
  await page.getByTestId('fact-checked-on').fill(day);
  await page.getByTestId('fact-reason').fill('The pay scale was published this year.');
  await page.getByTestId('fact-submit').click();
  await expect(page.getByTestId('fact-done')).toBeVisible();

  // A moderator, in another browser, approves it from the review queue.
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  waitForHydration(mod);
  await signIn(mod, moderator, password);
  await mod.goto('/en/contribute/review');
  await mod.getByTestId('review-kind').selectOption('COUNTRY_FACT');
  const item = mod.getByTestId('review-item').filter({ hasText: word });
  await expect(item.getByRole('heading', { level: 2 })).toHaveText('Poland — Pay');
  await item.getByTestId('review-approve').click();
  await expect(mod.getByTestId('review-status')).toHaveText('Approved and published: Poland — Pay.');
  await modContext.close();

  /** A cell (or profile row) shows the new level, the text, the source linked to its address, and the day. */
  async function showsFact(cell: Locator): Promise<void> {
    await expect(cell.locator('ph-level')).toHaveAttribute('data-level', level);
    await expect(cell.locator('ph-level')).toContainText(LEVELS[level]);
    await expect(cell.locator('.dim-text')).toHaveText(text);
    await expect(cell.getByTestId('fact-sources')).toHaveText(`Sources: ${sourceLabel}`);
    await expect(cell.getByTestId('fact-sources').getByRole('link')).toHaveAttribute('href', source.url);
    await expect(cell.getByTestId('dimension-verified-on')).toHaveText(`Verified on ${shownDay}`);
    await expect(cell.getByTestId('dimension-verified-on').locator('time')).toHaveAttribute('datetime', day);
  }

  // (1) Poland's profile.
  await page.goto('/en/countries/PL');
  await showsFact(payRow(page.getByTestId('country-dimensions')));

  // (2) The comparison of Poland, Italy and Ireland, and its CSV.
  await page.goto('/en/countries/compare?codes=PL,IT,IE');
  await showsFact(payRow(page.getByTestId('compare-table')).locator('td[data-country=PL]'));
  const download = page.waitForEvent('download');
  await page.getByTestId('compare-csv').click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toBe('peerhub-comparison-PL-IT-IE.csv');
  const [header, ...lines] = parseCsv(readFileSync((await csvFile.path()) as string, 'utf8'));
  const payLine = lines.find((l) => l[0] === 'Pay');
  expect(payLine, 'the CSV has a Pay line').toBeDefined();
  const poland = (column: string) => payLine?.[header.indexOf(`Poland — ${column}`)];
  expect([poland('level'), poland('text'), poland('sources'), poland('verified on')]).toEqual([
    LEVELS[level],
    text,
    sourceLabel,
    day,
  ]);

  // (3) The map of pay: Poland's shape, its value, source and date on focus, and the table alternative.
  await page.goto('/en/countries/map?dimension=PAY');
  const shape = page.locator('[data-testid=map-country][data-code=PL]');
  await expect(shape).toHaveAttribute('data-level', level);
  await expect(shape).toHaveAttribute('aria-label', `Poland: ${LEVELS[level]}`);
  await shape.focus();
  const info = page.getByTestId('map-info');
  await expect(info.locator('.info-name')).toHaveText('Poland');
  await expect(info.locator('.info-level')).toHaveText(LEVELS[level]);
  await expect(info.locator('.dim-text')).toHaveText(text);
  await expect(info.getByTestId('fact-sources')).toHaveText(`Sources: ${sourceLabel}`);
  await expect(info.getByTestId('fact-sources').getByRole('link')).toHaveAttribute('href', source.url);
  await expect(info.getByTestId('map-info-verified')).toHaveText(`Verified on ${shownDay}`);
  await expect(info.getByTestId('map-info-verified').locator('time')).toHaveAttribute('datetime', day);
  const mapRow = page.getByTestId('map-table').locator('tbody tr[data-code=PL]');
  await expect(mapRow.locator('td[data-level]')).toHaveAttribute('data-level', level);
  await expect(mapRow.locator('td[data-level]')).toHaveText(LEVELS[level]);
  await expect(mapRow.locator('.dim-text')).toHaveText(text);
  await expect(page.getByTestId('map-legend').locator(`[data-level=${level}]`)).not.toHaveAttribute(
    'data-count',
    '0',
  );

  // (4) The brief on employment (pay is one of its dimensions): the cell with its numbered source and day, and the
  // source in the numbered list with its address.
  await page.goto('/en/policy/brief?codes=PL,IT,IE&topic=employment');
  const briefCell = payRow(page.getByTestId('brief-table')).locator('td[data-country=PL]');
  await expect(briefCell.locator('ph-level')).toHaveAttribute('data-level', level);
  await expect(briefCell.locator('.dim-text')).toContainText(text);
  const ref = /^\[(\d+)\]$/.exec(((await briefCell.locator('.refs').textContent()) ?? '').trim());
  expect(ref, 'one numbered source').not.toBeNull();
  await expect(briefCell.getByTestId('dimension-verified-on')).toHaveText(`Verified on ${shownDay}`);
  await expect(briefCell.getByTestId('dimension-verified-on').locator('time')).toHaveAttribute(
    'datetime',
    day,
  );
  const cited = page.getByTestId('brief-sources').locator(`li[value="${ref?.[1]}"]`);
  await expect(cited).toContainText(`${source.title}, ${source.locator}`);
  await expect(cited.getByRole('link')).toHaveAttribute('href', source.url);
});
