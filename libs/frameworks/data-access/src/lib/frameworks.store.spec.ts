import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  CompetencyFrameworkDocument,
  CompetencyFrameworkQuery,
  TrainingProfileDocument,
  TrainingProfileQuery,
} from '@peerhub/shared/graphql-types';
import { CompetencyFrameworkStore, TrainingProfileStore, frameworkLanguage } from './frameworks.store';

const framework = (lang: string): CompetencyFrameworkQuery => ({
  competencyFramework: {
    title: `Tuto3-PAT (${lang})`,
    categories: [
      { id: 'a', code: 'A', label: `A ${lang}`, items: [{ id: 'a1', code: 'A1', label: 'x' }] },
      {
        id: 'b',
        code: 'B',
        label: `B ${lang}`,
        items: [
          { id: 'b1', code: 'B1', label: 'y' },
          { id: 'b2', code: 'B2', label: 'z' },
        ],
      },
    ],
  } as CompetencyFrameworkQuery['competencyFramework'],
});

function configure(api: FakeGraphqlClient, locale: string): void {
  TestBed.configureTestingModule({
    providers: [
      provideFakeGraphql(api),
      CompetencyFrameworkStore,
      TrainingProfileStore,
      { provide: LOCALE_ID, useValue: locale },
    ],
  });
}

describe('frameworkLanguage', () => {
  it('keeps a language the framework is written in, else English', () => {
    expect(['no', 'pt', 'en', 'pl', 'de'].map(frameworkLanguage)).toEqual(['no', 'pt', 'en', 'en', 'en']);
  });
});

describe('CompetencyFrameworkStore', () => {
  let api: FakeGraphqlClient;

  beforeEach(() => (api = new FakeGraphqlClient()));

  it('starts in the UI language when the framework has it, and counts every item', async () => {
    api.answer(CompetencyFrameworkDocument, ({ lang }) => framework(lang!));
    configure(api, 'nb');
    const store = TestBed.inject(CompetencyFrameworkStore);
    await settle();
    expect(api.variables(CompetencyFrameworkDocument)).toEqual([{ lang: 'no' }]);
    expect(store.value()?.title).toBe('Tuto3-PAT (no)');
    expect(store.itemCount()).toBe(3);
  });

  it('keeps the shown labels while another language loads, then swaps them', async () => {
    let release!: () => void;
    api.answer(CompetencyFrameworkDocument, framework('en'));
    configure(api, 'pl');
    const store = TestBed.inject(CompetencyFrameworkStore);
    await settle();
    expect(store.lang()).toBe('en');
    expect(store.value()?.title).toBe('Tuto3-PAT (en)'); // shown (a template reads it on every change)

    api.answer(CompetencyFrameworkDocument, () => new Promise((r) => (release = () => r(framework('pt')))));
    store.setLanguage('pt');
    TestBed.tick();
    expect(store.switching()).toBe(true);
    expect(store.value()?.title).toBe('Tuto3-PAT (en)');
    release();
    await settle();
    expect(store.switching()).toBe(false);
    expect(store.value()?.title).toBe('Tuto3-PAT (pt)');
    expect(api.variables(CompetencyFrameworkDocument)).toEqual([{ lang: 'en' }, { lang: 'pt' }]);
  });

  it('shows no stale labels when the switch fails', async () => {
    api.answer(CompetencyFrameworkDocument, framework('en'));
    configure(api, 'en');
    const store = TestBed.inject(CompetencyFrameworkStore);
    await settle();
    api.answer(CompetencyFrameworkDocument, new ApiError('The server could not be reached.', 'NETWORK'));
    store.setLanguage('no');
    await settle();
    expect(store.value()).toBeUndefined();
    expect(store.itemCount()).toBe(0);
    expect(store.framework.error()?.message).toBe('The server could not be reached.');
  });
});

describe('TrainingProfileStore', () => {
  it('splits the elements into basic and advanced, asking in English for a language it lacks', async () => {
    const api = new FakeGraphqlClient().answer(TrainingProfileDocument, {
      trainingProfile: {
        elements: [
          { code: 'E1', level: 'BASIC', recommendation: 'R', title: 'Recovery' },
          { code: 'E2', level: 'ADVANCED', recommendation: 'R', title: 'Supervision' },
          { code: 'E3', level: 'BASIC', recommendation: 'R', title: 'Ethics' },
        ],
      } as TrainingProfileQuery['trainingProfile'],
    });
    configure(api, 'de-AT');
    const store = TestBed.inject(TrainingProfileStore);
    expect(store.basic()).toEqual([]);
    await settle();
    expect(api.variables(TrainingProfileDocument)).toEqual([{ lang: 'en' }]);
    expect(store.basic().map((e) => e.code)).toEqual(['E1', 'E3']);
    expect(store.advanced().map((e) => e.code)).toEqual(['E2']);
  });
});
