import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Expected errors (NOT_FOUND, BAD_USER_INPUT…) are answers, not incidents: hand them to Apollo as they are
 * instead of letting Nest log each one with a stack trace. Anything else still reaches Nest's handler.
 */
@Catch(GraphQLError)
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, _host: ArgumentsHost): GraphQLError {
    return error;
  }
}
