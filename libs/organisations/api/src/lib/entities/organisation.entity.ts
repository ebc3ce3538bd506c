import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) acronym!: string | null;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @Column({ name: 'country_code', type: 'varchar', length: 2 }) countryCode!: string;
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
