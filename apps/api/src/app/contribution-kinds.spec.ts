import { REVISIONS_PER_DAY } from '@peerhub/contributions/api';
import { DataSource } from 'typeorm';
import { Members } from '../testing/members';
import { XSS_CORPUS, inertFindings } from '../testing/xss-corpus';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * Resources and organisation profiles through the same review as practices, and archiving: a resource written for
 * Human Foundation is reviewed and published (searchable, on the organisation's page, with "last updated"); a
 * member proposes a new organisation and becomes its editor once it is published; an editor of a verified
 * organisation publishes its own profile on submitting, an unverified one's waits for review; an archived record
 * leaves lists, search and its page, and comes back; two saves of one draft conflict; bad input is refused field
 * by field.
 */

const REVISION = `id number state lockVersion recordId recordSlug recordArchived title
  resource { title type language publisher description descriptionHtml publisherOrganisation { slug } organisations { slug } sources { title } }
  organisationProfile { name type countryCode description descriptionHtml languages expertise website openToPartnership }`;
const PAYLOAD = `errors { field code message } revision { ${REVISION} }`;
const CREATE_RESOURCE = `mutation ($input: CreateResourceInput!) { createResource(input: $input) { ${PAYLOAD} } }`;
const SAVE_RESOURCE = `mutation ($input: SaveResourceDraftInput!) { saveResourceDraft(input: $input) { ${PAYLOAD} current { ${REVISION} } } }`;
const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${PAYLOAD} } }`;
const EDIT_ORG = `mutation ($slug: String!) { editOrganisation(input: { organisationSlug: $slug }) { ${PAYLOAD} } }`;
const SAVE_ORG = `mutation ($input: SaveOrganisationDraftInput!) { saveOrganisationDraft(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation ($id: ID!) { submitRevision(input: { revisionId: $id }) { ${PAYLOAD} } }`;
const APPROVE = `mutation ($id: ID!) { reviewRevision(input: { revisionId: $id, decision: APPROVE }) { ${PAYLOAD} } }`;
const ARCHIVE = (op: string) =>
  `mutation ($kind: ContentKind!, $id: ID!, $reason: String!) { ${op}(input: { kind: $kind, recordId: $id, reason: $reason }) {
    errors { field code } record { kind slug title archived } } }`;

const resource = (extra: Record<string, unknown> = {}) => ({
  title: 'Peer supervision toolkit',
  type: 'TOOLKIT',
  language: 'pl',
  publisher: 'Human Foundation',
  year: 2025,
  audience: ['PEER_WORKERS', 'TRAINERS'],
  topics: ['Supervision'],
  competencyTags: ['reflective practice'],
  url: 'https://example.org/toolkit',
  description: 'A **toolkit** for supervising peer workers in community teams. <script>alert(1)</script>',
  sources: [{ title: 'Toolkit, first edition', url: 'https://example.org/toolkit.pdf', locator: 'ch. 2' }],
  ...extra,
});

const organisation = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'PEER_ASSOCIATION',
  countryCode: 'IT',
  city: 'Trieste',
  description: 'An association of peer workers in the north-east of Italy, training and supervising peers.',
  expertise: ['peer training'],
  languages: ['pt', 'en'],
  projects: ['HelpEx'],
  website: 'https://example.org/assoc',
  openToPartnership: true,
  ...extra,
});

describe('contributions of resources and organisation profiles; archive', () => {
  let t: TestApp;
  let m: Members;

  const searchFinds = async (query: string, slug: string, want: boolean): Promise<number> => {
    const start = Date.now();
    for (;;) {
      const s = await m.call(
        null,
        '{ search(query: $q) { hits { slug } } }'.replace('$q', JSON.stringify(query)),
      );
      const found = s.body.data.search.hits.some((h: { slug: string }) => h.slug === slug);
      if (found === want) return Date.now() - start;
      if (Date.now() - start > 5000)
        throw new Error(`search for "${query}" ${want ? 'never found' : 'still finds'} ${slug}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    t = await startTestApp({});
    m = new Members(t);
    await m.add('Hanna', [], 'human-foundation');
    await m.add('Mo', ['moderator']);
    await m.add('Maria');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  let resourceRecord = '';
  let resourceSlug = '';

  it('a resource: draft → conflict on a stale save → submitted → approved: public, sanitised, searchable, last updated by its organisation', async () => {
    const created = await m.call('Hanna', CREATE_RESOURCE, {
      input: { organisationSlug: 'human-foundation', resource: resource(), reason: 'Our toolkit' },
    });
    expect(created.body.data.createResource.errors).toEqual([]);
    const draft = created.body.data.createResource.revision;
    expect(draft).toMatchObject({ number: 1, state: 'DRAFT', recordSlug: null });
    expect(draft.resource.publisherOrganisation.slug).toBe('human-foundation');
    expect(draft.resource.descriptionHtml).toContain('<strong>toolkit</strong>');
    expect(draft.resource.descriptionHtml).not.toMatch(/<script/i);
    resourceRecord = draft.recordId;

    const saved = await m.call('Hanna', SAVE_RESOURCE, {
      input: { revisionId: draft.id, expectedLockVersion: 1, resource: resource({ year: 2026 }) },
    });
    expect(saved.body.data.saveResourceDraft.errors).toEqual([]);
    const stale = await m.call('Hanna', SAVE_RESOURCE, {
      input: { revisionId: draft.id, expectedLockVersion: 1, resource: resource({ title: 'Lost?' }) },
    });
    expect(stale.body.data.saveResourceDraft.errors).toEqual([
      expect.objectContaining({ field: 'expectedLockVersion', code: 'CONFLICT' }),
    ]);
    expect(stale.body.data.saveResourceDraft.current.resource.title).toBe('Peer supervision toolkit');

    expect((await m.call('Hanna', SUBMIT, { id: draft.id })).body.data.submitRevision.errors).toEqual([]);
    const approved = await m.call('Mo', APPROVE, { id: draft.id });
    expect(approved.body.data.reviewRevision.errors).toEqual([]);
    resourceSlug = approved.body.data.reviewRevision.revision.recordSlug;
    expect(resourceSlug).toBe('peer-supervision-toolkit');

    const page = await m.call(
      null,
      `{ resource(slug: "${resourceSlug}") { title year language descriptionHtml version lastUpdate { organisation { slug } revision } } }`,
    );
    expect(page.body.data.resource).toMatchObject({
      title: 'Peer supervision toolkit',
      year: 2026,
      language: 'pl',
      version: 1,
      lastUpdate: { organisation: { slug: 'human-foundation' }, revision: 1 },
    });
    expect(page.body.data.resource.descriptionHtml).not.toMatch(/<script/i);
    expect(await searchFinds('peer supervision toolkit', resourceSlug, true)).toBeLessThan(2000);
  });

  it('renaming a published resource keeps its address (slugs never change); the edit waits for review while the published one stays', async () => {
    const EDIT = `mutation ($slug: String!) { editResource(input: { resourceSlug: $slug, reason: "New title" }) { ${PAYLOAD} } }`;
    const draft = (await m.call('Hanna', EDIT, { slug: resourceSlug })).body.data.editResource.revision;
    expect(draft).toMatchObject({ number: 2, state: 'DRAFT', recordSlug: resourceSlug });
    const saved = await m.call('Hanna', SAVE_RESOURCE, {
      input: {
        revisionId: draft.id,
        expectedLockVersion: draft.lockVersion,
        resource: resource({ title: 'Supervising peer workers: a toolkit', year: 2026 }),
      },
    });
    expect(saved.body.data.saveResourceDraft.errors).toEqual([]);
    await m.call('Hanna', SUBMIT, { id: draft.id });
    const before = await m.call(null, `{ resource(slug: "${resourceSlug}") { title } }`);
    expect(before.body.data.resource.title).toBe('Peer supervision toolkit');
    const approved = await m.call('Mo', APPROVE, { id: draft.id });
    expect(approved.body.data.reviewRevision.revision.recordSlug).toBe(resourceSlug);
    const after = await m.call(null, `{ resource(slug: "${resourceSlug}") { title version } }`);
    expect(after.body.data.resource).toEqual({ title: 'Supervising peer workers: a toolkit', version: 2 });
    const history = await m.call(
      null,
      `{ revisions(kind: RESOURCE, id: "${resourceRecord}") { id number } }`,
    );
    const [two, one] = history.body.data.revisions as { id: string }[];
    const diff = await m.call(
      null,
      `{ revisionDiff(fromId: "${one.id}", toId: "${two.id}") { field before after } }`,
    );
    const fields = diff.body.data.revisionDiff as { field: string; before: string; after: string }[];
    expect(fields.map((f) => f.field)).toEqual(['title']);
    expect(JSON.stringify(fields)).not.toMatch(/object Object|Id"/);
    // It is among its organisation's resources.
    const org = await m.call(null, '{ organisation(slug: "human-foundation") { resources { slug } } }');
    expect(org.body.data.organisation.resources.map((r: { slug: string }) => r.slug)).toContain(resourceSlug);
  });

  it('after changes requested, an edit and an approval, editing again starts a new revision (the reviewed one stays closed)', async () => {
    const REQUEST = `mutation ($id: ID!) { reviewRevision(input: { revisionId: $id, decision: REQUEST_CHANGES, comment: "Add the year" }) { ${PAYLOAD} } }`;
    const EDIT = `mutation ($slug: String!) { editResource(input: { resourceSlug: $slug }) { ${PAYLOAD} } }`;
    const first = (
      await m.call('Hanna', CREATE_RESOURCE, {
        input: {
          organisationSlug: 'human-foundation',
          resource: resource({ title: 'Peer mentoring handbook' }),
        },
      })
    ).body.data.createResource.revision;
    await m.call('Hanna', SUBMIT, { id: first.id });
    await m.call('Mo', REQUEST, { id: first.id });
    const second = (
      await m.call('Hanna', SAVE_RESOURCE, {
        input: {
          revisionId: first.id,
          expectedLockVersion: first.lockVersion + 1,
          resource: resource({ title: 'Peer mentoring handbook', year: 2024 }),
        },
      })
    ).body.data.saveResourceDraft.revision;
    expect(second.number).toBe(2);
    await m.call('Hanna', SUBMIT, { id: second.id });
    const slug = (await m.call('Mo', APPROVE, { id: second.id })).body.data.reviewRevision.revision
      .recordSlug;
    const third = (await m.call('Hanna', EDIT, { slug })).body.data.editResource.revision;
    expect(third).toMatchObject({ number: 3, state: 'DRAFT' });
    // Asking again gives the same open draft, not a fourth.
    expect((await m.call('Hanna', EDIT, { slug })).body.data.editResource.revision.id).toBe(third.id);
  });

  it('a resource that is incomplete, oversize or names what does not exist is refused field by field', async () => {
    const created = await m.call('Hanna', CREATE_RESOURCE, {
      input: {
        organisationSlug: 'human-foundation',
        resource: resource({ title: 'x', description: '', url: null, sources: [] }),
      },
    });
    const id = created.body.data.createResource.revision.id;
    const submitted = await m.call('Hanna', SUBMIT, { id });
    expect(submitted.body.data.submitRevision.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'resource.description',
      'resource.sources',
      'resource.title',
    ]);
    const bad = await m.call('Hanna', CREATE_RESOURCE, {
      input: {
        organisationSlug: 'human-foundation',
        resource: resource({
          language: 'polish',
          url: 'javascript:alert(1)',
          description: 'x'.repeat(100_000),
        }),
      },
    });
    expect(bad.status).toBe(200);
    expect(
      bad.body.errors?.[0]?.extensions?.['code'] ?? bad.body.data?.createResource?.errors?.[0]?.code,
    ).toBeTruthy();
    const fields = JSON.stringify(bad.body);
    for (const f of ['language', 'url', 'description']) expect(fields).toContain(f);
    const unknown = await m.call('Hanna', CREATE_RESOURCE, {
      input: {
        organisationSlug: 'human-foundation',
        resource: resource({ languageVersionOf: 'no-such-resource', organisationSlugs: ['nobody'] }),
      },
    });
    expect(unknown.body.data.createResource.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a member proposes a new organisation; once published they are its editor and can write for it', async () => {
    const name = `Associação Pares ${Date.now().toString(36)}`;
    const created = await m.call('Maria', CREATE_ORG, { input: { organisation: organisation(name) } });
    expect(created.body.data.createOrganisation.errors).toEqual([]);
    const draft = created.body.data.createOrganisation.revision;
    expect(draft.organisationProfile).toMatchObject({ name, countryCode: 'IT', languages: ['pt', 'en'] });
    // Not an editor yet: Maria cannot write a resource for anything.
    expect((await m.call('Maria', SUBMIT, { id: draft.id })).body.data.submitRevision.revision.state).toBe(
      'SUBMITTED',
    );
    const approved = await m.call('Mo', APPROVE, { id: draft.id });
    expect(approved.body.data.reviewRevision.errors).toEqual([]);
    const slug = approved.body.data.reviewRevision.revision.recordSlug;
    const page = await m.call(
      null,
      `{ organisation(slug: "${slug}") { name verified openToPartnership city lastUpdate { revision } } }`,
    );
    expect(page.body.data.organisation).toMatchObject({
      name,
      verified: false,
      openToPartnership: true,
      city: 'Trieste',
    });
    const res = await m.call('Maria', CREATE_RESOURCE, {
      input: { organisationSlug: slug, resource: resource({ title: 'Guia para pares' }) },
    });
    expect(res.body.data.createResource.errors).toEqual([]);
    // Its profile is not verified: Maria's edit waits for review.
    const edit = await m.call('Maria', EDIT_ORG, { slug });
    const rev = edit.body.data.editOrganisation.revision;
    await m.call('Maria', SAVE_ORG, {
      input: {
        revisionId: rev.id,
        expectedLockVersion: rev.lockVersion,
        organisation: organisation(name, { city: 'Udine' }),
      },
    });
    expect((await m.call('Maria', SUBMIT, { id: rev.id })).body.data.submitRevision.revision.state).toBe(
      'SUBMITTED',
    );
    expect(
      (await m.call(null, `{ organisation(slug: "${slug}") { city } }`)).body.data.organisation.city,
    ).toBe('Trieste');
  });

  it('an editor of a verified organisation publishes its profile on submitting; others may not edit it', async () => {
    const edit = await m.call('Hanna', EDIT_ORG, { slug: 'human-foundation' });
    const rev = edit.body.data.editOrganisation.revision;
    expect(rev.organisationProfile.name).toBeTruthy();
    const profile = { ...rev.organisationProfile };
    delete profile.descriptionHtml;
    const saved = await m.call('Hanna', SAVE_ORG, {
      input: {
        revisionId: rev.id,
        expectedLockVersion: rev.lockVersion,
        organisation: {
          ...profile,
          description: `${profile.description} Now also in Kraków.`,
          openToPartnership: true,
        },
      },
    });
    expect(saved.body.data.saveOrganisationDraft.errors).toEqual([]);
    const submitted = await m.call('Hanna', SUBMIT, { id: rev.id });
    expect(submitted.body.data.submitRevision.errors).toEqual([]);
    expect(submitted.body.data.submitRevision.revision.state).toBe('PUBLISHED');
    const page = await m.call(
      null,
      '{ organisation(slug: "human-foundation") { description verified version lastUpdate { organisation { slug } } } }',
    );
    expect(page.body.data.organisation.description).toContain('Now also in Kraków.');
    expect(page.body.data.organisation.verified).toBe(true);
    // A moderator's edit of the same profile is reviewed like any other (no publishing by role).
    const modEdit = (await m.call('Mo', EDIT_ORG, { slug: 'human-foundation' })).body.data.editOrganisation
      .revision;
    expect((await m.call('Mo', SUBMIT, { id: modEdit.id })).body.data.submitRevision.revision.state).toBe(
      'SUBMITTED',
    );
    const denied = await m.call('Maria', EDIT_ORG, { slug: 'human-foundation' });
    expect(denied.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('an archived resource leaves its page, lists and search, keeps its history, and comes back', async () => {
    const refused = await m.call('Maria', ARCHIVE('archiveRecord'), {
      kind: 'RESOURCE',
      id: resourceRecord,
      reason: 'Mine now',
    });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const archived = await m.call('Hanna', ARCHIVE('archiveRecord'), {
      kind: 'RESOURCE',
      id: resourceRecord,
      reason: 'Replaced by the second edition',
    });
    expect(archived.body.data.archiveRecord).toMatchObject({
      errors: [],
      record: { archived: true, slug: resourceSlug },
    });
    const again = await m.call('Hanna', ARCHIVE('archiveRecord'), {
      kind: 'RESOURCE',
      id: resourceRecord,
      reason: 'Twice',
    });
    expect(again.body.data.archiveRecord.errors).toEqual([
      expect.objectContaining({ field: 'recordId', code: 'CONFLICT' }),
    ]);
    const page = await m.call(null, `{ resource(slug: "${resourceSlug}") { title } }`);
    expect(page.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const list = await m.call(null, '{ organisation(slug: "human-foundation") { resources { slug } } }');
    expect(JSON.stringify(list.body)).not.toContain(resourceSlug);
    expect(await searchFinds('supervising peer workers toolkit', resourceSlug, false)).toBeLessThan(2000);
    const history = await m.call(
      null,
      `{ revisions(kind: RESOURCE, id: "${resourceRecord}") { number recordArchived } }`,
    );
    expect(history.body.data.revisions).toEqual([
      { number: 2, recordArchived: true },
      { number: 1, recordArchived: true },
    ]);
    const queue = await m.call('Mo', '{ archivedRecords(kind: RESOURCE) { recordId slug } }');
    expect(queue.body.data.archivedRecords).toContainEqual({ recordId: resourceRecord, slug: resourceSlug });
    // Its address stays its own: a new resource with the same title gets another.
    const twin = await m.call('Hanna', CREATE_RESOURCE, {
      input: { organisationSlug: 'human-foundation', resource: resource() },
    });
    const twinId = twin.body.data.createResource.revision.id;
    await m.call('Hanna', SUBMIT, { id: twinId });
    const twinSlug = (await m.call('Mo', APPROVE, { id: twinId })).body.data.reviewRevision.revision
      .recordSlug;
    expect(twinSlug).toBe('peer-supervision-toolkit-2');

    const back = await m.call('Mo', ARCHIVE('unarchiveRecord'), {
      kind: 'RESOURCE',
      id: resourceRecord,
      reason: 'Still cited',
    });
    expect(back.body.data.unarchiveRecord).toMatchObject({ errors: [], record: { archived: false } });
    expect(
      (await m.call(null, `{ resource(slug: "${resourceSlug}") { title } }`)).body.data.resource.title,
    ).toBe('Supervising peer workers: a toolkit');
    expect(await searchFinds('supervising peer workers toolkit', resourceSlug, true)).toBeLessThan(2000);
    const audit: { kind: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT kind FROM audit_events WHERE detail->>'recordId' = $1 ORDER BY at`, [resourceRecord]);
    expect(audit.map((a) => a.kind)).toEqual(['record_archived', 'record_unarchived']);
  });

  it('a member starts at most REVISIONS_PER_DAY new revisions a day (autosaves are free); then RATE_LIMITED with a wait', async () => {
    await m.add('Rita');
    const made = await Promise.all(
      Array.from({ length: REVISIONS_PER_DAY }, (_, i) =>
        m.call('Rita', CREATE_ORG, { input: { organisation: organisation(`Rita's group ${i}`) } }),
      ),
    );
    expect(made.every((c) => c.body.data?.createOrganisation?.errors?.length === 0)).toBe(true);
    const first = made[0].body.data.createOrganisation.revision;
    const autosave = await m.call('Rita', SAVE_ORG, {
      input: {
        revisionId: first.id,
        expectedLockVersion: first.lockVersion,
        organisation: organisation('Renamed'),
      },
    });
    expect(autosave.body.data.saveOrganisationDraft.errors).toEqual([]);
    const over = await m.call('Rita', CREATE_ORG, { input: { organisation: organisation('One too many') } });
    expect(over.status).toBe(200);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(over.body.errors?.[0]?.extensions?.['retryAfter'])).toBeGreaterThan(0);
  });

  it('the XSS corpus in a resource’s and an organisation’s every text field: stored as text, descriptions rendered inert', async () => {
    const all = XSS_CORPUS.map((p) => p.payload).join('\n\n');
    const some = XSS_CORPUS.slice(0, 20).map((p) => p.payload.slice(0, 110));
    const res = await m.call('Hanna', CREATE_RESOURCE, {
      input: {
        organisationSlug: 'human-foundation',
        resource: resource({
          title: some[0].slice(0, 200),
          publisher: some[1],
          description: all,
          topics: some.slice(0, 10).map((t) => t.slice(0, 60)),
          competencyTags: some.slice(10),
          sources: [{ title: some[2], url: 'https://example.org/x?q=<script>', locator: some[3] }],
        }),
        reason: some[4],
      },
    });
    expect(res.status).toBe(200);
    const r = res.body.data.createResource;
    expect(r.errors).toEqual([]);
    expect(inertFindings(r.revision.resource.descriptionHtml)).toEqual([]);
    expect(r.revision.resource.publisher).toBe(some[1].trim());
    const org = await m.call('Maria', CREATE_ORG, {
      input: {
        organisation: organisation(some[5].slice(0, 200), {
          acronym: some[6].slice(0, 30),
          city: some[7],
          description: all,
          expertise: some.slice(8, 12),
          projects: some.slice(12, 16),
        }),
      },
    });
    expect(org.status).toBe(200);
    expect(org.body.data.createOrganisation.errors).toEqual([]);
    expect(
      inertFindings(org.body.data.createOrganisation.revision.organisationProfile.descriptionHtml),
    ).toEqual([]);
    // Published, the public pages' HTML is inert too.
    const id = r.revision.id;
    await m.call('Hanna', SUBMIT, { id });
    const slug = (await m.call('Mo', APPROVE, { id })).body.data.reviewRevision.revision.recordSlug;
    const page = await m.call(null, `{ resource(slug: "${slug}") { descriptionHtml } }`);
    expect(inertFindings(page.body.data.resource.descriptionHtml)).toEqual([]);
    expect(JSON.stringify(page.body)).not.toMatch(/INTERNAL_SERVER_ERROR|at \w+ \(/);
  });

  it('country facts are never archived; unknown ids and kinds are refused, never a 500', async () => {
    const fact = await m.call('Mo', ARCHIVE('archiveRecord'), {
      kind: 'COUNTRY_FACT',
      id: resourceRecord,
      reason: 'Not this',
    });
    expect(fact.body.data.archiveRecord.errors[0]).toMatchObject({ field: 'kind' });
    for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      const r = await m.call('Mo', ARCHIVE('archiveRecord'), { kind: 'PRACTICE', id, reason: 'No such' });
      expect(r.status).toBe(200);
      expect(r.body.data.archiveRecord.errors[0]).toMatchObject({ field: 'recordId', code: 'NOT_FOUND' });
    }
  });
});
