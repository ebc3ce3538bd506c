export * from './lib/graphql-client';
export * from './lib/query-resource';
export * from './lib/ui-language';
export * from './lib/network-summary.store';
export * from './lib/paged-query';
export * from './lib/list-url';
