import type { BrowserContext } from '@playwright/test';
// One corpus and one checker for the API tests and this journey: a test helper of the api app (web-e2e depends on
// api already, implicitDependencies), imported by path because an app is not a library with an npm scope.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { XSS_CORPUS, inertFindings, type InertOptions } from '../../api/src/testing/xss-corpus';
import { expect, test, waitForHydration, type Page } from './fixtures';
import { E2E_PORT } from './ports';
import { apiSignIn, confirmedMember, gqlAs, grantRole, makeEditor, signIn } from './members';

/**
 * The OWASP XSS corpus (apps/api/src/testing/xss-corpus.ts) in Chromium: one practice whose every text field holds
 * payloads, written, reviewed (changes requested, then approved) and published through the API, then its public
 * page (desktop and phone), its history with the word diff, both revisions' pages, the review queue, "your
 * contributions" and the search results — each as the server renders it and as the browser runs it. A payload that
 * runs calls alert() (a dialog fails the test) or raises window.__xss (defined as 0 before any page script); the
 * rendered DOM of <main> must hold nothing assertInert forbids, and the fixture fails the test on any CSP violation.
 *
 * The published revision keeps payloads with the word "script" out of the searchable fields (title, summary, place,
 * setting, target group, lists, topics): the e2e database is kept between runs, and a published "script" is found by
 * another test's `<script>aaaa…` search that must find nothing (responsive.spec.ts). Those payloads are in every
 * field of revision 1 (never published, so never indexed) and in the published revision's other fields.
 */

const ALL = XSS_CORPUS.map((c) => c.payload);
/** Words as search indexes them once the server has cleaned the text (controls → spaces, format characters out). */
const wordsOf = (p: string) =>
  p
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
const SEARCHABLE = ALL.filter(
  (p) => !wordsOf(p).some((w) => w.includes('scri') && w !== 'javascript' && w !== 'vbscript'),
);
const cut = (s: string, n: number) => s.slice(0, n);
const slice = (list: readonly string[], from: number, n: number) =>
  Array.from({ length: n }, (_, k) => list[(from + k) % list.length] as string);
const hostileUrl = (p: string) => `https://example.org/${p.replace(/[\s\p{Cc}]/gu, '')}`;

const REVISION = 'id number state lockVersion recordId recordSlug';
const CREATE = `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { errors { field code } revision { ${REVISION} } } }`;
const SAVE = `mutation ($input: SavePracticeDraftInput!) { savePracticeDraft(input: $input) { errors { field code } revision { ${REVISION} } } }`;
const SUBMIT = `mutation ($id: ID!) { submitRevision(input: { revisionId: $id }) { errors { field code } revision { ${REVISION} } } }`;
const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!, $comment: String!) {
  reviewRevision(input: { revisionId: $id, decision: $decision, comment: $comment }) { errors { field code } revision { ${REVISION} } } }`;

/** The payload of a mutation that must succeed. */
function done<T extends { errors: unknown[] }>(payload: T, what: string): T {
  expect(payload.errors, what).toEqual([]);
  return payload;
}

/** What the browser did that it must not: dialogs opened, CSP violations and app errors reported. */
interface Watch {
  dialogs: string[];
  console: string[];
  /** style-src-attr violations: no script runs through a style attribute, so these are reported, not failed on. */
  styles: string[];
}

/** Dialogs are recorded (and dismissed, so the page goes on), `window.__xss` starts at 0 in every document. */
async function watch(context: BrowserContext, own = false): Promise<Watch> {
  const w: Watch = { dialogs: [], console: [], styles: [] };
  const report = (line: string) =>
    (/style-src-attr|Applying inline style/.test(line) ? w.styles : w.console).push(line);
  await context.addInitScript(() => {
    (window as unknown as { __xss: number }).__xss = 0;
  });
  context.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()} at ${d.page()?.url()}`);
    void d.dismiss().catch(() => undefined);
  });
  // Contexts of this test's own (the fixture watches the CSP of `page`'s context).
  if (own) {
    context.on('console', (m) => {
      if (m.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to|^ERROR\b/i.test(m.text()))
        report(`${m.page()?.url()}: ${m.text().slice(0, 500)}`);
    });
    // The violation itself, with what was blocked and where (the console line does not say).
    await context.exposeBinding('__xssCspViolation', ({ page }, message: string) => {
      report(`${page?.url()}: ${message}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __xssCspViolation?: (m: string) => void }).__xssCspViolation;
        report?.(
          `securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}` +
            (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '') +
            (e.sample ? ` sample "${e.sample}"` : ''),
        );
      });
    });
  }
  return w;
}

/**
 * Opens `path` and checks it as the server sent it and as the browser runs it: no dialog, `__xss` still 0, the
 * <main> of the server's HTML and of the live DOM inert, and `texts` shown (so the payloads were really there).
 */
async function visit(
  page: Page,
  w: Watch,
  path: string,
  texts: string[],
  options: InertOptions & { ready?: string; strict?: string[]; open?: string } = {},
): Promise<void> {
  const what = path;
  const res = await page.goto(path);
  expect(res?.status(), `${what}: status`).toBeLessThan(400);
  const main = page.locator('main');
  // A control that shows the payloads (e.g. an editor's Preview), when they are not shown at once.
  if (options.open) await page.locator(options.open).click();
  if (options.ready) await expect(page.locator(options.ready).first()).toBeVisible();
  for (const t of texts) await expect(main, `${what} shows ${t}`).toContainText(t);
  // Handlers that need a pointer or the keyboard: sweep the pointer over the page, move the focus around.
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  for (let x = 10; x < size.width; x += 120)
    for (let y = 10; y < size.height; y += 80) await page.mouse.move(x, y);
  for (let k = 0; k < 10; k++) await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  expect(ran, `${what}: window.__xss (0 before the page's scripts)`).toBe(0);
  expect(w.dialogs, `${what}: dialogs`).toEqual([]);
  expect(w.console, `${what}: CSP violations and app errors`).toEqual([]);
  for (const line of w.styles.splice(0)) {
    console.warn(`CSP style-src-attr violation (not a script; reported, not failed on): ${line}`);
    test.info().annotations.push({ type: 'csp style-src-attr', description: line.slice(0, 300) });
  }
  const live = await main.evaluate((m) => m.outerHTML);
  expect(inertFindings(live, options), `${what}: the rendered DOM`).toEqual([]);
  // Where the payloads are shown, not even the page's own allowances (a form on an editor page) hold.
  for (const region of options.strict ?? []) {
    const parts = await page.locator(region).evaluateAll((els) => els.map((e) => e.outerHTML));
    expect(parts.length, `${what}: ${region}`).toBeGreaterThan(0);
    for (const part of parts) expect(inertFindings(part), `${what}: ${region}`).toEqual([]);
  }
  // The same page as the server sends it (what the browser's parser reads before any script runs).
  const ssr = await page.request.get(path);
  const html = await ssr.text();
  const ssrMain = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  expect(ssrMain.length, `${what}: server-rendered <main>`).toBeGreaterThan(100);
  expect(inertFindings(ssrMain, options), `${what}: the server's HTML`).toEqual([]);
}

test('the XSS corpus in every text field of a practice renders inert on every page that shows it', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const editor = `xss-writer-${stamp}@example.org`;
  const moderator = `xss-reviewer-${stamp}@example.org`;
  const password = 'a long passphrase for xss';
  // One made-up word, letters only, so the search finds this practice and no other.
  const word = `xssw${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] as string)}`;
  expect(SEARCHABLE.length).toBeGreaterThan(30);
  expect(SEARCHABLE.length).toBeLessThan(ALL.length);

  const editorWatch = await watch(page.context());
  await Promise.all([
    confirmedMember(editor, password, 'Writer X.').then(() => makeEditor(editor, 'human-foundation')),
    confirmedMember(moderator, password, 'Reviewer X.').then(() => grantRole(moderator, 'moderator')),
  ]);
  const asEditor = await apiSignIn(editor, password);
  const asModerator = await apiSignIn(moderator, password);
  // The author's public name is a payload too (shown with each revision).
  const authorName = "'><img src=x onerror=alert(1)>";
  const profile = await gqlAs(
    asEditor,
    'mutation($n: String!) { updateProfile(input: { displayName: $n, language: "en" }) { errors { field } me { displayName } } }',
    { n: authorName },
  );
  expect(profile.updateProfile.errors).toEqual([]);

  // Revision 1: every payload in every field.
  const sources = (list: readonly string[]) =>
    slice(list, 0, 20).map((p) => ({
      title: cut(`${p} report`, 300),
      url: hostileUrl(p),
      locator: cut(p, 300),
    }));
  const first = {
    title: cut(`Xss ${word} ${ALL[0]}`, 200),
    summary: `${ALL.join('\n\n')}\n\n${word}`,
    countryCode: 'PL',
    place: cut(ALL[1] as string, 200),
    category: 'SELF_HELP_GROUP',
    setting: slice(ALL, 2, 10).join(' '),
    targetGroup: slice(ALL, 12, 10).join(' '),
    whatWorks: slice(ALL, 0, 30),
    improvements: slice(ALL, 30, 30),
    lessons: slice(ALL, 15, 30),
    preconditions: slice(ALL, 5, 30).map((text) => ({ kind: 'TRAINING', text })),
    topics: [...new Set(slice(ALL, 0, 30).map((p) => cut(p, 60)))],
    sources: sources(ALL),
    organisationSlugs: ['human-foundation'],
  };
  const created = done(
    (
      await gqlAs(asEditor, CREATE, {
        input: {
          organisationSlug: 'human-foundation',
          practice: first,
          reason: ALL.join(' ').slice(0, 1000),
        },
      })
    ).createPractice,
    'create revision 1',
  ).revision;
  done((await gqlAs(asEditor, SUBMIT, { id: created.id })).submitRevision, 'submit revision 1');

  // The moderator's review queue shows the submitted revision (its summary as HTML).
  const modContext = await browser.newContext();
  const modWatch = await watch(modContext, true);
  const mod = await modContext.newPage();
  waitForHydration(mod);
  await signIn(mod, moderator, password);
  await visit(mod, modWatch, '/en/contribute/review', [word, 'onerror=alert(1)'], {
    allowElements: ['form'],
    ready: '[data-testid=review-item]',
    // The submitted summary as HTML (its class has changed with the page: either).
    strict: ['[data-testid=review-item] .summary, [data-testid=review-item] .rich'],
  });
  const comment = ALL.filter((p) => !SEARCHABLE.includes(p))
    .join('\n')
    .slice(0, 2000);
  const asked = done(
    (await gqlAs(asModerator, REVIEW, { id: created.id, decision: 'REQUEST_CHANGES', comment }))
      .reviewRevision,
    'request changes',
  ).revision;

  // Revision 2 (published): searchable fields without the word "script"; the other fields hold everything.
  const second = {
    ...first,
    title: cut(`Xss ${word} ${SEARCHABLE[1]}`, 200),
    summary: `${SEARCHABLE.join('\n\n')}\n\n${word} ends here.`,
    place: cut(SEARCHABLE[2] as string, 200),
    setting: slice(SEARCHABLE, 3, 10).join(' '),
    targetGroup: slice(SEARCHABLE, 13, 10).join(' '),
    whatWorks: slice(SEARCHABLE, 0, 30),
    improvements: slice(SEARCHABLE, 30, 30),
    lessons: slice(SEARCHABLE, 15, 30),
    topics: [...new Set(slice(SEARCHABLE, 0, 8).map((p) => cut(p, 60)))],
    preconditions: slice(ALL, 20, 30).map((text) => ({ kind: 'LAW', text })),
    sources: sources([...ALL].reverse()),
  };
  const edited = done(
    (
      await gqlAs(asEditor, SAVE, {
        input: {
          revisionId: created.id,
          expectedLockVersion: asked.lockVersion,
          practice: second,
          reason: ALL.slice(20).join(' ').slice(0, 1000),
        },
      })
    ).savePracticeDraft,
    'save revision 2',
  ).revision;
  expect(edited.number).toBe(2);
  done((await gqlAs(asEditor, SUBMIT, { id: edited.id })).submitRevision, 'submit revision 2');
  const approved = done(
    (
      await gqlAs(asModerator, REVIEW, {
        id: edited.id,
        decision: 'APPROVE',
        comment: ALL.join(' ').slice(0, 2000),
      })
    ).reviewRevision,
    'approve revision 2',
  ).revision;
  expect(approved.state).toBe('PUBLISHED');
  const slug: string = approved.recordSlug;
  const recordId: string = approved.recordId;

  // Searchable within a few seconds.
  const started = Date.now();
  let found = false;
  while (!found && Date.now() - started < 10_000) {
    const res = await fetch(`http://127.0.0.1:${E2E_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: ${JSON.stringify(word)}) { hits { slug } } }` }),
    });
    const body = (await res.json()) as { data: { search: { hits: { slug: string }[] } } };
    found = body.data.search.hits.some((h) => h.slug === slug);
    if (!found) await new Promise((r) => setTimeout(r, 200));
  }
  expect(found, 'the practice is in search').toBe(true);
  // …and not by the search another test expects to find nothing (see the top of this file).
  const guard = await gqlAs('', 'query($q: String!) { search(query: $q) { hits { slug } } }', {
    q: `<script>${'a'.repeat(280)}`,
  });
  expect(guard.search.hits.map((h: { slug: string }) => h.slug)).not.toContain(slug);

  // A visitor: the public page, its history (the published revision only), the search results.
  const visitor = await browser.newContext();
  const visitorWatch = await watch(visitor, true);
  const anon = await visitor.newPage();
  waitForHydration(anon);
  await visit(
    anon,
    visitorWatch,
    `/en/practices/${slug}`,
    [word, 'onerror=alert(1)', 'javascript:alert(1)'],
    {
      ready: '.summary',
    },
  );
  // Canary: the same checks see a payload that does get in (injected here past the server and Angular).
  await anon.evaluate(() => {
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<img id="canary" src="x:" onerror="window.__xss++">');
    setTimeout(() => alert('canary'), 0);
  });
  await expect.poll(() => visitorWatch.dialogs.length).toBe(1);
  // The CSP blocks the inline handler (so __xss stays 0) and says so; the DOM check names it.
  await expect.poll(() => visitorWatch.console.some((l) => /script-src/.test(l))).toBe(true);
  expect(inertFindings(await anon.locator('main').evaluate((m) => m.outerHTML))).toEqual([
    '<img onerror> event handler',
  ]);
  expect(await anon.evaluate(() => ++(window as unknown as { __xss: number }).__xss)).toBe(1);
  visitorWatch.dialogs.length = 0;
  visitorWatch.console.length = 0;

  await visit(anon, visitorWatch, `/en/contribute/history/practice/${recordId}`, [word], {
    ready: '[data-testid=history-revisions]',
  });
  await visit(anon, visitorWatch, `/en/search?q=${word}`, [word], {
    allowElements: ['form'],
    ready: '[data-testid=search-results]',
    strict: ['[data-testid=search-results]'],
  });
  await expect(anon.getByTestId('search-results').getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`/practices/${slug}$`),
  );
  await visit(anon, visitorWatch, '/en/countries/PL', [word]);

  // At phone size, once.
  await anon.setViewportSize({ width: 390, height: 844 });
  await visit(anon, visitorWatch, `/en/practices/${slug}`, [word, 'onerror=alert(1)'], { ready: '.summary' });
  await visitor.close();

  // The author: history with both revisions and the word diff, both revisions' pages, their contributions.
  await signIn(page, editor, password);
  await visit(page, editorWatch, `/en/contribute/history/practice/${recordId}`, [word, 'onerror=alert(1)'], {
    ready: '[data-testid=revision-diff]',
  });
  await expect(page.getByTestId('history-revisions').locator(':scope > li')).toHaveCount(2);
  // The diff holds revision 1's payloads with the word "script", struck through as text.
  await expect(page.getByTestId('revision-diff')).toContainText('<script>window.__xss++</script>');
  // Revision 1 (changes requested: the editor, with its Preview) and revision 2 (published: read only).
  for (const [id, open] of [
    [created.id, '[data-testid=preview-toggle]'],
    [edited.id, undefined],
  ] as const)
    await visit(page, editorWatch, `/en/contribute/revision/${id}`, [], {
      open,
      allowElements: ['form'],
      ready: '[data-testid=preview-summary]',
      strict: ['[data-testid=preview-summary]'],
    });
  await expect(page.getByTestId('preview-summary')).toContainText('onerror=alert(1)');
  await visit(page, editorWatch, '/en/contribute/mine', [word], { allowElements: ['form'] });

  await modContext.close();
  expect(modWatch.dialogs).toEqual([]);
});

test('the XSS corpus in every text field of a resource and an organisation profile renders inert on their pages', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const editor = `xss-res-${stamp}@example.org`;
  const moderator = `xss-rev-${stamp}@example.org`;
  const password = 'a long passphrase for xss';
  const word = `xssr${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] as string)}`;
  await Promise.all([
    confirmedMember(editor, password, 'Writer R.').then(() => makeEditor(editor, 'human-foundation')),
    confirmedMember(moderator, password, 'Reviewer R.').then(() => grantRole(moderator, 'moderator')),
  ]);
  const asEditor = await apiSignIn(editor, password);
  const asModerator = await apiSignIn(moderator, password);
  // Published and searchable: the payloads without the word another test searches for (see the top of this file).
  const sources = slice(SEARCHABLE, 0, 10).map((p) => ({
    title: cut(`${p} report`, 300),
    url: hostileUrl(p),
    locator: cut(p, 300),
  }));
  const publish = async (id: string, what: string) => {
    done((await gqlAs(asEditor, SUBMIT, { id })).submitRevision, `submit ${what}`);
    const approved = done(
      (await gqlAs(asModerator, REVIEW, { id, decision: 'APPROVE', comment: '' })).reviewRevision,
      `approve ${what}`,
    ).revision;
    expect(approved.state).toBe('PUBLISHED');
    return approved as { recordSlug: string; recordId: string };
  };
  const resource = done(
    (
      await gqlAs(
        asEditor,
        `mutation ($input: CreateResourceInput!) { createResource(input: $input) { errors { field code } revision { ${REVISION} } } }`,
        {
          input: {
            organisationSlug: 'human-foundation',
            resource: {
              title: cut(`Xss ${word} ${SEARCHABLE[0]}`, 200),
              type: 'GUIDE',
              language: 'en',
              publisher: cut(SEARCHABLE[1] as string, 300),
              description: `${SEARCHABLE.join('\n\n')}\n\n${word}`,
              topics: [...new Set(slice(SEARCHABLE, 2, 10).map((p) => cut(p, 60)))],
              competencyTags: slice(SEARCHABLE, 12, 10).map((p) => cut(p, 120)),
              url: hostileUrl(SEARCHABLE[3] as string),
              sources,
            },
          },
        },
      )
    ).createResource,
    'create resource',
  ).revision;
  const res = await publish(resource.id, 'resource');
  const organisation = done(
    (
      await gqlAs(
        asEditor,
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { errors { field code } revision { ${REVISION} } } }`,
        {
          input: {
            organisation: {
              name: cut(`Xss ${word} ${SEARCHABLE[4]}`, 200),
              acronym: cut(SEARCHABLE[5] as string, 30),
              type: 'PEER_ASSOCIATION',
              countryCode: 'PL',
              city: cut(SEARCHABLE[6] as string, 200),
              description: `${SEARCHABLE.join('\n\n')}\n\n${word}`,
              expertise: slice(SEARCHABLE, 7, 10).map((p) => cut(p, 120)),
              projects: slice(SEARCHABLE, 17, 10).map((p) => cut(p, 120)),
              website: hostileUrl(SEARCHABLE[8] as string),
              openToPartnership: true,
              sources,
            },
          },
        },
      )
    ).createOrganisation,
    'create organisation',
  ).revision;
  const org = await publish(organisation.id, 'organisation');

  const visitor = await browser.newContext();
  const w = await watch(visitor, true);
  const anon = await visitor.newPage();
  waitForHydration(anon);
  for (const size of [undefined, { width: 390, height: 844 }]) {
    if (size) await anon.setViewportSize(size);
    await visit(anon, w, `/en/resources/${res.recordSlug}`, [word, 'onerror=alert(1)']);
    await visit(anon, w, `/en/organisations/${org.recordSlug}`, [word, 'onerror=alert(1)']);
  }
  await visit(anon, w, `/en/contribute/history/resource/${res.recordId}`, [word]);
  await visit(anon, w, `/en/contribute/history/organisation/${org.recordId}`, [word]);
  await visitor.close();
});
