/**
 * The ten dimensions of a country profile, in the one order every view shows them (the profile, the map's
 * picker, the comparison, the brief): the order of ARCHITECTURE.md's content model and of the seed. Values are
 * the API's stored keys; the GraphQL enum names are the same in upper case.
 */
export const DIMENSION_ORDER = [
  'role_recognition',
  'national_strategy',
  'training_availability',
  'accreditation',
  'training_independence',
  'employment',
  'pay',
  'supervision',
  'peer_associations',
  'settings',
] as const;
export type DimensionKeyValue = (typeof DIMENSION_ORDER)[number];

/** Position of a dimension key (stored value or GraphQL enum name) in DIMENSION_ORDER; unknown keys go last. */
export function dimensionRank(key: string): number {
  const i = (DIMENSION_ORDER as readonly string[]).indexOf(key.toLowerCase());
  return i < 0 ? DIMENSION_ORDER.length : i;
}

/** `items` sorted by their dimension key in DIMENSION_ORDER (stable for unknown keys). */
export function byDimensionOrder<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => dimensionRank(keyOf(a)) - dimensionRank(keyOf(b)));
}
