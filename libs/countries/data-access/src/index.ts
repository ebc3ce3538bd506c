export * from './lib/countries.store';
export * from './lib/labels';
