import { Members } from '../testing/members';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * Contributions through the real API with real sessions: an editor of Human Foundation writes a practice, a
 * moderator requests changes, the editor edits, the moderator approves — the practice is public, searchable within
 * 2 s and on Poland's profile; its history, a word diff and a restore; two saves of one draft from two browsers; a
 * member's country fact proposal accepted into the profile and the comparison; hostile and oversize input.
 */

const REVISION = `id number state lockVersion title recordId recordSlug reviewComment reason
  author { displayName } reviewer { displayName } organisation { slug }
  practice { title summary summaryHtml countryCode sources { title url locator } organisations { slug } }
  countryFact { countryCode dimension level text checkedOn sources { title url locator } }`;
const CREATE = `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { errors { field code } revision { ${REVISION} } } }`;
const SAVE = `mutation ($input: SavePracticeDraftInput!) { savePracticeDraft(input: $input) { errors { field code } revision { ${REVISION} } current { ${REVISION} } } }`;
const SUBMIT = `mutation ($id: ID!) { submitRevision(input: { revisionId: $id }) { errors { field code } revision { ${REVISION} } } }`;
const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!, $comment: String!) {
  reviewRevision(input: { revisionId: $id, decision: $decision, comment: $comment }) { errors { field code } revision { ${REVISION} } } }`;

const practice = (extra: Record<string, unknown> = {}) => ({
  title: 'Peer recovery cafés in Łódź',
  summary: 'Weekly **peer-run** cafés where people with lived experience meet.',
  countryCode: 'PL',
  place: 'Łódź',
  category: 'SELF_HELP_GROUP',
  principles: ['MUTUALITY', 'SAFETY'],
  whatWorks: ['Peer hosts trained by Human Foundation'],
  sources: [
    { title: 'Human Foundation annual report 2025', url: 'https://example.org/hf-2025', locator: 'p. 12' },
  ],
  organisationSlugs: [],
  ...extra,
});

describe('contributions: write, review, publish, history', () => {
  let t: TestApp;

  let members: Members;
  const call = (who: string | null, query: string, variables: Record<string, unknown> = {}) =>
    members.call(who, query, variables);
  const person = (name: string, roles: string[] = [], editorOf?: string) =>
    members.add(name, roles, editorOf);

  beforeAll(async () => {
    t = await startTestApp({});
    members = new Members(t);
    await person('Hanna', [], 'human-foundation');
    await person('Bruno', [], 'human-foundation'); // the same organisation, another browser
    await person('Mo', ['moderator']);
    await person('Maria');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  let first = '';
  let recordId = '';

  it('an editor writes a practice as a draft; autosave keeps the lock; a stale save is a conflict with both versions', async () => {
    const created = await call('Hanna', CREATE, {
      input: { organisationSlug: 'human-foundation', practice: practice(), reason: 'Our new project' },
    });
    expect(created.body.data.createPractice.errors).toEqual([]);
    const r = created.body.data.createPractice.revision;
    expect(r).toMatchObject({
      number: 1,
      state: 'DRAFT',
      lockVersion: 1,
      organisation: { slug: 'human-foundation' },
    });
    expect(r.practice.organisations).toEqual([{ slug: 'human-foundation' }]);
    expect(r.practice.summaryHtml).toBe(
      '<p>Weekly <strong>peer-run</strong> cafés where people with lived experience meet.</p>',
    );
    first = r.id;
    recordId = r.recordId;

    // Hanna saves (lock 1 → 2); Bruno, whose form was filled at lock 1, saves too: refused, nothing lost.
    const saved = await call('Hanna', SAVE, {
      input: { revisionId: first, expectedLockVersion: 1, practice: practice({ place: 'Łódź and Warsaw' }) },
    });
    expect(saved.body.data.savePracticeDraft.revision).toMatchObject({ lockVersion: 2 });
    const stale = await call('Bruno', SAVE, {
      input: { revisionId: first, expectedLockVersion: 1, practice: practice({ title: 'Bruno’s title' }) },
    });
    expect(stale.body.data.savePracticeDraft).toMatchObject({
      errors: [{ field: 'expectedLockVersion', code: 'CONFLICT' }],
      revision: null,
      current: { lockVersion: 2, practice: { title: 'Peer recovery cafés in Łódź' } },
    });
    // Not the moderator's to be reviewed yet, and nobody else's to see.
    expect(
      (await call('Maria', `{ revision(id: "${first}") { id } }`)).body.errors?.[0]?.extensions?.['code'],
    ).toBe('NOT_FOUND');
    expect(
      (await call(null, `{ revisions(kind: PRACTICE, id: "${recordId}") { id } }`)).body.data.revisions,
    ).toEqual([]);
  });

  it('refuses hostile and oversize input field by field, and renders any Markdown inert', async () => {
    const bad = async (extra: Record<string, unknown>) =>
      (
        await call('Hanna', CREATE, {
          input: { organisationSlug: 'human-foundation', practice: practice(extra) },
        })
      ).body.data.createPractice.errors;
    expect(await bad({ summary: 'x'.repeat(100_000) })).toEqual([
      { field: 'practice.summary', code: 'TOO_LONG' },
    ]);
    expect(await bad({ countryCode: 'ZZ' })).toEqual([{ field: 'practice.countryCode', code: 'NOT_FOUND' }]);
    expect(await bad({ countryCode: 'Poland' })).toEqual([
      { field: 'practice.countryCode', code: 'INVALID' },
    ]);
    expect(await bad({ sources: [{ title: 'x', url: 'javascript:alert(1)' }] })).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'practice.sources.0.url' })]),
    );
    expect(await bad({ organisationSlugs: ["'; DROP TABLE practices; --"] })).toEqual([
      { field: 'practice.organisationSlugs', code: 'NOT_FOUND' },
    ]);
    const xss = await call('Hanna', CREATE, {
      input: {
        organisationSlug: 'human-foundation',
        practice: practice({
          summary:
            '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href="javascript:alert(1)">y</a>',
        }),
      },
    });
    const html: string = xss.body.data.createPractice.revision.practice.summaryHtml;
    expect(html).not.toMatch(/<(script|img|a)\b/i);
    // Someone else's organisation is not hers to write for.
    const other = await call('Hanna', CREATE, {
      input: { organisationSlug: 'epsm-lille-metropole', practice: practice() },
    });
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('submit → changes requested → edited → approved: public, in search within 2 s, on Poland’s profile', async () => {
    const submitted = await call('Hanna', SUBMIT, { id: first });
    if (!submitted.body.data?.submitRevision?.revision) throw new Error(JSON.stringify(submitted.body));
    expect(submitted.body.data.submitRevision.revision.state).toBe('SUBMITTED');
    const queue = await call('Mo', '{ reviewQueue { counts { kind count } revisions { id title } } }');
    expect(queue.body.data.reviewQueue.revisions).toEqual([
      { id: first, title: 'Peer recovery cafés in Łódź' },
    ]);
    // A comment is needed to ask for changes; the author cannot review their own.
    expect(
      (await call('Mo', REVIEW, { id: first, decision: 'REQUEST_CHANGES', comment: '' })).body.data
        .reviewRevision.errors,
    ).toEqual([{ field: 'comment', code: 'REQUIRED' }]);
    const asked = await call('Mo', REVIEW, {
      id: first,
      decision: 'REQUEST_CHANGES',
      comment: 'Add the start year.',
    });
    expect(asked.body.data.reviewRevision.revision).toMatchObject({
      state: 'CHANGES_REQUESTED',
      reviewComment: 'Add the start year.',
      reviewer: { displayName: 'Mo' },
    });
    const mine = await call('Hanna', '{ myContributions { id state reviewComment } }');
    // "Download my data" holds what she wrote too.
    const data = await call('Hanna', '{ myData { contributions { id practice { title } } } }');
    expect(data.body.data.myData.contributions).toEqual(
      expect.arrayContaining([{ id: first, practice: { title: 'Peer recovery cafés in Łódź' } }]),
    );
    expect(mine.body.data.myContributions).toEqual(
      expect.arrayContaining([
        { id: first, state: 'CHANGES_REQUESTED', reviewComment: 'Add the start year.' },
      ]),
    );

    // Editing a reviewed revision starts revision 2; the reviewed one stays as it was.
    const edited = await call('Hanna', SAVE, {
      input: {
        revisionId: first,
        expectedLockVersion: 3,
        practice: practice({ startYear: 2024, place: 'Łódź, Warsaw and Kraków' }),
      },
    });
    const second = edited.body.data.savePracticeDraft.revision;
    expect(second).toMatchObject({ number: 2, state: 'DRAFT', recordId });
    await call('Hanna', SUBMIT, { id: second.id });
    const approved = await call('Mo', REVIEW, { id: second.id, decision: 'APPROVE', comment: '' });
    expect(approved.body.data.reviewRevision.revision).toMatchObject({
      state: 'PUBLISHED',
      recordSlug: 'peer-recovery-cafes-in-lodz',
    });

    const page = await call(
      null,
      '{ practice(slug: "peer-recovery-cafes-in-lodz") { title place startYear version summaryHtml lastUpdate { organisation { slug } revision } } }',
    );
    expect(page.body.data.practice.lastUpdate).toEqual({
      organisation: { slug: 'human-foundation' },
      revision: 2,
    });
    const seeded = await call(
      null,
      '{ practice(slug: "pl-recovery-assistants") { lastUpdate { organisation { slug } revision } } }',
    );
    expect(seeded.body.data.practice.lastUpdate).toEqual({ organisation: null, revision: null });
    expect(page.body.data.practice).toMatchObject({
      title: 'Peer recovery cafés in Łódź',
      startYear: 2024,
      version: 1,
    });
    const started = Date.now();
    let found = false;
    while (!found && Date.now() - started < 2000) {
      const s = await call(null, '{ search(query: "recovery cafés Łódź") { hits { slug } } }');
      found = s.body.data.search.hits.some((h: { slug: string }) => h.slug === 'peer-recovery-cafes-in-lodz');
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toBe(true);
    const poland = await call(null, '{ country(code: "PL") { practices { slug } } }');
    expect(poland.body.data.country.practices.map((p: { slug: string }) => p.slug)).toContain(
      'peer-recovery-cafes-in-lodz',
    );
  });

  it('keeps the history; anyone sees what was published; a word diff; restoring revision 1 makes revision 3', async () => {
    const history = await call('Hanna', `{ revisions(kind: PRACTICE, id: "${recordId}") { number state } }`);
    expect(history.body.data.revisions).toEqual([
      { number: 2, state: 'PUBLISHED' },
      { number: 1, state: 'CHANGES_REQUESTED' },
    ]);
    expect(
      (await call(null, `{ revisions(kind: PRACTICE, id: "${recordId}") { number } }`)).body.data.revisions,
    ).toEqual([{ number: 2 }]);
    const ids = (await call('Hanna', `{ revisions(kind: PRACTICE, id: "${recordId}") { id number } }`)).body
      .data.revisions as { id: string; number: number }[];
    const one = ids.find((r) => r.number === 1)!.id;
    const two = ids.find((r) => r.number === 2)!.id;
    const diff = await call(
      'Hanna',
      `{ revisionDiff(fromId: "${one}", toId: "${two}") { field before after parts { change text } } }`,
    );
    const fields = diff.body.data.revisionDiff.map((c: { field: string }) => c.field).sort();
    expect(fields).toEqual(['place', 'startYear']);
    const place = diff.body.data.revisionDiff.find((c: { field: string }) => c.field === 'place');
    expect(place).toMatchObject({ before: 'Łódź and Warsaw', after: 'Łódź, Warsaw and Kraków' });
    const parts = place.parts as { change: string; text: string }[];
    expect(
      parts
        .filter((p) => p.change !== 'REMOVED')
        .map((p) => p.text)
        .join(''),
    ).toBe(place.after);
    expect(
      parts
        .filter((p) => p.change !== 'ADDED')
        .map((p) => p.text)
        .join(''),
    ).toBe(place.before);
    expect(parts.some((p) => p.change === 'ADDED' && p.text.includes('Kraków'))).toBe(true);
    const restored = await call(
      'Hanna',
      `mutation { restoreRevision(input: { revisionId: "${one}" }) { errors { field } revision { number state practice { startYear } } } }`,
    );
    expect(restored.body.data.restoreRevision.revision).toEqual({
      number: 3,
      state: 'DRAFT',
      practice: { startYear: null },
    });
  });

  it('a member proposes Poland’s pay fact with a source; approved, the profile and the comparison show it', async () => {
    const PROPOSE = `mutation ($input: ProposeCountryFactInput!) { proposeCountryFact(input: $input) { errors { field code } revision { id state } } }`;
    const input = {
      countryCode: 'pl',
      dimension: 'PAY',
      level: 'PARTIAL',
      text: 'Recovery assistants are paid on hospital pay scales in some voivodeships.',
      source: {
        title: 'Ministry of Health regulation 2021',
        url: 'https://example.org/pl-2021',
        locator: '§ 3',
      },
      checkedOn: '2026-11-20',
    };
    // A fact without an address or a locator, or checked in the future, is refused per field.
    const missing = await call('Maria', PROPOSE, { input: { ...input, source: { title: 'Somewhere' } } });
    expect(missing.body.data.proposeCountryFact.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['source.locator', 'source.url'],
    );
    expect(
      (await call('Maria', PROPOSE, { input: { ...input, checkedOn: '2999-01-01' } })).body.data
        .proposeCountryFact.errors,
    ).toEqual([{ field: 'checkedOn', code: 'OUT_OF_RANGE' }]);
    expect(
      (await call('Maria', PROPOSE, { input: { ...input, countryCode: 'ZZ' } })).body.data.proposeCountryFact
        .errors,
    ).toEqual([{ field: 'countryCode', code: 'NOT_FOUND' }]);

    const proposed = await call('Maria', PROPOSE, { input });
    const id = proposed.body.data.proposeCountryFact.revision.id;
    expect(proposed.body.data.proposeCountryFact.revision.state).toBe('SUBMITTED');
    await call('Mo', REVIEW, { id, decision: 'APPROVE', comment: 'Checked.' });
    const pl = await call(
      null,
      '{ country(code: "PL") { dimensions { key level text verifiedOn sources { title url locator } } } }',
    );
    const pay = pl.body.data.country.dimensions.find((d: { key: string }) => d.key === 'PAY');
    expect(pay).toEqual({
      key: 'PAY',
      level: 'PARTIAL',
      text: input.text,
      verifiedOn: '2026-11-20',
      sources: [{ title: input.source.title, url: input.source.url, locator: '§ 3' }],
    });
    const compared = await call(
      null,
      '{ compareCountries(codes: ["PL", "IT", "IE"]) { rows { key cells { level } } } }',
    );
    expect(JSON.stringify(compared.body.data ?? compared.body.errors)).toContain('PARTIAL');
  });
});
