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
];
