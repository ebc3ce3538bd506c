import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  FakeGraphqlClient,
  connection,
  provideFakeGraphql,
  settle,
} from '@peerhub/shared/data-access/testing';
import { ResourceListDocument } from '@peerhub/shared/graphql-types';
import { ResourceListComponent } from './resource-list.component';

describe('ResourceListComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    api = new FakeGraphqlClient().answer(ResourceListDocument, { resources: connection([]) });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([{ path: 'resources', component: ResourceListComponent }]),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle();
    return harness.routeNativeElement!;
  }
  const params = () => TestBed.inject(Router).parseUrl(TestBed.inject(Router).url).queryParams;

  it('keeps the known values of the address (any case), ignores the others, and sends no UI language', async () => {
    await open('/resources?type=NOT_A_TYPE&language=FR&audience=peer_workers&sort=recent&page=3');
    expect(api.variables(ResourceListDocument)).toEqual([
      { first: 20, after: null, sort: 'RECENT', filter: { language: 'fr', audience: 'PEER_WORKERS' } },
    ]);
    // unknown values are removed, parameters the list does not own are left alone
    expect(params()).toEqual({ language: 'fr', audience: 'PEER_WORKERS', sort: 'RECENT', page: '3' });
  });

  it('takes any text as the topic and shows it back as typed, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await open(`/resources?topic=${encodeURIComponent(hostile)}`);
    expect(api.variables(ResourceListDocument)[0].filter).toEqual({ topic: hostile });
    expect(el.querySelector<HTMLInputElement>('input[name=topic]')!.value).toBe(hostile);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid=state-empty]')?.textContent).toContain(
      'No resource matches these filters.',
    );
  });

  it('cuts a topic from the address at 200 characters', async () => {
    await open(`/resources?topic=${'a'.repeat(250)}`);
    expect(api.variables(ResourceListDocument)[0].filter).toEqual({ topic: 'a'.repeat(200) });
    expect(params()).toEqual({ topic: 'a'.repeat(200) });
  });

  it('asks once when the topic is both changed and submitted', async () => {
    const el = await open('/resources');
    const topic = el.querySelector<HTMLInputElement>('input[name=topic]')!;
    topic.value = 'training';
    topic.dispatchEvent(new Event('change'));
    await settle();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(api.variables(ResourceListDocument).map((v) => v.filter)).toEqual([{}, { topic: 'training' }]);
    expect(params()).toEqual({ topic: 'training' });
  });

  it('offers “Clear filters” on an empty filtered list: the address and the list lose every filter, not the sort', async () => {
    const el = await open('/resources?language=fr&topic=nothing&sort=recent&page=3');
    expect(el.querySelector('[data-testid=state-empty]')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('[data-testid=state-empty] [data-testid=clear-filters]')!.click();
    await settle();
    expect(params()).toEqual({ sort: 'RECENT', page: '3' });
    expect(api.variables(ResourceListDocument).at(-1)).toEqual({
      first: 20,
      after: null,
      sort: 'RECENT',
      filter: {},
    });
    // still empty, but nothing left to clear
    expect(el.querySelector('[data-testid=clear-filters]')).toBeNull();
  });
});
