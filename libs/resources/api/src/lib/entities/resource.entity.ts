import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';

@Entity({ name: 'resources' })
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @Column({ type: 'varchar', length: 8 }) language!: string;
  @Column({ name: 'translation_group', type: 'varchar', length: 120, nullable: true }) translationGroup!:
    string | null;
  @Column({ type: 'text', default: '' }) publisher!: string;
  @Column({ name: 'publisher_organisation_id', type: 'uuid', nullable: true }) publisherOrganisationId!:
    string | null;
  @Column({ type: 'int', nullable: true }) year!: number | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) audience!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) topics!: string[];
  @Column({ name: 'competency_tags', type: 'text', array: true, default: () => "'{}'" })
  competencyTags!: string[];
  @Column({ type: 'text', nullable: true }) url!: string | null;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A resource citing another (a guide → its bibliography entries). */
@Entity({ name: 'resource_references' })
export class ResourceReferenceEntity {
  @Column({ name: 'resource_id', type: 'uuid', primary: true }) resourceId!: string;
  @Column({ name: 'referenced_id', type: 'uuid', primary: true }) referencedId!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
}

/** Organisations involved in a resource (authors, partners). */
@Entity({ name: 'resource_organisations' })
export class ResourceOrganisationEntity {
  @Column({ name: 'resource_id', type: 'uuid', primary: true }) resourceId!: string;
  @Column({ name: 'organisation_id', type: 'uuid', primary: true }) organisationId!: string;
}
