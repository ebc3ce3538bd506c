export * from './lib/session.store';
export * from './lib/memberships.store';
