import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

// Constraint and index names are the migration's (schema-drift.spec.ts). Keys into other domains' tables are
// @ForeignKey naming the entity, not relations.

/**
 * One version of one record's content, as a contributor wrote it: draft → submitted → published, or changes
 * requested (with the reviewer's comment) / rejected; a published revision becomes superseded when the next one is
 * published. Every revision is kept (the history), numbered per record. `data` is the whole content of that
 * version, so any two can be compared and any one restored.
 */
@Entity({ name: 'revisions' })
@Unique('revisions_record_number_key', ['kind', 'recordId', 'number'])
@Index('revisions_state_idx', ['state', 'submittedAt'])
@Index('revisions_author_idx', ['authorId'])
@Check('revisions_kind_check', `kind IN ('practice', 'resource', 'organisation', 'country_fact')`)
@Check(
  'revisions_state_check',
  `state IN ('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'superseded')`,
)
export class RevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'revisions_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: string;
  /** The record (a practice's id, a country fact's row id); chosen at the first draft of a new record. */
  @Column({ name: 'record_id', type: 'uuid' }) recordId!: string;
  @Column({ type: 'int' }) number!: number;
  @Column({ type: 'varchar', length: 20 }) state!: string;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
  /** The record's version this revision was written from (null: a new record). */
  @Column({ name: 'base_version', type: 'int', nullable: true }) baseVersion!: number | null;
  /** Raised at every save of a draft: two browsers saving the same draft cannot overwrite each other. */
  @Column({ name: 'lock_version', type: 'int', default: 1 }) lockVersion!: number;
  @ForeignKey('AccountEntity', { name: 'revisions_author_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;
  /** The organisation it is written for (null: a member's own proposal, or PeerHub editorial). */
  @ForeignKey('OrganisationEntity', { name: 'revisions_organisation_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;
  @Column({ type: 'text', default: '' }) reason!: string;
  @Column({ name: 'review_comment', type: 'text', default: '' }) reviewComment!: string;
  @ForeignKey('AccountEntity', { name: 'revisions_reviewer_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
}
