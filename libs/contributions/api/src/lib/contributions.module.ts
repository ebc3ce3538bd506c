import { Module } from '@nestjs/common';
import { AccountsModule } from '@peerhub/accounts/api';
import { CountriesModule } from '@peerhub/countries/api';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { PracticesModule } from '@peerhub/practices/api';
import {
  ContributionsResolver,
  MyDataContributionsResolver,
  PracticeLastUpdateResolver,
} from './contributions.resolver';
import { ContributionsService } from './contributions.service';

/** Contributions: revisions of practices and country facts, their review, history and diffs. */
@Module({
  imports: [AccountsModule, CountriesModule, OrganisationsModule, PracticesModule],
  providers: [
    ContributionsService,
    ContributionsResolver,
    PracticeLastUpdateResolver,
    MyDataContributionsResolver,
  ],
  exports: [ContributionsService],
})
export class ContributionsModule {}
