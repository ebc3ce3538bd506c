import { IncomingMessage, STATUS_CODES, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  DocumentNode,
  ExecutionArgs,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { Extra, useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer, Viewers } from '../access/viewer';
import type { GraphqlConfig } from '../config';
import { costLimitError, queryLimitRules } from '../query-limits';
import { RateLimits, clientKey, tooManyRequests } from '../rate-limit';
import type { LiveConfig } from './live-config';

/** Largest WebSocket message accepted (a subscription document with its variables), as for an HTTP body. */
export const MAX_WS_MESSAGE_BYTES = 100 * 1024;
/** Ping period: a connection that stops answering is closed after one period. */
export const WS_KEEP_ALIVE_MS = 12_000;

/** The upgrade request of a connection, with the client address Express would give it (TRUST_PROXY honoured). */
export type LiveRequest = IncomingMessage & { readonly ip: string };

export interface GraphqlWsServerOptions {
  /** The one path WebSocket connections are accepted on (`/graphql`). */
  path: string;
  limits: GraphqlConfig;
  live: LiveConfig;
  rateLimits: RateLimits;
  viewers: Viewers;
  /** The client address of a request, as `req.ip` is over HTTP. */
  clientAddress(req: IncomingMessage): string;
  /** The GraphQL context of one subscription: the same shape as over HTTP. */
  context(req: LiveRequest, viewer: Viewer): object;
  /** Masks internals, keeps public codes: the same function Apollo uses over HTTP. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

type Ctx = { extra: Extra; subscriptions: Record<string, unknown> };

function coded(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions['code']) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

const refusal = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra } });

/** Answers an upgrade request with a plain HTTP error (the same JSON shape as /graphql's) and closes it. */
function refuse(socket: Duplex, status: number, code: string, message: string, retryAfter?: number): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({
    errors: [{ message, extensions: retryAfter ? { code, retryAfter } : { code } }],
  });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      (retryAfter ? `Retry-After: ${retryAfter}\r\n` : '') +
      '\r\n' +
      body,
  );
}

/** A browser always sends Origin on a WebSocket handshake: only pages of this site may open one. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not a browser (no ambient credentials to abuse)
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * GraphQL subscriptions over graphql-ws on the API's own HTTP server and path (`/graphql`: POST for queries and
 * mutations, a WebSocket upgrade for subscriptions). The upgrade never reaches Express, so what the middleware does
 * for HTTP is done here for WebSockets:
 * - only `path`, only from this site's pages (Origin), each connection one request against RATE_LIMIT_REQUESTS,
 *   at most WS_MAX_CONNECTIONS_PER_CLIENT open connections per client address (clientKey, IPv6 by /64) and
 *   WS_MAX_CONNECTIONS in all, per process; messages of at most 100 KiB; dead links dropped by pings;
 * - every `subscribe` message is one request against the same limit, at most WS_MAX_SUBSCRIPTIONS run at once per
 *   connection, and goes through the same checks as an HTTP request: the token cap while parsing, the shape rules
 *   (depth, aliases, fields), the cost estimate, and errors formatted (internals masked) by the same function;
 * - only subscription operations: queries and mutations go over HTTP, where the rest of the pipeline lives.
 */
export class GraphqlWsServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_MESSAGE_BYTES });
  private readonly perClient = new Map<string, number>();
  private readonly viewers = new WeakMap<IncomingMessage, Viewer>();
  private total = 0;
  private server: Server | null = null;
  private disposable: { dispose(): void | Promise<void> } | null = null;

  constructor(private readonly options: GraphqlWsServerOptions) {}

  /** Open connections: in all, or of one client key. */
  connections(key?: string): number {
    return key === undefined ? this.total : (this.perClient.get(key) ?? 0);
  }

  attach(server: Server, schema: GraphQLSchema): void {
    this.disposable = useServer(
      {
        schema,
        isProd: true, // never a thrown error's message in a close reason
        onSubscribe: (ctx, _id, payload) => this.prepare(ctx as Ctx, schema, payload),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => this.options.formatError(e.toJSON(), e)) }
            : undefined,
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => this.options.formatError(e.toJSON(), e)),
      },
      this.wss,
      WS_KEEP_ALIVE_MS,
    );
    server.on('upgrade', this.onUpgrade);
    this.server = server;
  }

  async close(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    this.server = null;
    await this.disposable?.dispose();
    this.disposable = null;
  }

  private count(key: string, delta: number): void {
    this.total += delta;
    const n = (this.perClient.get(key) ?? 0) + delta;
    if (n > 0) this.perClient.set(key, n);
    else this.perClient.delete(key);
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const { path, live, rateLimits } = this.options;
    if ((req.url ?? '').split('?')[0] !== path) return refuse(socket, 404, 'NOT_FOUND', 'Not found.');
    if (!sameOrigin(req))
      return refuse(socket, 403, 'FORBIDDEN', 'Live updates are open to this site’s own pages only.');
    let address: string;
    try {
      address = this.options.clientAddress(req);
    } catch {
      address = req.socket.remoteAddress ?? 'unknown';
    }
    const key = clientKey({ ip: address, socket: req.socket as Socket });
    if (this.total >= live.maxConnections)
      return refuse(socket, 503, 'RATE_LIMITED', 'Too many live connections right now; try again later.', 30);
    if (this.connections(key) >= live.maxConnectionsPerClient)
      return refuse(
        socket,
        429,
        'RATE_LIMITED',
        `At most ${live.maxConnectionsPerClient} live connections per address; close one and try again.`,
        30,
      );
    // Counted from now (before the limit store answers), so a burst cannot slip past the cap meanwhile.
    this.count(key, 1);
    socket.once('close', () => this.count(key, -1));
    void (async () => {
      const verdict = await rateLimits.take(rateLimits.requests, key);
      if (!verdict.allowed)
        return refuse(socket, 429, 'RATE_LIMITED', tooManyRequests(verdict.retryAfter), verdict.retryAfter);
      Object.defineProperty(req, 'ip', { value: address, enumerable: true });
      this.viewers.set(req, await this.options.viewers.fromRequest(req));
      if (socket.destroyed) return;
      this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
    })().catch(() => refuse(socket, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
  };

  /** graphql-ws' onSubscribe: the request limit, then parse, shape rules, cost; subscriptions only. */
  private async prepare(
    ctx: Ctx,
    schema: GraphQLSchema,
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const { limits, live, rateLimits } = this.options;
    const req = ctx.extra.request as LiveRequest;
    // ctx.subscriptions already holds this one.
    if (Object.keys(ctx.subscriptions).length > live.maxSubscriptionsPerConnection)
      return [
        refusal(
          `At most ${live.maxSubscriptionsPerConnection} subscriptions may run at once on one connection.`,
          'BAD_REQUEST',
        ),
      ];
    const verdict = await rateLimits.take(rateLimits.requests, clientKey(req));
    if (!verdict.allowed)
      return [
        refusal(tooManyRequests(verdict.retryAfter), 'RATE_LIMITED', { retryAfter: verdict.retryAfter }),
      ];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (e) {
      return [
        e instanceof GraphQLError
          ? coded(e, 'GRAPHQL_PARSE_FAILED')
          : refusal('Syntax Error', 'GRAPHQL_PARSE_FAILED'),
      ];
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [refusal('Name the one operation to run (operationName).', 'BAD_REQUEST')];
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION)
      return [
        refusal(
          'Only subscriptions run over WebSocket; send queries and mutations by HTTP POST to /graphql.',
          'BAD_REQUEST',
        ),
      ];
    const invalid = validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)]);
    if (invalid.length) return invalid.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
    const variables = payload.variables ?? {};
    const tooCostly = costLimitError(
      schema,
      document,
      variables,
      payload.operationName ?? undefined,
      limits.maxComplexity,
    );
    if (tooCostly) return [tooCostly];
    return {
      schema,
      document,
      operationName: payload.operationName ?? undefined,
      variableValues: variables,
      contextValue: this.options.context(req, this.viewers.get(req) ?? { kind: 'anonymous' }),
    };
  }
}
