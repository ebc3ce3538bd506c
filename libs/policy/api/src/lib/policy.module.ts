import { Module } from '@nestjs/common';
import { CountriesModule } from '@peerhub/countries/api';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { PracticesModule } from '@peerhub/practices/api';
import { ResourcesModule } from '@peerhub/resources/api';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

@Module({
  imports: [CountriesModule, OrganisationsModule, ResourcesModule, PracticesModule],
  providers: [PolicyService, PolicyResolver],
})
export class PolicyModule {}
