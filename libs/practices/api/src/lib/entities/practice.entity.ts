import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';

export interface PreconditionRow {
  kind: string;
  text: string;
}

// Constraint and index names are the migrations' (schema-drift.spec.ts). A key into another domain's table is a
// @ForeignKey naming the entity, not a relation; keys inside the domain are relations (never eager or lazy).
@Entity({ name: 'practices' })
@Unique('practices_slug_key', ['slug'])
@Index('practices_country_idx', ['countryCode'])
@Check(
  'practices_category_check',
  `category IN ('informal_group','self_help_group','intentional_peer_support')`,
)
@Check('practices_leadership_check', `leadership IN ('peer_run','co_produced','professional_led','unknown')`)
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'practices_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) summary!: string;
  @ForeignKey('CountryEntity', { name: 'practices_country_code_fkey' })
  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;
  @Column({ type: 'text', nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 40 }) category!: string;
  @Column({ type: 'text', default: '' }) setting!: string;
  @Column({ name: 'target_group', type: 'text', default: '' }) targetGroup!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) principles!: string[];
  @Column({ name: 'what_works', type: 'text', array: true, default: () => "'{}'" }) whatWorks!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) improvements!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) lessons!: string[];
  @Column({ name: 'start_year', type: 'int', nullable: true }) startYear!: number | null;
  @Column({ type: 'varchar', length: 20, default: 'unknown' }) status!: string;
  @Column({ type: 'varchar', length: 20, default: 'unknown' }) leadership!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) preconditions!: PreconditionRow[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) topics!: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  /** Raised by one at every publication: an edit made from an older version is a conflict, never an overwrite. */
  @Column({ type: 'int', default: 1 }) version!: number;
  /** Set when archived: TypeORM leaves archived rows out of every entity query; raw SQL says `archived_at IS NULL`. */
  @DeleteDateColumn({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'practice_organisations' })
@Index('practice_organisations_org_idx', ['organisationId'])
export class PracticeOrganisationEntity {
  @PrimaryColumn({
    name: 'practice_id',
    type: 'uuid',
    primaryKeyConstraintName: 'practice_organisations_pkey',
  })
  practiceId!: string;
  @ForeignKey('OrganisationEntity', {
    name: 'practice_organisations_organisation_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'practice_organisations_pkey',
  })
  organisationId!: string;
  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'practice_organisations_practice_id_fkey' })
  practice?: PracticeEntity;
}

@Entity({ name: 'practice_resources' })
export class PracticeResourceEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid', primaryKeyConstraintName: 'practice_resources_pkey' })
  practiceId!: string;
  @ForeignKey('ResourceEntity', { name: 'practice_resources_resource_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'practice_resources_pkey' })
  resourceId!: string;
  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'practice_resources_practice_id_fkey' })
  practice?: PracticeEntity;
}
