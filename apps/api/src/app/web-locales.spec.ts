import { pickLocale } from './web-locales';

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
