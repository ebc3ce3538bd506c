export * from './lib/search-state';
export * from './lib/search.store';
