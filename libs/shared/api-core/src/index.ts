export * from './lib/config';
export * from './lib/errors';
export * from './lib/loaders';
export * from './lib/pagination';
export * from './lib/query-limits';
export * from './lib/sourced';
export * from './lib/validation';
export * from './lib/database';
