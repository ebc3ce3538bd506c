import { TestBed } from '@angular/core/testing';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ContributeOptionsDocument,
  MyContributionsDocument,
  ReviewQueueDocument,
  SaveOrganisationDraftDocument,
  SavePracticeDraftDocument,
  SaveResourceDraftDocument,
} from '@peerhub/shared/graphql-types';
import { ContributionsStore, DraftConflict, RevisionView } from './contributions.store';

const draft = {
  title: 'Peer café',
  summary: '',
  countryCode: 'PT',
  category: 'SELF_HELP_GROUP',
} as never;
const saved = { id: 'r1', lockVersion: 5, title: 'Peer café (Bo)' } as unknown as RevisionView;

describe('ContributionsStore', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(ContributeOptionsDocument, { countries: [], organisations: { edges: [] } })
      .answer(MyContributionsDocument, { myContributions: [] })
      .answer(ReviewQueueDocument, { reviewQueue: { counts: [], revisions: [] } });
    TestBed.configureTestingModule({ providers: [ContributionsStore, provideFakeGraphql(api)] });
  });

  it('asks only what a page reads: the review queue is never asked by a page that does not show it', async () => {
    const store = TestBed.inject(ContributionsStore);
    await settle();
    expect(api.sent.map((s) => s.operation)).toEqual([]);
    expect(store.mine.isLoading()).toBe(true);
    await settle();
    expect(api.sent.map((s) => s.operation)).toEqual(['MyContributions']);
    expect(api.variables(ReviewQueueDocument)).toEqual([]);
  });

  it('turns a save that met a newer draft into a DraftConflict holding both versions', async () => {
    api.answer(SavePracticeDraftDocument, {
      savePracticeDraft: {
        errors: [{ field: 'expectedLockVersion', code: 'CONFLICT', message: 'saved meanwhile' }],
        revision: null,
        current: saved,
      },
    });
    const store = TestBed.inject(ContributionsStore);
    const refusal = await store.save('r1', 4, draft).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DraftConflict);
    expect((refusal as DraftConflict).current).toBe(saved);
    expect((refusal as DraftConflict).mine).toBe(draft);
    expect(api.variables(SavePracticeDraftDocument)).toEqual([
      { input: { revisionId: 'r1', expectedLockVersion: 4, practice: draft, reason: null } },
    ]);
  });

  it('turns a resource or organisation save that met a newer draft into a DraftConflict too', async () => {
    const conflict = {
      errors: [{ field: 'expectedLockVersion', code: 'CONFLICT', message: 'saved meanwhile' }],
      revision: null,
      current: saved,
    };
    api
      .answer(SaveResourceDraftDocument, { saveResourceDraft: conflict })
      .answer(SaveOrganisationDraftDocument, { saveOrganisationDraft: conflict });
    const store = TestBed.inject(ContributionsStore);
    const resource = { title: 'Guide', type: 'GUIDE', language: 'en' } as never;
    const organisation = { name: 'Peer Voices', type: 'NGO', countryCode: 'PT' } as never;
    const a = await store.saveResourceDraft('r1', 4, resource).catch((e: unknown) => e);
    const b = await store.saveOrganisationDraft('r2', 7, organisation).catch((e: unknown) => e);
    expect(a).toBeInstanceOf(DraftConflict);
    expect((a as DraftConflict).mine).toBe(resource);
    expect((b as DraftConflict).mine).toBe(organisation);
    expect(api.variables(SaveResourceDraftDocument)).toEqual([
      { input: { revisionId: 'r1', expectedLockVersion: 4, resource, reason: null } },
    ]);
    expect(api.variables(SaveOrganisationDraftDocument)).toEqual([
      { input: { revisionId: 'r2', expectedLockVersion: 7, organisation, reason: null } },
    ]);
  });
});
