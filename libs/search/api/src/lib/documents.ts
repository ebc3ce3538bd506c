import { Inject, Injectable, Optional } from '@nestjs/common';
import { SEARCH_SOURCES, SearchableRecord, SearchableSource } from '@peerhub/shared/api-core';
import { searchTopicsOf } from '@peerhub/shared/util';
import { SEARCH_KINDS, SearchDocument, SearchKind } from './search-engine';

function toDocument(kind: SearchKind, r: SearchableRecord, version: number): SearchDocument {
  return {
    id: `${kind}:${r.entityId}`,
    kind,
    entityId: r.entityId,
    slug: r.slug,
    title: r.title,
    body: r.body ?? '',
    country: r.country,
    language: r.language,
    audience: r.audience ?? [],
    // The facet's controlled vocabulary, not the record's own free-text tags (which stay on its page).
    topics: searchTopicsOf(r.topics, r.title, r.body),
    type: r.type,
    year: r.year,
    version,
  };
}

/**
 * Builds search documents from the records each domain exports (`SearchableSource`, wired by the app as
 * `SEARCH_SOURCES`): search reads no domain's tables. The outbox relay and `npm run reindex` both use it, so a
 * document has one shape.
 */
@Injectable()
export class SearchDocuments {
  private readonly sources = new Map<SearchKind, SearchableSource>();

  constructor(@Optional() @Inject(SEARCH_SOURCES) sources: SearchableSource[] | null) {
    for (const source of sources ?? []) {
      const kind = source.searchKind as SearchKind;
      if (!SEARCH_KINDS.includes(kind))
        throw new Error(`Search: unknown document kind "${source.searchKind}"`);
      this.sources.set(kind, source);
    }
  }

  private source(kind: SearchKind): SearchableSource {
    const source = this.sources.get(kind);
    if (!source) throw new Error(`Search: no source of "${kind}" documents is registered`);
    return source;
  }

  /** The documents of these entities that still exist (a missing one has been deleted). */
  async documentsFor(kind: SearchKind, entityIds: string[], version: number): Promise<SearchDocument[]> {
    if (!entityIds.length) return [];
    return (await this.source(kind).searchRecords(entityIds)).map((r) => toDocument(kind, r, version));
  }

  /** Every document of every kind, in pages of `pageSize`, for a full rebuild. */
  async *allDocuments(version: number, pageSize = 500): AsyncGenerator<SearchDocument[]> {
    for (const kind of SEARCH_KINDS) {
      for (let after: string | null = null; ;) {
        const records = await this.source(kind).searchRecordsAfter(after, pageSize);
        if (records.length) yield records.map((r) => toDocument(kind, r, version));
        if (records.length < pageSize) break;
        after = records[records.length - 1].entityId;
      }
    }
  }
}
