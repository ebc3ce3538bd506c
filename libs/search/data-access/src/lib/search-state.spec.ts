import { convertToParamMap } from '@angular/router';
import {
  emptySearchState,
  parseSearchParams,
  searchHitLink,
  searchQueryParams,
  toFilterInput,
} from './search-state';

describe('search URL state', () => {
  it('searches the first 300 characters of a longer query from the address, as the API allows', () => {
    const long = `peer support ${'x'.repeat(400)}`;
    const state = parseSearchParams(convertToParamMap({ q: long }));
    expect(state.query).toHaveLength(300);
    expect(state.query).toBe(long.slice(0, 300));
  });

  it('reads repeated and comma-separated facet params, dropping values the API would reject', () => {
    const state = parseSearchParams(
      convertToParamMap({
        q: '  recovery ',
        kind: ['PRACTICE', 'resource,bogus'],
        type: ['resource:guide,guide', 'organisation:ngo', 'spaceship:ngo'],
        country: ['PT', 'Portugal'],
        language: 'pt,EN',
        topic: ['training,supervision', 'Ireland'],
        year: '2019,19',
      }),
    );
    expect(state.query).toBe('recovery');
    expect(state.filters.kind).toEqual(['practice', 'resource']);
    // types are scoped by kind (a bare type from an older link is dropped); topics come from the vocabulary
    expect(state.filters.type).toEqual(['resource:guide', 'organisation:ngo']);
    expect(state.filters.country).toEqual(['PT']);
    expect(state.filters.language).toEqual(['pt']);
    expect(state.filters.topic).toEqual(['training', 'supervision']);
    expect(state.filters.year).toEqual(['2019']);
    expect(state.page).toBe(1);
    expect(state.after).toBeNull();
  });

  it('reads country codes by the API’s rule: any case in, upper case out, GB as UK', () => {
    const state = parseSearchParams(convertToParamMap({ country: ['pl,gb', 'UK', ' ie ', 'POL'] }));
    expect(state.filters.country).toEqual(['PL', 'UK', 'IE']);
  });

  it('keeps page and cursor together, and the first page has neither', () => {
    expect(parseSearchParams(convertToParamMap({ page: '3', after: 'abc' }))).toMatchObject({
      page: 3,
      after: 'abc',
    });
    expect(parseSearchParams(convertToParamMap({ page: '3' }))).toMatchObject({ page: 1, after: null });
  });

  it('writes every param, null for the ones to remove', () => {
    const state = emptySearchState();
    state.query = 'peer';
    state.filters.type = ['resource:guide', 'organisation:ngo'];
    expect(searchQueryParams(state)).toEqual({
      q: 'peer',
      kind: null,
      type: ['resource:guide', 'organisation:ngo'],
      country: null,
      language: null,
      audience: null,
      topic: null,
      year: null,
      page: null,
      after: null,
    });
    const back = parseSearchParams(
      convertToParamMap(
        Object.fromEntries(Object.entries(searchQueryParams(state)).filter(([, v]) => v !== null)) as Record<
          string,
          string | string[]
        >,
      ),
    );
    expect(back).toEqual(state);
  });

  it('maps the filters to the API input', () => {
    const state = emptySearchState();
    expect(toFilterInput(state.filters)).toBeNull();
    state.filters.kind = ['practice'];
    state.filters.year = ['2020'];
    expect(toFilterInput(state.filters)).toEqual({ kind: ['PRACTICE'], year: [2020] });
  });

  it('links each kind of hit to its page', () => {
    expect(searchHitLink({ kind: 'PRACTICE', slug: 'open-dialogue', id: '1' })).toEqual([
      '/practices',
      'open-dialogue',
    ]);
    expect(searchHitLink({ kind: 'COUNTRY', slug: 'pt', id: 'PT' })).toEqual(['/countries', 'PT']);
  });
});
