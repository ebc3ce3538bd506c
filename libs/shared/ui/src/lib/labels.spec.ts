import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { enumLabel, hasEnumLabel } from './labels';

/** Enums the API sends that pages label elsewhere or never show. */
const LABELLED_ELSEWHERE = new Set([
  'HealthStatus', // the health endpoint, not a page
  'ListSort', // the sort select has its own wording ("Title (A–Z)")
  'ContentKind', // contribution pages word them ("practice", "country fact")
  'DiffChange', // shown as marks in a diff, not as words
  'ReviewDecision', // the review buttons' own wording
  'RevisionState', // contribution pages' status chips
  'MembershipKind', // the requests page words it in a sentence ("asks to join", "claims")
  'MembershipStatus', // chips with the member's own wording ("request waiting", "editor")
  'SiteRole', // the admin page's role chips and buttons
  'SearchKind', // the search page's own labels
  'UnjudgedReason', // spelled out in sentences on the transferability page
]);

const schema = parse(readFileSync(join(__dirname, '../../../../../apps/api/schema.graphql'), 'utf8'));
const shown = schema.definitions.flatMap((d) =>
  d.kind === Kind.ENUM_TYPE_DEFINITION && !LABELLED_ELSEWHERE.has(d.name.value)
    ? (d.values ?? []).map((v) => [d.name.value, v.name.value] as const)
    : [],
);

describe('enumLabel', () => {
  it('reads the committed schema', () => {
    expect(shown.map(([type]) => type)).toEqual(
      expect.arrayContaining(['OrganisationType', 'DimensionLevel']),
    );
  });

  it.each(shown)('%s.%s has a translated label, not the humanized fallback', (_, value) => {
    expect(hasEnumLabel(value)).toBe(true);
  });

  it('spells organisation types as people write them', () => {
    expect(enumLabel('NGO')).toBe('NGO');
    expect(enumLabel('USER_LED')).toBe('User-led organisation');
    expect(enumLabel('PEER_ASSOCIATION')).toBe('Peer association');
    expect(enumLabel('PEER_ASSOCIATIONS')).toBe('Peer associations');
  });

  it('humanizes a value it has no label for, and gives nothing for nothing', () => {
    expect(hasEnumLabel('SOMETHING_NEW')).toBe(false);
    expect(enumLabel('SOMETHING_NEW')).toBe('Something new');
    expect(enumLabel(null)).toBe('');
  });
});
