import {
  AccountEntity,
  AccountTokenEntity,
  AuditEventEntity,
  MembershipEntity,
  OutboxMailEntity,
  SessionEntity,
} from '@peerhub/accounts/api';
import { RevisionEntity } from '@peerhub/contributions/api';
import { CountryDimensionEntity, CountryEntity } from '@peerhub/countries/api';
import {
  CompetencyCategoryEntity,
  CompetencyFrameworkEntity,
  CompetencyItemEntity,
  TrainingElementEntity,
  TrainingProfileEntity,
} from '@peerhub/frameworks/api';
import { OrganisationEntity } from '@peerhub/organisations/api';
import { PracticeEntity, PracticeOrganisationEntity, PracticeResourceEntity } from '@peerhub/practices/api';
import { ResourceEntity, ResourceOrganisationEntity, ResourceReferenceEntity } from '@peerhub/resources/api';
import { createDataSource } from '@peerhub/shared/api-core';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';

/**
 * Every entity. Together they declare exactly the schema the migrations build (keys, foreign keys with their names
 * and ON DELETE, checks, uniques, indexes): schema-drift.spec.ts fails on any difference. Tables with no entity
 * (the search engine's, the rate limits, the seed state) are listed there with their owner.
 */
export const ENTITIES = [
  CountryEntity,
  CountryDimensionEntity,
  OrganisationEntity,
  ResourceEntity,
  ResourceReferenceEntity,
  ResourceOrganisationEntity,
  PracticeEntity,
  PracticeOrganisationEntity,
  PracticeResourceEntity,
  CompetencyFrameworkEntity,
  CompetencyCategoryEntity,
  CompetencyItemEntity,
  TrainingProfileEntity,
  TrainingElementEntity,
  AccountEntity,
  SessionEntity,
  AccountTokenEntity,
  OutboxMailEntity,
  AuditEventEntity,
  MembershipEntity,
  RevisionEntity,
];

/**
 * The server's entities and migrations on `url`, as the TypeORM CLI sees them (apps/api/src/data-source.ts) and the
 * drift test checks them: `migration:generate` writes the DDL this data source would run.
 */
export function schemaDataSource(url: string): DataSource {
  const ds = createDataSource(url, ENTITIES, MIGRATIONS);
  // A generated CREATE TABLE defaults uuid keys to gen_random_uuid() (core PostgreSQL), as the migrations do,
  // not to uuid_generate_v4() from the uuid-ossp extension, which PeerHub does not install.
  ds.setOptions({ uuidExtension: 'pgcrypto' });
  return ds;
}
