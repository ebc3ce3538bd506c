import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RevisionView } from '@peerhub/contributions/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ArchiveRecordDocument,
  ContributeOptionsDocument,
  MeDocument,
  MeQuery,
  MyMembershipsDocument,
  RecordRevisionsDocument,
  RevisionDiffDocument,
  UnarchiveRecordDocument,
} from '@peerhub/shared/graphql-types';
import { HistoryComponent } from './history.component';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A description list as "term: details" lines. */
const pairs = (dl: Element | null | undefined) =>
  Array.from(dl?.querySelectorAll('dt') ?? []).map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);

type Me = NonNullable<MeQuery['me']>;
const member: Me = {
  id: 'm1',
  email: 'ana@example.org',
  displayName: 'Ana',
  realName: null,
  showRealName: false,
  language: 'en',
  countryCode: 'PL',
  roles: [],
  suspended: false,
};
const moderator: Me = { ...member, id: 'mod', roles: ['moderator'] };

const humanFoundation = { id: 'o1', slug: 'human-foundation', name: 'Human Foundation' };

function revision(over: Partial<RevisionView> = {}): RevisionView {
  return {
    id: 'r2',
    kind: 'RESOURCE',
    recordId: 'res1',
    recordSlug: 'a-guide',
    recordArchived: false,
    number: 2,
    state: 'PUBLISHED',
    title: 'A guide',
    reason: 'New edition.',
    reviewComment: '',
    lockVersion: 1,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    submittedAt: '2026-03-01T10:00:00Z',
    decidedAt: '2026-03-02T10:00:00Z',
    author: { id: 'w1', displayName: 'Writer' },
    reviewer: { id: 'mod', displayName: 'Reviewer' },
    organisation: humanFoundation,
    practice: null,
    resource: {
      title: 'A guide',
      type: 'GUIDE',
      language: 'pl',
      translationGroup: null,
      publisher: '',
      year: 2024,
      audience: ['PEER_WORKERS'],
      topics: ['training'],
      competencyTags: [],
      url: 'https://example.org/guide',
      description: 'A **guide**.',
      descriptionHtml: '<p>A <strong>guide</strong>.</p>',
      publisherOrganisation: humanFoundation,
      sources: [{ title: 'The guide', url: 'https://example.org/guide', locator: null }],
      organisations: [],
    },
    organisationProfile: null,
    countryFact: null,
    ...over,
  };
}

const first = revision({ id: 'r1', number: 1, state: 'SUPERSEDED' });

describe('HistoryComponent', () => {
  let api: FakeGraphqlClient;

  function answer(revisions: RevisionView[], me: Me | null = null): void {
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me })
      .answer(RecordRevisionsDocument, { revisions })
      .answer(ContributeOptionsDocument, {
        countries: [{ code: 'PL', name: 'Poland' }],
        organisations: { edges: [{ node: { ...humanFoundation, countryCode: 'PL' } }] },
      })
      .answer(RevisionDiffDocument, {
        revisionDiff: [
          { field: 'type', before: 'REPORT', after: 'GUIDE', parts: [] },
          { field: 'publisherOrganisationId', before: '', after: 'o1', parts: [] },
          { field: 'publisherOrganisation', before: '', after: '[object Object]', parts: [] },
          { field: 'organisationIds', before: '', after: 'o1', parts: [] },
          { field: 'language', before: 'en', after: 'pl', parts: [] },
        ],
      })
      .answer(MyMembershipsDocument, { myMemberships: [] });
  }

  async function render(kind = 'resource', id = 'res1') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideFakeGraphql(api),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const f = TestBed.createComponent(HistoryComponent);
    f.componentRef.setInput('kind', kind);
    f.componentRef.setInput('id', id);
    await settle();
    await new Promise((r) => setTimeout(r)); // the diff answers
    await settle();
    return { f, el: f.nativeElement as HTMLElement };
  }

  async function archiveWith(el: HTMLElement, button: string, reason: string): Promise<void> {
    (el.querySelector(`[data-testid=${button}]`) as HTMLButtonElement).click();
    await settle();
    const box = document.querySelector('[data-testid=archive-reason]') as HTMLTextAreaElement;
    box.value = reason;
    box.dispatchEvent(new Event('input'));
    (document.querySelector('[data-testid=archive-confirm]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r));
    await settle();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('shows a resource’s history: its title, its public page, what each revision holds, a readable diff', async () => {
    answer([revision(), first]);
    const { el } = await render();
    expect(api.variables(RecordRevisionsDocument)).toEqual([{ kind: 'RESOURCE', id: 'res1' }]);
    expect(text(el.querySelector('h1'))).toBe('History of A guide');
    expect(el.querySelector('[data-testid=history-back]')?.getAttribute('href')).toBe('/resources/a-guide');
    const holds = el.querySelector('[data-testid=history-content]')!;
    expect(text(holds.querySelector('summary'))).toBe('What revision 2 holds');
    expect(pairs(holds.querySelector('[data-testid=revision-content]'))).toEqual([
      'Title: A guide',
      'Kind of resource: Guide · Polish · 2024',
      'Description: A guide.',
      'Publisher: Human Foundation',
      'Audience: Peer workers',
      'Topics: training',
      'Link: https://example.org/guide',
      'Sources: The guide',
    ]);
    expect(holds.querySelector('.rich strong')?.textContent).toBe('guide');
    // Labels and names, not codes and ids; the ids the API also compares are left out.
    expect(pairs(el.querySelector('[data-testid=revision-diff]'))).toEqual([
      'Type: removed: Report added: Guide',
      'Publishing organisation: added: Human Foundation',
      'Language: removed: English added: Polish',
    ]);
    expect(el.querySelector('[data-testid=history-archived]')).toBeNull();
    // A visitor is offered neither archiving nor restoring, and no one asks for their memberships.
    expect(el.querySelector('[data-testid=history-archive]')).toBeNull();
    expect(api.variables(MyMembershipsDocument)).toEqual([]);
  });

  it('names an organisation profile and links to its page', async () => {
    answer([
      revision({
        kind: 'ORGANISATION',
        recordId: 'o1',
        recordSlug: 'human-foundation',
        title: 'Human Foundation',
        resource: null,
        organisationProfile: {
          name: 'Human Foundation',
          acronym: 'HF',
          type: 'NGO',
          countryCode: 'PL',
          city: 'Warsaw',
          description: 'Peer support.',
          descriptionHtml: '<p>Peer support.</p>',
          expertise: ['Recovery'],
          languages: ['pl', 'en'],
          projects: [],
          website: 'https://example.org',
          openToPartnership: true,
          sources: [],
        },
      }),
    ]);
    const { el } = await render('organisation', 'o1');
    expect(text(el.querySelector('h1'))).toBe('History of Human Foundation');
    expect(el.querySelector('[data-testid=history-back]')?.getAttribute('href')).toBe(
      '/organisations/human-foundation',
    );
    expect(pairs(el.querySelector('[data-testid=revision-content]'))).toEqual([
      'Name: Human Foundation (HF)',
      'Type of organisation: NGO',
      'Where: Warsaw, Poland',
      'Description: Peer support.',
      'Expertise: Recovery',
      'Languages: Polish, English',
      'Website: https://example.org',
      'Open to partnership: Yes',
      'Sources: No source recorded.',
    ]);
  });

  it('says a record is archived, with no link to its gone page, and a moderator brings it back with a reason', async () => {
    answer([revision({ recordArchived: true }), first], moderator);
    api.answer(UnarchiveRecordDocument, {
      unarchiveRecord: {
        errors: [],
        record: {
          kind: 'RESOURCE',
          recordId: 'res1',
          slug: 'a-guide',
          title: 'A guide',
          archived: false,
          archivedAt: null,
        },
      },
    });
    const { el } = await render();
    expect(text(el.querySelector('[data-testid=history-archived]'))).toContain(
      'This record is archived: its public page, the lists and search no longer show it.',
    );
    expect(el.querySelector('[data-testid=history-back]')).toBeNull();
    expect(el.querySelector('[data-testid=history-archive]')).toBeNull();

    api.answer(RecordRevisionsDocument, { revisions: [revision(), first] });
    await archiveWith(el, 'history-unarchive', '  Current again. ');
    expect(api.variables(UnarchiveRecordDocument)).toEqual([
      { input: { kind: 'RESOURCE', recordId: 'res1', reason: 'Current again.' } },
    ]);
    expect(text(el.querySelector('[data-testid=history-archive-status]'))).toBe(
      'Brought back: A guide is on its public page again.',
    );
    expect(api.variables(RecordRevisionsDocument)).toHaveLength(2);
    expect(el.querySelector('[data-testid=history-archived]')).toBeNull();
    expect(el.querySelector('[data-testid=history-archive]')).not.toBeNull();
  });

  it('lets a moderator archive a record, and then says it is archived', async () => {
    answer([revision(), first], moderator);
    api.answer(ArchiveRecordDocument, {
      archiveRecord: {
        errors: [],
        record: {
          kind: 'RESOURCE',
          recordId: 'res1',
          slug: 'a-guide',
          title: 'A guide',
          archived: true,
          archivedAt: '2026-03-03T10:00:00Z',
        },
      },
    });
    const { el } = await render();
    api.answer(RecordRevisionsDocument, { revisions: [revision({ recordArchived: true }), first] });
    await archiveWith(el, 'history-archive', 'A duplicate.');
    expect(api.variables(ArchiveRecordDocument)).toEqual([
      { input: { kind: 'RESOURCE', recordId: 'res1', reason: 'A duplicate.' } },
    ]);
    expect(text(el.querySelector('[data-testid=history-archive-status]'))).toBe(
      'Archived: A guide is off its public page, the lists and search.',
    );
    expect(el.querySelector('[data-testid=history-archived]')).not.toBeNull();
    expect(el.querySelector('[data-testid=history-unarchive]')).not.toBeNull();
  });

  it('offers the editors of a resource’s organisations to archive it, and no other member', async () => {
    answer([revision(), first], member);
    api.answer(MyMembershipsDocument, {
      myMemberships: [
        {
          id: 'ms1',
          kind: 'JOIN',
          status: 'APPROVED',
          message: '',
          requestedAt: '2026-01-01T10:00:00Z',
          decidedAt: '2026-01-02T10:00:00Z',
          organisation: { ...humanFoundation, countryCode: 'PL', verified: true },
          member: { id: 'm1', displayName: 'Ana' },
        },
      ],
    });
    let { el } = await render();
    expect(api.variables(MyMembershipsDocument)).toEqual([{}]);
    expect(el.querySelector('[data-testid=history-archive]')).not.toBeNull();

    TestBed.resetTestingModule();
    answer([revision(), first], member); // no membership
    ({ el } = await render());
    expect(el.querySelector('[data-testid=history-archive]')).toBeNull();
  });

  it('offers no one but moderators to archive an organisation profile, and never a country fact', async () => {
    const profile = revision({ kind: 'ORGANISATION', recordId: 'o1', resource: null });
    answer([profile], member);
    let { el } = await render('organisation', 'o1');
    expect(el.querySelector('[data-testid=history-archive]')).toBeNull();
    expect(api.variables(MyMembershipsDocument)).toEqual([]);

    TestBed.resetTestingModule();
    answer([profile], moderator);
    ({ el } = await render('organisation', 'o1'));
    expect(el.querySelector('[data-testid=history-archive]')).not.toBeNull();

    TestBed.resetTestingModule();
    answer([], moderator);
    ({ el } = await render('country_fact', 'f1'));
    expect(el.querySelector('[data-testid=history-archive]')).toBeNull();
  });

  it('lets a moderator archive a record no revision was written for (seeded), from its empty history', async () => {
    answer([], moderator);
    const { el } = await render('practice', 'p1');
    expect(text(el.querySelector('[data-testid=state-empty]'))).toContain(
      'No revision of this record is visible to you.',
    );
    (el.querySelector('[data-testid=history-archive]') as HTMLButtonElement).click();
    await settle();
    expect(text(document.querySelector('[mat-dialog-title]'))).toBe('Archive this record?');
  });
});
