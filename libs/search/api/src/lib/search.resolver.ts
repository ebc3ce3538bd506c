import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import {
  GraphqlContext,
  RateLimits,
  checkCursorValues,
  cursorNotIssued,
  encodeCursor,
  readCursor,
  toConnection,
} from '@peerhub/shared/api-core';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  FACET_FIELDS,
  SearchHit,
  SearchKind,
  SearchRank,
} from './search-engine';
import { SearchArgs, SearchKindEnum, SearchResultModel } from './search.models';
import { SearchService } from './search.service';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the snippet as HTML, then turns the engine's highlight markers into <mark>. */
export function snippetHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
  return escaped.replaceAll(HIGHLIGHT_START, '<mark>').replaceAll(HIGHLIGHT_END, '</mark>');
}

/**
 * Search cursors. Hits are ranked by relevance, so the cursor is the rank of the last hit: `rank` [score, title,
 * document id], the PostgreSQL engine's keyset (a document indexed between two requests lands before or after it
 * and shifts nothing). Meilisearch cannot filter on its ranking score, so its cursors stay `offset` [n]: a page of
 * its hits can shift by the documents indexed in between. Either cursor is valid for the same query and filter.
 */
export function searchPosition(after: string | null | undefined): {
  offset: number;
  after: SearchRank | null;
} {
  const cursor = readCursor(after, 'search');
  if (!cursor) return { offset: 0, after: null };
  if (cursor.sort === 'rank') {
    const [score, title, id] = checkCursorValues(cursor.values, ['float8', 'text', 'text']);
    return { offset: 0, after: { score: score as number, title: title as string, id: id as string } };
  }
  if (cursor.sort === 'offset') {
    const [n] = checkCursorValues(cursor.values, ['offset']);
    return { offset: (n as number) + 1, after: null };
  }
  throw cursorNotIssued();
}

function hitCursor(engine: string, hit: SearchHit, offset: number): string {
  return engine === 'postgres'
    ? encodeCursor('search', 'rank', [hit.score, hit.title, hit.id])
    : encodeCursor('search', 'offset', [offset]);
}

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly limits: RateLimits,
  ) {}

  @Query(() => SearchResultModel, {
    name: 'search',
    description: 'Search every kind of record, in any language, with facets.',
  })
  searchAll(@Args() args: SearchArgs, @Context() ctx: GraphqlContext): Promise<SearchResultModel> {
    // Per client: a share of the search rate (shared store) and at most a few running at once, so one
    // client's flood queues behind itself and never takes every search slot.
    return this.limits.search(ctx.req, () => this.run(args));
  }

  private async run(args: SearchArgs): Promise<SearchResultModel> {
    const started = performance.now();
    const { offset, after } = searchPosition(args.after);
    const f = args.filter ?? {};
    const result = await this.search.search({
      // Control characters were made spaces by ArgumentHygienePipe, as for every argument.
      query: args.query.trim(),
      offset,
      after,
      limit: args.first,
      filter: {
        kind: f.kind as SearchKind[] | undefined,
        country: f.country,
        language: f.language,
        audience: f.audience,
        topic: f.topic,
        type: f.type,
        year: f.year,
      },
    });
    const suggestions =
      result.total === 0 && args.query.trim() ? await this.search.suggestions(args.query) : [];
    const connection = toConnection(
      result.hits.map((node, i) => ({ node, cursor: hitCursor(result.engine, node, offset + i) })),
      result.total,
      { hasNextPage: result.hasMore, hasPreviousPage: !!(after || offset) },
    );
    return {
      total: result.total,
      hits: result.hits.map((h) => ({
        kind: h.kind as SearchKindEnum,
        id: h.entityId,
        slug: h.slug,
        title: h.title,
        snippet: snippetHtml(h.snippet),
        country: h.country,
        language: h.language,
        score: Math.round(h.score * 1000) / 1000,
      })),
      facets: FACET_FIELDS.map((field) => ({ field, values: result.facets[field] })),
      engine: result.engine,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      pageInfo: connection.pageInfo,
      suggestions,
    };
  }
}
