export * from './lib/languages';
export * from './lib/slug';
export * from './lib/country-codes';
export * from './lib/dimensions';
export * from './lib/search-topics';
