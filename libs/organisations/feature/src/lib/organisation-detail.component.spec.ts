import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { OrganisationDetailDocument, OrganisationDetailQuery } from '@peerhub/shared/graphql-types';
import { OrganisationDetailComponent } from './organisation-detail.component';

type Detail = NonNullable<OrganisationDetailQuery['organisation']>;
type Viewer = OrganisationDetailQuery['viewer'];

const base: Detail = {
  id: 'o1',
  slug: 'human-foundation',
  name: 'Human Foundation',
  acronym: null,
  type: 'NGO',
  city: 'Warsaw',
  countryCode: 'PL',
  country: { code: 'PL', name: 'Poland' },
  description: 'Peer **support** in Poland.',
  descriptionHtml: '<p>Peer <strong>support</strong> in Poland.</p>',
  lastUpdate: { at: '2026-03-02T10:00:00Z', organisation: null, revision: null },
  expertise: [],
  languages: [],
  projects: [],
  website: null,
  openToPartnership: false,
  practices: [],
  resources: [],
  sources: [{ title: 'Annual report', url: null, locator: null }],
  verifiedOn: '2026-01-10',
  verified: false,
  myMembership: null,
};

const member = { id: 'm1', roles: [] as string[], suspended: false };

describe('OrganisationDetailComponent', () => {
  let harness: RouterTestingHarness;

  async function open(organisation: Detail, viewer: Viewer = null): Promise<HTMLElement> {
    const api = new FakeGraphqlClient().answer(OrganisationDetailDocument, { organisation, viewer });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter(
          [{ path: 'organisations/:slug', component: OrganisationDetailComponent }],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/organisations/${organisation.slug}`);
    await settle();
    return harness.routeNativeElement!;
  }
  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
  const href = (el: HTMLElement, testId: string) =>
    el.querySelector(`[data-testid=${testId}] a`)?.getAttribute('href') ??
    el.querySelector(`a[data-testid=${testId}]`)?.getAttribute('href');

  it('renders the description from the HTML the server made, says when it was updated, links to its history', async () => {
    const el = await open(base);
    expect(el.querySelector('[data-testid=organisation-description] strong')?.textContent).toBe('support');
    expect(text(el.querySelector('[data-testid=organisation-updated] p'))).toBe(
      'Last updated March 2, 2026 by PeerHub editorial',
    );
    expect(href(el, 'organisation-history')).toBe('/contribute/history/organisation/o1');
  });

  it('shows a visitor, and a member who does not edit for it, no editor links', async () => {
    let el = await open(base);
    expect(el.querySelector('[data-testid=organisation-editor-links]')).toBeNull();
    expect(href(el, 'organisation-join')).toBe('/account/join/human-foundation');
    TestBed.resetTestingModule();
    el = await open({ ...base, myMembership: { status: 'PENDING' } }, member);
    expect(el.querySelector('[data-testid=organisation-editor-links]')).toBeNull();
  });

  it('offers its editors to write a practice, add a resource and edit the profile', async () => {
    const el = await open({ ...base, myMembership: { status: 'APPROVED' } }, member);
    expect(href(el, 'organisation-write')).toBe('/contribute/practice/new?organisation=human-foundation');
    expect(href(el, 'organisation-add-resource')).toBe(
      '/contribute/resource/new?organisation=human-foundation',
    );
    expect(href(el, 'organisation-edit')).toBe('/contribute/organisation/edit/human-foundation');
    expect(el.querySelectorAll('[data-testid=organisation-write] a')).toHaveLength(1);
  });

  it('offers moderators and administrators the same links, but not while suspended', async () => {
    let el = await open(base, { ...member, roles: ['moderator'] });
    expect(href(el, 'organisation-edit')).toBe('/contribute/organisation/edit/human-foundation');
    TestBed.resetTestingModule();
    el = await open(base, { ...member, roles: ['admin'] });
    expect(href(el, 'organisation-add-resource')).toBe(
      '/contribute/resource/new?organisation=human-foundation',
    );
    TestBed.resetTestingModule();
    el = await open({ ...base, myMembership: { status: 'APPROVED' } }, { ...member, suspended: true });
    expect(el.querySelector('[data-testid=organisation-editor-links]')).toBeNull();
  });

  it('names the organisation a last update was written for', async () => {
    const el = await open({
      ...base,
      lastUpdate: {
        at: '2026-03-02T10:00:00Z',
        organisation: { slug: 'human-foundation', name: 'Human Foundation' },
        revision: 2,
      },
    });
    expect(text(el.querySelector('[data-testid=organisation-updated] p'))).toBe(
      'Last updated March 2, 2026 for Human Foundation',
    );
  });
});
