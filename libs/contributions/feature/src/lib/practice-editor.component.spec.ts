import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RevisionView } from '@peerhub/contributions/data-access';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  CreatePracticeDocument,
  ContributeOptionsDocument,
  MeDocument,
  MyContributionsDocument,
  RevisionByIdDocument,
  SavePracticeDraftDocument,
  SubmitRevisionDocument,
} from '@peerhub/shared/graphql-types';
import { PracticeEditorComponent } from './practice-editor.component';
import { knownKind } from './revision-kind';

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

function revision(over: Partial<RevisionView> = {}, title = 'Peer recovery café'): RevisionView {
  return {
    id: 'r1',
    kind: 'PRACTICE',
    recordId: 'p1',
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
    organisation: { id: 'o1', slug: 'human-foundation', name: 'Human Foundation' },
    practice: {
      title,
      summary: 'A weekly café run by peers in Lisbon.',
      summaryHtml: '<p>A weekly café run by peers in Lisbon.</p>',
      countryCode: 'PT',
      place: 'Lisbon',
      category: 'SELF_HELP_GROUP',
      setting: '',
      targetGroup: '',
      principles: ['MUTUALITY'],
      whatWorks: [],
      improvements: [],
      lessons: [],
      startYear: 2019,
      status: 'ACTIVE',
      leadership: 'PEER_RUN',
      preconditions: [],
      topics: [],
      sources: [],
      organisations: [{ id: 'o1', slug: 'human-foundation', name: 'Human Foundation' }],
    },
    resource: null,
    organisationProfile: null,
    countryFact: null,
    ...over,
  };
}

describe('PracticeEditorComponent', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => {
    sessionStorage.clear();
    api = new FakeGraphqlClient()
      .answer(MeDocument, { me })
      .answer(MyContributionsDocument, { myContributions: [] })
      .answer(ContributeOptionsDocument, {
        countries: [{ code: 'PT', name: 'Portugal' }],
        organisations: {
          edges: [
            { node: { id: 'o1', slug: 'human-foundation', name: 'Human Foundation', countryCode: 'PT' } },
          ],
        },
      })
      .answer(RevisionByIdDocument, { revision: revision() });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideFakeGraphql(api)] });
  });

  async function open() {
    const f = TestBed.createComponent(PracticeEditorComponent);
    f.componentRef.setInput('id', 'r1');
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect((el.querySelector('[data-testid=field-title]') as HTMLInputElement).value).toBe(
      'Peer recovery café',
    );
    return { f, el };
  }

  it('meets a draft saved meanwhile: autosave stops and both values are shown side by side', async () => {
    api.answer(SavePracticeDraftDocument, {
      savePracticeDraft: {
        errors: [{ field: 'expectedLockVersion', code: 'CONFLICT', message: 'saved meanwhile' }],
        revision: null,
        current: revision({ lockVersion: 4, author: { id: 'm2', displayName: 'Bo' } }, 'Recovery café (Bo)'),
      },
    });
    const { f, el } = await open();
    type(el, '[data-testid=field-title]', 'Recovery café by peers');
    await settle();
    await f.whenStable();

    expect(api.variables(SavePracticeDraftDocument)[0]).toMatchObject({
      input: { revisionId: 'r1', expectedLockVersion: 3, practice: { title: 'Recovery café by peers' } },
    });
    const conflict = el.querySelector('[data-testid=conflict]');
    expect(text(conflict)).toContain('Saved meanwhile by Bo');
    expect(Array.from(el.querySelectorAll('[data-testid=conflict-theirs]')).map(text)).toEqual([
      'Recovery café (Bo)',
    ]);
    expect(Array.from(el.querySelectorAll('[data-testid=conflict-mine]')).map(text)).toEqual([
      'Recovery café by peers',
    ]);
    expect(text(el.querySelector('[data-testid=save-state]'))).toContain('Not saved:');

    // Autosave is paused: more typing sends nothing until a choice is made.
    type(el, '[data-testid=field-title]', 'Recovery café by peers, again');
    await settle();
    expect(api.variables(SavePracticeDraftDocument)).toHaveLength(1);

    // Keep mine: saved again over their version.
    api.answer(SavePracticeDraftDocument, {
      savePracticeDraft: {
        errors: [],
        current: null,
        revision: revision({ lockVersion: 5 }, 'Recovery café by peers, again'),
      },
    });
    (el.querySelector('[data-testid=conflict-keep-mine]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();
    expect(api.variables(SavePracticeDraftDocument).at(-1)).toMatchObject({
      input: { expectedLockVersion: 4, practice: { title: 'Recovery café by peers, again' } },
    });
    expect(el.querySelector('[data-testid=conflict]')).toBeNull();
    expect(text(el.querySelector('[data-testid=save-state]'))).toMatch(/^Saved at /);
  });

  it('keeps what was typed when the API fails, in the form and in this browser', async () => {
    api.answer(SavePracticeDraftDocument, () => {
      throw new Error('The network is down.');
    });
    const { f, el } = await open();
    type(el, '[data-testid=field-summary]', 'A longer summary the network never received.');
    await settle();
    await f.whenStable();

    expect(text(el.querySelector('[data-testid=save-state]'))).toBe('Not saved: The network is down.');
    expect((el.querySelector('[data-testid=field-summary]') as HTMLTextAreaElement).value).toBe(
      'A longer summary the network never received.',
    );
    const copy = JSON.parse(sessionStorage.getItem('ph-contribute:r1') ?? '{}');
    expect(copy.value.summary).toBe('A longer summary the network never received.');
  });

  it('puts the API’s submit refusals next to their fields', async () => {
    api.answer(SubmitRevisionDocument, () => {
      throw new ApiError(
        'incomplete',
        'INVALID_INPUT',
        [],
        [
          { field: 'practice.summary', code: 'TOO_SHORT', message: 'Describe it in at least 20 characters.' },
          {
            field: 'practice.sources',
            code: 'REQUIRED',
            message: 'Name at least one source a reader can check.',
          },
        ],
      );
    });
    const { f, el } = await open();
    (el.querySelector('[data-testid=submit]') as HTMLButtonElement).click();
    await settle();
    await f.whenStable();

    expect(api.variables(SubmitRevisionDocument)).toEqual([{ input: { revisionId: 'r1' } }]);
    const summaryField = el.querySelector('[data-testid=field-summary]')?.closest('mat-form-field') ?? null;
    expect(text(summaryField?.querySelector('mat-error') ?? null)).toBe(
      'Describe the practice in at least 20 characters.',
    );
    expect(text(el.querySelector('[data-testid=error-sources]'))).toBe(
      'Name at least one source a reader can check.',
    );
    expect((el.querySelector('[data-testid=field-title]') as HTMLInputElement).value).toBe(
      'Peer recovery café',
    );
  });

  it('creates a new practice once, however many saves its first save overlaps', async () => {
    let release!: () => void;
    const created = new Promise<void>((r) => (release = r));
    api.answer(CreatePracticeDocument, async () => {
      await created;
      return { createPractice: { errors: [], revision: revision() } };
    });
    const f = TestBed.createComponent(PracticeEditorComponent);
    f.componentRef.setInput('organisation', 'human-foundation');
    await settle();
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    (
      f.componentInstance as unknown as { form: { controls: { category: { setValue(v: string): void } } } }
    ).form.controls.category.setValue('SELF_HELP_GROUP');
    type(el, '[data-testid=field-title]', 'Peer recovery café');
    await settle();
    // Typing on while the first save is on its way: saves are asked for again and again.
    type(el, '[data-testid=field-title]', 'Peer recovery café in Porto');
    type(el, '[data-testid=field-summary]', 'Weekly meetings.');
    await settle();
    release();
    await settle();
    await f.whenStable();
    await settle();
    expect(api.variables(CreatePracticeDocument)).toHaveLength(1);
  });

  it('carries to the draft’s own page what was added while its first save was on its way', async () => {
    let release!: () => void;
    const created = new Promise<void>((r) => (release = r));
    api.answer(CreatePracticeDocument, async () => {
      await created;
      return { createPractice: { errors: [], revision: revision({ id: 'r-new' }) } };
    });
    const first = TestBed.createComponent(PracticeEditorComponent);
    first.componentRef.setInput('organisation', 'human-foundation');
    await settle();
    await first.whenStable();
    const el: HTMLElement = first.nativeElement;
    (
      first.componentInstance as unknown as {
        form: { controls: { category: { setValue(v: string): void } } };
      }
    ).form.controls.category.setValue('SELF_HELP_GROUP');
    type(el, '[data-testid=field-title]', 'Peer recovery café');
    await settle();
    // The first save is on its way; the author adds a source meanwhile.
    (el.querySelector('[data-testid=add-source]') as HTMLButtonElement).click();
    release();
    await settle();
    // The revision page knows the new draft's kind before it opens, so it shows this editor at once.
    expect(knownKind('r-new')).toBe('PRACTICE');
    first.destroy(); // the router replaces the page…
    const own = TestBed.createComponent(PracticeEditorComponent); // …with the draft's own
    own.componentRef.setInput('id', 'r-new');
    await settle();
    await own.whenStable();
    expect(
      (own.componentInstance as unknown as { form: { controls: { sources: { length: number } } } }).form
        .controls.sources.length,
    ).toBe(1);
    expect(api.variables(CreatePracticeDocument)).toHaveLength(1);
  });
});
