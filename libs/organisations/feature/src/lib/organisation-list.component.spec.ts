import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  FakeGraphqlClient,
  connection,
  provideFakeGraphql,
  settle,
} from '@peerhub/shared/data-access/testing';
import {
  OrganisationFilterOptionsDocument,
  OrganisationListDocument,
  OrganisationViewerDocument,
} from '@peerhub/shared/graphql-types';
import { OrganisationListComponent } from './organisation-list.component';

describe('OrganisationListComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    api = new FakeGraphqlClient()
      .answer(OrganisationListDocument, { organisations: connection([]) })
      .answer(OrganisationFilterOptionsDocument, {
        countries: [
          { code: 'UK', name: 'United Kingdom' },
          { code: 'PL', name: 'Poland' },
        ],
      })
      .answer(OrganisationViewerDocument, { viewer: null });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([{ path: 'organisations', component: OrganisationListComponent }]),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  async function select(label: string): Promise<MatSelectHarness> {
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatSelectHarness))!;
  }
  const params = () => TestBed.inject(Router).parseUrl(TestBed.inject(Router).url).queryParams;

  it('reads country, type and project in any case and shows them chosen', async () => {
    await harness.navigateByUrl('/organisations?country=gb&type=ngo&project=helpex');
    await settle();
    expect(api.variables(OrganisationListDocument)[0]).toMatchObject({
      filter: { country: 'UK', type: 'NGO', project: 'HelpEx' },
      lang: 'en',
    });
    expect(params()).toEqual({ country: 'UK', type: 'NGO', project: 'HelpEx' });
    expect(await (await select('Country')).getValueText()).toBe('United Kingdom');
    expect(await (await select('Type of organisation')).getValueText()).toBe('NGO');
  });

  it('offers the countries by name and writes the chosen one to the address', async () => {
    await harness.navigateByUrl('/organisations?country=Poland&project=unknown');
    await settle();
    expect(params()).toEqual({});
    const country = await select('Country');
    await country.open();
    expect((await country.getOptions()).length).toBe(3);
    expect(await Promise.all((await country.getOptions()).map((o) => o.getText()))).toEqual([
      'Any',
      'Poland',
      'United Kingdom',
    ]);
    await country.clickOptions({ text: 'Poland' });
    await settle();
    expect(params()).toEqual({ country: 'PL' });
    expect(api.variables(OrganisationListDocument).map((v) => v.filter)).toEqual([{}, { country: 'PL' }]);
  });

  it('offers “Clear filters” on an empty filtered list and none without a filter', async () => {
    await harness.navigateByUrl('/organisations?country=pl&type=ngo');
    await settle();
    const el = harness.routeNativeElement!;
    el.querySelector<HTMLButtonElement>('[data-testid=state-empty] [data-testid=clear-filters]')!.click();
    await settle();
    expect(params()).toEqual({});
    expect(api.variables(OrganisationListDocument).at(-1)?.filter).toEqual({});
    expect(el.querySelector('[data-testid=state-empty]')).not.toBeNull();
    expect(el.querySelector('[data-testid=clear-filters]')).toBeNull();
  });

  it('asks a visitor to sign in to register their organisation, and comes back to the form', async () => {
    await harness.navigateByUrl('/organisations');
    await settle();
    const el = harness.routeNativeElement!;
    const link = el.querySelector('[data-testid=organisation-register] a')!;
    expect(link.textContent?.trim()).toBe('Sign in to register it');
    expect(link.getAttribute('href')).toBe('/account/sign-in?next=%2Fcontribute%2Forganisation%2Fnew');
  });

  it('offers a member to register their organisation; a suspended member is not offered it', async () => {
    api.answer(OrganisationViewerDocument, { viewer: { id: 'm1', roles: [], suspended: false } });
    await harness.navigateByUrl('/organisations');
    await settle();
    const link = harness.routeNativeElement!.querySelector('[data-testid=organisation-register] a')!;
    expect(link.textContent?.trim()).toBe('Register your organisation');
    expect(link.getAttribute('href')).toBe('/contribute/organisation/new');

    TestBed.resetTestingModule();
    api = new FakeGraphqlClient()
      .answer(OrganisationListDocument, { organisations: connection([]) })
      .answer(OrganisationFilterOptionsDocument, { countries: [] })
      .answer(OrganisationViewerDocument, { viewer: { id: 'm2', roles: [], suspended: true } });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([{ path: 'organisations', component: OrganisationListComponent }]),
      ],
    });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/organisations');
    await settle();
    expect(harness.routeNativeElement!.querySelector('[data-testid=organisation-register]')).toBeNull();
  });
});
