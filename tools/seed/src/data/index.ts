import type { SeedDataset } from '../types';
import { countries } from './countries';
import { organisations } from './organisations';
import { practices } from './practices';
import { resources } from './resources';
import { competencyFramework } from './competency-framework';
import { trainingProfile } from './training-profile';

export const dataset: SeedDataset = {
  countries,
  organisations,
  practices,
  resources,
  competencyFramework,
  trainingProfile,
};
