import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from './pagination';

/** A validation rule that rejects operations nested deeper than `maxDepth` fields (introspection included). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let max = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          max = Math.max(max, depthOf((sel as FieldNode).selectionSet, depth + 1, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, depth, seen));
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const name = sel.name.value;
          if (seen.has(name)) continue; // cycles are reported by NoFragmentCycles
          const frag = fragments.get(name);
          if (frag) max = Math.max(max, depthOf(frag.selectionSet, depth, new Set([...seen, name])));
        }
        if (max > maxDepth) return max;
      }
      return max;
    };
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxDepth },
            }),
          );
        }
      },
    };
  };
}

/** How many items an unpaginated list field is assumed to return when estimating cost. */
export const LIST_FAN_OUT = 10;

/**
 * A connection costs its page size times its children; any other list field costs an assumed fan-out
 * times its children (the `edges` of a connection are already counted by the page size); anything
 * else costs 1 plus its children. The page size is clamped to the largest allowed, so an out-of-range
 * `first` reaches validation and gets its own clear message.
 */
export const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (typeof args['first'] === 'number')
    return 1 + Math.max(1, Math.min(args['first'], MAX_PAGE_SIZE)) * childComplexity;
  const isList = isListType(getNullableType(field.type));
  if (isList && !type.name.endsWith('Connection')) return 1 + LIST_FAN_OUT * childComplexity;
  return 1 + childComplexity;
};

/** Rejects operations whose estimated cost exceeds `maxComplexity`, before anything runs. */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [pagedEstimator],
            });
          } catch {
            // Variables that do not fit their types: execution rejects them with BAD_USER_INPUT and a clear
            // message, so there is nothing to estimate here.
            return;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query is too expensive: cost ${complexity}, the limit is ${maxComplexity}.`,
              {
                extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
