import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  PolicyBriefDocument,
  PolicyBriefQuery,
  PolicyBriefQueryVariables,
  TransferabilityOptionsDocument,
} from '@peerhub/shared/graphql-types';
import { PolicyBriefComponent } from './policy-brief.component';

const names: Record<string, string> = { PL: 'Poland', IT: 'Italy', UK: 'United Kingdom' };
const law = { title: 'Law 12/2019', url: 'https://example.org/law', locator: 'art. 3' };
const survey = { title: 'Survey 2023', url: null, locator: null };

function brief({ codes, topic }: PolicyBriefQueryVariables): PolicyBriefQuery {
  const list = Array.isArray(codes) ? codes : [codes];
  return {
    policyBrief: {
      topic: topic ?? 'TRAINING',
      dataAsOf: '2025-01-31',
      countries: list.map((code) => ({ code, name: names[code] ?? code })),
      rows: [
        {
          key: 'TRAINING_AVAILABILITY',
          differs: true,
          cells: list.map((countryCode, i) => ({
            countryCode,
            level: 'PARTIAL' as const,
            text: i === 0 ? `${countryCode} trains some` : '',
            verifiedOn: i === 0 ? '2024-12-01' : null,
            sources: i === 0 ? [law, survey] : [],
          })),
        },
      ],
      practices: [
        {
          slug: 'recovery-assistants',
          title: 'Recovery assistants',
          summary: 'Peers on wards.',
          countryCode: list[0],
          verifiedOn: '2024-11-02',
          sources: [survey],
        },
      ],
      resources: [],
    },
  };
}

describe('PolicyBriefComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    api = new FakeGraphqlClient()
      .answer(TransferabilityOptionsDocument, {
        countries: Object.entries(names).map(([code, name]) => ({ code, name })),
        practices: { edges: [] },
      })
      .answer(PolicyBriefDocument, brief);
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([{ path: 'brief', component: PolicyBriefComponent }], withComponentInputBinding()),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle();
    return harness.routeNativeElement!;
  }
  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
  const asked = () => api.variables(PolicyBriefDocument).map((v) => [v.codes, v.topic]);
  const params = () => TestBed.inject(Router).parseUrl(TestBed.inject(Router).url).queryParams;

  it('makes the brief the address asks for, in any case', async () => {
    const el = await open('/brief?codes=pl,it&topic=Employment');
    expect(api.variables(PolicyBriefDocument).at(-1)).toEqual({
      codes: ['PL', 'IT'],
      topic: 'EMPLOYMENT',
      lang: 'en',
    });
    expect(text(el.querySelector('#brief-title'))).toBe('Employment — Poland, Italy');
  });

  it('falls back to the training topic for a topic it does not know', async () => {
    await open('/brief?codes=PL&topic=bogus');
    expect(asked().at(-1)).toEqual([['PL'], 'TRAINING']);
  });

  it('drops what is not a country code, names the codes without a profile, reads GB as UK', async () => {
    const el = await open('/brief?codes=PL,XYZ,QQ,gb,1');
    expect(asked().at(-1)).toEqual([['PL', 'UK'], 'TRAINING']);
    expect(text(el.querySelector('[data-testid=brief-ignored]'))).toBe(
      'Left out — no country profile for QQ',
    );
  });

  it('makes no brief for more than five countries and says how many to remove', async () => {
    const six = ['PL', 'IT', 'UK', 'IE', 'PT', 'AT'];
    api.answer(TransferabilityOptionsDocument, {
      countries: six.map((code) => ({ code, name: code })),
      practices: { edges: [] },
    });
    const el = await open(`/brief?codes=${six.join(',')}`);
    expect(text(el.querySelector('[data-testid=brief-too-many]'))).toBe(
      'A brief covers at most 5 countries. Remove 1 to see it.',
    );
    expect(el.querySelector('[data-testid=brief]')).toBeNull();
    expect(asked()).toEqual([]);
  });

  it('asks for a country before making anything', async () => {
    const el = await open('/brief?topic=recognition');
    expect(text(el.querySelector('.hint'))).toBe('Choose at least one country to make a brief.');
    expect(asked()).toEqual([]);
  });

  it('writes a chosen topic to the address and makes that brief', async () => {
    await open('/brief?codes=PL,IT');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const topic = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=brief-topic]' }));
    expect(await topic.getValueText()).toBe('Training');
    await topic.open();
    await topic.clickOptions({ text: 'Peer organising' });
    await settle();
    expect(params()).toEqual({ codes: 'PL,IT', topic: 'organising' });
    expect(asked().at(-1)).toEqual([['PL', 'IT'], 'ORGANISING']);
    expect(text(harness.routeNativeElement!.querySelector('#brief-title'))).toBe(
      'Peer organising — Poland, Italy',
    );
  });

  it('numbers every source once, in the order first cited', async () => {
    const el = await open('/brief?codes=PL,IT');
    const cells = el.querySelectorAll('[data-testid=brief-table] td');
    expect(text(cells[0].querySelector('.refs'))).toBe('[1, 2]');
    expect(text(cells[1])).toContain('Nothing recorded.');
    expect(text(el.querySelector('[data-testid=brief-practices] .refs'))).toBe('[2]');
    const sources = Array.from(el.querySelectorAll('[data-testid=brief-sources] li'));
    expect(sources.map((li) => [li.getAttribute('value'), text(li.querySelector('[lang=en]'))])).toEqual([
      ['1', 'Law 12/2019'],
      ['2', 'Survey 2023'],
    ]);
    expect(text(sources[0])).toContain('art. 3');
    expect(sources[0].querySelector('a')?.getAttribute('href')).toBe('https://example.org/law');
    expect(sources[1].querySelector('a')).toBeNull();
  });

  it('says the day each fact was verified, when it is known', async () => {
    const el = await open('/brief?codes=PL,IT');
    const cells = el.querySelectorAll('[data-testid=brief-table] td');
    const verified = cells[0].querySelector('[data-testid=dimension-verified-on]');
    expect(text(verified)).toBe('Verified on December 1, 2024');
    expect(verified!.querySelector('time')!.getAttribute('datetime')).toBe('2024-12-01');
    expect(cells[1].querySelector('[data-testid=dimension-verified-on]')).toBeNull();
  });

  it('shows the API’s error in place of the brief', async () => {
    api.answer(PolicyBriefDocument, new ApiError('No country profile for "QQ"', 'BAD_USER_INPUT'));
    const el = await open('/brief?codes=PL');
    expect(text(el.querySelector('[data-testid=state-error]'))).toContain('No country profile for "QQ"');
    expect(el.querySelector('[data-testid=brief]')).toBeNull();
  });
});
