export * from './lib/frameworks.module';
export * from './lib/frameworks.service';
export * from './lib/frameworks.seed';
export * from './lib/models/framework.models';
export * from './lib/entities/framework.entities';
