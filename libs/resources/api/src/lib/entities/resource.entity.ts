import {
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

// Constraint and index names are the migrations' (schema-drift.spec.ts). A key into another domain's table is a
// @ForeignKey naming the entity, not a relation; keys inside the domain are relations (never eager or lazy).
@Entity({ name: 'resources' })
@Unique('resources_slug_key', ['slug'])
@Index('resources_group_idx', ['translationGroup'])
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resources_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @Column({ type: 'varchar', length: 8 }) language!: string;
  @Column({ name: 'translation_group', type: 'varchar', length: 120, nullable: true }) translationGroup!:
    string | null;
  @Column({ type: 'text', default: '' }) publisher!: string;
  @ForeignKey('OrganisationEntity', {
    name: 'resources_publisher_organisation_id_fkey',
    onDelete: 'SET NULL',
  })
  @Column({ name: 'publisher_organisation_id', type: 'uuid', nullable: true })
  publisherOrganisationId!: string | null;
  @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) audience!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) topics!: string[];
  @Column({ name: 'competency_tags', type: 'text', array: true, default: () => "'{}'" })
  competencyTags!: string[];
  @Column({ type: 'text', nullable: true }) url!: string | null;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  /** Raised by one at every publication: an edit made from an older version is a conflict, never an overwrite. */
  @Column({ type: 'int', default: 1 }) version!: number;
  /** Set when archived: TypeORM leaves archived rows out of every entity query; raw SQL says `archived_at IS NULL`. */
  @DeleteDateColumn({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A resource citing another (a guide → its bibliography entries). */
@Entity({ name: 'resource_references' })
@Index('resource_references_referenced_idx', ['referencedId'])
export class ResourceReferenceEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'resource_references_pkey' })
  resourceId!: string;
  @PrimaryColumn({
    name: 'referenced_id',
    type: 'uuid',
    primaryKeyConstraintName: 'resource_references_pkey',
  })
  referencedId!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_references_resource_id_fkey' })
  resource?: ResourceEntity;
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referenced_id', foreignKeyConstraintName: 'resource_references_referenced_id_fkey' })
  referenced?: ResourceEntity;
}

/** Organisations involved in a resource (authors, partners). */
@Entity({ name: 'resource_organisations' })
@Index('resource_organisations_org_idx', ['organisationId'])
export class ResourceOrganisationEntity {
  @PrimaryColumn({
    name: 'resource_id',
    type: 'uuid',
    primaryKeyConstraintName: 'resource_organisations_pkey',
  })
  resourceId!: string;
  @ForeignKey('OrganisationEntity', {
    name: 'resource_organisations_organisation_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'resource_organisations_pkey',
  })
  organisationId!: string;
  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_organisations_resource_id_fkey' })
  resource?: ResourceEntity;
}
