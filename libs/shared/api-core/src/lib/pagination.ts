import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** The longest `after` accepted: a keyset cursor carries its row's sort values (a title, a time, an id). */
export const MAX_CURSOR_LENGTH = 1024;

export enum ListSort {
  TITLE = 'title',
  RECENT = 'recent',
  LATEST = 'latest',
}
registerEnumType(ListSort, {
  name: 'ListSort',
  description:
    "TITLE: alphabetical (default) · RECENT: most recently added or updated first · LATEST: newest first by the record's own date (a resource's publication year, a practice's start year), undated records last; lists without such a date (organisations) refuse it",
});

/** `first` and `after`: the page arguments of every connection (lists and search). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1..${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the last edge of the previous page (opaque; valid for the same list, sort and filters). The page holds the rows strictly after it, so rows written in between neither repeat nor are skipped.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH, {
    message: `after must be a cursor of at most ${MAX_CURSOR_LENGTH} characters`,
  })
  after?: string | null;
}

/** The arguments of a sorted list connection: `first`, `after` and `sort`. */
@ArgsType()
export class ConnectionArgs extends PageArgs {
  @Field(() => ListSort, { defaultValue: ListSort.TITLE })
  @IsOptional()
  @IsEnum(ListSort)
  sort: ListSort = ListSort.TITLE;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds a Relay connection type for `node`: `<Name>Connection { edges { cursor node } pageInfo totalCount }`.
 * Usage: `@ObjectType() export class PracticeConnection extends Connection(Practice) {}`.
 */
export function Connection<T>(node: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

// ---------------------------------------------------------------------------------------------------------
// Keyset cursors
//
// A cursor is base64url of the JSON array `["k1", list, sort, ...values]`: a version, the connection that issued
// it, the order it belongs to, and the sort key values of its row ending with the row's id. The next page is the
// rows strictly after those values in the same order, so a row written between two requests neither shifts the
// page (offsets did) nor repeats or skips a row. Cursors are checked, not signed: a hand-made cursor of the right
// shape is only a position in the list (its values are bound parameters).
// ---------------------------------------------------------------------------------------------------------

const CURSOR_VERSION = 'k1';
const NOT_ISSUED = `"after" is not a cursor issued by this API; pass the endCursor of the previous page, or leave "after" out for the first page`;

export type CursorValue = string | number;

/** BAD_USER_INPUT for an `after` that is not one of our cursors. */
export const cursorNotIssued = () => badUserInput(NOT_ISSUED, { argument: 'after' });

/** How a sort key travels in a cursor and how it is compared in SQL. */
export type KeyKind = 'text' | 'uuid' | 'timestamptz' | 'int' | 'float8' | 'offset';

/** One column of a keyset order. */
export interface KeysetKey {
  /** The SQL expression the rows are ordered by, e.g. `p.title`. */
  sql: string;
  direction: 'ASC' | 'DESC';
  kind: KeyKind;
}

export function encodeCursor(list: string, sort: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, list, sort, ...values]), 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What `keysetPage` writes for a timestamptz key: UTC, microseconds (PostgreSQL's precision). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
// eslint-disable-next-line no-control-regex -- a NUL cannot be bound as text; refuse it before PostgreSQL does
const NUL = /\u0000/;

function validValue(kind: KeyKind, v: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof v === 'string' && !NUL.test(v);
    case 'uuid':
      return typeof v === 'string' && UUID.test(v);
    case 'timestamptz':
      return typeof v === 'string' && TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v));
    case 'int':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'float8':
      return typeof v === 'number' && Number.isFinite(v);
    case 'offset':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  }
}

const sortName = (sort: string) => sort.toUpperCase();

/**
 * The sort and values of a cursor issued for `list`; null when `after` is empty (first page). A cursor that is
 * not one of ours, or one of another list, is BAD_USER_INPUT.
 */
export function readCursor(
  after: string | null | undefined,
  list: string,
): { sort: string; values: unknown[] } | null {
  if (after === null || after === undefined || after === '') return null;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(after)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw cursorNotIssued();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length < 4 ||
    typeof parsed[1] !== 'string' ||
    typeof parsed[2] !== 'string'
  )
    throw cursorNotIssued();
  const [version, issuer, sort, ...values] = parsed as [unknown, string, string, ...unknown[]];
  if (version !== CURSOR_VERSION)
    throw badUserInput(
      `"after" is a cursor of an older version of this API; start again from the first page (leave "after" out)`,
      { argument: 'after' },
    );
  if (issuer !== list)
    throw badUserInput(
      `"after" is a cursor of ${issuer}, not of ${list}; use the endCursor ${list} returned`,
      {
        argument: 'after',
      },
    );
  return { sort, values };
}

/** Throws BAD_USER_INPUT unless `values` are one valid value per kind. */
export function checkCursorValues(values: readonly unknown[], kinds: readonly KeyKind[]): CursorValue[] {
  if (values.length !== kinds.length || !kinds.every((k, i) => validValue(k, values[i])))
    throw cursorNotIssued();
  return values as CursorValue[];
}

/**
 * The sort key values of `after` for `list` in order `sort`; null on the first page. A cursor of another sort is
 * BAD_USER_INPUT naming the sort it was issued for.
 */
export function decodeCursor(
  after: string | null | undefined,
  list: string,
  sort: string,
  kinds: readonly KeyKind[],
): CursorValue[] | null {
  const cursor = readCursor(after, list);
  if (!cursor) return null;
  if (cursor.sort !== sort)
    throw badUserInput(
      `"after" is a cursor of sort ${sortName(cursor.sort)}, not ${sortName(sort)}; ask with sort: ${sortName(cursor.sort)}, or start the ${sortName(sort)} list from its first page (leave "after" out)`,
      { argument: 'after' },
    );
  return checkCursorValues(cursor.values, kinds);
}

const SQL_TYPE: Record<KeyKind, string> = {
  text: 'text',
  uuid: 'uuid',
  timestamptz: 'timestamptz',
  int: 'integer',
  float8: 'float8',
  offset: 'bigint',
};

/**
 * The SQL condition "the row comes strictly after `values`" in the order of `keys` (each key ascending or
 * descending): `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …`. `bind` returns the placeholder of a value (`$3`, `:k0`).
 */
export function keysetCondition(
  keys: readonly KeysetKey[],
  values: readonly CursorValue[],
  bind: (value: CursorValue, index: number) => string,
): string {
  const at = values.map((v, i) => `CAST(${bind(v, i)} AS ${SQL_TYPE[keys[i].kind]})`);
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.sql} = ${at[j]}`);
    return `(${[...equal, `${key.sql} ${key.direction === 'ASC' ? '>' : '<'} ${at[i]}`].join(' AND ')})`;
  });
  return `(${branches.join(' OR ')})`;
}

/**
 * The order of a ListSort over a table aliased `alias`: TITLE by `titleColumn` then id; RECENT by the last
 * update, newest first, then title and id; LATEST by `yearColumn` (the record's own year, e.g. a resource's
 * publication year), newest first with undated rows last, then as RECENT. The id makes every order total, so a
 * cursor names one position. LATEST on a list without a year column is BAD_USER_INPUT.
 */
export function listSortKeys(
  sort: ListSort,
  alias: string,
  titleColumn = 'title',
  yearColumn?: string,
): KeysetKey[] {
  const title: KeysetKey = { sql: `${alias}.${titleColumn}`, direction: 'ASC', kind: 'text' };
  const id: KeysetKey = { sql: `${alias}.id`, direction: 'ASC', kind: 'uuid' };
  const updated: KeysetKey = { sql: `${alias}.updated_at`, direction: 'DESC', kind: 'timestamptz' };
  switch (sort) {
    case ListSort.RECENT:
      return [updated, title, id];
    case ListSort.LATEST:
      if (!yearColumn)
        throw badUserInput(
          `sort LATEST needs a date of the record's own; this list has none: use TITLE or RECENT`,
          {
            argument: 'sort',
          },
        );
      // An undated row (NULL) reads as year 0, after every dated one; a keyset compares no NULLs.
      return [
        { sql: `COALESCE(${alias}.${yearColumn}, 0)`, direction: 'DESC', kind: 'int' },
        updated,
        title,
        id,
      ];
    default:
      return [title, id];
  }
}

/** The SQL that reads a key back as its cursor value: exact, and the same whatever the session's settings. */
function keyAsText(key: KeysetKey): string {
  return key.kind === 'timestamptz'
    ? `to_char((${key.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : `(${key.sql})::text`;
}

/**
 * One page of a filtered list by keyset: `qb` holds the filters (no order, no limit); the rows strictly after
 * `after` in the order of `keys` (the last key must be the row's `id`), `first` of them, fetched as first + 1 so
 * hasNextPage needs no count; totalCount is the count of the filtered set.
 */
export async function keysetPage<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  page: { list: string; sort: string; keys: readonly KeysetKey[]; first: number; after?: string | null },
): Promise<ConnectionShape<E>> {
  const { keys, first } = page;
  const after = decodeCursor(
    page.after,
    page.list,
    page.sort,
    keys.map((k) => k.kind),
  );
  const counted = qb.clone();
  keys.forEach((key, i) => qb.addSelect(keyAsText(key), `keyset_${i}`));
  if (after) {
    qb.andWhere(
      keysetCondition(keys, after, (value, i) => {
        qb.setParameter(`keyset_${i}`, value);
        return `:keyset_${i}`;
      }),
    );
  }
  keys.forEach((key, i) =>
    i === 0 ? qb.orderBy(key.sql, key.direction) : qb.addOrderBy(key.sql, key.direction),
  );
  qb.limit(first + 1);
  const [totalCount, { entities, raw }] = await Promise.all([counted.getCount(), qb.getRawAndEntities()]);
  const idKey = `keyset_${keys.length - 1}`;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rows = (raw as Record<string, string>[]).slice(0, first).map((r) => ({
    node: byId.get(r[idKey]) as E,
    values: keys.map((key, i): CursorValue =>
      key.kind === 'int' ? Number(r[`keyset_${i}`]) : r[`keyset_${i}`],
    ),
  }));
  return toConnection(
    rows.map((r) => ({ node: r.node, cursor: encodeCursor(page.list, page.sort, r.values) })),
    totalCount,
    { hasNextPage: raw.length > first, hasPreviousPage: !!after },
  );
}

/** A connection from edges already cursored, the total, and whether pages lie either side. */
export function toConnection<T>(
  edges: Edge<T>[],
  totalCount: number,
  sides: { hasNextPage: boolean; hasPreviousPage: boolean },
): ConnectionShape<T> {
  return {
    edges,
    totalCount,
    pageInfo: {
      ...sides,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The same connection with every node mapped (entity → GraphQL model). */
export function mapNodes<T, U>(connection: ConnectionShape<T>, map: (node: T) => U): ConnectionShape<U> {
  return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}
