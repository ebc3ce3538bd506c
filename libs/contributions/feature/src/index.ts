export * from './lib/contribute.routes';
