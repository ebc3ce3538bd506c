export * from './lib/frameworks.store';
