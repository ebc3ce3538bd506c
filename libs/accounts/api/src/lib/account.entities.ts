import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { OrganisationEntity } from '@peerhub/organisations/api';

// Constraint and index names are the migration's (schema-drift.spec.ts).

/**
 * A member. The email is stored as typed and compared lower-cased (`emailKey`) (one account per address, whatever its case);
 * only the argon2id hash of the password is kept. `displayName` is public and may be a pseudonym; `realName` is
 * never shown unless the member chooses. Members share lived experience: this row is health-adjacent personal data.
 */
@Entity({ name: 'accounts' })
@Unique('accounts_email_key_key', ['emailKey'])
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'accounts_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  /** The address lower-cased: what makes it unique and what sign-in looks up. */
  @Column({ name: 'email_key', type: 'varchar', length: 254 }) emailKey!: string;
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true }) emailVerifiedAt!: Date | null;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column({ name: 'display_name', type: 'varchar', length: 60 }) displayName!: string;
  @Column({ name: 'real_name', type: 'varchar', length: 120, nullable: true }) realName!: string | null;
  /** The member chose to show their real name next to their display name (off unless they turn it on). */
  @Column({ name: 'real_name_public', type: 'boolean', default: false }) realNamePublic!: boolean;
  @Column({ type: 'varchar', length: 5 }) language!: string;
  @Column({ name: 'country_code', type: 'varchar', length: 2, nullable: true }) countryCode!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) roles!: string[];
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true }) suspendedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a leaked table opens no
 * session. Idle and absolute expiry are checked on every lookup.
 */
@Entity({ name: 'sessions' })
@Unique('sessions_token_hash_key', ['tokenHash'])
@Index('sessions_account_idx', ['accountId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pkey' }) id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'sessions_account_id_fkey' })
  account?: AccountEntity;
  @Column({ name: 'token_hash', type: 'bytea' }) tokenHash!: Buffer;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'user_agent', type: 'varchar', length: 200, default: '' }) userAgent!: string;
}

/** A single-use, expiring token mailed to a member (address confirmation, password reset, address change), as its SHA-256. */
@Entity({ name: 'account_tokens' })
@Unique('account_tokens_token_hash_key', ['tokenHash'])
@Index('account_tokens_account_idx', ['accountId'])
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'account_tokens_pkey' }) id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'account_tokens_account_id_fkey' })
  account?: AccountEntity;
  @Column({ type: 'varchar', length: 20 }) purpose!: string;
  @Column({ name: 'token_hash', type: 'bytea' }) tokenHash!: Buffer;
  /** For an address change: the new address, which the link was mailed to. */
  @Column({ name: 'new_email', type: 'varchar', length: 254, nullable: true }) newEmail!: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/**
 * Mail kept in the database when no SMTP server is configured (development), shown at the development mailbox;
 * with SMTP_URL set, mail goes out and nothing is kept.
 */
@Entity({ name: 'mail_outbox' })
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_outbox_pkey' }) id!: string;
  @Column({ name: 'to_address', type: 'varchar', length: 254 }) to!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) text!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/**
 * Security-relevant events (sign-in, sign-out everywhere, password changes, confirmations, role changes), for admins
 * to read. Kept with the account id, not copied personal data; the client address is kept for investigation.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_account_idx', ['accountId'])
@Index('audit_events_at_idx', ['at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_events_pkey' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'varchar', length: 40 }) kind!: string;
  /** Whose account it concerns (null when it is gone). */
  @Column({ name: 'account_id', type: 'uuid', nullable: true }) accountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'audit_events_account_id_fkey' })
  account?: AccountEntity;
  /** Who did it, when not the account itself ('cli' for the command line). */
  @Column({ type: 'varchar', length: 60, nullable: true }) actor!: string | null;
  @Column({ name: 'client_address', type: 'varchar', length: 64, nullable: true }) clientAddress!:
    string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) detail!: Record<string, unknown>;
}

/**
 * A member's tie to an organisation: asked for (`pending`, with the member's message), then `approved` (the member
 * edits for it) or `declined` by its editors or an admin. `kind` says whether they asked to join or claimed an
 * organisation that has no editor yet. One row per member and organisation: asking again after a refusal reopens it.
 */
@Entity({ name: 'organisation_memberships' })
@Check('organisation_memberships_kind_check', `kind IN ('join', 'claim')`)
@Check('organisation_memberships_status_check', `status IN ('pending', 'approved', 'declined')`)
@Unique('organisation_memberships_account_organisation_key', ['accountId', 'organisationId'])
@Index('organisation_memberships_organisation_idx', ['organisationId', 'status'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_memberships_pkey' }) id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'organisation_memberships_account_id_fkey' })
  account?: AccountEntity;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'organisation_memberships_organisation_id_fkey',
  })
  organisation?: OrganisationEntity;
  /** join | claim */
  @Column({ type: 'varchar', length: 10 }) kind!: string;
  /** pending | approved | declined */
  @Column({ type: 'varchar', length: 10 }) status!: string;
  /** What the member wrote with their request (plain text, shown as text). */
  @Column({ type: 'text', default: '' }) message!: string;
  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  /** Who decided (null once their account is gone). */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'organisation_memberships_decided_by_fkey' })
  decider?: AccountEntity;
}
