import { Injectable } from '@nestjs/common';
import { badUserInput } from '../errors';
import type { GraphqlContext } from '../loaders';

/** Longest global id accepted (a type name, a colon and a key: a UUID, a country code). */
export const MAX_GLOBAL_ID_LENGTH = 200;

/**
 * A global id: opaque to clients (base64url of `Type:key`), stable for the record's life (the key is its primary
 * key, never a slug that an edit may change), unique across every kind of record. A thread or a follow points at
 * its subject with one, whatever the subject's kind.
 */
export function encodeGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** The type and key of a global id, or null when it is not one. */
export function decodeGlobalId(id: string): { type: string; key: string } | null {
  if (!id || id.length > MAX_GLOBAL_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return null;
  const type = text.slice(0, colon);
  if (!/^[A-Z][A-Za-z]*$/.test(type)) return null;
  // Only the canonical spelling of an id is one (no padding variants, no stray bits).
  if (encodeGlobalId(type, text.slice(colon + 1)) !== id) return null;
  return { type, key: text.slice(colon + 1) };
}

/** How one kind of record is found by its global id. */
export interface NodeDefinition<T extends object = object> {
  /** Its GraphQL type name. */
  type: string;
  /** What a key of this kind looks like (checked before any query). */
  key: RegExp;
  keyOf(value: T): string;
  /** Records for the keys, in their order (null where there is none): one query for all of a request's ids. */
  load(keys: readonly string[], ctx: GraphqlContext): Promise<(T | null)[]>;
}

const TYPE_OF = new WeakMap<object, string>();

/** The GraphQL type of a value `NodeRegistry.resolve` returned (for the union's resolveType). */
export function nodeTypeOf(value: object): string | undefined {
  return TYPE_OF.get(value);
}

/**
 * Every kind of record a global id can name. Each domain registers its kinds (type name, key shape, batch loader);
 * `node(id:)` resolves through here, in one batched query per kind per request.
 */
@Injectable()
export class NodeRegistry {
  private readonly definitions = new Map<string, NodeDefinition>();

  register<T extends object>(definition: NodeDefinition<T>): void {
    if (this.definitions.has(definition.type))
      throw new Error(`Node type ${definition.type} is registered twice`);
    this.definitions.set(definition.type, definition as unknown as NodeDefinition);
  }

  get types(): string[] {
    return [...this.definitions.keys()].sort();
  }

  idOf<T extends object>(type: string, value: T): string {
    const definition = this.definitions.get(type) as NodeDefinition<T> | undefined;
    if (!definition) throw new Error(`Node type ${type} is not registered`);
    return encodeGlobalId(type, definition.keyOf(value));
  }

  /** The record a global id names; null when it no longer exists. BAD_USER_INPUT when `id` is not a global id. */
  async resolve(id: string, ctx: GraphqlContext, argument = 'id'): Promise<object | null> {
    const decoded = decodeGlobalId(id);
    const definition = decoded && this.definitions.get(decoded.type);
    if (!decoded || !definition || !definition.key.test(decoded.key))
      throw badUserInput(`${argument} is not an id this API gave out.`, { argument });
    const value = await ctx.loaders
      .get<string, object | null>(`node.${definition.type}`, (keys) => definition.load(keys, ctx))
      .load(decoded.key);
    if (value) TYPE_OF.set(value, definition.type);
    return value;
  }
}
