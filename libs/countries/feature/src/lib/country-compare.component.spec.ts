import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiError } from '@peerhub/shared/data-access';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  CompareCountriesDocument,
  CompareCountriesQuery,
  CompareCountryOptionsDocument,
} from '@peerhub/shared/graphql-types';
import { CountryCompareComponent } from './country-compare.component';

const names: Record<string, string> = { PL: 'Poland', IT: 'Italy', UK: 'United Kingdom', AT: 'Austria' };
const options = { countries: Object.entries(names).map(([code, name]) => ({ code, name })) };

/** A comparison of `codes`: pay differs (the sources are silent on the last country), role recognition does not. */
function comparison(codes: readonly string[]): CompareCountriesQuery {
  return {
    compareCountries: {
      dataAsOf: '2025-01-31',
      countries: codes.map((code) => ({ code, name: names[code] ?? code })),
      rows: [
        {
          key: 'ROLE_RECOGNITION',
          differs: false,
          cells: codes.map((countryCode) => ({
            countryCode,
            level: 'ESTABLISHED' as const,
            text: `${countryCode} recognises the role`,
            verifiedOn: '2024-12-01',
            sources: [{ title: 'Law 12/2019', url: 'https://example.org/law', locator: 'art. 3' }],
          })),
        },
        {
          key: 'PAY',
          differs: true,
          cells: [
            ...codes.slice(0, -1).map((countryCode) => ({
              countryCode,
              level: 'PARTIAL' as const,
              text: `${countryCode} pays "some", in part`,
              verifiedOn: null,
              sources: [{ title: 'Survey', url: null, locator: null }],
            })),
            {
              countryCode: codes[codes.length - 1],
              level: 'UNKNOWN' as const,
              text: 'Trainees were paid.',
              verifiedOn: null,
              sources: [{ title: 'Guide', url: null, locator: 'Annex I' }],
            },
          ],
        },
      ],
    },
  };
}

describe('CountryCompareComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    api = new FakeGraphqlClient()
      .answer(CompareCountryOptionsDocument, options)
      .answer(CompareCountriesDocument, ({ codes }) => comparison(codes as string[]));
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter([{ path: 'compare', component: CountryCompareComponent }], withComponentInputBinding()),
        provideLocationMocks(),
      ],
    });
    harness = await RouterTestingHarness.create();
    TestBed.inject(Router).setUpLocationChangeListener();
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await settle();
    return harness.routeNativeElement!;
  }
  const el = () => harness.routeNativeElement!;
  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
  const message = () => text(el().querySelector('[data-testid=compare-message]'));
  const chips = () =>
    Array.from(el().querySelectorAll('[data-testid=compare-picker] mat-chip-row')).map((c) =>
      c.getAttribute('data-code'),
    );
  const compared = () => api.variables(CompareCountriesDocument).map((v) => v.codes);
  const columns = () => Array.from(el().querySelectorAll('[data-testid=compare-table] thead th')).map(text);

  it('compares the profiled countries of the address in its order (GB read as UK) and names those left out', async () => {
    await open('/compare?codes=pl,gb,xyz,XK,it,PL');
    // One request, for the profiled countries only: the codes left out are never sent.
    expect(api.variables(CompareCountriesDocument)).toEqual([{ codes: ['PL', 'UK', 'IT'], lang: 'en' }]);
    expect(chips()).toEqual(['PL', 'UK', 'IT']);
    expect(message()).toBe('Left out — no country profile for XYZ, XK');
    expect(columns()).toEqual(['Dimension', 'Poland', 'United Kingdom', 'Italy']);
  });

  it('asks for at least two countries, and compares nothing before', async () => {
    await open('/compare?codes=PL');
    expect(message()).toBe('Choose at least 2 countries to see the comparison.');
    expect(el().querySelector('[data-testid=compare-table]')).toBeNull();
    await open('/compare');
    expect(message()).toBe('Choose at least 2 countries to see the comparison.');
    expect(compared()).toEqual([]);
  });

  it('compares no more than five, saying how many to remove', async () => {
    options.countries.push({ code: 'IE', name: 'Ireland' }, { code: 'PT', name: 'Portugal' });
    try {
      await open('/compare?codes=PL,IT,UK,AT,IE,PT');
      expect(message()).toBe(
        'You can compare at most 5 countries at a time. Remove 1 to see the comparison.',
      );
      expect(chips()).toHaveLength(6);
      expect(compared()).toEqual([]);
    } finally {
      options.countries.splice(-2);
    }
  });

  it('writes a removed country to the address and compares the rest', async () => {
    await open('/compare?codes=PL,UK,IT');
    el().querySelector<HTMLButtonElement>('mat-chip-row[data-code=UK] button[matChipRemove]')!.click();
    await settle();
    const router = TestBed.inject(Router);
    expect(router.parseUrl(router.url).queryParams).toEqual({ codes: 'PL,IT' });
    expect(compared()).toEqual([
      ['PL', 'UK', 'IT'],
      ['PL', 'IT'],
    ]); // each selection asked once
    expect(columns()).toEqual(['Dimension', 'Poland', 'Italy']);
  });

  it('shows again the comparison of the entry the browser goes back and forward to', async () => {
    await open('/compare?codes=PL,IT');
    await open('/compare?codes=AT,UK');
    TestBed.inject(Location).back();
    await new Promise((r) => setTimeout(r)); // the router handles popstate a macrotask later
    await settle();
    expect(chips()).toEqual(['PL', 'IT']);
    expect(columns()).toEqual(['Dimension', 'Poland', 'Italy']);
    TestBed.inject(Location).forward();
    await new Promise((r) => setTimeout(r));
    await settle();
    expect(columns()).toEqual(['Dimension', 'Austria', 'United Kingdom']);
    expect(compared().at(-1)).toEqual(['AT', 'UK']);
  });

  it('marks differing rows and says where the sources are silent', async () => {
    await open('/compare?codes=PL,IT');
    const rows = Array.from(el().querySelectorAll('[data-testid=compare-table] tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-differs'))).toEqual(['false', 'true']);
    expect(text(rows[1].querySelector('th'))).toBe('Pay Differs');
    expect(text(rows[1].querySelector('td[data-country=IT] .dim-text'))).toBe(
      'Not documented yet. Trainees were paid.',
    );
    expect(text(rows[1].querySelector('td[data-country=IT] .dim-sources'))).toBe('Checked: Guide (Annex I)');
    expect(text(rows[0].querySelector('td[data-country=PL] .dim-sources'))).toBe(
      'Sources: Law 12/2019 (art. 3)',
    );
    // the day each fact was verified, when it is known
    const verified = rows[0].querySelector('td[data-country=PL] [data-testid=dimension-verified-on]');
    expect(text(verified)).toBe('Verified on December 1, 2024');
    expect(verified!.querySelector('time')!.getAttribute('datetime')).toBe('2024-12-01');
    expect(rows[1].querySelector('td[data-country=PL] [data-testid=dimension-verified-on]')).toBeNull();
  });

  it('downloads what is shown as CSV named after the countries', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:comparison');
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await open('/compare?codes=PL,IT');
    el().querySelector<HTMLButtonElement>('[data-testid=compare-csv]')!.click();
    expect(names).toEqual(['peerhub-comparison-PL-IT.csv']);
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    // (reading drops the byte-order mark; toCsv's own spec checks it)
    expect(csv.split('\r\n')).toEqual([
      'Dimension,Differs,Poland — level,Poland — text,Poland — sources,Poland — verified on,Italy — level,Italy — text,Italy — sources,Italy — verified on',
      'Role recognition,,Established,PL recognises the role,Law 12/2019 (art. 3),2024-12-01,Established,IT recognises the role,Law 12/2019 (art. 3),2024-12-01',
      'Pay,Differs,Partial,"PL pays ""some"", in part",Survey,,Unknown,Not documented yet. Trainees were paid.,Guide (Annex I),',
      '',
    ]);
  });

  it('shows the API’s error and asks again on retry', async () => {
    api.answer(CompareCountriesDocument, new ApiError('choose 2 to 5 countries; 6 given', 'BAD_USER_INPUT'));
    await open('/compare?codes=PL,IT');
    const error = el().querySelector('[data-testid=state-error]');
    expect(text(error)).toContain('choose 2 to 5 countries; 6 given');
    api.answer(CompareCountriesDocument, ({ codes }) => comparison(codes as string[]));
    error!.querySelector('button')!.click();
    await settle();
    expect(columns()).toEqual(['Dimension', 'Poland', 'Italy']);
  });

  it('drops nothing when the list of profiled countries cannot be loaded', async () => {
    api.answer(CompareCountryOptionsDocument, new ApiError('The server could not be reached.', 'NETWORK'));
    await open('/compare?codes=PL,XK');
    expect(compared()).toEqual([['PL', 'XK']]);
    expect(message()).toBe('');
  });
});
