import { Module } from '@nestjs/common';
import { AccountsModule } from '@peerhub/accounts/api';
import { CountriesModule } from '@peerhub/countries/api';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { PracticesModule } from '@peerhub/practices/api';
import { ResourcesModule } from '@peerhub/resources/api';
import {
  ContributionsResolver,
  MyDataContributionsResolver,
  OrganisationLastUpdateResolver,
  PracticeLastUpdateResolver,
  ResourceLastUpdateResolver,
} from './contributions.resolver';
import { ContributionsService } from './contributions.service';

/** Contributions: revisions of practices, resources, organisation profiles and country facts, their review, history and diffs. */
@Module({
  imports: [AccountsModule, CountriesModule, OrganisationsModule, PracticesModule, ResourcesModule],
  providers: [
    ContributionsService,
    ContributionsResolver,
    PracticeLastUpdateResolver,
    ResourceLastUpdateResolver,
    OrganisationLastUpdateResolver,
    MyDataContributionsResolver,
  ],
  exports: [ContributionsService],
})
export class ContributionsModule {}
