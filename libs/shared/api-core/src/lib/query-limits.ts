import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  getNullableType,
  isListType,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlConfig } from './config';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Fields in an operation once every fragment is expanded. Each fragment is measured once, so a document that fans
 * out to millions of fields is measured in microseconds and rejected, before the schema-aware cost estimate (which
 * walks the expansion) sees it.
 */
export const MAX_EXPANDED_FIELDS = 10_000;
/** Directives on one operation (armor counts them through fragments). */
export const MAX_DIRECTIVES = 20;

/** One error shape for every limit: GRAPHQL_VALIDATION_FAILED (HTTP 400) with our own message. */
function reporter(message: (found: string) => string, extra: Record<string, unknown>) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1] ?? 'too many';
    context?.reportError(
      new GraphQLError(message(found), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extra } }),
    );
  };
}

/**
 * Counts the fields of a selection set through fragments, each fragment counted once and its count reused
 * wherever it is spread, so the work is linear in the document even when the expansion is exponential.
 * `deep`: every field at every level (the expanded size); otherwise the top-level fields only.
 */
function fieldCounter(context: ValidationContext, deep: boolean) {
  const memo = new Map<string, number>();
  const count = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === '__typename' && !deep) continue;
        n += 1 + (deep && sel.selectionSet ? count(sel.selectionSet, seen) : 0);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        n += count(sel.selectionSet, seen);
      } else {
        const name = sel.name.value;
        if (seen.has(name)) continue; // cycles are reported by NoFragmentCycles
        let m = memo.get(name);
        if (m === undefined) {
          const frag: FragmentDefinitionNode | null | undefined = context.getFragment(name);
          m = frag ? count(frag.selectionSet, new Set([...seen, name])) : 0;
          memo.set(name, m);
        }
        n += m;
      }
    }
    return n;
  };
  return (set: SelectionSetNode) => count(set, new Set());
}

/** An operation may have at most `max` fields counted by `fieldCounter(deep)`; the message says which cap. */
function fieldCapRule(
  max: number,
  deep: boolean,
  message: (n: number) => string,
  extension: string,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const count = fieldCounter(context, deep);
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet);
        if (n > max)
          context.reportError(
            new GraphQLError(message(n), {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', [extension]: max },
            }),
          );
      },
    };
  };
}

/** Top-level fields per operation, counted through fragments. */
export const maxRootFieldsRule = (max: number): ValidationRule =>
  fieldCapRule(
    max,
    false,
    (n) => `An operation may ask for at most ${max} top-level fields; this one asks for ${n}.`,
    'maxRootFields',
  );

/** Fields per operation once every fragment is expanded (page sizes are the cost estimate's business). */
export const maxFieldsRule = (max: number): ValidationRule =>
  fieldCapRule(
    max,
    true,
    (n) => `Query is too large: ${n} fields once fragments are expanded; the limit is ${max}.`,
    'maxFields',
  );

/**
 * The validation rules that bound an operation's shape before anything runs: depth, aliases and directives
 * (graphql-armor, which memoises fragments too), top-level fields and total expanded fields (ours: armor's cost
 * rule multiplies by literal page sizes, which would hide an out-of-range `first` behind a size error). All are linear in the document (fragments memoised), so a small
 * request cannot make validation itself expensive. Token count is bounded earlier, by the parser (`maxTokens`).
 */
export function queryLimitRules(limits: GraphqlConfig): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: false,
      propagateOnRejection: false,
      onReject: [
        reporter((found) => `Query is nested ${found} levels deep; the limit is ${limits.maxDepth}.`, {
          maxDepth: limits.maxDepth,
        }),
      ],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        reporter((found) => `Query uses ${found} aliases; the limit is ${limits.maxAliases}.`, {
          maxAliases: limits.maxAliases,
        }),
      ],
    }),
    maxDirectivesRule({
      n: MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [
        reporter((found) => `Query uses ${found} directives; the limit is ${MAX_DIRECTIVES}.`, {
          maxDirectives: MAX_DIRECTIVES,
        }),
      ],
    }),
    maxFieldsRule(MAX_EXPANDED_FIELDS),
    maxRootFieldsRule(limits.maxRootFields),
  ];
}

/** How many items an unpaginated list field is assumed to return when estimating cost. */
export const LIST_FAN_OUT = 10;

/**
 * A field with a `first` argument costs its page size times its children — the largest page when `first` is
 * absent, null or not a number, so the estimate never undercounts; any other list field costs an assumed
 * fan-out times its children (the `edges` of a connection are already counted by the page size); anything
 * else costs 1 plus its children. The page size is clamped to the largest allowed, so an out-of-range
 * `first` reaches validation and gets its own clear message.
 */
export const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = args['first'];
    const page = typeof first === 'number' ? Math.max(1, Math.min(first, MAX_PAGE_SIZE)) : MAX_PAGE_SIZE;
    return 1 + page * childComplexity;
  }
  const isList = isListType(getNullableType(field.type));
  if (isList && !type.name.endsWith('Connection')) return 1 + LIST_FAN_OUT * childComplexity;
  return 1 + childComplexity;
};

/** Longest part of a caller's input an error message may quote. */
const QUOTE_LIMIT = 200;

/**
 * The schema-aware cost check, for HTTP and WebSocket alike: null when the operation may run, else the error to
 * answer with (BAD_USER_INPUT). An operation whose cost cannot be estimated is refused too: a limit that can be
 * made to fail open is no limit.
 */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  maxComplexity: number,
): GraphQLError | null {
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      operationName,
      query: document,
      variables,
      estimators: [pagedEstimator],
      maxQueryNodes: MAX_EXPANDED_FIELDS,
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return new GraphQLError(
      `The cost of this query could not be estimated, so it was not run: ${why.length > QUOTE_LIMIT ? `${why.slice(0, QUOTE_LIMIT)}…` : why}`,
      { extensions: { code: 'BAD_USER_INPUT', maxComplexity, http: { status: 400 } } },
    );
  }
  if (complexity <= maxComplexity) return null;
  return new GraphQLError(`Query is too expensive: cost ${complexity}, the limit is ${maxComplexity}.`, {
    extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity, http: { status: 400 } },
  });
}

/** Rejects operations whose estimated cost exceeds `maxComplexity` (costLimitError), before anything runs. */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const error = costLimitError(
            schema,
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
            maxComplexity,
          );
          if (error) throw error;
        },
      };
    },
  };
}
