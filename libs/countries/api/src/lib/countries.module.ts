import { Module } from '@nestjs/common';
import { CountriesResolver } from './countries.resolver';
import { CountriesSearchSource } from './countries.search';
import { CountriesSeeder } from './countries.seed';
import { CountriesService } from './countries.service';

@Module({
  providers: [CountriesService, CountriesSeeder, CountriesSearchSource, CountriesResolver],
  exports: [CountriesSeeder, CountriesService, CountriesSearchSource],
})
export class CountriesModule {}
