/**
 * Wording for the people who write the seed, never for readers: file names, "(checked)" markers, notes on what a
 * document omits. The seed's own spec, the API's reader-wording spec (every GraphQL string) and the e2e wording
 * spec (every rendered page) all refuse these.
 */
export const EDITOR_WORDING: readonly RegExp[] = [
  /\.ts\b/,
  /seed document/i,
  /\bthe seeds\b/i,
  /\(checked\)/i,
  /not named in/i,
  /does not spell out/i,
  /see countries/i,
  /pseudo-/i,
];
