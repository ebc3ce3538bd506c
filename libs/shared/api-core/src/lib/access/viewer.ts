import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Optional } from '@nestjs/common';

/** Site-wide roles a member may hold on top of being a member (ARCHITECTURE.md: moderator, admin). */
export type Role = 'moderator' | 'admin';

/** Nobody signed in: everyone is this viewer today. */
export interface AnonymousViewer {
  readonly kind: 'anonymous';
}

/** A signed-in member. */
export interface MemberViewer {
  readonly kind: 'member';
  readonly userId: string;
  readonly roles: readonly Role[];
  /** Organisations the member edits for (approved editor memberships), by organisation id. */
  readonly editorOf: readonly string[];
  /**
   * Suspended by an admin: still signed in to read, download or delete their own data and to sign out (their
   * rights over their data do not depend on their conduct), but every other permission is refused.
   */
  readonly suspended?: boolean;
}

/** Who is asking. Every GraphQL request's context carries one (`context.viewer`). */
export type Viewer = AnonymousViewer | MemberViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ kind: 'anonymous' });

/** The kinds of viewer the policy tells apart (an editor's organisation is the rule's subject). */
export const VIEWER_KINDS = ['anonymous', 'member', 'editor', 'moderator', 'admin', 'suspended'] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];

export function viewerKind(viewer: Viewer): ViewerKind {
  if (viewer.kind === 'anonymous') return 'anonymous';
  if (viewer.suspended) return 'suspended';
  if (viewer.roles.includes('admin')) return 'admin';
  if (viewer.roles.includes('moderator')) return 'moderator';
  return viewer.editorOf.length ? 'editor' : 'member';
}

/** A signed-in member who is not suspended: the one who may act on anything beyond their own account. */
export function isActiveMember(viewer: Viewer): viewer is MemberViewer {
  return viewer.kind === 'member' && !viewer.suspended;
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return isActiveMember(viewer) && viewer.roles.includes(role);
}

/** The viewer of a GraphQL context (HTTP or WebSocket); anonymous when the context has none. */
export function viewerOf(context: unknown): Viewer {
  const v = (context as { viewer?: Viewer } | null | undefined)?.viewer;
  return v && (v.kind === 'anonymous' || v.kind === 'member') ? v : ANONYMOUS;
}

/** How Viewers reads a session: the accounts domain's Sessions (libs/accounts/api), provided app-wide. */
export interface SessionLookup {
  /** The session token a request's cookie carries, if any. */
  tokenOf(req: IncomingMessage | undefined): string | null;
  /** The member of a live session (suspended or not), or null (unknown, expired, idle too long). */
  viewerFor(token: string): Promise<MemberViewer | null>;
}
export const SESSION_LOOKUP = Symbol('SESSION_LOOKUP');

/**
 * Works out who sent a request: the GraphQL context of every HTTP request and of every WebSocket connection
 * (its upgrade request) gets its viewer here — from the session cookie (httpOnly, looked up in PostgreSQL), never
 * from a header or a connection parameter a client can simply set. Anonymous without a live session.
 */
@Injectable()
export class Viewers {
  constructor(@Optional() @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup | null = null) {}

  async fromRequest(req: IncomingMessage | undefined): Promise<Viewer> {
    const token = this.sessions?.tokenOf(req);
    if (!token || !this.sessions) return ANONYMOUS;
    return (await this.sessions.viewerFor(token)) ?? ANONYMOUS;
  }
}
