import { GraphQLError } from 'graphql';
import { Viewer, hasRole, isActiveMember } from './viewer';

/**
 * What a rule may be asked about: an organisation's id, or a membership (whose it is, of which organisation).
 */
export type Subject = string | { readonly organisationId: string; readonly accountId: string };

/**
 * A rule: may `viewer` do this, to `subject` if one is given? Without a subject a rule answers "could this viewer
 * do it to anything at all" — what a guard can check before the resolver runs; the service then asks again with
 * the record in hand (`assertCan(viewer, 'organisation:edit', organisationId)`).
 */
export type Rule = (viewer: Viewer, subject?: Subject) => boolean;

const organisationOf = (subject: Subject | undefined) =>
  typeof subject === 'object' ? subject.organisationId : subject;

/** Edits for an organisation: an admin, or an active member with an approved membership of it (of any, without one). */
const editsFor: Rule = (v, subject) => {
  const organisationId = organisationOf(subject);
  return (
    hasRole(v, 'admin') ||
    (isActiveMember(v) &&
      (organisationId === undefined ? v.editorOf.length > 0 : v.editorOf.includes(organisationId)))
  );
};

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
  /**
   * Own account: read it, download or delete it, change its password or address, sign out. A suspended member
   * keeps this (their rights over their own data do not depend on their conduct).
   */
  'account:read': (v) => v.kind === 'member',
  /** Ask to join an organisation, or claim one: any member who is not suspended. */
  'organisation:join': (v) => isActiveMember(v),
  /** Edit an organisation's profile, publish for it, decide its membership requests: its editors, and admins. */
  'organisation:edit': editsFor,
  /**
   * End a membership: the member themselves (withdraw a request, leave; even when suspended), or whoever edits for
   * the organisation (remove an editor). Without a subject: any signed-in member might.
   */
  'membership:end': (v, subject) =>
    v.kind === 'member' &&
    (typeof subject !== 'object' || subject.accountId === v.userId || editsFor(v, subject.organisationId)),
  /**
   * Write content for an organisation (create or edit its practices, restore a revision): its editors, and the
   * editorial team (moderators, admins) for any. Without a subject: anyone who might.
   */
  'content:write': (v, subject) => hasRole(v, 'moderator') || hasRole(v, 'admin') || editsFor(v, subject),
  /**
   * Publish edits of an organisation's own profile without review: the organisation's editors themselves (the
   * contributions service also asks that it is verified) — not the editorial team by role, whose edits are reviewed.
   */
  'profile:publish': (v, subject) => {
    const organisationId = organisationOf(subject);
    return isActiveMember(v) && organisationId !== undefined && v.editorOf.includes(organisationId);
  },
  /** Propose a country fact (with its source) or a new organisation's profile: any member who is not suspended. */
  'content:propose': (v) => isActiveMember(v),
  /** Act on reports, hide posts, review revisions. */
  'moderation:act': (v) => hasRole(v, 'moderator') || hasRole(v, 'admin'),
  /** Run the site: list members, give and take roles, suspend, verify organisations, read the audit log. */
  'admin:manage': (v) => hasRole(v, 'admin'),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof POLICY;

export function isPermission(name: string): name is Permission {
  return Object.prototype.hasOwnProperty.call(POLICY, name);
}

export function can(viewer: Viewer, permission: Permission, subject?: Subject): boolean {
  const rule: Rule = POLICY[permission];
  return rule(viewer, subject);
}

/** The contract's refusal: UNAUTHENTICATED for an anonymous viewer (signing in may help), FORBIDDEN otherwise. */
export function accessDenied(viewer: Viewer): GraphQLError {
  return viewer.kind === 'anonymous'
    ? new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } });
}

export function assertCan(viewer: Viewer, permission: Permission, subject?: Subject): void {
  if (!can(viewer, permission, subject)) throw accessDenied(viewer);
}
