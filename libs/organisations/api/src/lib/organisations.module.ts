import { Module } from '@nestjs/common';
import { CountriesModule } from '@peerhub/countries/api';
import { CountryOrganisationsResolver, OrganisationsResolver } from './organisations.resolver';
import { OrganisationsSearchSource } from './organisations.search';
import { OrganisationsSeeder } from './organisations.seed';
import { OrganisationsService } from './organisations.service';
import { OrganisationsWriter } from './organisations.writer';

@Module({
  imports: [CountriesModule],
  providers: [
    OrganisationsService,
    OrganisationsSeeder,
    OrganisationsSearchSource,
    OrganisationsResolver,
    CountryOrganisationsResolver,
    OrganisationsWriter,
  ],
  exports: [OrganisationsSeeder, OrganisationsService, OrganisationsSearchSource, OrganisationsWriter],
})
export class OrganisationsModule {}
