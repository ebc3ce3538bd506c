import { DimensionLevel } from '@peerhub/shared/graphql-types';

/** The id of the SVG pattern that fills countries whose level is unknown (defined once, in the map). */
export const UNKNOWN_PATTERN_ID = 'ph-map-unknown';

/**
 * One fill per level (ColorBrewer RdBu ends, colour-blind safe; dark for the two poles, light for the middle)
 * and a hatch for UNKNOWN so it never reads as a colour of the scale nor as the grey of unprofiled countries.
 */
export const LEVEL_FILLS: Record<DimensionLevel, string> = {
  ESTABLISHED: '#2166ac',
  PARTIAL: '#67a9cf',
  EMERGING: '#f4a582',
  ABSENT: '#b2182b',
  UNKNOWN: `url(#${UNKNOWN_PATTERN_ID})`,
};

/** The fill of countries that are not profiled (drawn only as context). */
export const CONTEXT_FILL = '#dcdcdc';

export function levelFill(level: DimensionLevel): string {
  return LEVEL_FILLS[level] ?? LEVEL_FILLS.UNKNOWN;
}

/**
 * ISO 3166-1 alpha-2 (as the API spells it: UK for the United Kingdom) → the key of its shape in world-atlas
 * (the ISO 3166-1 numeric code; Kosovo has none there and is matched by name).
 */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AD: '020',
  AL: '008',
  AM: '051',
  AT: '040',
  AZ: '031',
  BA: '070',
  BE: '056',
  BG: '100',
  BY: '112',
  CH: '756',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  EL: '300',
  ES: '724',
  FI: '246',
  FO: '234',
  FR: '250',
  GB: '826',
  GE: '268',
  GG: '831',
  GR: '300',
  HR: '191',
  HU: '348',
  IE: '372',
  IM: '833',
  IS: '352',
  IT: '380',
  JE: '832',
  LI: '438',
  LT: '440',
  LU: '442',
  LV: '428',
  MC: '492',
  MD: '498',
  ME: '499',
  MK: '807',
  MT: '470',
  NL: '528',
  NO: '578',
  PL: '616',
  PT: '620',
  RO: '642',
  RS: '688',
  RU: '643',
  SE: '752',
  SI: '705',
  SK: '703',
  SM: '674',
  TR: '792',
  UA: '804',
  UK: '826',
  VA: '336',
  XK: 'name:Kosovo',
};

/** The world-atlas shape key of a country code, or undefined when the map has no shape for it. */
export function shapeKey(code: string): string | undefined {
  return ISO_NUMERIC[code.toUpperCase()];
}

/** The first sentence-ish of a text, at most `max` characters, cut at a word boundary with an ellipsis. */
export function shortText(text: string, max = 180): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
