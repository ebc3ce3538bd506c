import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { OrganisationResourcesResolver, ResourcesResolver } from './resources.resolver';
import { ResourcesService } from './resources.service';

@Module({
  imports: [OrganisationsModule],
  providers: [ResourcesService, ResourcesResolver, OrganisationResourcesResolver],
  exports: [ResourcesService],
})
export class ResourcesModule {}
