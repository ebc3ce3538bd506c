export * from './fake-graphql-client';
