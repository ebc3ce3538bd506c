import { GraphQLError } from 'graphql';
import { Viewer, hasRole } from './viewer';

/**
 * A rule: may `viewer` do this, to `subject` if one is given? Without a subject a rule answers "could this viewer
 * do it to anything at all" — what a guard can check before the resolver runs; the service then asks again with
 * the record in hand (`assertCan(viewer, 'organisation:edit', organisationId)`).
 */
export type Rule = (viewer: Viewer, subject?: string) => boolean;

/**
 * THE policy: every permission there is, and who has it. Resolvers name a permission (`@Can('…')`), services check
 * subject-bound ones with `can`/`assertCan`; nothing else decides access. A permission not listed here cannot be
 * named (type error), and a root Mutation or Subscription field that names none is refused (access.guard.ts).
 */
export const POLICY = {
  /** Reading the published knowledge base: every query today. */
  'public:read': () => true,
  /** Live service status (`healthTick`): harmless, public. */
  'live:health': () => true,
  /** Sign up, confirm an address, sign in: anyone (limited per address and per account in the service). */
  'account:enter': () => true,
  /** Own account, notifications, follows; signing out. */
  'account:read': (v) => v.kind === 'member',
  /** Edit an organisation's profile and publish for it: its editors, and admins. */
  'organisation:edit': (v, organisationId) =>
    hasRole(v, 'admin') ||
    (v.kind === 'member' &&
      (organisationId === undefined ? v.editorOf.length > 0 : v.editorOf.includes(organisationId))),
  /** Act on reports, hide posts, review revisions. */
  'moderation:act': (v) => hasRole(v, 'moderator') || hasRole(v, 'admin'),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof POLICY;

export function isPermission(name: string): name is Permission {
  return Object.prototype.hasOwnProperty.call(POLICY, name);
}

export function can(viewer: Viewer, permission: Permission, subject?: string): boolean {
  const rule: Rule = POLICY[permission];
  return rule(viewer, subject);
}

/** The contract's refusal: UNAUTHENTICATED for an anonymous viewer (signing in may help), FORBIDDEN otherwise. */
export function accessDenied(viewer: Viewer): GraphQLError {
  return viewer.kind === 'anonymous'
    ? new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } });
}

export function assertCan(viewer: Viewer, permission: Permission, subject?: string): void {
  if (!can(viewer, permission, subject)) throw accessDenied(viewer);
}
