export * from './lib/languages';
export * from './lib/slug';
