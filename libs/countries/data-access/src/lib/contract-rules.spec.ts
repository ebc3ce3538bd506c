import { COMPARE_COUNTRIES, DIMENSION_ORDER } from '@peerhub/shared/util';
import { COMPARE_MAX, COMPARE_MIN, parseCompareCodes } from './compare.store';
import { DIMENSION_KEYS } from './countries.store';

/** The web applies the API's contract rules instead of its own copies. */
describe('web contract rules', () => {
  it('parses compared codes by the API’s rule: upper case, GB read as UK, each once', () => {
    expect(parseCompareCodes(' pl,gb, UK ,it,,xyz')).toEqual(['PL', 'UK', 'IT', 'XYZ']);
    expect(parseCompareCodes(null)).toEqual([]);
  });

  it('bounds the comparison as the API does', () => {
    expect([COMPARE_MIN, COMPARE_MAX]).toEqual([COMPARE_COUNTRIES.min, COMPARE_COUNTRIES.max]);
  });

  it('shows the dimensions in the API’s one order (profile, map, comparison)', () => {
    expect(DIMENSION_KEYS).toEqual(DIMENSION_ORDER.map((k) => k.toUpperCase()));
    expect(DIMENSION_KEYS.slice(0, 4)).toEqual([
      'ROLE_RECOGNITION',
      'NATIONAL_STRATEGY',
      'TRAINING_AVAILABILITY',
      'ACCREDITATION',
    ]);
  });
});
