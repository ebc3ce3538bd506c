import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { Router, provideRouter } from '@angular/router';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import { SearchSuggestDocument, SearchSuggestQuery } from '@peerhub/shared/graphql-types';
import { SearchBoxComponent } from './search-box.component';

type Hit = SearchSuggestQuery['search']['hits'][number];
const hits: Hit[] = [
  { kind: 'RESOURCE', id: 'r1', slug: 'recovery-guide', title: 'Recovery guide', language: 'en' },
  { kind: 'COUNTRY', id: 'PL', slug: 'pl', title: 'Poland', language: 'en' },
  { kind: 'PRACTICE', id: 'p1', slug: 'recovery-colleges', title: 'Recovery Colleges', language: 'en' },
  { kind: 'PRACTICE', id: 'p2', slug: 'recovery-assistants', title: 'Recovery assistants', language: 'pl' },
];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

@Component({ template: '' })
class PageComponent {}

describe('SearchBoxComponent', () => {
  let api: FakeGraphqlClient;
  let fixture: ComponentFixture<SearchBoxComponent>;
  let box: MatAutocompleteHarness;
  let input: HTMLInputElement;

  beforeEach(async () => {
    api = new FakeGraphqlClient().answer(SearchSuggestDocument, { search: { hits } });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([{ path: '**', component: PageComponent }]),
        { provide: LOCALE_ID, useValue: 'de' },
      ],
    });
    fixture = TestBed.createComponent(SearchBoxComponent);
    await fixture.whenStable();
    box = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatAutocompleteHarness);
    input = fixture.nativeElement.querySelector('input');
  });

  /** Types into the box and waits past the suggestions' debounce. */
  async function type(text: string): Promise<void> {
    await box.clear();
    await box.enterText(text);
    await sleep(300);
    await settle();
    await sleep(0); // the panel updates a macrotask after its options change
    await settle();
  }
  const url = () => TestBed.inject(Router).url;

  it('asks once typing pauses, then lists the hits by kind with a way to all results', async () => {
    await type(' reco ');
    expect(api.variables(SearchSuggestDocument)).toEqual([{ query: 'reco' }]);
    const groups = await box.getOptionGroups();
    expect(await Promise.all(groups.map((g) => g.getLabelText()))).toEqual([
      'Practices',
      'Resources',
      'Countries',
    ]);
    expect(await Promise.all((await box.getOptions()).map((o) => o.getText()))).toEqual([
      'Recovery Colleges',
      'Recovery assistants',
      'Recovery guide',
      'Polen', // a country in the UI language
      'All results for “reco”',
    ]);
  });

  it('asks nothing and offers nothing under two characters', async () => {
    await type('r');
    expect(api.sent).toEqual([]);
    expect(await box.isOpen()).toBe(false);
    await type('re');
    expect(await box.isOpen()).toBe(true);
  });

  it('opens the page of a chosen suggestion and empties the box', async () => {
    await type('reco');
    await box.selectOption({ text: 'Recovery assistants' });
    await settle();
    expect(url()).toBe('/practices/recovery-assistants');
    expect(input.value).toBe('');
    expect(await box.isOpen()).toBe(false);
  });

  it('opens the results page for the typed text from “All results”', async () => {
    await type('reco');
    await box.selectOption({ text: /All results/ });
    await settle();
    expect(url()).toBe('/search?q=reco');
    expect(input.value).toBe('');
  });

  it('opens the results page on Enter, the text trimmed, and without a query for a blank box', async () => {
    input.value = '  peer work ';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(url()).toBe('/search?q=peer%20work');
    expect(input.value).toBe('');
    input.value = '   ';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(url()).toBe('/search');
    expect(api.sent).toEqual([]);
  });
});
