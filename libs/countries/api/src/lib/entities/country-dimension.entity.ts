import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SourceRef } from '@peerhub/shared/api-core';
import type { CountryEntity } from './country.entity';

@Entity({ name: 'country_dimensions' })
export class CountryDimensionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'country_code', type: 'varchar', length: 2 }) countryCode!: string;
  @ManyToOne('CountryEntity', 'dimensions', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_code' })
  country?: CountryEntity;
  @Column({ type: 'varchar', length: 40 }) key!: string;
  @Column({ type: 'varchar', length: 20 }) level!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
}
