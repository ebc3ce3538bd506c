import { Module } from '@nestjs/common';
import { CountriesModule } from '@peerhub/countries/api';
import { PracticesModule } from '@peerhub/practices/api';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

@Module({ imports: [CountriesModule, PracticesModule], providers: [PolicyService, PolicyResolver] })
export class PolicyModule {}
