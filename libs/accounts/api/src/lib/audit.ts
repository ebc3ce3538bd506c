import { Injectable, Logger } from '@nestjs/common';
import { clientKey } from '@peerhub/shared/api-core';
import type { Request } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './account.entities';

/** The kinds of event the audit log records. */
export type AuditKind =
  | 'email_verified'
  | 'signed_in'
  | 'signed_out_everywhere'
  | 'password_reset'
  | 'password_changed'
  | 'role_granted'
  | 'role_revoked'
  | 'account_deleted'
  | 'account_suspended'
  | 'account_unsuspended'
  | 'email_changed'
  | 'membership_requested'
  | 'membership_approved'
  | 'membership_declined'
  | 'membership_ended'
  | 'organisation_verified'
  | 'organisation_unverified'
  | 'record_archived'
  | 'record_unarchived';

/** Writes the audit log. A failure to write is logged, never turned into a failure of what the member did. */
@Injectable()
export class AuditLog {
  private readonly logger = new Logger('AuditLog');

  constructor(private readonly ds: DataSource) {}

  async record(
    kind: AuditKind,
    accountId: string,
    options: { req?: Request; actor?: string; detail?: Record<string, unknown>; tx?: EntityManager } = {},
  ): Promise<void> {
    try {
      await (options.tx ?? this.ds.manager).getRepository(AuditEventEntity).insert({
        kind,
        accountId,
        actor: options.actor ?? null,
        clientAddress: options.req ? clientKey(options.req).slice(0, 64) : null,
        detail: (options.detail ?? {}) as never,
      });
    } catch (e) {
      this.logger.error(
        `could not record ${kind} for ${accountId}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
}
