import type { IncomingMessage } from 'node:http';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import proxyAddr from 'proxy-addr';
import {
  APP_CONFIG,
  AppConfig,
  GraphqlContext,
  GraphqlWsServer,
  LIVE_CONFIG,
  LiveConfig,
  LoaderRegistry,
  RateLimits,
  Viewer,
  Viewers,
  complexityLimitPlugin,
  describeForLog,
  queryLimitRules,
} from '@peerhub/shared/api-core';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const SAFE_EXTENSIONS = [
  'argument',
  'arguments',
  'maxDepth',
  'complexity',
  'maxComplexity',
  'maxAliases',
  'maxDirectives',
  'maxFields',
  'maxRootFields',
  'retryAfter',
];
/** Longest message sent back: parser and coercion errors quote the caller's input, which may be kilobytes. */
const MAX_MESSAGE = 300;
const logger = new Logger('GraphQL');

/**
 * graphql-js reports arguments it cannot coerce at execution time (`null` for `first: Int! = 20` through a
 * nullable variable) as a plain GraphQLError with no code, which Apollo would call an internal error. It is the
 * caller's mistake: BAD_USER_INPUT.
 */
function isArgumentCoercionError(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    !error.originalError &&
    /^(Argument "[^"]+" (of|has)|Variable "\$[^"]+" (of|got))/.test(error.message)
  );
}

/** Apollo's own request errors that carry an HTTP 4xx status but no code. */
function isRequestError(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return error instanceof GraphQLError && typeof status === 'number' && status >= 400 && status < 500;
}

/** Public errors keep their message and code; anything else is logged and answered without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'INTERNAL_SERVER_ERROR' && isArgumentCoercionError(error)) code = 'BAD_USER_INPUT';
  if (code === 'INTERNAL_SERVER_ERROR' && isRequestError(error)) code = 'BAD_REQUEST';
  if (!PUBLIC_CODES.has(code)) {
    // Once, without the query's parameters or the caller's input (a resolver's failure was already logged by
    // the exception filter, which marks it).
    if (!formatted.extensions?.['logged']) logger.error(describeForLog(error));
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
  const message =
    formatted.message.length > MAX_MESSAGE
      ? `${formatted.message.slice(0, MAX_MESSAGE)}…`
      : formatted.message;
  return { message, locations: formatted.locations?.slice(0, 5), path: formatted.path, extensions };
}

export function graphqlOptions(config: AppConfig, viewers: Viewers): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Bounded before anything else: tokens while parsing, then the shape rules (linear, fragments memoised),
    // then the schema-aware cost estimate, which rejects what it cannot estimate.
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: queryLimitRules(config.graphql),
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: the web client does not use them, and their cache is memory an
    // anonymous caller could fill.
    persistedQueries: false,
    csrfPrevention: true,
    plugins: [complexityLimitPlugin(config.graphql.maxComplexity)],
    // Who is asking, once per request; resolvers get it with @CurrentViewer(), the guard checks it.
    context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => ({
      req,
      res,
      loaders: new LoaderRegistry(),
      viewer: await viewers.fromRequest(req),
    }),
    formatError,
  };
}

/** The GraphQL context of every operation, over HTTP and over WebSocket. */
export interface RequestContext extends GraphqlContext {
  viewer: Viewer;
}

/**
 * Subscriptions: graphql-ws on the API's HTTP server, path /graphql, once Nest has built the schema. Closed before
 * the HTTP server (onModuleDestroy), so open sockets never hold shutdown up.
 */
@Injectable()
export class LiveUpdates implements OnApplicationBootstrap, OnModuleDestroy {
  private server: GraphqlWsServer | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly rateLimits: RateLimits,
    private readonly viewers: Viewers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LIVE_CONFIG) private readonly live: LiveConfig,
  ) {}

  onApplicationBootstrap(): void {
    const adapter = this.adapterHost.httpAdapter;
    const express = adapter.getInstance<{ get(setting: string): unknown }>();
    this.server = new GraphqlWsServer({
      path: '/graphql',
      limits: this.config.graphql,
      live: this.live,
      rateLimits: this.rateLimits,
      viewers: this.viewers,
      // What Express's req.ip says for the same request: TRUST_PROXY's compiled rule decides X-Forwarded-For.
      clientAddress: (req: IncomingMessage) =>
        proxyAddr(req, express.get('trust proxy fn') as (addr: string, i: number) => boolean),
      context: (req, viewer): RequestContext => ({
        req: req as unknown as Request,
        loaders: new LoaderRegistry(),
        viewer,
      }),
      formatError,
    });
    this.server.attach(adapter.getHttpServer(), this.schemaHost.schema);
  }

  async onModuleDestroy(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
}
