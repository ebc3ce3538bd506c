import {
  BRIEF_COUNTRIES,
  COMPARE_COUNTRIES,
  FILTER_COUNTRIES,
  checkCountryCodes,
  isCountryCode,
  normaliseCountryCode,
} from './country-codes';
import { DIMENSION_ORDER, byDimensionOrder, dimensionRank } from './dimensions';

describe('the country-code rule', () => {
  it('is ISO 3166-1 alpha-2: any case and spaces in, upper case out, GB read as UK', () => {
    expect(normaliseCountryCode('pl')).toBe('PL');
    expect(normaliseCountryCode(' Pl ')).toBe('PL');
    expect(normaliseCountryCode('gb')).toBe('UK');
    expect(normaliseCountryCode('GB')).toBe('UK');
    expect(normaliseCountryCode('uk')).toBe('UK');
    expect(normaliseCountryCode('eu')).toBe('EU'); // the seed's pseudo-country is well-formed
    for (const bad of ['', 'P', 'POL', 'P1', 'é1', 'ÉS', 'P L', 'pl\u0000', null, undefined, 42, ['PL']])
      expect(normaliseCountryCode(bad)).toBeNull();
    expect(isCountryCode('de')).toBe(true);
    expect(isCountryCode('Deutschland')).toBe(false);
  });

  it('bounds every list, and says which rule a list breaks', () => {
    expect(checkCountryCodes(['pl', 'gb'], COMPARE_COUNTRIES)).toEqual({ codes: ['PL', 'UK'] });
    expect(checkCountryCodes(['PL'], COMPARE_COUNTRIES).error).toBe('choose 2 to 5 countries; 1 given');
    expect(checkCountryCodes(['PL', 'IT', 'IE', 'FR', 'DE', 'ES'], BRIEF_COUNTRIES).error).toBe(
      'choose 1 to 5 countries; 6 given',
    );
    expect(checkCountryCodes(['GB', 'uk'], BRIEF_COUNTRIES).error).toBe('codes lists UK more than once');
    expect(checkCountryCodes(['PL', 'POL', 'x'.repeat(5000)], COMPARE_COUNTRIES).error).toBe(
      'codes must be two-letter country codes; not valid: "POL", "xxxxxxxxxxxx…"',
    );
    expect(checkCountryCodes('PL', COMPARE_COUNTRIES).error).toMatch(/must be a list/);
    const many = Array.from({ length: FILTER_COUNTRIES.max + 1 }, () => 'pl');
    expect(checkCountryCodes(many, FILTER_COUNTRIES, 'country').error).toBe(
      'country lists at most 50 countries; 51 given',
    );
    expect(checkCountryCodes(many.slice(1), FILTER_COUNTRIES, 'country').codes).toHaveLength(50); // duplicates OR
    expect(BRIEF_COUNTRIES.max).toBe(COMPARE_COUNTRIES.max);
  });
});

describe('the dimension order', () => {
  it('is the content model’s: ten dimensions, role recognition first, settings last', () => {
    expect(DIMENSION_ORDER).toHaveLength(10);
    expect(new Set(DIMENSION_ORDER).size).toBe(10);
    expect(DIMENSION_ORDER[0]).toBe('role_recognition');
    expect(DIMENSION_ORDER.at(-1)).toBe('settings');
    expect(dimensionRank('TRAINING_AVAILABILITY')).toBe(2);
    expect(dimensionRank('nonsense')).toBe(10);
    expect(byDimensionOrder(['SETTINGS', 'PAY', 'ROLE_RECOGNITION'], (k) => k)).toEqual([
      'ROLE_RECOGNITION',
      'PAY',
      'SETTINGS',
    ]);
  });
});
