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

/** RATE_LIMITED with the wait in seconds (`extensions.retryAfter`), for a limit a service keeps itself. */
export const rateLimited = (retryAfter: number, what = 'attempts') =>
  graphqlError('RATE_LIMITED', `Too many ${what}; please try again in ${retryAfter} s.`, { retryAfter });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-sent id is a UUID at all (checked before it reaches a uuid column). */
export const isUuid = (value: string): boolean => UUID.test(value);
