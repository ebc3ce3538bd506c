import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedMap, SourceRef } from '@peerhub/shared/api-core';

export interface ComparisonRow {
  aspect: string;
  peerSupport: string;
  socialWork: string;
}

@Entity({ name: 'competency_frameworks' })
export class CompetencyFrameworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'jsonb' }) titles!: LocalizedMap;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'social_work_comparison', type: 'jsonb', default: () => "'[]'" })
  socialWorkComparison!: ComparisonRow[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'competency_categories' })
@Index(['frameworkId', 'code'], { unique: true })
export class CompetencyCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'jsonb' }) labels!: LocalizedMap;
}

@Entity({ name: 'competency_items' })
@Index(['categoryId', 'code'], { unique: true })
export class CompetencyItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'category_id', type: 'uuid' }) categoryId!: string;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'jsonb' }) labels!: LocalizedMap;
}

@Entity({ name: 'training_profiles' })
export class TrainingProfileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'text', default: '' }) admission!: string;
  @Column({
    name: 'max_session_hours',
    type: 'numeric',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  maxSessionHours!: number | null;
  @Column({ type: 'text', default: '' }) duration!: string;
  @Column({ type: 'text', default: '' }) accreditation!: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'training_elements' })
@Index(['profileId', 'code'], { unique: true })
export class TrainingElementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'jsonb' }) titles!: LocalizedMap;
  @Column({ type: 'varchar', length: 20 }) level!: string;
  @Column({ type: 'text', default: '' }) recommendation!: string;
}
