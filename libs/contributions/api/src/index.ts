export * from './lib/contributions.models';
export * from './lib/contributions.module';
export * from './lib/contributions.service';
export * from './lib/revision.entity';
