import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { ArchivedRecordView, RevisionView } from '@peerhub/contributions/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ArchivedRecordsDocument,
  ContributeOptionsDocument,
  MeDocument,
  RecordRevisionsDocument,
  ReviewQueueDocument,
  ReviewRevisionDocument,
  RevisionDiffDocument,
  UnarchiveRecordDocument,
} from '@peerhub/shared/graphql-types';
import { ReviewQueueComponent } from './review-queue.component';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const chips = (el: Element) => Array.from(el.querySelectorAll('.chips > *')).map((c) => text(c));

const moderator = {
  id: 'mod',
  email: 'mo@example.org',
  displayName: 'Mo',
  realName: null,
  showRealName: false,
  language: 'en',
  countryCode: 'PL',
  roles: ['moderator'],
  suspended: false,
};
const humanFoundation = { id: 'o1', slug: 'human-foundation', name: 'Human Foundation' };

function revision(over: Partial<RevisionView> = {}): RevisionView {
  return {
    id: 'r1',
    kind: 'RESOURCE',
    recordId: 'res1',
    recordSlug: null,
    recordArchived: false,
    number: 1,
    state: 'SUBMITTED',
    title: 'A guide',
    reason: 'Our new guide.',
    reviewComment: '',
    lockVersion: 1,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    submittedAt: '2026-03-01T10:00:00Z',
    decidedAt: null,
    author: { id: 'w1', displayName: 'Writer' },
    reviewer: null,
    organisation: humanFoundation,
    practice: null,
    resource: {
      title: 'A guide',
      type: 'GUIDE',
      language: 'en',
      translationGroup: null,
      publisher: 'Human Foundation',
      year: 2025,
      audience: [],
      topics: [],
      competencyTags: [],
      url: null,
      description: 'A guide.',
      descriptionHtml: '<p>A guide.</p>',
      publisherOrganisation: null,
      sources: [{ title: 'The guide', url: null, locator: 'p. 1' }],
      organisations: [humanFoundation],
    },
    organisationProfile: null,
    countryFact: null,
    ...over,
  };
}

const profileEdit = revision({
  id: 'r9',
  kind: 'ORGANISATION',
  recordId: 'o1',
  recordSlug: 'human-foundation',
  number: 2,
  title: 'Human Foundation',
  resource: null,
  organisationProfile: {
    name: 'Human Foundation',
    acronym: null,
    type: 'NGO',
    countryCode: 'PL',
    city: 'Łódź',
    description: 'Peer support.',
    descriptionHtml: '<p>Peer support.</p>',
    expertise: [],
    languages: [],
    projects: [],
    website: null,
    openToPartnership: false,
    sources: [],
  },
});

const archivedPractice: ArchivedRecordView = {
  kind: 'PRACTICE',
  recordId: 'p1',
  slug: 'peer-cafes',
  title: 'Peer cafés',
  archived: true,
  archivedAt: '2026-03-02T10:00:00Z',
};
const archivedResource: ArchivedRecordView = {
  ...archivedPractice,
  kind: 'RESOURCE',
  recordId: 'res7',
  slug: 'old-guide',
  title: 'Old guide',
};

describe('ReviewQueueComponent', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me: moderator })
      .answer(ContributeOptionsDocument, {
        countries: [{ code: 'PL', name: 'Poland' }],
        organisations: { edges: [] },
      })
      .answer(ReviewQueueDocument, {
        reviewQueue: {
          counts: [
            { kind: 'PRACTICE', count: 0 },
            { kind: 'RESOURCE', count: 1 },
            { kind: 'ORGANISATION', count: 1 },
            { kind: 'COUNTRY_FACT', count: 0 },
          ],
          revisions: [revision(), profileEdit],
        },
      })
      .answer(RecordRevisionsDocument, {
        revisions: [profileEdit, revision({ ...profileEdit, id: 'r8', number: 1, state: 'PUBLISHED' })],
      })
      .answer(RevisionDiffDocument, {
        revisionDiff: [
          {
            field: 'city',
            before: 'Warsaw',
            after: 'Łódź',
            parts: [
              { change: 'REMOVED', text: 'Warsaw' },
              { change: 'ADDED', text: 'Łódź' },
            ],
          },
        ],
      })
      .answer(ArchivedRecordsDocument, {
        practices: [archivedPractice],
        resources: [archivedResource],
        organisations: [],
      });
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideFakeGraphql(api),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const f = TestBed.createComponent(ReviewQueueComponent);
    await settle();
    await new Promise((r) => setTimeout(r)); // the diffs answer
    await settle();
    return { f, el: f.nativeElement as HTMLElement };
  }

  it('counts what waits by kind, and filters by resources and organisation profiles too', async () => {
    const { el } = await render();
    expect(Array.from(el.querySelectorAll('[data-testid=review-counts] li')).map((li) => text(li))).toEqual([
      'Practices: 0',
      'Resources: 1',
      'Organisation profiles: 1',
      'Country facts: 0',
    ]);
    const select = el.querySelector('[data-testid=review-kind]') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual([
      '',
      'PRACTICE',
      'RESOURCE',
      'ORGANISATION',
      'COUNTRY_FACT',
    ]);
    select.value = 'ORGANISATION';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(api.variables(ReviewQueueDocument).at(-1)).toEqual({ kind: 'ORGANISATION' });
    // The archived records are not asked for until they are shown.
    expect(api.variables(ArchivedRecordsDocument)).toEqual([]);
  });

  it('shows a new resource’s content, and a profile edit as a diff against the published profile', async () => {
    const { el } = await render();
    const [newResource, edit] = Array.from(el.querySelectorAll('[data-testid=review-item]'));
    expect(chips(newResource)).toEqual(['Resource', 'Revision 1', 'New']);
    expect(text(newResource.querySelector('[data-testid=review-content-heading]'))).toBe('The new resource');
    expect(text(newResource.querySelector('[data-testid=revision-content]'))).toContain('Human Foundation');
    expect(newResource.querySelector('[data-testid=revision-diff]')).toBeNull();

    expect(chips(edit)).toEqual(['Organisation profile', 'Revision 2']);
    expect(api.variables(RecordRevisionsDocument)).toEqual([{ kind: 'ORGANISATION', id: 'o1' }]);
    expect(api.variables(RevisionDiffDocument)).toEqual([{ fromId: 'r8', toId: 'r9' }]);
    expect(text(edit.querySelector('[data-testid=revision-diff] dt'))).toBe('City');
    expect(text(edit.querySelector('[data-testid=revision-diff] dd'))).toBe('removed: Warsawadded: Łódź'); // the diff's own parts, no space between them
    expect(edit.querySelector('a[href="/contribute/history/organisation/o1"]')).not.toBeNull();
  });

  it('approves a resource like a practice, and says so', async () => {
    api.answer(ReviewRevisionDocument, {
      reviewRevision: { errors: [], revision: revision({ state: 'PUBLISHED' }) },
    });
    const { el } = await render();
    const item = el.querySelector('[data-testid=review-item]')!;
    (item.querySelector('[data-testid=review-approve]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r));
    await settle();
    expect(api.variables(ReviewRevisionDocument)).toEqual([
      { input: { revisionId: 'r1', decision: 'APPROVE', comment: '' } },
    ]);
    expect(text(el.querySelector('[data-testid=review-status]'))).toBe('Approved and published: A guide.');
  });

  it('lists the archived records of the chosen kind on their own page, and brings one back with a reason', async () => {
    api.answer(UnarchiveRecordDocument, {
      unarchiveRecord: { errors: [], record: { ...archivedPractice, archived: false, archivedAt: null } },
    });
    const { f, el } = await render();
    const views = Array.from(el.querySelectorAll('[data-testid=review-views] a'));
    expect(views.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
      ['Waiting for review', '/contribute/review', 'page'],
      ['Archived', '/contribute/review?view=archived', null],
    ]);
    f.componentRef.setInput('view', 'archived'); // the router binds ?view=archived
    await settle();
    expect(el.querySelector('[data-testid=review-view-archived]')?.getAttribute('aria-current')).toBe('page');
    expect(el.querySelector('[data-testid=review-items]')).toBeNull();
    expect(api.variables(ArchivedRecordsDocument)).toEqual([{}]);
    const titles = () =>
      Array.from(el.querySelectorAll('[data-testid=archived-item] h2')).map((h) => text(h));
    expect(titles()).toEqual(['Peer cafés', 'Old guide']);
    const kind = el.querySelector('[data-testid=archived-kind]') as HTMLSelectElement;
    kind.value = 'RESOURCE';
    kind.dispatchEvent(new Event('change'));
    await settle();
    expect(titles()).toEqual(['Old guide']);
    expect(
      el.querySelector('[data-testid=archived-item] [data-testid=archived-history]')?.getAttribute('href'),
    ).toBe('/contribute/history/resource/res7');

    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    await settle();
    api.answer(ArchivedRecordsDocument, { practices: [], resources: [archivedResource], organisations: [] });
    (el.querySelector('[data-testid=archived-unarchive]') as HTMLButtonElement).click();
    await settle();
    expect(text(document.querySelector('[mat-dialog-title]'))).toBe('Bring back “Peer cafés”?');
    const box = document.querySelector('[data-testid=archive-reason]') as HTMLTextAreaElement;
    box.value = 'Archived by mistake.';
    box.dispatchEvent(new Event('input'));
    (document.querySelector('[data-testid=archive-confirm]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r));
    await settle();
    expect(api.variables(UnarchiveRecordDocument)).toEqual([
      { input: { kind: 'PRACTICE', recordId: 'p1', reason: 'Archived by mistake.' } },
    ]);
    expect(text(el.querySelector('[data-testid=archived-status]'))).toBe(
      'Brought back: Peer cafés is on its public page, in the lists and search again.',
    );
    expect(titles()).toEqual(['Old guide']);
  });
});
