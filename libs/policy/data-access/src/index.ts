export * from './lib/policy.store';
