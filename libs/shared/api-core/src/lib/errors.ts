import { GraphQLError } from 'graphql';

/** Error codes of the public contract (ARCHITECTURE.md). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED';

export function graphqlError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, extra: Record<string, unknown> = {}) =>
  graphqlError('BAD_USER_INPUT', message, extra);

export const notFound = (message: string) => graphqlError('NOT_FOUND', message);
