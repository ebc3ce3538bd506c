import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  RateLimits,
  UserInputErrors,
  Viewer,
  accessDenied,
  clientKey,
  fieldError,
  isUuid,
  notFound,
  rateLimited,
} from '@peerhub/shared/api-core';
import { isKnownCountry, normaliseCountryCode } from '@peerhub/shared/util';
import type { Request } from 'express';
import { DataSource, In, IsNull } from 'typeorm';
import {
  AccountEntity,
  AccountTokenEntity,
  AuditEventEntity,
  OutboxMailEntity,
  SessionEntity,
} from './account.entities';
import {
  alreadyRegisteredMail,
  emailChangeMail,
  emailChangedMail,
  resetMail,
  verificationMail,
} from './account-mails';
import type { KeptMail, Me, MyData, SessionInfo, SignUpInput, UpdateProfileInput } from './accounts.models';
import { AuditLog } from './audit';
import { Mailer } from './mailer';
import { MembershipsService } from './memberships.service';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { Sessions, newToken, sha256 } from './sessions';

/** A confirmation link is valid this long. */
export const VERIFY_TOKEN_MS = 24 * 3600_000;
/** A password reset link is valid this long. */
export const RESET_TOKEN_MS = 3600_000;
/** Reset mails per client address and per account, per window. */
export const RESETS_PER_ADDRESS = 10;
export const RESETS_PER_ACCOUNT = 3;
/** Wrong passwords allowed per account, and sign-in attempts per client address, per window. */
export const SIGN_IN_FAILURES_PER_ACCOUNT = 10;
export const SIGN_IN_ATTEMPTS_PER_ADDRESS = 30;
// Generous enough for a training room behind one address signing up together.
export const SIGN_UPS_PER_ADDRESS = 30;
/** Mailed-link tokens (confirmation, reset, address change) one client address may try per window. */
export const TOKEN_TRIES_PER_ADDRESS = 30;
const AUTH_WINDOW_SECONDS = 15 * 60;

/** Text a member typed for a name: no control characters, single spaces, trimmed. Shown as text, never markup. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sign-up, email confirmation, sign-in and sign-out. Nothing here trusts the client beyond its validated input. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly mailer: Mailer,
    private readonly sessions: Sessions,
    private readonly limits: RateLimits,
    private readonly audit: AuditLog,
    private readonly memberships: MembershipsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Wrong passwords per account (sign-in and every form the password confirms), in the shared store. */
  private get wrongPasswords() {
    return this.limits.limiter('signin-account', SIGN_IN_FAILURES_PER_ACCOUNT, AUTH_WINDOW_SECONDS);
  }

  /** Mails one account can make the site send (reset links; address-change links under `change:<id>`). */
  private get accountMails() {
    return this.limits.limiter('reset-account', RESETS_PER_ACCOUNT, AUTH_WINDOW_SECONDS);
  }

  private get accounts() {
    return this.ds.getRepository(AccountEntity);
  }

  /**
   * One more mailed-link token tried from this client address (confirmation, reset, address change): limited in the
   * shared store, so nobody can try tokens by the thousand (they are 32 random bytes; this keeps it so).
   */
  private async tokenTry(req: Request | undefined): Promise<void> {
    const verdict = await this.limits.take(
      this.limits.limiter('token-ip', TOKEN_TRIES_PER_ADDRESS, AUTH_WINDOW_SECONDS),
      req ? clientKey(req) : 'internal',
    );
    if (!verdict.allowed) throw rateLimited(verdict.retryAfter);
  }

  private link(language: string, path: string): string {
    return `${this.config.mail.publicUrl}/${language}/${path}`;
  }

  /**
   * Creates an unconfirmed account and mails its confirmation link; for an address that already has an account,
   * mails its owner instead. Either way the caller gets the same answer, so sign-up tells nobody who is a member.
   */
  async signUp(input: SignUpInput, req: Request | undefined): Promise<{ accepted: boolean }> {
    const verdict = await this.limits.take(
      this.limits.limiter('signup-ip', SIGN_UPS_PER_ADDRESS, AUTH_WINDOW_SECONDS),
      req ? clientKey(req) : 'internal',
    );
    if (!verdict.allowed) throw rateLimited(verdict.retryAfter);
    const displayName = cleanName(input.displayName);
    if (displayName.length < 2)
      throw new UserInputErrors([
        fieldError('displayName', 'TOO_SHORT', 'displayName must be 2 to 60 characters'),
      ]);
    const email = input.email.trim();
    const emailKey = email.toLowerCase();
    const passwordHash = await hashPassword(input.password); // also for a known address: the same time either way
    const existing = await this.accounts.findOneBy({ emailKey });
    if (existing) {
      await this.mailer.send(
        alreadyRegisteredMail(
          existing.email,
          existing.language,
          this.link(existing.language, 'account/sign-in'),
        ),
      );
      return { accepted: true };
    }
    const token = newToken();
    const created = await this.ds.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(AccountEntity)
        .values({
          email,
          emailKey,
          passwordHash,
          displayName,
          language: input.language,
          realName: null,
          countryCode: null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) return false; // the same address signed up at the same moment: answered as above
      await tx.getRepository(AccountTokenEntity).insert({
        accountId: id,
        purpose: 'verify',
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + VERIFY_TOKEN_MS),
      });
      return true;
    });
    if (created)
      await this.mailer.send(
        verificationMail(
          email,
          input.language,
          displayName,
          this.link(input.language, `account/verify?token=${token}`),
        ),
      );
    return { accepted: true };
  }

  /** Confirms an address from its mailed link: single use, 24 hours. */
  async verifyEmail(token: string, req?: Request): Promise<{ verified: boolean }> {
    await this.tokenTry(req);
    const used = await this.ds.transaction(async (tx) => {
      const row = await tx
        .getRepository(AccountTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash AND t.purpose = :purpose', { hash: sha256(token), purpose: 'verify' })
        .getOne();
      if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return false;
      await tx.getRepository(AccountTokenEntity).update({ id: row.id }, { usedAt: new Date() });
      await tx
        .getRepository(AccountEntity)
        .update({ id: row.accountId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
      await this.audit.record('email_verified', row.accountId, { req, tx });
      return true;
    });
    if (!used)
      throw new UserInputErrors([
        fieldError(
          'token',
          'INVALID',
          'This link is no longer valid: it was used already, or it expired. Sign up again.',
        ),
      ]);
    return { verified: true };
  }

  /**
   * Checks the password and starts a session (the Set-Cookie value is returned for the resolver to send). Per
   * client address and per account, attempts are limited in the shared store; past the limit the answer is
   * RATE_LIMITED with the wait, whether or not the password is right.
   */
  async signIn(
    email: string,
    password: string,
    req: Request | undefined,
  ): Promise<{ me: Me; cookie: string }> {
    const emailKey = email.trim().toLowerCase();
    const perAddress = this.limits.limiter('signin-ip', SIGN_IN_ATTEMPTS_PER_ADDRESS, AUTH_WINDOW_SECONDS);
    const perAccount = this.wrongPasswords;
    const address = await this.limits.take(perAddress, req ? clientKey(req) : 'internal');
    if (!address.allowed) throw rateLimited(address.retryAfter);
    const locked = await this.limits.blocked(perAccount, emailKey);
    if (!locked.allowed) throw rateLimited(locked.retryAfter);

    const account = await this.accounts.findOneBy({ emailKey });
    const ok = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!account || !ok) {
      const after = await this.limits.take(perAccount, emailKey);
      if (!after.allowed) throw rateLimited(after.retryAfter);
      throw new UserInputErrors([
        fieldError('password', 'INVALID', 'The email address or the password is not right.'),
      ]);
    }
    if (!account.emailVerifiedAt)
      throw new UserInputErrors([
        fieldError(
          'email',
          'INVALID',
          'Confirm your address first: open the link we mailed you when you signed up.',
        ),
      ]);
    await perAccount.delete(emailKey).catch(() => undefined);
    const cookie = await this.sessions.start(account.id, req?.headers['user-agent']);
    await this.audit.record('signed_in', account.id, { req });
    return { me: toMe(account), cookie };
  }

  /**
   * Mails a reset link (one hour, single use) if the address has an account; the same answer either way. Limited
   * per client address and per address asked for, so nobody can flood a member's inbox.
   */
  async requestPasswordReset(email: string, req: Request | undefined): Promise<{ accepted: boolean }> {
    const emailKey = email.trim().toLowerCase();
    const perAddress = await this.limits.take(
      this.limits.limiter('reset-ip', RESETS_PER_ADDRESS, AUTH_WINDOW_SECONDS),
      req ? clientKey(req) : 'internal',
    );
    if (!perAddress.allowed) throw rateLimited(perAddress.retryAfter);
    const perAccount = await this.limits.take(this.accountMails, emailKey);
    // Past the per-account allowance the answer stays "accepted" (it says nothing about the address); no mail goes.
    if (!perAccount.allowed) return { accepted: true };
    const account = await this.accounts.findOneBy({ emailKey });
    if (!account) return { accepted: true };
    const token = newToken();
    await this.ds.getRepository(AccountTokenEntity).insert({
      accountId: account.id,
      purpose: 'reset',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + RESET_TOKEN_MS),
    });
    await this.mailer.send(
      resetMail(
        account.email,
        account.language,
        account.displayName,
        this.link(account.language, `account/reset?token=${token}`),
      ),
    );
    return { accepted: true };
  }

  /**
   * Sets a new password from a reset link (single use, one hour). Every session of the account ends, and the address
   * counts as confirmed (the link reached it).
   */
  async resetPassword(token: string, newPassword: string, req?: Request): Promise<{ reset: boolean }> {
    await this.tokenTry(req);
    const passwordHash = await hashPassword(newPassword);
    const accountId = await this.ds.transaction(async (tx) => {
      const row = await tx
        .getRepository(AccountTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash AND t.purpose = :purpose', { hash: sha256(token), purpose: 'reset' })
        .getOne();
      if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
      await tx.getRepository(AccountTokenEntity).update({ id: row.id }, { usedAt: new Date() });
      const account = await tx.getRepository(AccountEntity).findOneByOrFail({ id: row.accountId });
      await tx
        .getRepository(AccountEntity)
        .update(
          { id: row.accountId },
          { passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? new Date() },
        );
      return row.accountId;
    });
    if (!accountId)
      throw new UserInputErrors([
        fieldError(
          'token',
          'INVALID',
          'This link is no longer valid: it was used already, or it expired. Ask for a new one.',
        ),
      ]);
    await this.sessions.endAll(accountId);
    await this.audit.record('password_reset', accountId);
    return { reset: true };
  }

  /**
   * The signed-in member's account, once `password` (the input field `field`) is theirs. Wrong passwords count
   * towards the same per-account lock as sign-in, so these forms cannot be used to guess it either.
   */
  private async confirmedBy(viewer: Viewer, password: string, field: string): Promise<AccountEntity> {
    const again = () => new UserInputErrors([fieldError(field, 'INVALID', 'Sign in again.')]);
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) throw again();
    const account = await this.accounts.findOneBy({ id: viewer.userId });
    if (!account) throw again();
    const perAccount = this.wrongPasswords;
    const locked = await this.limits.blocked(perAccount, account.emailKey);
    if (!locked.allowed) throw rateLimited(locked.retryAfter);
    if (!(await verifyPassword(account.passwordHash, password))) {
      await this.limits.take(perAccount, account.emailKey);
      throw new UserInputErrors([
        fieldError(
          field,
          'INVALID',
          field === 'currentPassword' ? 'The current password is not right.' : 'The password is not right.',
        ),
      ]);
    }
    return account;
  }

  /** Changes the password of the signed-in member, who types the current one; their other sessions end. */
  async changePassword(
    viewer: Viewer,
    req: Request | undefined,
    currentPassword: string,
    newPassword: string,
  ): Promise<{ changed: boolean }> {
    const account = await this.confirmedBy(viewer, currentPassword, 'currentPassword');
    await this.accounts.update({ id: account.id }, { passwordHash: await hashPassword(newPassword) });
    const token = this.sessions.tokenOf(req);
    await this.sessions.endAllBut(account.id, token);
    await this.audit.record('password_changed', account.id, { req });
    return { changed: true };
  }

  /** Ends this device's session, or every session of the account. */
  async signOut(viewer: Viewer, req: Request | undefined, everywhere: boolean): Promise<string> {
    if (viewer.kind === 'member' && everywhere && isUuid(viewer.userId))
      await this.sessions.endAll(viewer.userId);
    const token = this.sessions.tokenOf(req);
    if (token) await this.sessions.end(token);
    return this.sessions.cleared();
  }

  /**
   * Gives or takes a site role (`npm run admin`): only to a confirmed account, recorded in the audit log with who
   * did it. Returns the account's roles after the change.
   */
  async setRole(email: string, role: 'admin' | 'moderator', on: boolean, actor: string): Promise<string[]> {
    const account = await this.accounts.findOneBy({ emailKey: email.trim().toLowerCase() });
    if (!account) throw new Error(`no account has the address ${email}`);
    if (!account.emailVerifiedAt) throw new Error(`${email} has not confirmed its address yet`);
    const roles = on ? [...new Set([...account.roles, role])] : account.roles.filter((r) => r !== role);
    await this.ds.transaction(async (tx) => {
      await tx.getRepository(AccountEntity).update({ id: account.id }, { roles });
      await this.audit.record(on ? 'role_granted' : 'role_revoked', account.id, {
        actor,
        detail: { role },
        tx,
      });
    });
    return roles;
  }

  /**
   * Starts an address change, confirmed by the password: a link goes to the new address (24 hours, single use) and
   * nothing changes until it is opened. An address that already has an account gets the same answer (and no link):
   * the member learns nothing about other people's addresses.
   */
  async requestEmailChange(
    viewer: Viewer,
    newEmail: string,
    password: string,
  ): Promise<{ accepted: boolean }> {
    const account = await this.confirmedBy(viewer, password, 'password');
    const email = newEmail.trim();
    if (email.toLowerCase() === account.emailKey)
      throw new UserInputErrors([fieldError('newEmail', 'INVALID', 'This is already your address.')]);
    const mails = await this.limits.take(this.accountMails, `change:${account.id}`);
    if (!mails.allowed) throw rateLimited(mails.retryAfter);
    if (await this.accounts.existsBy({ emailKey: email.toLowerCase() })) return { accepted: true };
    const token = newToken();
    await this.ds.getRepository(AccountTokenEntity).insert({
      accountId: account.id,
      purpose: 'email_change',
      tokenHash: sha256(token),
      newEmail: email,
      expiresAt: new Date(Date.now() + VERIFY_TOKEN_MS),
    });
    await this.mailer.send(
      emailChangeMail(
        email,
        account.language,
        account.displayName,
        this.link(account.language, `account/email?token=${token}`),
      ),
    );
    return { accepted: true };
  }

  /** Completes an address change from the link mailed to the new address; the old address is told. */
  async confirmEmailChange(token: string, req?: Request): Promise<{ changed: boolean }> {
    await this.tokenTry(req);
    const invalid = () =>
      new UserInputErrors([
        fieldError(
          'token',
          'INVALID',
          'This link is no longer valid: it was used already, or it expired. Ask again.',
        ),
      ]);
    const done = await this.ds.transaction(async (tx) => {
      const row = await tx
        .getRepository(AccountTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash AND t.purpose = :purpose', {
          hash: sha256(token),
          purpose: 'email_change',
        })
        .getOne();
      if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now() || !row.newEmail) return null;
      const account = await tx.getRepository(AccountEntity).findOneBy({ id: row.accountId });
      if (!account) return null;
      const newKey = row.newEmail.toLowerCase();
      if (await tx.getRepository(AccountEntity).existsBy({ emailKey: newKey }))
        throw new UserInputErrors([
          fieldError('token', 'TAKEN', 'Another account has taken this address meanwhile.'),
        ]);
      await tx.getRepository(AccountTokenEntity).update({ id: row.id }, { usedAt: new Date() });
      await tx
        .getRepository(AccountEntity)
        .update({ id: account.id }, { email: row.newEmail, emailKey: newKey, emailVerifiedAt: new Date() });
      await this.audit.record('email_changed', account.id, { req, tx });
      return { account, newEmail: row.newEmail };
    });
    if (!done) throw invalid();
    await this.mailer.send(
      emailChangedMail(done.account.email, done.account.language, done.account.displayName, done.newEmail),
    );
    return { changed: true };
  }

  /** The member's signed-in devices, newest first; `current` marks this request's. */
  async sessionsOf(viewer: Viewer, req: Request | undefined): Promise<SessionInfo[]> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) return [];
    const token = this.sessions.tokenOf(req);
    const mine = token ? sha256(token) : null;
    const rows = await this.ds
      .getRepository(SessionEntity)
      .find({ where: { accountId: viewer.userId }, order: { lastSeenAt: 'DESC' } });
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      lastSeenAt: r.lastSeenAt,
      userAgent: r.userAgent,
      current: mine !== null && r.tokenHash.equals(mine),
    }));
  }

  /** Ends one of the member's own sessions (another device); someone else's id is "not found". */
  async endSession(viewer: Viewer, id: string): Promise<{ ended: boolean }> {
    const notFound = new UserInputErrors([
      fieldError('id', 'NOT_FOUND', 'You have no session with this id.'),
    ]);
    if (viewer.kind !== 'member' || !isUuid(viewer.userId) || !isUuid(id)) throw notFound;
    const result = await this.ds.getRepository(SessionEntity).delete({ id, accountId: viewer.userId });
    if (!result.affected) throw notFound;
    return { ended: true };
  }

  /** Everything held about the member, for "download my data". */
  async myData(viewer: Viewer, req: Request | undefined): Promise<MyData | null> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) return null;
    const account = await this.accounts.findOneBy({ id: viewer.userId });
    if (!account) return null;
    const events = await this.ds
      .getRepository(AuditEventEntity)
      .find({ where: { accountId: account.id }, order: { at: 'ASC' } });
    return {
      generatedAt: new Date(),
      account: toMe(account),
      countryCode: account.countryCode,
      createdAt: account.createdAt,
      emailVerifiedAt: account.emailVerifiedAt,
      sessions: await this.sessionsOf(viewer, req),
      events: events.map((e) => ({ at: e.at, kind: e.kind, clientAddress: e.clientAddress })),
      memberships: await this.memberships.mine(viewer),
    };
  }

  /**
   * Deletes the member's account at once, confirmed by their password: the account row and with it (ON DELETE
   * CASCADE) every session and mailed token; audit events stay without the account (ON DELETE SET NULL), so they
   * no longer point to a person. Returns the Set-Cookie value that clears the session cookie.
   */
  async deleteAccount(viewer: Viewer, password: string): Promise<string> {
    const account = await this.confirmedBy(viewer, password, 'password');
    await this.ds.transaction(async (tx) => {
      await tx
        .getRepository(AuditEventEntity)
        .insert({ kind: 'account_deleted', accountId: null, actor: null, clientAddress: null });
      await tx.getRepository(AccountEntity).delete({ id: account.id });
      // Development mailbox copies of mail to the address (with SMTP_URL set, none are kept).
      await tx.getRepository(OutboxMailEntity).delete({ to: account.email });
    });
    return this.sessions.cleared();
  }

  /**
   * Changes what the member shows and prefers: display name (cleaned like at sign-up), optional real name and whether
   * to show it, language, optional country. Names are stored as text and always shown as text.
   */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<Me> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) throw accessDenied(viewer);
    const displayName = cleanName(input.displayName);
    const realName = cleanName(input.realName ?? '') || null;
    const errors = [];
    if (displayName.length < 2)
      errors.push(fieldError('displayName', 'TOO_SHORT', 'displayName must be 2 to 60 characters'));
    let countryCode: string | null = null;
    if (input.countryCode?.trim()) {
      countryCode = normaliseCountryCode(input.countryCode.trim());
      if (!countryCode || !isKnownCountry(countryCode))
        errors.push(fieldError('countryCode', 'INVALID', 'countryCode must be a two-letter country code'));
    }
    if (errors.length) throw new UserInputErrors(errors);
    await this.accounts.update(
      { id: viewer.userId },
      {
        displayName,
        realName,
        realNamePublic: Boolean(realName) && input.showRealName,
        language: input.language,
        countryCode,
      },
    );
    return toMe(await this.accounts.findOneByOrFail({ id: viewer.userId }));
  }

  /**
   * The development mailbox: the newest kept mail, for a trial without a mail server (DEV_MAILBOX). Off — NOT_FOUND —
   * whenever mail goes out by SMTP or the site runs on a real database in production.
   */
  async devMailbox(limit: number): Promise<KeptMail[]> {
    if (!this.config.mail.devMailbox) throw notFound('The development mailbox is off on this server.');
    const rows = await this.ds
      .getRepository(OutboxMailEntity)
      .find({ order: { createdAt: 'DESC' }, take: Math.min(Math.max(limit, 1), 100) });
    return rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      createdAt: r.createdAt,
    }));
  }

  /** Public names of these accounts (what others see next to what they wrote), by id; gone accounts left out. */
  async publicNames(ids: readonly string[]): Promise<Map<string, string>> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return new Map();
    const rows = await this.accounts.find({
      select: { id: true, displayName: true },
      where: { id: In(valid) },
    });
    return new Map(rows.map((a) => [a.id, a.displayName]));
  }

  /** The signed-in member, or null. */
  async me(viewer: Viewer): Promise<Me | null> {
    if (viewer.kind !== 'member' || !isUuid(viewer.userId)) return null;
    const account = await this.accounts.findOneBy({ id: viewer.userId });
    return account ? toMe(account) : null;
  }
}

function toMe(a: AccountEntity): Me {
  return {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    realName: a.realName,
    showRealName: a.realNamePublic,
    language: a.language,
    countryCode: a.countryCode,
    roles: a.roles,
    suspended: a.suspendedAt !== null,
  };
}
