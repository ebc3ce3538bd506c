import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RevisionView } from '@peerhub/contributions/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { MeDocument, MyContributionsDocument, MyMembershipsDocument } from '@peerhub/shared/graphql-types';
import { MyContributionsComponent } from './my-contributions.component';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const member = {
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

function revision(over: Partial<RevisionView>): RevisionView {
  return {
    id: 'r1',
    kind: 'PRACTICE',
    recordId: 'x1',
    recordSlug: null,
    recordArchived: false,
    number: 1,
    state: 'DRAFT',
    title: 'A record',
    reason: '',
    reviewComment: '',
    lockVersion: 1,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    submittedAt: null,
    decidedAt: null,
    author: { id: 'm1', displayName: 'Ana' },
    reviewer: null,
    organisation: null,
    practice: null,
    resource: null,
    organisationProfile: null,
    countryFact: null,
    ...over,
  };
}

describe('MyContributionsComponent', () => {
  it('links every revision of a practice, resource or profile to its page, and published ones to the public page', async () => {
    const api = new FakeGraphqlClient()
      .answer(MeDocument, { me: member })
      .answer(MyMembershipsDocument, { myMemberships: [] })
      .answer(MyContributionsDocument, {
        myContributions: [
          revision({ id: 'r1', kind: 'RESOURCE', title: 'A guide', updatedAt: '2026-03-04T10:00:00Z' }),
          revision({
            id: 'r2',
            kind: 'ORGANISATION',
            title: 'Human Foundation',
            state: 'PUBLISHED',
            recordSlug: 'human-foundation',
            updatedAt: '2026-03-03T10:00:00Z',
          }),
          revision({
            id: 'r3',
            kind: 'RESOURCE',
            title: 'Old guide',
            state: 'PUBLISHED',
            recordSlug: 'old-guide',
            updatedAt: '2026-03-02T10:00:00Z',
          }),
          revision({ id: 'r4', kind: 'COUNTRY_FACT', title: 'PL · PAY', updatedAt: '2026-03-01T10:00:00Z' }),
        ],
      });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
    const f = TestBed.createComponent(MyContributionsComponent);
    await settle();
    const items = Array.from(
      (f.nativeElement as HTMLElement).querySelectorAll('[data-testid=my-contribution]'),
    );
    expect(items.map((i) => i.querySelector('h2 a')?.getAttribute('href') ?? null)).toEqual([
      '/contribute/revision/r1',
      '/contribute/revision/r2',
      '/contribute/revision/r3',
      null,
    ]);
    expect(items.map((i) => text(i.querySelector('.meta > span:nth-child(2)')))).toEqual([
      'Resource · Revision 1',
      'Organisation profile · Revision 1',
      'Resource · Revision 1',
      'Country fact · Revision 1',
    ]);
    expect(
      items.map((i) => i.querySelector('[data-testid=mine-public-page]')?.getAttribute('href') ?? null),
    ).toEqual([null, '/organisations/human-foundation', '/resources/old-guide', null]);
  });
});
