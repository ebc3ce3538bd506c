import { provideRouter } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  ContributeOptionsDocument,
  FactToProposeDocument,
  MeDocument,
  MyContributionsDocument,
  ProposeCountryFactDocument,
  ReviewQueueDocument,
} from '@peerhub/shared/graphql-types';
import { ProposeFactComponent, today } from './propose-fact.component';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

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

const poland = {
  country: {
    code: 'PL',
    name: 'Poland',
    dimensions: [
      {
        key: 'PAY' as const,
        level: 'PARTIAL' as const,
        text: 'Some services pay peer workers.',
        verifiedOn: '2024-05-01',
        sources: [{ title: 'WHO report', url: 'https://example.org/who', locator: 'p. 4' }],
      },
    ],
  },
};

const revision = {
  id: 'r1',
  kind: 'COUNTRY_FACT' as const,
  recordId: 'f1',
  recordSlug: null,
  recordArchived: false,
  resource: null,
  organisationProfile: null,
  number: 2,
  state: 'SUBMITTED' as const,
  title: 'PL · PAY',
  reason: '',
  reviewComment: '',
  lockVersion: 1,
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-01T10:00:00Z',
  submittedAt: '2025-01-01T10:00:00Z',
  decidedAt: null,
  author: { id: 'm1', displayName: 'Ana' },
  reviewer: null,
  organisation: null,
  practice: null,
  countryFact: {
    countryCode: 'PL',
    dimension: 'PAY' as const,
    level: 'ESTABLISHED' as const,
    text: 'Peer workers are paid on a national scale.',
    checkedOn: '2025-01-01',
    sources: [{ title: 'Pay act', url: 'https://example.org/act', locator: 'art. 3' }],
  },
};

async function render(api: FakeGraphqlClient) {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
  const f = TestBed.createComponent(ProposeFactComponent);
  f.componentRef.setInput('country', 'pl');
  f.componentRef.setInput('dimension', 'pay');
  await settle();
  await f.whenStable();
  return { f, el: f.nativeElement as HTMLElement };
}

async function send(f: { whenStable(): Promise<unknown> }, el: HTMLElement): Promise<void> {
  (el.querySelector('[data-testid=fact-submit]') as HTMLButtonElement).click();
  await settle();
  await f.whenStable();
}

describe('ProposeFactComponent', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me: member })
      .answer(FactToProposeDocument, poland)
      .answer(ContributeOptionsDocument, { countries: [], organisations: { edges: [] } })
      .answer(MyContributionsDocument, { myContributions: [] })
      .answer(ReviewQueueDocument, new ApiError('Moderators only.', 'FORBIDDEN'));
  });

  it('shows the fact as published and starts from its level and today', async () => {
    const { el } = await render(api);
    expect(text(el.querySelector('h1'))).toBe('Propose a fact: Poland — Pay');
    expect(text(el.querySelector('[data-testid=fact-current]'))).toContain('Some services pay peer workers.');
    expect((el.querySelector('[data-testid=fact-level]') as HTMLSelectElement).value).toBe('PARTIAL');
    expect((el.querySelector('[data-testid=fact-checked-on]') as HTMLInputElement).value).toBe(today());
    expect(api.variables(FactToProposeDocument)).toEqual([{ code: 'PL', lang: 'en' }]);
  });

  it('refuses missing source fields next to them, and sends nothing', async () => {
    const { f, el } = await render(api);
    type(el, '[data-testid=fact-text]', 'Peer workers are paid on a national scale.');
    type(el, '[data-testid=fact-source-url]', 'example.org/act');
    await send(f, el);
    expect(Array.from(el.querySelectorAll('mat-error')).map(text)).toEqual([
      'Give the document’s title (3 to 300 characters).',
      'Give an address that starts with http:// or https://.',
      'Say where in the source: a page, section or annex.',
    ]);
    expect(api.variables(ProposeCountryFactDocument)).toEqual([]);
  });

  it('shows the API’s refusal next to its field, keeps what was typed, then thanks', async () => {
    let attempt = 0;
    api.answer(ProposeCountryFactDocument, () => {
      if (attempt++ === 0)
        throw new ApiError(
          'Say where in the source (page, section, annex).',
          'INVALID_INPUT',
          [],
          [
            {
              field: 'source.locator',
              code: 'REQUIRED',
              message: 'Say where in the source (page, section, annex).',
            },
          ],
        );
      return { proposeCountryFact: { errors: [], revision } };
    });
    const { f, el } = await render(api);
    (el.querySelector('[data-testid=fact-level]') as HTMLSelectElement).value = 'ESTABLISHED';
    el.querySelector('[data-testid=fact-level]')?.dispatchEvent(new Event('change'));
    type(el, '[data-testid=fact-text]', ' Peer workers are paid on a national scale. ');
    type(el, '[data-testid=fact-source-title]', 'Pay act');
    type(el, '[data-testid=fact-source-url]', 'https://example.org/act');
    type(el, '[data-testid=fact-source-locator]', 'art. 3');
    type(el, '[data-testid=fact-checked-on]', '2025-01-01');
    await send(f, el);

    expect(Array.from(el.querySelectorAll('mat-error')).map(text)).toEqual([
      'Say where in the source: a page, section or annex.',
    ]);
    const locator = el.querySelector('[data-testid=fact-source-locator]') as HTMLInputElement;
    expect(locator.closest('mat-form-field')?.querySelector('mat-error')).not.toBeNull();
    expect((el.querySelector('[data-testid=fact-text]') as HTMLTextAreaElement).value).toBe(
      ' Peer workers are paid on a national scale. ',
    );
    expect((el.querySelector('[data-testid=fact-source-title]') as HTMLInputElement).value).toBe('Pay act');

    type(el, '[data-testid=fact-source-locator]', 'art. 3, par. 2');
    await send(f, el);
    expect(text(el.querySelector('[data-testid=fact-done]'))).toContain(
      'Thank you: your proposal (revision 2) waits for a moderator',
    );
    expect(el.querySelector('[data-testid=fact-done] a')?.getAttribute('href')).toBe('/contribute/mine');
    expect(el.querySelector('[data-testid=fact-form]')).toBeNull();
    expect(api.variables(ProposeCountryFactDocument).at(-1)).toEqual({
      input: {
        countryCode: 'PL',
        dimension: 'PAY',
        level: 'ESTABLISHED',
        text: 'Peer workers are paid on a national scale.',
        source: { title: 'Pay act', url: 'https://example.org/act', locator: 'art. 3, par. 2' },
        checkedOn: '2025-01-01',
        reason: '',
      },
    });
  });

  it('asks a visitor to sign in and come back', async () => {
    api.answer(MeDocument, { me: null });
    const { el } = await render(api);
    expect(el.querySelector('[data-testid=fact-form]')).toBeNull();
    expect(el.querySelector('[data-testid=fact-sign-in]')?.getAttribute('href')).toBe(
      '/account/sign-in?next=%2Fcontribute%2Ffact%2FPL%2Fpay',
    );
  });
});
