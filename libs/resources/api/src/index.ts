export * from './lib/resources.module';
export * from './lib/resources.service';
export * from './lib/resources.loaders';
export * from './lib/resources.mapper';
export * from './lib/resources.resolver';
export * from './lib/models/resource.model';
export * from './lib/dto/resources.args';
export * from './lib/entities/resource.entity';
