import { Module } from '@nestjs/common';
import { CountriesModule } from '@peerhub/countries/api';
import { CountryOrganisationsResolver, OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [CountriesModule],
  providers: [OrganisationsService, OrganisationsResolver, CountryOrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
