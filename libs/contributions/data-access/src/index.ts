export * from './lib/contributions.store';
