import { Module } from '@nestjs/common';
import { CountriesModule } from '@peerhub/countries/api';
import { CountryOrganisationsResolver, OrganisationsResolver } from './organisations.resolver';
import { OrganisationsSearchSource } from './organisations.search';
import { OrganisationsSeeder } from './organisations.seed';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [CountriesModule],
  providers: [
    OrganisationsService,
    OrganisationsSeeder,
    OrganisationsSearchSource,
    OrganisationsResolver,
    CountryOrganisationsResolver,
  ],
  exports: [OrganisationsSeeder, OrganisationsService, OrganisationsSearchSource],
})
export class OrganisationsModule {}
