import { expect, test, axeScan } from './fixtures';

test('transferability: the Polish recovery-assistant practice against Italy, each precondition met / not met / unknown with why', async ({
  page,
  request,
}) => {
  await page.goto('/en/policy/transferability?practice=pl-recovery-assistants&target=IT');
  const result = page.getByTestId('transfer-result');
  await expect(result).toBeVisible();
  await expect(result.locator('h2')).toContainText('Italy');

  // one check per precondition the practice records, in its order (read from the API independently)
  const api = await request.post('/graphql', {
    data: { query: '{ practice(slug: "pl-recovery-assistants") { preconditions { kind text } } }' },
  });
  const preconditions = (await api.json()).data.practice.preconditions as { kind: string; text: string }[];
  const checks = page.getByTestId('transfer-check');
  await expect(checks).toHaveCount(preconditions.length);
  for (let i = 0; i < preconditions.length; i++) {
    const check = checks.nth(i);
    expect(await check.getAttribute('data-kind')).toBe(preconditions[i].kind);
    await expect(check).toContainText(preconditions[i].text);
    const status = await check.getAttribute('data-status');
    expect(['MET', 'NOT_MET', 'UNKNOWN']).toContain(status);
    // the why names the status and at least one dimension with Italy's level
    const why = (await check.getByTestId('transfer-why').textContent()) ?? '';
    expect(why).toMatch(
      status === 'NOT_MET'
        ? /^Not met in Italy/
        : status === 'MET'
          ? /^Met in Italy/
          : /^Cannot be judged: (Poland|Italy) does not document/,
    );
    // evidence rows carry Italy's level, what Poland shows, and the source text or "not documented yet"
    const rows = check.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (let j = 0; j < (await rows.count()); j++) {
      const row = rows.nth(j);
      const text = (await row.locator('td').last().textContent()) ?? '';
      expect(text.length).toBeGreaterThan(10);
      // no "not met" rests on a dimension the origin does not document
      if ((await row.getAttribute('data-status')) === 'NOT_MET') {
        await expect(row.getByTestId('transfer-needed')).not.toContainText('not documented');
      }
    }
  }
  await expect(page.getByTestId('transfer-summary')).toContainText(
    preconditions.length === 1 ? 'of 1 precondition' : `of ${preconditions.length} preconditions`,
  );

  const axe = await axeScan(page).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('transferability: choosing with the keyboard updates the URL; its own country is not offered', async ({
  tourPage: page,
}) => {
  await page.goto('/en/policy/transferability');
  await expect(page.locator('main')).toContainText('Choose a practice and a target country');
  // the selects are enabled once the practices and countries have loaded
  await expect(page.getByTestId('transfer-practice')).toBeEnabled();
  await page.getByTestId('transfer-practice').focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('option', { name: /asystent|recovery assistant/i })
    .first()
    .click();
  await page.getByTestId('transfer-target').click();
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const names = await options.allTextContents();
  expect(names.map((n) => n.trim())).not.toContain('Poland');
  await page.getByRole('option', { name: 'Ireland' }).click();
  await expect(page).toHaveURL(/practice=pl-recovery-assistants/);
  await expect(page).toHaveURL(/target=IE/);
  await expect(page.getByTestId('transfer-result')).toContainText('Ireland');
});

test('transferability: a practice or country the knowledge base does not hold is left out, and said so', async ({
  tourPage: page,
}) => {
  await page.goto('/en/policy/transferability?practice=no-such-practice&target=IT');
  await expect(page.getByTestId('transfer-dropped')).toContainText('no-such-practice');
  await expect(page.locator('main')).toContainText('Choose a practice and a target country');
  await page.goto('/en/policy/transferability?practice=pl-recovery-assistants&target=ZZ');
  await expect(page.getByTestId('transfer-dropped')).toContainText('ZZ');
  await page.goto('/en/policy/transferability?practice=%3Cscript%3Ealert(1)%3C%2Fscript%3E&target=IT');
  await expect(page.getByTestId('transfer-dropped')).toContainText('<script>alert(1)</script>');
  await expect(page.getByTestId('transfer-result')).toHaveCount(0);
});

test('policy brief for PL + IT on training: comparison, practices, resources, numbered sources, data as of; prints', async ({
  tourPage: page,
}) => {
  await page.goto('/en/policy/brief?codes=PL,IT&topic=training');
  const brief = page.getByTestId('brief');
  await expect(brief).toBeVisible();
  await expect(brief.locator('#brief-title')).toHaveText(/Training — Poland, Italy/);
  await expect(page.getByTestId('brief-as-of')).toContainText(/Data as of \w+ \d{1,2}, \d{4}/);
  const table = page.getByTestId('brief-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  // each country's cells sit under its column heading (a row that stops being a table row breaks this)
  const columnsLine = async () => {
    const heads = await table
      .locator('thead th')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children).map((c) => Math.round(c.getBoundingClientRect().left))),
      );
    for (const lefts of rows) expect(lefts).toEqual(heads);
  };
  await columnsLine();
  await expect(page.getByTestId('brief-practices')).toContainText('Poland');
  expect(await page.getByTestId('brief-resources').locator('li').count()).toBeGreaterThan(0);

  // every bracketed reference points at a listed source
  const sources = page.getByTestId('brief-sources').locator('li');
  const count = await sources.count();
  expect(count).toBeGreaterThan(0);
  const refs = (await brief.locator('.refs').allTextContents()).join(' ');
  const cited = [...refs.matchAll(/\d+/g)].map((m) => Number(m[0]));
  expect(cited.length).toBeGreaterThan(0);
  expect(Math.max(...cited)).toBeLessThanOrEqual(count);
  expect(new Set(cited).size).toBe(count); // every listed source is cited somewhere

  const axe = await axeScan(page).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // print: the toolbar, controls and footer go; the brief and its sources stay
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('ph-root > header')).toBeHidden();
  await expect(page.getByTestId('brief-countries')).toBeHidden();
  await expect(page.getByTestId('brief-sources')).toBeVisible();
  await columnsLine();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
});

test('policy brief: topic and countries from the controls, kept in the URL; none chosen explains what to do', async ({
  tourPage: page,
}) => {
  await page.goto('/en/policy/brief');
  await expect(page.locator('main')).toContainText('Choose at least one country');
  const input = page.getByTestId('country-chips-input');
  await input.fill('Ireland');
  await input.press('Enter');
  await expect(page.getByTestId('brief')).toBeVisible();
  await page.getByTestId('brief-topic').click();
  await page.getByRole('option', { name: 'Employment' }).click();
  await expect(page).toHaveURL(/codes=IE/);
  await expect(page).toHaveURL(/topic=employment/);
  await expect(page.getByTestId('brief-table').locator('tbody tr')).toHaveCount(4);
});
