import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long what the accounts domain keeps outlives its use (the privacy page states these). */
export const RETENTION = {
  /** Audit events (with the client address they came from). */
  auditDays: 365,
  /** Accounts whose address was never confirmed (their link lasted 24 hours). */
  unconfirmedDays: 7,
  /** Mailed links, once expired. */
  spentTokenDays: 1,
  /** The development mailbox (mail kept when no SMTP server is set). */
  outboxDays: 30,
} as const;

const EVERY_MS = 3600_000;
/** One run at a time across API processes (pg_try_advisory_xact_lock); the others skip that tick. */
const LOCK_KEY = 'peerhub:accounts-housekeeping';

/**
 * Erases what is no longer needed, once an hour: ended sessions, spent links, unconfirmed accounts, old audit
 * events and old development mail. Each run is one transaction holding an advisory lock, so with several API
 * processes one of them does the work and the others skip; every statement is idempotent, so a run repeated by
 * another process later in the hour changes nothing.
 */
@Injectable()
export class Housekeeping implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Housekeeping');
  private first: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly ds: DataSource) {}

  onModuleInit(): void {
    this.first = setTimeout(() => void this.tick(), 60_000);
    this.first.unref();
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      const removed = await this.run();
      if (removed && Object.values(removed).some((n) => n > 0))
        this.logger.log(`erased ${JSON.stringify(removed)}`);
    } catch (e) {
      this.logger.error(`housekeeping failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** One run; null when another process holds the lock. Returns how many rows each step erased. */
  async run(): Promise<Record<string, number> | null> {
    return this.ds.transaction(async (tx) => {
      const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        LOCK_KEY,
      ]);
      if (!locked) return null;
      const count = async (sql: string, params: unknown[] = []) => {
        const result = await tx.query(sql, params);
        return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
      };
      return {
        sessions: await count(
          `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - interval '14 days'`,
        ),
        tokens: await count(
          `DELETE FROM account_tokens WHERE expires_at <= now() - make_interval(days => $1)`,
          [RETENTION.spentTokenDays],
        ),
        unconfirmedAccounts: await count(
          `DELETE FROM accounts WHERE email_verified_at IS NULL AND created_at <= now() - make_interval(days => $1)`,
          [RETENTION.unconfirmedDays],
        ),
        auditEvents: await count(`DELETE FROM audit_events WHERE at <= now() - make_interval(days => $1)`, [
          RETENTION.auditDays,
        ]),
        outbox: await count(`DELETE FROM mail_outbox WHERE created_at <= now() - make_interval(days => $1)`, [
          RETENTION.outboxDays,
        ]),
      };
    });
  }
}
