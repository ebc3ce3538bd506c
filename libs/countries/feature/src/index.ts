export * from './lib/countries.routes';
