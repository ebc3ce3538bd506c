import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { OrganisationResourcesResolver, ResourcesResolver } from './resources.resolver';
import { ResourcesSearchSource } from './resources.search';
import { ResourcesSeeder } from './resources.seed';
import { ResourcesService } from './resources.service';

@Module({
  imports: [OrganisationsModule],
  providers: [
    ResourcesService,
    ResourcesSeeder,
    ResourcesSearchSource,
    ResourcesResolver,
    OrganisationResourcesResolver,
  ],
  exports: [ResourcesSeeder, ResourcesService, ResourcesSearchSource],
})
export class ResourcesModule {}
