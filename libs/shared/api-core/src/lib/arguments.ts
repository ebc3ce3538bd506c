import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badUserInput } from './errors';

/**
 * Longest string any argument may carry: the longest field's own limit (a Markdown text of a contribution, 20,000),
 * so a field's limit is always said on that field (fields set tighter caps of their own).
 */
export const MAX_STRING_ARGUMENT = 20_000;
/** Most items any list argument may carry. */
export const MAX_LIST_ARGUMENT = 50;

/**
 * Control characters cannot be stored or searched (PostgreSQL refuses NUL) and have no place in text a person
 * typed: C0 except tab, line feed and carriage return, DEL and C1 become spaces.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, ' ');
}

function clean(value: unknown, path: string): unknown {
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_ARGUMENT)
      throw badUserInput(
        `"${path}" is too long: ${value.length} characters, at most ${MAX_STRING_ARGUMENT} are accepted.`,
        { argument: path },
      );
    return cleanText(value);
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ARGUMENT)
      throw badUserInput(`"${path}" has ${value.length} items, at most ${MAX_LIST_ARGUMENT} are accepted.`, {
        argument: path,
      });
    return value.map((v, i) => clean(v, `${path}[${i}]`));
  }
  // Plain objects only (graphql-js builds input objects without a prototype); class instances pass as they are.
  const proto: unknown = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (value && (proto === Object.prototype || proto === null)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clean(v, path ? `${path}.${k}` : k);
    return out;
  }
  return value;
}

type Constructor = new () => Record<string, unknown>;

/** Explicit `null` for an argument that has a default means the default (GraphQL would pass the null on). */
function dropNullsWithDefaults(value: Record<string, unknown>, metatype: unknown): void {
  if (typeof metatype !== 'function' || [String, Number, Boolean, Array, Object].includes(metatype as never))
    return;
  let defaults: Record<string, unknown>;
  try {
    defaults = new (metatype as Constructor)();
  } catch {
    return;
  }
  for (const [k, v] of Object.entries(value))
    if (v === null && defaults[k] !== undefined && defaults[k] !== null) delete value[k];
}

/**
 * Runs before validation on every GraphQL argument, the same way for all of them: control characters become
 * spaces, strings and lists past a generous cap are refused with BAD_USER_INPUT naming the argument (never
 * quoting it), and `null` for a defaulted argument means the default.
 */
@Injectable()
export class ArgumentHygienePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Only what a caller sent: GraphQL arguments reach pipes as 'body' (and a REST body would too); the parent
    // object, context and info do not pass here.
    if (metadata.type !== 'body') return value;
    const cleaned = clean(value, metadata.data ?? '');
    if (cleaned && typeof cleaned === 'object' && !Array.isArray(cleaned))
      dropNullsWithDefaults(cleaned as Record<string, unknown>, metadata.metatype);
    return cleaned;
  }
}
