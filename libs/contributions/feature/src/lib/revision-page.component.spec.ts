import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RevisionView } from '@peerhub/contributions/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ContributeOptionsDocument,
  MeDocument,
  OrganisationToEditDocument,
  RevisionByIdDocument,
} from '@peerhub/shared/graphql-types';
import { RevisionPageComponent } from './revision-page.component';
import { rememberKind } from './revision-kind';

const me = {
  id: 'm1',
  email: 'ana@example.org',
  displayName: 'Ana',
  realName: null,
  showRealName: false,
  language: 'en',
  countryCode: null,
  roles: [],
  suspended: false,
};

const profile: RevisionView['organisationProfile'] = {
  name: 'Human Foundation',
  acronym: null,
  type: 'NGO',
  countryCode: 'PL',
  city: null,
  description: 'Peer support training across Poland.',
  descriptionHtml: '<p>Peer support training across Poland.</p>',
  expertise: [],
  languages: [],
  projects: [],
  website: null,
  openToPartnership: false,
  sources: [],
};

function revision(id: string, kind: 'ORGANISATION' | 'PRACTICE'): RevisionView {
  return {
    id,
    kind,
    recordId: 'o1',
    recordSlug: 'human-foundation',
    recordArchived: false,
    number: 2,
    state: 'DRAFT',
    title: 'Human Foundation',
    reason: '',
    reviewComment: '',
    lockVersion: 1,
    createdAt: '2025-05-01T10:00:00Z',
    updatedAt: '2025-05-01T10:00:00Z',
    submittedAt: null,
    decidedAt: null,
    author: { id: 'm1', displayName: 'Ana' },
    reviewer: null,
    organisation: { id: 'o1', slug: 'human-foundation', name: 'Human Foundation' },
    practice: null,
    resource: null,
    organisationProfile: kind === 'ORGANISATION' ? profile : null,
    countryFact: null,
  };
}

describe('RevisionPageComponent', () => {
  // The first test compiles the Material form components.
  jest.setTimeout(30_000);
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me })
      .answer(ContributeOptionsDocument, { countries: [], organisations: { edges: [] } })
      .answer(OrganisationToEditDocument, {
        organisation: {
          id: 'o1',
          slug: 'human-foundation',
          name: 'Human Foundation',
          verified: true,
          myMembership: null,
        },
      })
      .answer(RevisionByIdDocument, ({ id }) => ({ revision: revision(id, 'ORGANISATION') }));
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
  });

  it('asks a revision’s kind, then shows its editor', async () => {
    const f = TestBed.createComponent(RevisionPageComponent);
    f.componentRef.setInput('id', 'r1');
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect(el.querySelector('ph-organisation-editor')).not.toBeNull();
    expect(el.querySelector('ph-practice-editor')).toBeNull();
  });

  it('shows the editor of a kind this browser knows at once, and keeps it while the next revision is asked', async () => {
    rememberKind('r7', 'ORGANISATION');
    const f = TestBed.createComponent(RevisionPageComponent);
    f.componentRef.setInput('id', 'r7');
    f.detectChanges();
    const el: HTMLElement = f.nativeElement;
    expect(el.querySelector('ph-organisation-editor')).not.toBeNull();
    const editor = el.querySelector('ph-organisation-editor');
    f.componentRef.setInput('id', 'r8');
    f.detectChanges();
    expect(el.querySelector('ph-organisation-editor')).toBe(editor);
    await settle();
    await f.whenStable();
    expect(el.querySelector('ph-organisation-editor')).toBe(editor);
  });
});
