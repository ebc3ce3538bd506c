import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccountsModule, Sessions } from '@peerhub/accounts/api';
import { ContributionsModule } from '@peerhub/contributions/api';
import { CountriesModule, CountriesSearchSource } from '@peerhub/countries/api';
import { FrameworksModule } from '@peerhub/frameworks/api';
import { OrganisationsModule, OrganisationsSearchSource } from '@peerhub/organisations/api';
import { PracticesModule, PracticesSearchSource } from '@peerhub/practices/api';
import { PolicyModule } from '@peerhub/policy/api';
import { ResourcesModule, ResourcesSearchSource } from '@peerhub/resources/api';
import { SearchModule, SearchService } from '@peerhub/search/api';
import {
  APP_CONFIG,
  AccessGuard,
  AppConfig,
  HEALTH_PROBE,
  HealthProbe,
  HealthStatus,
  HealthTickResolver,
  HealthTicker,
  LIVE_CONFIG,
  LiveConfig,
  PubSubPort,
  RateLimits,
  SESSION_LOOKUP,
  Viewers,
  createPubSub,
  loadLiveConfig,
} from '@peerhub/shared/api-core';
import { LiveUpdates, graphqlOptions } from './graphql';
import { DATABASE_EMBEDDED, HealthController } from './health.controller';
import { NODE_PROVIDERS } from './nodes';
import { APP_VERSION } from './version';

/** What a health tick reports: /health's status (database, then search) and the version. */
function healthProbe(ds: DataSource, search: SearchService): HealthProbe {
  return async () => {
    try {
      await ds.query('SELECT 1');
    } catch {
      return { status: HealthStatus.DOWN, version: APP_VERSION };
    }
    const { status } = await search.health();
    return { status: status === 'up' ? HealthStatus.OK : HealthStatus.DEGRADED, version: APP_VERSION };
  };
}

/**
 * Infrastructure every domain module may inject: the validated config, the one DataSource, who is asking
 * (Viewers) and the pub/sub bus of live updates.
 */
@Global()
@Module({})
class InfrastructureModule {
  static register(config: AppConfig, ds: DataSource, embedded: boolean, live: LiveConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: ds },
        { provide: DATABASE_EMBEDDED, useValue: embedded },
        { provide: LIVE_CONFIG, useValue: live },
        RateLimits,
        Sessions,
        { provide: SESSION_LOOKUP, useExisting: Sessions },
        Viewers,
        // No Redis connection for an app only built to print its schema (its DataSource never connects).
        {
          provide: PubSubPort,
          useFactory: () => createPubSub(ds.isInitialized ? config.redisUrl : null, live.channelPrefix),
        },
      ],
      exports: [
        APP_CONFIG,
        DataSource,
        DATABASE_EMBEDDED,
        LIVE_CONFIG,
        RateLimits,
        Sessions,
        Viewers,
        PubSubPort,
      ],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, ds: DataSource, embedded: boolean): DynamicModule {
    const live = loadLiveConfig();
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(config, ds, embedded, live),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Viewers],
          useFactory: (viewers: Viewers) => graphqlOptions(config, viewers),
        }),
        AccountsModule,
        ContributionsModule,
        CountriesModule,
        OrganisationsModule,
        ResourcesModule,
        PracticesModule,
        PolicyModule,
        FrameworksModule,
        // Search indexes what each domain exports for it; it reads none of their tables.
        SearchModule.register({
          imports: [PracticesModule, OrganisationsModule, ResourcesModule, CountriesModule],
          sources: [
            PracticesSearchSource,
            OrganisationsSearchSource,
            ResourcesSearchSource,
            CountriesSearchSource,
          ],
        }),
      ],
      controllers: [HealthController],
      providers: [
        // Deny by default: every root field passes the policy (access.guard.ts in api-core).
        { provide: APP_GUARD, useClass: AccessGuard },
        LiveUpdates,
        { provide: HEALTH_PROBE, inject: [DataSource, SearchService], useFactory: healthProbe },
        {
          provide: HealthTicker,
          inject: [PubSubPort, HEALTH_PROBE],
          useFactory: (pubsub: PubSubPort, probe: HealthProbe) =>
            new HealthTicker(pubsub, ds.isInitialized ? live.healthTickSeconds : 0, probe),
        },
        HealthTickResolver,
        ...NODE_PROVIDERS,
      ],
    };
  }
}
