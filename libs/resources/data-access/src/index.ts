export * from './lib/resources.store';
