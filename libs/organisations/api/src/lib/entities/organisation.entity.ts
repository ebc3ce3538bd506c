import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';

// Constraint and index names are the migrations' (schema-drift.spec.ts). A key into another domain's table is a
// @ForeignKey naming the entity, not a relation: the constraint is declared, no other domain's entity is imported.
@Entity({ name: 'organisations' })
@Unique('organisations_slug_key', ['slug'])
@Index('organisations_country_idx', ['countryCode'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisations_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) acronym!: string | null;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @ForeignKey('CountryEntity', { name: 'organisations_country_code_fkey' })
  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) expertise!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) projects!: string[];
  @Column({ type: 'text', nullable: true }) website!: string | null;
  @Column({ type: 'boolean', default: false }) verified!: boolean;
  @Column({ name: 'open_to_partnership', type: 'boolean', default: false }) openToPartnership!: boolean;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  /** Raised by one at every publication: an edit made from an older version is a conflict, never an overwrite. */
  @Column({ type: 'int', default: 1 }) version!: number;
  /** Set when archived: TypeORM leaves archived rows out of every entity query; raw SQL says `archived_at IS NULL`. */
  @DeleteDateColumn({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
