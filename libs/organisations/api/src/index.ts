export * from './lib/organisations.module';
export * from './lib/organisations.service';
export * from './lib/organisations.loaders';
export * from './lib/organisations.mapper';
export * from './lib/organisations.resolver';
export * from './lib/models/organisation.model';
export * from './lib/dto/organisations.args';
export * from './lib/entities/organisation.entity';
