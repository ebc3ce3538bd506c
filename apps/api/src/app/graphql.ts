import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppConfig, LoaderRegistry, complexityLimitPlugin, depthLimitRule } from '@peerhub/shared/api-core';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
const SAFE_EXTENSIONS = ['argument', 'arguments', 'maxDepth', 'complexity', 'maxComplexity'];
const logger = new Logger('GraphQL');

/** Public errors keep their message and code; anything else is logged and answered without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (!PUBLIC_CODES.has(code)) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const extensions: Record<string, unknown> = { code };
  for (const k of SAFE_EXTENSIONS)
    if (formatted.extensions?.[k] !== undefined) extensions[k] = formatted.extensions[k];
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
}

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(config.graphql.maxDepth)],
    plugins: [complexityLimitPlugin(config.graphql.maxComplexity)],
    context: ({ req }: { req: unknown }) => ({ req, loaders: new LoaderRegistry() }),
    formatError,
  };
}
