import { Check, Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedMap, SourceRef } from '@peerhub/shared/api-core';
import { CountryDimensionEntity } from './country-dimension.entity';

export interface RoleTitleRow {
  title: string;
  language: string;
  gloss?: string;
}

// Constraint and index names are PostgreSQL's defaults, as the migrations created them (schema-drift.spec.ts).
@Entity({ name: 'countries' })
@Check('countries_code_check', `code ~ '^[A-Z]{2}$'`)
export class CountryEntity {
  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'countries_pkey' }) code!: string;
  @Column({ type: 'jsonb' }) names!: LocalizedMap;
  @Column({ type: 'boolean', default: true }) european!: boolean;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Column({ name: 'role_titles', type: 'jsonb', default: () => "'[]'" }) roleTitles!: RoleTitleRow[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** Never loaded implicitly (no eager/lazy): ask for it with `relations` or a join. */
  @OneToMany(() => CountryDimensionEntity, (d) => d.country) dimensions?: CountryDimensionEntity[];
}
