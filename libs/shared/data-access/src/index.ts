export * from './lib/graphql-client';
export * from './lib/query-resource';
