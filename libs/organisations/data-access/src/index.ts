export * from './lib/organisations.store';
