import { Module } from '@nestjs/common';
import { PracticesWriter } from './practices.writer';
import { CountriesModule } from '@peerhub/countries/api';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { ResourcesModule } from '@peerhub/resources/api';
import {
  CountryPracticesResolver,
  OrganisationPracticesResolver,
  PracticesResolver,
} from './practices.resolver';
import { CountryResourcesService } from './country-resources.service';
import { PracticesSearchSource } from './practices.search';
import { PracticesSeeder } from './practices.seed';
import { PracticesService } from './practices.service';

@Module({
  imports: [CountriesModule, OrganisationsModule, ResourcesModule],
  providers: [
    PracticesWriter,
    PracticesService,
    PracticesSeeder,
    PracticesSearchSource,
    CountryResourcesService,
    PracticesResolver,
    OrganisationPracticesResolver,
    CountryPracticesResolver,
  ],
  exports: [
    PracticesSeeder,
    PracticesService,
    PracticesSearchSource,
    CountryResourcesService,
    PracticesWriter,
  ],
})
export class PracticesModule {}
