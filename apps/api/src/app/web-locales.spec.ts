import { localeRedirect, pickLocale } from './web-locales';

describe('pickLocale', () => {
  const all = ['en', 'fr', 'pt', 'no'];
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-BE,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,de;q=0.9,pt;q=0.5', 'pt'],
    ['nb-NO', 'no'],
    ['nn', 'no'],
    ['pl,en;q=0.3,fr;q=0.7', 'fr'],
    ['fr;q=0,en', 'en'],
    ['*', 'en'],
    ['garbage;;;q=abc', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(pickLocale(header, all)).toBe(expected);
  });

  it('only picks a locale that was built', () => {
    expect(pickLocale('fr', ['en', 'no'])).toBe('en');
    expect(pickLocale('fr', ['no'])).toBe('no');
  });
});

describe('localeRedirect', () => {
  const all = ['en', 'fr', 'pt', 'no'];
  it.each([
    ['/de/practices', undefined, '/en/practices'],
    ['/de/practices', 'pt-PT', '/pt/practices'],
    ['/de', undefined, '/en/'],
    ['/FR/practices/x', 'en', '/fr/practices/x'],
    ['/fr-BE/practices', undefined, '/fr/practices'],
    ['/pt_BR/resources', undefined, '/pt/resources'],
    ['/nb/countries', undefined, '/no/countries'],
    ['/practices', 'fr', '/fr/practices'],
    ['/', 'no', '/no/'],
    ['/search', undefined, '/en/search'],
    ['//evil.example/x', undefined, '/en//evil.example/x'],
  ])('%s (%s) → %s', (path, header, expected) => {
    expect(localeRedirect(path, header, all)).toBe(expected);
  });
});
