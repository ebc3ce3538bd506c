import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { LocalizedMap, SourceRef } from '@peerhub/shared/api-core';

export interface ComparisonRow {
  aspect: string;
  peerSupport: string;
  socialWork: string;
}

// Constraint names are the migrations' (schema-drift.spec.ts); relations are never eager or lazy.
@Entity({ name: 'competency_frameworks' })
@Unique('competency_frameworks_slug_key', ['slug'])
export class CompetencyFrameworkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'competency_frameworks_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 120 }) slug!: string;
  @Column({ type: 'jsonb' }) titles!: LocalizedMap;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ name: 'social_work_comparison', type: 'jsonb', default: () => "'[]'" })
  socialWorkComparison!: ComparisonRow[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) sources!: SourceRef[];
  @Column({ name: 'verified_on', type: 'date' }) verifiedOn!: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'competency_categories' })
@Unique('competency_categories_framework_id_code_key', ['frameworkId', 'code'])
export class CompetencyCategoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'competency_categories_pkey' }) id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'competency_categories_framework_id_fkey' })
  framework?: CompetencyFrameworkEntity;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'jsonb' }) labels!: LocalizedMap;
}

@Entity({ name: 'competency_items' })
@Unique('competency_items_category_id_code_key', ['categoryId', 'code'])
export class CompetencyItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'competency_items_pkey' }) id!: string;
  @Column({ name: 'category_id', type: 'uuid' }) categoryId!: string;
  @ManyToOne(() => CompetencyCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'competency_items_category_id_fkey' })
  category?: CompetencyCategoryEntity;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'jsonb' }) labels!: LocalizedMap;
}

@Entity({ name: 'training_profiles' })
@Unique('training_profiles_slug_key', ['slug'])
export class TrainingProfileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'training_profiles_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 120 }) slug!: string;
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
@Unique('training_elements_profile_id_code_key', ['profileId', 'code'])
@Check('training_elements_level_check', `level IN ('basic','advanced')`)
export class TrainingElementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'training_elements_pkey' }) id!: string;
  @Column({ name: 'profile_id', type: 'uuid' }) profileId!: string;
  @ManyToOne(() => TrainingProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'training_elements_profile_id_fkey' })
  profile?: TrainingProfileEntity;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'jsonb' }) titles!: LocalizedMap;
  @Column({ type: 'varchar', length: 20 }) level!: string;
  @Column({ type: 'text', default: '' }) recommendation!: string;
}
