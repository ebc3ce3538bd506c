import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';

/** Site-wide roles a member may hold on top of being a member (ARCHITECTURE.md: moderator, admin). */
export type Role = 'moderator' | 'admin';

/** Nobody signed in: everyone is this viewer today. */
export interface AnonymousViewer {
  readonly kind: 'anonymous';
}

/** A signed-in member (accounts are a later issue; the shape is here so the policy can be written against it). */
export interface MemberViewer {
  readonly kind: 'member';
  readonly userId: string;
  readonly roles: readonly Role[];
  /** Organisations the member edits for (organisation editor memberships), by organisation id. */
  readonly editorOf: readonly string[];
}

/** Who is asking. Every GraphQL request's context carries one (`context.viewer`). */
export type Viewer = AnonymousViewer | MemberViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ kind: 'anonymous' });

/** The kinds of viewer the authorisation matrix tells apart. */
export const VIEWER_KINDS = ['anonymous', 'member', 'moderator', 'admin'] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];

export function viewerKind(viewer: Viewer): ViewerKind {
  if (viewer.kind === 'anonymous') return 'anonymous';
  if (viewer.roles.includes('admin')) return 'admin';
  if (viewer.roles.includes('moderator')) return 'moderator';
  return 'member';
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind === 'member' && viewer.roles.includes(role);
}

/** The viewer of a GraphQL context (HTTP or WebSocket); anonymous when the context has none. */
export function viewerOf(context: unknown): Viewer {
  const v = (context as { viewer?: Viewer } | null | undefined)?.viewer;
  return v && (v.kind === 'anonymous' || v.kind === 'member') ? v : ANONYMOUS;
}

/**
 * Works out who sent a request: the GraphQL context of every HTTP request and of every WebSocket connection
 * gets its viewer here. Anonymous until accounts exist; sessions (an opaque, httpOnly cookie looked up in
 * PostgreSQL) will plug in here — never a header or a connection parameter a client can simply set.
 */
@Injectable()
export class Viewers {
  async fromRequest(_req: IncomingMessage | undefined): Promise<Viewer> {
    return ANONYMOUS;
  }
}
