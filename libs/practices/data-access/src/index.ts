export * from './lib/practices.store';
