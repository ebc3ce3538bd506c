import { Module } from '@nestjs/common';
import { CountriesWriter } from './countries.writer';
import { CountriesResolver } from './countries.resolver';
import { CountriesSearchSource } from './countries.search';
import { CountriesSeeder } from './countries.seed';
import { CountriesService } from './countries.service';

@Module({
  providers: [CountriesWriter, CountriesService, CountriesSeeder, CountriesSearchSource, CountriesResolver],
  exports: [CountriesSeeder, CountriesService, CountriesSearchSource, CountriesWriter],
})
export class CountriesModule {}
