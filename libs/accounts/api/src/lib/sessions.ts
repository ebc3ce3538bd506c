import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, MemberViewer, Role } from '@peerhub/shared/api-core';
import { parse, serialize } from 'cookie';
import { DataSource } from 'typeorm';
import { AccountEntity, SessionEntity } from './account.entities';

/** The session cookie's name. */
export const SESSION_COOKIE = 'ph_session';
/** A session unused this long ends (idle expiry). */
export const SESSION_IDLE_MS = 14 * 24 * 3600_000;
/** A session ends this long after sign-in whatever happens (absolute expiry). */
export const SESSION_MAX_MS = 30 * 24 * 3600_000;
/** last_seen_at is written at most this often per session. */
const TOUCH_MS = 5 * 60_000;

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** A random token for a cookie or a mailed link: 32 bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Server-side sessions in PostgreSQL, so they work the same on every API process: the browser holds a random token
 * in an httpOnly, SameSite=Lax cookie (Secure in production); the table holds its SHA-256 only.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for `accountId`; returns the Set-Cookie header value. */
  async start(accountId: string, userAgent: string | undefined): Promise<string> {
    const token = newToken();
    const now = Date.now();
    await this.ds.getRepository(SessionEntity).insert({
      accountId,
      tokenHash: sha256(token),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + SESSION_MAX_MS),
      userAgent: (userAgent ?? '').slice(0, 200),
    });
    return this.cookie(token, SESSION_MAX_MS / 1000);
  }

  /** The Set-Cookie header that removes the cookie. */
  cleared(): string {
    return this.cookie('', 0);
  }

  private cookie(value: string, maxAgeSeconds: number): string {
    return serialize(SESSION_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.env === 'production',
      path: '/',
      maxAge: maxAgeSeconds,
    });
  }

  /** The token a request carries, if any. */
  tokenOf(req: IncomingMessage | undefined): string | null {
    const header = req?.headers?.cookie;
    if (!header) return null;
    const token = parse(header)[SESSION_COOKIE];
    return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
  }

  /**
   * The member a session token stands for — with the organisations they edit for and whether they are suspended —
   * or null when it is unknown, expired or idle too long. One query: approved memberships come with the account.
   */
  async viewerFor(token: string): Promise<MemberViewer | null> {
    const { entities, raw } = await this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.account', 'a')
      .addSelect(
        "ARRAY(SELECT m.organisation_id::text FROM organisation_memberships m WHERE m.account_id = a.id AND m.status = 'approved' ORDER BY 1)",
        'editor_of',
      )
      .where('s.tokenHash = :hash', { hash: sha256(token) })
      .getRawAndEntities<{ editor_of: string[] }>();
    const row = entities[0];
    const now = Date.now();
    if (!row?.account || row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + SESSION_IDLE_MS <= now)
      return null;
    if (now - row.lastSeenAt.getTime() > TOUCH_MS)
      await this.ds.getRepository(SessionEntity).update({ id: row.id }, { lastSeenAt: new Date(now) });
    return viewerOfAccount(row.account, raw[0]?.editor_of ?? []);
  }

  /** Ends the session of `token` (this device). */
  async end(token: string): Promise<void> {
    await this.ds.getRepository(SessionEntity).delete({ tokenHash: sha256(token) });
  }

  /** Ends every session of an account but the one of `keep` (a password change keeps the device that made it). */
  async endAllBut(accountId: string, keep: string | null): Promise<void> {
    const query = this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('account_id = :accountId', { accountId });
    if (keep) query.andWhere('token_hash <> :keep', { keep: sha256(keep) });
    await query.execute();
  }

  /** Ends every session of an account (everywhere). */
  async endAll(accountId: string): Promise<void> {
    await this.ds.getRepository(SessionEntity).delete({ accountId });
  }
}

export function viewerOfAccount(account: AccountEntity, editorOf: readonly string[]): MemberViewer {
  return {
    kind: 'member',
    userId: account.id,
    roles: account.roles.filter((r): r is Role => r === 'moderator' || r === 'admin'),
    editorOf,
    suspended: account.suspendedAt !== null,
  };
}
