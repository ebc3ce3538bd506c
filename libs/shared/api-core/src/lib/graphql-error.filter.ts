import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const logger = new Logger('GraphQL');

/**
 * One line for the log: the error's class, its database error code if any, and its message cut short. Never the
 * SQL or its parameters (TypeORM's QueryFailedError carries both), never the caller's variables.
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return `Non-error thrown: ${typeof error}`;
  const original = (error as { originalError?: unknown }).originalError;
  const e = original instanceof Error ? original : error;
  const code =
    (e as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ??
    (e as { code?: unknown }).code;
  const message = e.message.length > 200 ? `${e.message.slice(0, 200)}…` : e.message;
  const where =
    e.stack
      ?.split('\n')
      .slice(1, 4)
      .map((l) => l.trim())
      .join(' < ') ?? '';
  return `${e.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${message}${where ? ` (${where})` : ''}`;
}

/** Outside GraphQL (health, static files): Nest's usual status and message; unexpected errors logged once. */
function answerHttp(error: unknown, host: ArgumentsHost): void {
  const res = host.switchToHttp().getResponse<Response>();
  if (error instanceof HttpException) {
    res.status(error.getStatus()).json(error.getResponse());
    return;
  }
  // body-parser's errors (http-errors): too large, malformed JSON, bad charset — the client's mistake.
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500 && (error as { expose?: unknown }).expose) {
    res.status(status).json({ statusCode: status, message: (error as Error).message });
    return;
  }
  logger.error(describeForLog(error));
  res.status(500).json({ statusCode: 500, message: 'Internal server error' });
}

/**
 * Expected errors (NOT_FOUND, BAD_USER_INPUT…) are answers, not incidents: hand them to Apollo as they are.
 * Nest's own HTTP exceptions from pipes become BAD_USER_INPUT. Anything else is logged once, here, without
 * parameters, and masked: the caller gets INTERNAL_SERVER_ERROR with HTTP 200 and no detail.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'graphql') return answerHttp(error, host);
    if (error instanceof GraphQLError) return error;
    if (error instanceof HttpException && error.getStatus() < 500) {
      return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    logger.error(describeForLog(error));
    return new GraphQLError('Internal server error', {
      extensions: { code: 'INTERNAL_SERVER_ERROR', logged: true },
    });
  }
}
