import {
  CanActivate,
  ExecutionContext,
  Injectable,
  Logger,
  SetMetadata,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext, TypeMetadataStorage } from '@nestjs/graphql';
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Permission, assertCan } from './policy';
import { Viewer, viewerOf } from './viewer';

export const PERMISSION_METADATA = 'peerhub:permission';

/**
 * Declares what a resolver (method or class) needs: `@Can('organisation:edit')`. Checked by AccessGuard before the
 * resolver runs; a rule that depends on the record is checked again by the service, with the record.
 */
export const Can = (permission: Permission) => SetMetadata(PERMISSION_METADATA, permission);

/**
 * What a root field gets when it declares nothing: queries are public reads (the knowledge base is open to
 * everyone, anonymous included); a mutation or a subscription gets nothing — deny by default.
 */
export const DEFAULT_PERMISSION: Readonly<Record<string, Permission | null>> = Object.freeze({
  Query: 'public:read',
  Mutation: null,
  Subscription: null,
});

/** The permission a root field runs under: its own `@Can`, its class's, or the default of its root type. */
export function permissionOf(
  reflector: Reflector,
  handler: object,
  cls: object,
  rootType: string,
): Permission | null {
  const declared = reflector.getAllAndOverride<Permission | undefined>(PERMISSION_METADATA, [
    handler as never,
    cls as never,
  ]);
  return declared ?? DEFAULT_PERMISSION[rootType] ?? null;
}

/**
 * Every root field whose resolver class has been loaded, with the permission it runs under (null: refused to all):
 * what the authorisation-matrix test reads alongside the built schema.
 */
export function rootFieldRules(reflector: Reflector = new Reflector()): Map<string, Permission | null> {
  const roots = [
    ['Query', TypeMetadataStorage.getQueriesMetadata()],
    ['Mutation', TypeMetadataStorage.getMutationsMetadata()],
    ['Subscription', TypeMetadataStorage.getSubscriptionsMetadata()],
  ] as const;
  const rules = new Map<string, Permission | null>();
  for (const [root, fields] of roots)
    for (const f of fields) {
      const cls = f.target as unknown as { prototype: Record<string, object> };
      rules.set(`${root}.${f.schemaName}`, permissionOf(reflector, cls.prototype[f.methodName], cls, root));
    }
  return rules;
}

/**
 * The one global guard (APP_GUARD): every root Query, Mutation and Subscription field passes here, over HTTP and
 * over WebSocket. Object fields (`@ResolveField`) are reached through a root field and share its decision.
 * Non-GraphQL routes (/health, the web app's files) are not resource access and pass.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');
  private readonly warned = new Set<string>();

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const rootType = info.parentType.name;
    const permission = permissionOf(this.reflector, context.getHandler(), context.getClass(), rootType);
    if (!permission) {
      const field = `${rootType}.${info.fieldName}`;
      if (!this.warned.has(field)) {
        this.warned.add(field);
        this.logger.warn(`${field} declares no access rule (@Can): refused for everyone`);
      }
      throw new GraphQLError('This operation is not open to anyone.', { extensions: { code: 'FORBIDDEN' } });
    }
    assertCan(viewerOf(gql.getContext()), permission);
    return true;
  }
}

/** The viewer of the current GraphQL request, for a resolver to hand to its service: `@CurrentViewer() viewer`. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer =>
  viewerOf(GqlExecutionContext.create(context).getContext()),
);
