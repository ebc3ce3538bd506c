import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';
import type { CountryEntity } from './country.entity';

@Entity({ name: 'country_dimensions' })
@Unique('country_dimensions_country_code_key_key', ['countryCode', 'key'])
@Check('country_dimensions_level_check', `level IN ('established','partial','emerging','absent','unknown')`)
export class CountryDimensionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'country_dimensions_pkey' }) id!: string;
  @Column({ name: 'country_code', type: 'varchar', length: 2 }) countryCode!: string;
  @ManyToOne('CountryEntity', 'dimensions', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'country_dimensions_country_code_fkey' })
  country?: CountryEntity;
  @Column({ type: 'varchar', length: 40 }) key!: string;
  @Column({ type: 'varchar', length: 20 }) level!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  /** Raised by one at every accepted proposal (optimistic concurrency). */
  @Column({ type: 'int', default: 1 }) version!: number;
}
