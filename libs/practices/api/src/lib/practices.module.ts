import { Module } from '@nestjs/common';
import { CountriesModule } from '@peerhub/countries/api';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { ResourcesModule } from '@peerhub/resources/api';
import {
  CountryPracticesResolver,
  OrganisationPracticesResolver,
  PracticesResolver,
} from './practices.resolver';
import { PracticesService } from './practices.service';

@Module({
  imports: [CountriesModule, OrganisationsModule, ResourcesModule],
  providers: [PracticesService, PracticesResolver, OrganisationPracticesResolver, CountryPracticesResolver],
  exports: [PracticesService],
})
export class PracticesModule {}
