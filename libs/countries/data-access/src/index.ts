export * from './lib/countries.store';
export * from './lib/compare.store';
export * from './lib/labels';
export * from './lib/map.store';
