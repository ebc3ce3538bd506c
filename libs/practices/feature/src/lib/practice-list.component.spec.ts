import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiError } from '@peerhub/shared/data-access';
import {
  FakeGraphqlClient,
  connection,
  provideFakeGraphql,
  settle,
} from '@peerhub/shared/data-access/testing';
import {
  PracticeFilterOptionsDocument,
  PracticeListDocument,
  PracticeListQuery,
} from '@peerhub/shared/graphql-types';
import { PracticeListComponent } from './practice-list.component';

type Practice = PracticeListQuery['practices']['edges'][number]['node'];
const practice = (n: number): Practice => ({
  id: String(n),
  slug: `practice-${n}`,
  title: `Practice ${n}`,
  summary: '',
  place: null,
  category: 'SELF_HELP_GROUP',
  leadership: 'PEER_RUN',
  startYear: null,
  country: { code: 'PL', name: 'Poland' },
});
const pageOf = (first: number, count: number, total: number, hasNextPage: boolean) =>
  connection(
    Array.from({ length: count }, (_, i) => practice(first + i)),
    { total, endCursor: `cursor-${first + count - 1}`, hasNextPage, hasPreviousPage: first > 1 },
  );

@Component({ template: '' })
class ElsewhereComponent {}

describe('PracticeListComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    api = new FakeGraphqlClient()
      .answer(PracticeFilterOptionsDocument, {
        countries: [
          { code: 'PL', name: 'Poland' },
          { code: 'UK', name: 'United Kingdom' },
        ],
        practiceTopics: ['training', 'peer work', 'Recovery', 'co-production'],
      })
      .answer(PracticeListDocument, ({ after }) => ({
        practices: after ? pageOf(21, 20, 57, true) : pageOf(1, 20, 57, true),
      }));
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([
          { path: 'practices', component: PracticeListComponent },
          { path: 'elsewhere', component: ElsewhereComponent },
        ]),
        provideLocationMocks(),
      ],
    });
    harness = await RouterTestingHarness.create();
    TestBed.inject(Router).setUpLocationChangeListener(); // what the app's initial navigation does: back/forward
  });

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle();
    return harness.routeNativeElement!;
  }
  /** The browser's back / forward button (the router handles popstate a macrotask later). */
  async function history(button: 'back' | 'forward'): Promise<void> {
    TestBed.inject(Location)[button]();
    await new Promise((r) => setTimeout(r));
    await settle();
  }
  const params = () => TestBed.inject(Router).parseUrl(TestBed.inject(Router).url).queryParams;
  const listFilters = () => api.variables(PracticeListDocument).map((v) => [v.filter, v.sort, v.after]);
  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const topicSelect = () =>
    TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatSelectHarness.with({ ancestor: '[data-testid=practice-topic]' }),
    );
  async function chooseTopic(topic: string): Promise<void> {
    const select = await topicSelect();
    await select.open();
    await select.clickOptions({ text: topic });
    await settle();
  }

  it('reads the filters from the address, drops what it does not know, and writes back the clean form', async () => {
    await open('/practices?country=gb&leadership=peer_run&category=BOGUS&topic=%20training%20&sort=recent');
    expect(api.variables(PracticeListDocument)).toEqual([
      {
        first: 20,
        after: null,
        sort: 'RECENT',
        filter: { country: 'UK', leadership: 'PEER_RUN', topic: 'training' },
        lang: 'en',
      },
    ]);
    expect(params()).toEqual({ country: 'UK', leadership: 'PEER_RUN', topic: 'training', sort: 'RECENT' });
  });

  it('ignores a country that does not exist (?country=ZZ) once the countries are known', async () => {
    const el = await open('/practices?country=ZZ&leadership=peer_run');
    expect(params()).toEqual({ leadership: 'PEER_RUN' });
    expect(listFilters().at(-1)).toEqual([{ leadership: 'PEER_RUN' }, 'TITLE', null]);
    expect(el.querySelectorAll('mat-card').length).toBeGreaterThan(0);
  });

  it('writes a chosen filter to the address and clears it with “Any”', async () => {
    await open('/practices');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Leadership' }));
    const select = (await field.getControl(MatSelectHarness))!;
    await select.open();
    await select.clickOptions({ text: 'Peer-run' });
    await settle();
    expect(params()).toEqual({ leadership: 'PEER_RUN' });
    await select.open();
    await select.clickOptions({ text: 'Any' });
    await settle();
    expect(params()).toEqual({});
    expect(listFilters()).toEqual([
      [{}, 'TITLE', null],
      [{ leadership: 'PEER_RUN' }, 'TITLE', null],
      [{}, 'TITLE', null],
    ]);
  });

  it('pages with the cursor, shows the range, and starts again on page 1 when the topic changes', async () => {
    const el = await open('/practices');
    expect(text(el.querySelector('.range'))).toBe('1–20 of 57');
    const next = Array.from(el.querySelectorAll<HTMLButtonElement>('ph-pager button')).find((b) =>
      b.textContent?.includes('Next'),
    )!;
    next.click();
    await settle();
    expect(text(el.querySelector('.range'))).toBe('21–40 of 57');
    expect(el.querySelectorAll('[data-testid=practice-list] > li')).toHaveLength(20);

    await chooseTopic('peer work');
    expect(listFilters()).toEqual([
      [{}, 'TITLE', null],
      [{}, 'TITLE', 'cursor-20'],
      [{ topic: 'peer work' }, 'TITLE', null],
    ]);
    expect(params()).toEqual({ topic: 'peer work' });
  });

  it('says when nothing matches, and clears every filter from the list and the address', async () => {
    api.answer(PracticeListDocument, ({ filter }) => ({
      practices: filter && Object.keys(filter).length ? connection<Practice>([]) : pageOf(1, 3, 3, false),
    }));
    const el = await open('/practices?leadership=UNKNOWN&topic=training&sort=recent');
    expect(text(el.querySelector('[data-testid=state-empty]'))).toContain(
      'No practice matches these filters.',
    );
    expect(el.querySelector('[data-testid=practice-list]')).toBeNull();
    const clear = el.querySelector<HTMLButtonElement>(
      '[data-testid=state-empty] [data-testid=clear-filters]',
    )!;
    expect(text(clear)).toBe('Clear filters');
    clear.click();
    await settle();
    expect(params()).toEqual({ sort: 'RECENT' });
    expect(listFilters().at(-1)).toEqual([{}, 'RECENT', null]);
    expect(el.querySelectorAll('[data-testid=practice-list] > li')).toHaveLength(3);
    expect(el.querySelector('[data-testid=clear-filters]')).toBeNull();
  });

  it('offers no "Clear filters" when the list is empty without a filter', async () => {
    api.answer(PracticeListDocument, { practices: connection<Practice>([]) });
    const el = await open('/practices');
    expect(el.querySelector('[data-testid=state-empty]')).not.toBeNull();
    expect(el.querySelector('[data-testid=clear-filters]')).toBeNull();
  });

  it('offers the topics the practices use to choose from (nothing to type in English), and drops a topic no practice uses', async () => {
    await open('/practices?topic=bogus&leadership=peer_run');
    expect(params()).toEqual({ leadership: 'PEER_RUN' });
    const select = await topicSelect();
    await select.open();
    const options = await Promise.all((await select.getOptions()).map((o) => o.getText()));
    expect(options).toEqual(['Any', 'co-production', 'peer work', 'Recovery', 'training']);
  });

  it('shows no bare "Unknown" chip for a practice whose leadership is not documented', async () => {
    api.answer(PracticeListDocument, {
      practices: connection<Practice>([{ ...practice(1), leadership: 'UNKNOWN' }, practice(2)]),
    });
    const el = await open('/practices');
    const chips = Array.from(el.querySelectorAll('[data-testid=practice-list] > li')).map((li) =>
      Array.from(li.querySelectorAll('.ph-chip')).map((c) => text(c)),
    );
    expect(chips).toEqual([['Self-help group'], ['Self-help group', 'Peer-run']]);
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Leadership' }));
    const select = (await field.getControl(MatSelectHarness))!;
    await select.open();
    const options = await Promise.all((await select.getOptions()).map((o) => o.getText()));
    expect(options).toContain('Leadership not documented');
    expect(options).not.toContain('Unknown');
  });

  it('shows the API’s error and asks again on retry', async () => {
    api.answer(PracticeListDocument, new ApiError('Too many requests, wait 17 s', 'RATE_LIMITED'));
    const el = await open('/practices');
    const error = el.querySelector('[data-testid=state-error]');
    expect(text(error)).toContain('Too many requests, wait 17 s');
    api.answer(PracticeListDocument, { practices: pageOf(1, 2, 2, false) });
    error!.querySelector('button')!.click();
    await settle();
    expect(el.querySelector('[data-testid=state-error]')).toBeNull();
    expect(el.querySelectorAll('[data-testid=practice-list] > li')).toHaveLength(2);
    expect(api.variables(PracticeListDocument)).toHaveLength(2);
  });

  it('keeps filter changes in one history entry: back leaves the list, forward restores the last filters', async () => {
    await open('/elsewhere');
    await open('/practices?leadership=PEER_RUN');
    await chooseTopic('training');
    await history('back');
    expect(TestBed.inject(Router).url).toBe('/elsewhere');
    await history('forward');
    expect(params()).toEqual({ leadership: 'PEER_RUN', topic: 'training' });
    expect(listFilters().at(-1)).toEqual([{ leadership: 'PEER_RUN', topic: 'training' }, 'TITLE', null]);
    expect(await (await topicSelect()).getValueText()).toBe('training');
  });
});
