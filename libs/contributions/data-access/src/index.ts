export * from './lib/contributions.store';
export * from './lib/archive.store';
