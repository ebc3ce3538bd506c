import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { ResourceDetailDocument, ResourceDetailQuery } from '@peerhub/shared/graphql-types';
import { ResourceDetailComponent } from './resource-detail.component';

type Detail = ResourceDetailQuery['resource'];

const base: Detail = {
  id: '1',
  slug: 'a-paper',
  title: 'A paper',
  type: 'PAPER',
  language: 'en',
  year: 2009,
  publisher: '',
  publisherOrganisation: null,
  audience: [],
  topics: [],
  url: null,
  description: 'A study. Authors: A, B.',
  descriptionHtml: '<p>A study. Authors: A, B.</p>',
  lastUpdate: { at: '2026-03-02T10:00:00Z', organisation: null, revision: null },
  languageVersions: [],
  references: [{ slug: 'cited', title: 'Cited', type: 'REPORT', language: 'en', year: 2021, publisher: '' }],
  citedBy: [],
  organisations: [],
  sources: [{ title: 'Short Guide', url: null, locator: 'Bibliography (4)' }],
  verifiedOn: '2026-11-22',
};

describe('ResourceDetailComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  async function open(resource: Detail): Promise<HTMLElement> {
    api = new FakeGraphqlClient().answer(ResourceDetailDocument, { resource });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter(
          [{ path: 'resources/:slug', component: ResourceDetailComponent }],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/resources/${resource.slug}`);
    await settle();
    return harness.routeNativeElement!;
  }
  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();

  it('says a document without a public address is not available online, and names no unknown publisher', async () => {
    const el = await open(base);
    expect(text(el.querySelector('[data-testid=resource-link]'))).toBe('Not available online');
    expect(el.querySelector('[data-testid=resource-link] a')).toBeNull();
    expect(text(el.querySelector('.facts'))).not.toContain('Publisher');
    // a reference without a publisher reads "— 2021, Report", not "— , 2021"
    expect(text(el.querySelector('[data-testid=resource-references] li'))).toBe('Cited — 2021, Report');
  });

  it('links a document that has a public address, and shows its publisher', async () => {
    const el = await open({ ...base, url: 'https://example.org/paper', publisher: 'A journal' });
    const link = el.querySelector('[data-testid=resource-link] a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/paper');
    expect(el.querySelector('[data-testid=resource-not-online]')).toBeNull();
    expect(text(el.querySelector('.facts'))).toContain('Publisher A journal');
  });

  it('renders the description from the HTML the server made, and nothing for an empty one', async () => {
    const el = await open({
      ...base,
      description: 'A **study**.',
      descriptionHtml: '<p>A <strong>study</strong>.</p>',
    });
    const description = el.querySelector('[data-testid=resource-description]')!;
    expect(description.querySelector('strong')?.textContent).toBe('study');
    expect(description.tagName).toBe('DIV'); // block content (paragraphs) in a block, as the plain text was
    TestBed.resetTestingModule();
    const empty = await open({ ...base, description: '', descriptionHtml: '' });
    expect(empty.querySelector('[data-testid=resource-description]')).toBeNull();
  });

  it('says when and for whom it was last updated, and links to its edit and history pages', async () => {
    let el = await open(base);
    expect(text(el.querySelector('[data-testid=resource-updated] p'))).toBe(
      'Last updated March 2, 2026 by PeerHub editorial',
    );
    expect(el.querySelector('[data-testid=resource-edit]')?.getAttribute('href')).toBe(
      '/contribute/resource/edit/a-paper',
    );
    expect(el.querySelector('[data-testid=resource-history]')?.getAttribute('href')).toBe(
      '/contribute/history/resource/1',
    );
    TestBed.resetTestingModule();
    el = await open({
      ...base,
      lastUpdate: {
        at: '2026-03-02T10:00:00Z',
        organisation: { slug: 'human-foundation', name: 'Human Foundation' },
        revision: 3,
      },
    });
    expect(text(el.querySelector('[data-testid=resource-updated] p'))).toBe(
      'Last updated March 2, 2026 for Human Foundation',
    );
    expect(el.querySelector('[data-testid=resource-updated] p a')?.getAttribute('href')).toBe(
      '/organisations/human-foundation',
    );
  });
});
