import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RevisionView } from '@peerhub/contributions/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ContributeOptionsDocument,
  CreateOrganisationDocument,
  MeDocument,
  OrganisationToEditDocument,
  RevisionByIdDocument,
  SaveOrganisationDraftDocument,
  SubmitRevisionDocument,
} from '@peerhub/shared/graphql-types';
import { OrganisationEditorComponent } from './organisation-editor.component';

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

function revision(over: Partial<RevisionView> = {}, city = 'Warsaw'): RevisionView {
  return {
    id: 'r1',
    kind: 'ORGANISATION',
    recordId: 'o1',
    recordSlug: 'human-foundation',
    recordArchived: false,
    number: 4,
    state: 'DRAFT',
    title: 'Human Foundation',
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
    resource: null,
    organisationProfile: {
      name: 'Human Foundation',
      acronym: 'HF',
      type: 'NGO',
      countryCode: 'PL',
      city,
      description: 'Peer support training across Poland.',
      descriptionHtml: '<p>Peer support training across Poland.</p>',
      expertise: ['peer training'],
      languages: ['pl', 'en'],
      projects: ['Tuto3-PAT'],
      website: 'https://example.org',
      openToPartnership: true,
      sources: [{ title: 'Statutes', url: null, locator: null }],
    },
    countryFact: null,
    ...over,
  };
}

describe('OrganisationEditorComponent', () => {
  // The first test compiles the Material form components.
  jest.setTimeout(30_000);
  let api: FakeGraphqlClient;

  beforeEach(() => {
    sessionStorage.clear();
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me })
      .answer(ContributeOptionsDocument, {
        countries: [
          { code: 'PL', name: 'Poland' },
          { code: 'PT', name: 'Portugal' },
        ],
        organisations: { edges: [{ node: { ...hf, countryCode: 'PL' } }] },
      })
      .answer(OrganisationToEditDocument, {
        organisation: { ...hf, verified: true, myMembership: { id: 'mem1', status: 'APPROVED' } },
      })
      .answer(RevisionByIdDocument, { revision: revision() });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
  });

  async function open() {
    const f = TestBed.createComponent(OrganisationEditorComponent);
    f.componentRef.setInput('id', 'r1');
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect((el.querySelector('[data-testid=field-city]') as HTMLInputElement).value).toBe('Warsaw');
    return { f, el };
  }

  it('autosaves the profile with its lock version, and says that no e-mail is ever shown', async () => {
    api.answer(SaveOrganisationDraftDocument, {
      saveOrganisationDraft: { errors: [], current: null, revision: revision({ lockVersion: 4 }, 'Kraków') },
    });
    const { f, el } = await open();
    expect(text(el.querySelector('[data-testid=no-email]'))).toContain('never shows an e-mail address');
    type(el, '[data-testid=field-city]', ' Kraków ');
    await settle();
    await f.whenStable();

    expect(api.variables(SaveOrganisationDraftDocument)).toEqual([
      {
        input: {
          revisionId: 'r1',
          expectedLockVersion: 3,
          reason: null,
          organisation: {
            name: 'Human Foundation',
            acronym: 'HF',
            type: 'NGO',
            countryCode: 'PL',
            city: 'Kraków',
            description: 'Peer support training across Poland.',
            expertise: ['peer training'],
            languages: ['en', 'pl'],
            projects: ['Tuto3-PAT'],
            website: 'https://example.org',
            openToPartnership: true,
            sources: [{ title: 'Statutes', url: null, locator: null }],
          },
        },
      },
    ]);
  });

  it('says that an editor of a verified organisation publishes at once, and shows it published', async () => {
    api.answer(SubmitRevisionDocument, {
      submitRevision: { errors: [], revision: revision({ state: 'PUBLISHED', lockVersion: 4 }) },
    });
    const { f, el } = await open();
    expect(text(el.querySelector('[data-testid=submit]'))).toBe('Publish now');
    expect(text(el.querySelector('[data-testid=submit-hint]'))).toContain('published at once');
    (el.querySelector('[data-testid=submit]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();
    expect(text(el.querySelector('[data-testid=editor-published]'))).toContain('Published.');
    expect(text(el.querySelector('[data-testid=preview]'))).toContain('Warsaw');
  });

  it('sends a profile for review when the viewer does not edit for the organisation', async () => {
    api.answer(OrganisationToEditDocument, {
      organisation: { ...hf, verified: true, myMembership: null },
    });
    const { el } = await open();
    expect(text(el.querySelector('[data-testid=submit]'))).toBe('Submit for review');
  });

  it('meets a draft saved meanwhile: both versions of what differs are shown', async () => {
    api.answer(SaveOrganisationDraftDocument, {
      saveOrganisationDraft: {
        errors: [{ field: 'expectedLockVersion', code: 'CONFLICT', message: 'saved meanwhile' }],
        revision: null,
        current: revision({ lockVersion: 4, author: { id: 'm2', displayName: 'Bo' } }, 'Gdańsk'),
      },
    });
    const { f, el } = await open();
    type(el, '[data-testid=field-city]', 'Łódź');
    await settle();
    await f.whenStable();
    expect(text(el.querySelector('[data-testid=conflict] h3'))).toBe('City');
    expect(Array.from(el.querySelectorAll('[data-testid=conflict-theirs]')).map(text)).toEqual(['Gdańsk']);
    expect(Array.from(el.querySelectorAll('[data-testid=conflict-mine]')).map(text)).toEqual(['Łódź']);
    expect(text(el.querySelector('[data-testid=save-state]'))).toContain('Not saved:');
  });

  it('puts the API’s refusals next to their fields', async () => {
    api.answer(SaveOrganisationDraftDocument, () => {
      throw new ApiError(
        'invalid',
        'INVALID_INPUT',
        [],
        [
          {
            field: 'organisation.countryCode',
            code: 'NOT_FOUND',
            message: 'PeerHub has no profile of this country.',
          },
          { field: 'organisation.website', code: 'INVALID', message: 'website must be an http(s) address' },
        ],
      );
    });
    const { f, el } = await open();
    type(el, '[data-testid=field-city]', 'Kraków');
    await settle();
    await f.whenStable();
    const errorOf = (testid: string) =>
      text(
        el.querySelector(`[data-testid=${testid}]`)?.closest('mat-form-field')?.querySelector('mat-error') ??
          null,
      );
    expect(errorOf('field-country')).toBe('Choose the country where it is based.');
    expect(errorOf('field-website')).toBe('Give an address that starts with http:// or https://.');
    expect((el.querySelector('[data-testid=field-city]') as HTMLInputElement).value).toBe('Kraków');
  });

  it('proposes a new organisation with what a draft needs', async () => {
    api.answer(CreateOrganisationDocument, {
      createOrganisation: { errors: [], revision: revision({ recordSlug: null, number: 1 }) },
    });
    const f = TestBed.createComponent(OrganisationEditorComponent);
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    type(el, '[data-testid=field-name]', 'Peer Voices');
    await settle();
    await f.whenStable();
    expect(text(el.querySelector('[data-testid=save-state]'))).toBe(
      'Not saved yet: a draft needs a name, a type and a country.',
    );
    const c = (
      f.componentInstance as unknown as {
        form: { controls: Record<string, { setValue(v: unknown): void }> };
      }
    ).form.controls;
    c['type'].setValue('USER_LED');
    c['countryCode'].setValue('PT');
    type(el, '[data-testid=field-name]', 'Peer Voices Lisboa');
    await settle();
    await f.whenStable();
    expect(api.variables(CreateOrganisationDocument)).toEqual([
      {
        input: {
          reason: '',
          organisation: expect.objectContaining({
            name: 'Peer Voices Lisboa',
            type: 'USER_LED',
            countryCode: 'PT',
          }),
        },
      },
    ]);
  });
});
