import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum ListSort {
  TITLE = 'title',
  RECENT = 'recent',
}
registerEnumType(ListSort, {
  name: 'ListSort',
  description: 'TITLE: alphabetical (default) · RECENT: most recently added or updated first',
});

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1..${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string | null;

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

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset that follows `after`; a cursor we did not issue is BAD_USER_INPUT. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined || after === '') return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badUserInput(`"after" is not a cursor issued by this API`, { argument: 'after' });
  return Number(match[1]) + 1;
}

export function toConnection<T>(rows: T[], totalCount: number, offset: number): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
