import { GraphQLError } from 'graphql';
import { POLICY, Permission, assertCan, can, isPermission } from './policy';
import { ANONYMOUS, VIEWER_KINDS, Viewer, ViewerKind, viewerKind, viewerOf } from './viewer';

const member: Viewer = { kind: 'member', userId: 'u1', roles: [], editorOf: [] };
const editor: Viewer = { kind: 'member', userId: 'u2', roles: [], editorOf: ['org-1'] };
const moderator: Viewer = { kind: 'member', userId: 'u3', roles: ['moderator'], editorOf: [] };
const admin: Viewer = { kind: 'member', userId: 'u4', roles: ['admin'], editorOf: [] };
// Suspended while an admin and an editor: neither role nor membership counts until the suspension is lifted.
const suspended: Viewer = {
  kind: 'member',
  userId: 'u5',
  roles: ['admin'],
  editorOf: ['org-1'],
  suspended: true,
};
const viewers = { anonymous: ANONYMOUS, member, editor, moderator, admin, suspended };

/** Who has each permission (without a subject), one line per permission: the policy at a glance. */
const EXPECTED: Record<Permission, (keyof typeof viewers)[]> = {
  'public:read': ['anonymous', 'member', 'editor', 'moderator', 'admin', 'suspended'],
  'live:health': ['anonymous', 'member', 'editor', 'moderator', 'admin', 'suspended'],
  'account:enter': ['anonymous', 'member', 'editor', 'moderator', 'admin', 'suspended'],
  'account:read': ['member', 'editor', 'moderator', 'admin', 'suspended'],
  'organisation:join': ['member', 'editor', 'moderator', 'admin'],
  'organisation:edit': ['editor', 'admin'],
  'membership:end': ['member', 'editor', 'moderator', 'admin', 'suspended'],
  'content:write': ['editor', 'moderator', 'admin'],
  'content:propose': ['member', 'editor', 'moderator', 'admin'],
  'profile:publish': [], // always about one organisation: see below
  'moderation:act': ['moderator', 'admin'],
  'admin:manage': ['admin'],
};

describe('access policy', () => {
  it('grants each permission to exactly the viewers listed', () => {
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const permission of Object.keys(POLICY) as Permission[]) {
      const granted = Object.entries(viewers)
        .filter(([, v]) => can(v, permission))
        .map(([name]) => name);
      expect([permission, granted]).toEqual([permission, EXPECTED[permission]]);
    }
  });

  it('checks a subject-bound permission against the subject', () => {
    expect(can(editor, 'organisation:edit', 'org-1')).toBe(true);
    expect(can(editor, 'organisation:edit', 'org-2')).toBe(false);
    expect(can(admin, 'organisation:edit', 'org-2')).toBe(true);
    expect(can(member, 'organisation:edit', 'org-1')).toBe(false);
    expect(can(suspended, 'organisation:edit', 'org-1')).toBe(false);
    // Publishing a profile without review: its own editors only, not the editorial team by role.
    expect(can(editor, 'profile:publish', 'org-1')).toBe(true);
    expect(can(editor, 'profile:publish', 'org-2')).toBe(false);
    expect(can(admin, 'profile:publish', 'org-1')).toBe(false);
    expect(can(moderator, 'profile:publish', 'org-1')).toBe(false);
    expect(can(suspended, 'profile:publish', 'org-1')).toBe(false);
    // A membership ends by its member, by an editor of its organisation, or by an admin; nobody else.
    const mine = { organisationId: 'org-9', accountId: 'u1' };
    const ofOrg1 = { organisationId: 'org-1', accountId: 'u7' };
    expect(can(member, 'membership:end', mine)).toBe(true);
    expect(can(member, 'membership:end', ofOrg1)).toBe(false);
    expect(can(editor, 'membership:end', ofOrg1)).toBe(true);
    expect(can(editor, 'membership:end', mine)).toBe(false);
    expect(can(admin, 'membership:end', mine)).toBe(true);
    expect(can(suspended, 'membership:end', ofOrg1)).toBe(false);
    expect(can(suspended, 'membership:end', { organisationId: 'org-1', accountId: 'u5' })).toBe(true);
    expect(can(editor, 'organisation:edit', ofOrg1)).toBe(true);
  });

  it('refuses with UNAUTHENTICATED when nobody is signed in, FORBIDDEN otherwise', () => {
    const code = (v: Viewer) => {
      try {
        assertCan(v, 'moderation:act');
        return 'allowed';
      } catch (e) {
        return (e as GraphQLError).extensions['code'];
      }
    };
    expect(code(ANONYMOUS)).toBe('UNAUTHENTICATED');
    expect(code(member)).toBe('FORBIDDEN');
    expect(code(moderator)).toBe('allowed');
  });

  it('tells viewer kinds apart and reads a viewer from any context, anonymous by default', () => {
    const kinds: ViewerKind[] = [ANONYMOUS, member, editor, moderator, admin, suspended].map(viewerKind);
    expect(kinds).toEqual([...VIEWER_KINDS]);
    expect(viewerOf({ viewer: admin })).toBe(admin);
    expect(viewerOf({})).toBe(ANONYMOUS);
    expect(viewerOf(null)).toBe(ANONYMOUS);
    expect(viewerOf({ viewer: { kind: 'root' } })).toBe(ANONYMOUS);
    expect(isPermission('public:read')).toBe(true);
    expect(isPermission('toString')).toBe(false);
  });
});
