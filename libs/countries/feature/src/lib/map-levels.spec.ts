import { parseMapDimension } from '@peerhub/countries/data-access';
import { LEVEL_FILLS, UNKNOWN_PATTERN_ID, levelFill, shapeKey, shortText } from './map-levels';

describe('map levels', () => {
  it('gives every level its own fill, UNKNOWN a hatch pattern', () => {
    const fills = Object.values(LEVEL_FILLS);
    expect(new Set(fills).size).toBe(fills.length);
    expect(levelFill('UNKNOWN')).toBe(`url(#${UNKNOWN_PATTERN_ID})`);
    expect(levelFill('ESTABLISHED')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('maps the API codes to world-atlas shapes (UK and GB are the United Kingdom, Malta exists)', () => {
    expect(shapeKey('PL')).toBe('616');
    expect(shapeKey('mt')).toBe('470');
    expect(shapeKey('UK')).toBe('826');
    expect(shapeKey('GB')).toBe('826');
    expect(shapeKey('EU')).toBeUndefined();
    expect(shapeKey('CA')).toBeUndefined();
  });

  it('shortens long texts at a word boundary', () => {
    expect(shortText('  Short   text. ')).toBe('Short text.');
    const long = 'word '.repeat(100);
    const short = shortText(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('word…')).toBe(true);
  });

  it('reads the dimension from the URL, defaulting to role recognition', () => {
    expect(parseMapDimension('pay')).toBe('PAY');
    expect(parseMapDimension('PEER_ASSOCIATIONS')).toBe('PEER_ASSOCIATIONS');
    expect(parseMapDimension(undefined)).toBe('ROLE_RECOGNITION');
    expect(parseMapDimension('nonsense')).toBe('ROLE_RECOGNITION');
  });
});
