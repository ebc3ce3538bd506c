import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';

export interface PreconditionRow {
  kind: string;
  text: string;
}

@Entity({ name: 'practices' })
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Column({ name: 'country_code', type: 'varchar', length: 2 }) countryCode!: string;
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'practice_organisations' })
export class PracticeOrganisationEntity {
  @Column({ name: 'practice_id', type: 'uuid', primary: true }) practiceId!: string;
  @Column({ name: 'organisation_id', type: 'uuid', primary: true }) organisationId!: string;
}

@Entity({ name: 'practice_resources' })
export class PracticeResourceEntity {
  @Column({ name: 'practice_id', type: 'uuid', primary: true }) practiceId!: string;
  @Column({ name: 'resource_id', type: 'uuid', primary: true }) resourceId!: string;
}
