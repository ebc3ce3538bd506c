import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RevisionView } from '@peerhub/contributions/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ContributeOptionsDocument,
  CreateResourceDocument,
  MeDocument,
  ResourcesToLinkDocument,
  RevisionByIdDocument,
  SaveResourceDraftDocument,
  SubmitRevisionDocument,
} from '@peerhub/shared/graphql-types';
import { ResourceEditorComponent } from './resource-editor.component';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  // Leaving the field saves at once (instead of ~2 s later).
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

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

const hf = { id: 'o1', slug: 'human-foundation', name: 'Human Foundation' };

function revision(over: Partial<RevisionView> = {}, title = 'Peer support guide'): RevisionView {
  return {
    id: 'r1',
    kind: 'RESOURCE',
    recordId: 'res1',
    recordSlug: null,
    recordArchived: false,
    number: 1,
    state: 'DRAFT',
    title,
    reason: '',
    reviewComment: '',
    lockVersion: 3,
    createdAt: '2025-05-01T10:00:00Z',
    updatedAt: '2025-05-01T10:00:00Z',
    submittedAt: null,
    decidedAt: null,
    author: { id: 'm1', displayName: 'Ana' },
    reviewer: null,
    organisation: hf,
    practice: null,
    resource: {
      title,
      type: 'GUIDE',
      language: 'pt',
      translationGroup: 'tuto3-pat-brochure',
      publisher: 'Human Foundation',
      publisherOrganisation: hf,
      year: 2024,
      audience: ['PEER_WORKERS'],
      topics: ['training'],
      competencyTags: ['active listening'],
      url: 'https://example.org/guide.pdf',
      description: 'A guide for **peer workers** starting out.',
      descriptionHtml: '<p>A guide for <strong>peer workers</strong> starting out.</p>',
      sources: [],
      organisations: [hf],
    },
    organisationProfile: null,
    countryFact: null,
    ...over,
  };
}

describe('ResourceEditorComponent', () => {
  // The first test compiles the Material form components.
  jest.setTimeout(30_000);
  let api: FakeGraphqlClient;

  beforeEach(() => {
    sessionStorage.clear();
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me })
      .answer(ContributeOptionsDocument, {
        countries: [{ code: 'PT', name: 'Portugal' }],
        organisations: { edges: [{ node: { ...hf, countryCode: 'PL' } }] },
      })
      .answer(ResourcesToLinkDocument, {
        resources: {
          edges: [
            {
              node: {
                id: 'x1',
                slug: 'tuto3-pat-brochure-en',
                title: 'Tuto3-PAT brochure',
                language: 'en',
                translationGroup: 'tuto3-pat-brochure',
              },
            },
          ],
        },
      })
      .answer(RevisionByIdDocument, { revision: revision() });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
  });

  async function open() {
    const f = TestBed.createComponent(ResourceEditorComponent);
    f.componentRef.setInput('id', 'r1');
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect((el.querySelector('[data-testid=field-title]') as HTMLInputElement).value).toBe(
      'Peer support guide',
    );
    return { f, el };
  }

  it('autosaves the whole resource with the lock version it was filled from', async () => {
    api.answer(SaveResourceDraftDocument, {
      saveResourceDraft: { errors: [], current: null, revision: revision({ lockVersion: 4 }, 'Peer guide') },
    });
    const { f, el } = await open();
    type(el, '[data-testid=field-title]', 'Peer guide');
    await settle();
    await f.whenStable();

    expect(api.variables(SaveResourceDraftDocument)).toEqual([
      {
        input: {
          revisionId: 'r1',
          expectedLockVersion: 3,
          reason: null,
          resource: {
            title: 'Peer guide',
            type: 'GUIDE',
            language: 'pt',
            // The draft's translation group, as the address of another resource of that group.
            languageVersionOf: 'tuto3-pat-brochure-en',
            publisher: 'Human Foundation',
            year: 2024,
            audience: ['PEER_WORKERS'],
            topics: ['training'],
            competencyTags: ['active listening'],
            url: 'https://example.org/guide.pdf',
            description: 'A guide for **peer workers** starting out.',
            sources: [],
            // The publisher is always named: the other organisations only.
            organisationSlugs: [],
          },
        },
      },
    ]);
    expect(text(el.querySelector('[data-testid=save-state]'))).toMatch(/^Saved at /);
  });

  it('meets a draft saved meanwhile: autosave stops and both versions are shown side by side', async () => {
    api.answer(SaveResourceDraftDocument, {
      saveResourceDraft: {
        errors: [{ field: 'expectedLockVersion', code: 'CONFLICT', message: 'saved meanwhile' }],
        revision: null,
        current: revision({ lockVersion: 4, author: { id: 'm2', displayName: 'Bo' } }, 'Guide (Bo)'),
      },
    });
    const { f, el } = await open();
    type(el, '[data-testid=field-title]', 'Guide by peers');
    await settle();
    await f.whenStable();

    expect(text(el.querySelector('[data-testid=conflict]'))).toContain('Saved meanwhile by Bo');
    expect(Array.from(el.querySelectorAll('[data-testid=conflict-theirs]')).map(text)).toEqual([
      'Guide (Bo)',
    ]);
    expect(Array.from(el.querySelectorAll('[data-testid=conflict-mine]')).map(text)).toEqual([
      'Guide by peers',
    ]);
    type(el, '[data-testid=field-title]', 'Guide by peers, again');
    await settle();
    expect(api.variables(SaveResourceDraftDocument)).toHaveLength(1);

    // Take theirs: the form holds their version, and nothing is saved.
    (el.querySelector('[data-testid=conflict-take-theirs]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();
    expect(el.querySelector('[data-testid=conflict]')).toBeNull();
    expect((el.querySelector('[data-testid=field-title]') as HTMLInputElement).value).toBe('Guide (Bo)');
    expect(api.variables(SaveResourceDraftDocument)).toHaveLength(1);
  });

  it('puts the API’s refusals next to their fields, in the page’s words', async () => {
    api.answer(SubmitRevisionDocument, () => {
      throw new ApiError(
        'incomplete',
        'INVALID_INPUT',
        [],
        [
          {
            field: 'resource.description',
            code: 'TOO_SHORT',
            message: 'Describe it in at least 20 characters.',
          },
          {
            field: 'resource.sources',
            code: 'REQUIRED',
            message: 'Name at least one source a reader can check.',
          },
          { field: 'resource.languageVersionOf', code: 'NOT_FOUND', message: 'There is no resource.' },
        ],
      );
    });
    const { f, el } = await open();
    (el.querySelector('[data-testid=submit]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();

    expect(api.variables(SubmitRevisionDocument)).toEqual([{ input: { revisionId: 'r1' } }]);
    const errorOf = (testid: string) =>
      text(
        el.querySelector(`[data-testid=${testid}]`)?.closest('mat-form-field')?.querySelector('mat-error') ??
          null,
      );
    expect(errorOf('field-description')).toBe('Describe the resource in at least 20 characters.');
    expect(errorOf('field-language-version-of')).toContain('There is no resource at this address on PeerHub');
    expect(text(el.querySelector('[data-testid=error-sources]'))).toBe(
      'Give the resource’s link, or name at least one source a reader can check.',
    );
  });

  it('creates a new resource for its organisation once, then hands the form to the draft’s page', async () => {
    api.answer(CreateResourceDocument, { createResource: { errors: [], revision: revision() } });
    const f = TestBed.createComponent(ResourceEditorComponent);
    f.componentRef.setInput('organisation', 'human-foundation');
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect(text(el.querySelector('[data-testid=editor-for]'))).toContain('Published by Human Foundation');
    (
      f.componentInstance as unknown as { form: { controls: { type: { setValue(v: string): void } } } }
    ).form.controls.type.setValue('GUIDE');
    type(el, '[data-testid=field-title]', 'Peer support guide');
    await settle();
    await f.whenStable();
    expect(api.variables(CreateResourceDocument)).toEqual([
      {
        input: {
          organisationSlug: 'human-foundation',
          reason: '',
          resource: expect.objectContaining({ title: 'Peer support guide', type: 'GUIDE', language: 'en' }),
        },
      },
    ]);
  });
});
