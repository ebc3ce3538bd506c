import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CountriesModule } from '@peerhub/countries/api';
import { FrameworksModule } from '@peerhub/frameworks/api';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { PracticesModule } from '@peerhub/practices/api';
import { PolicyModule } from '@peerhub/policy/api';
import { ResourcesModule } from '@peerhub/resources/api';
import { SearchModule } from '@peerhub/search/api';
import { APP_CONFIG, AppConfig, RateLimits } from '@peerhub/shared/api-core';
import { graphqlOptions } from './graphql';
import { DATABASE_EMBEDDED, HealthController } from './health.controller';

/** Infrastructure every domain module may inject: the validated config and the one DataSource. */
@Global()
@Module({})
class InfrastructureModule {
  static register(config: AppConfig, ds: DataSource, embedded: boolean): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: ds },
        { provide: DATABASE_EMBEDDED, useValue: embedded },
        RateLimits,
      ],
      exports: [APP_CONFIG, DataSource, DATABASE_EMBEDDED, RateLimits],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, ds: DataSource, embedded: boolean): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(config, ds, embedded),
        GraphQLModule.forRoot(graphqlOptions(config)),
        CountriesModule,
        OrganisationsModule,
        ResourcesModule,
        PracticesModule,
        PolicyModule,
        FrameworksModule,
        SearchModule,
      ],
      controllers: [HealthController],
    };
  }
}
