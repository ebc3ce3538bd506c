import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { OrganisationResourcesResolver, ResourcesResolver } from './resources.resolver';
import { ResourcesSearchSource } from './resources.search';
import { ResourcesSeeder } from './resources.seed';
import { ResourcesService } from './resources.service';
import { ResourcesWriter } from './resources.writer';

@Module({
  imports: [OrganisationsModule],
  providers: [
    ResourcesService,
    ResourcesSeeder,
    ResourcesSearchSource,
    ResourcesResolver,
    OrganisationResourcesResolver,
    ResourcesWriter,
  ],
  exports: [ResourcesSeeder, ResourcesService, ResourcesSearchSource, ResourcesWriter],
})
export class ResourcesModule {}
