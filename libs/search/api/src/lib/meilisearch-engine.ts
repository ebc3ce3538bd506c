/**
 * The Meilisearch engine of the search port. Everything that decides *what* is sent to Meilisearch (index
 * settings, filter expressions, search parameters, response mapping, id encoding) is a pure function below;
 * the engine class only moves those values through the client and waits for Meilisearch's tasks.
 */
import { Meilisearch } from 'meilisearch';
import type { SearchParams, Settings } from 'meilisearch';
import {
  FACET_FIELDS,
  FACET_IGNORES,
  HIGHLIGHT_END,
  SEARCH_KINDS,
  kindTypeFilter,
  scopedType,
  HIGHLIGHT_START,
  type EngineHealth,
  type FacetField,
  type FacetValue,
  type SearchDocument,
  type SearchEngine,
  type SearchFilter,
  type SearchHit,
  type SearchKind,
  type SearchRequest,
  type SearchResponse,
} from './search-engine';
import { synonymsMap } from './vocabulary';

// ---------------------------------------------------------------------------------------------------------
// Document ids
// ---------------------------------------------------------------------------------------------------------

/** Meilisearch ids may only hold `a-z A-Z 0-9 - _`, at most 511 bytes. */
const MEILI_ID_MAX_BYTES = 511;

/**
 * Encodes a search id (`<kind>:<entityId>`) as a Meilisearch document id, reversibly:
 * `:` → `__`, `_` → `_u`, any other character outside `[A-Za-z0-9-]` → `_x` + its code point as 6 hex digits.
 * So `practice:3f2a-…` becomes `practice__3f2a-…`. Throws when the result is longer than Meilisearch allows.
 */
export function toMeiliId(id: string): string {
  let out = '';
  for (const ch of id) {
    if (/^[A-Za-z0-9-]$/.test(ch)) out += ch;
    else if (ch === ':') out += '__';
    else if (ch === '_') out += '_u';
    else out += `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(6, '0')}`;
  }
  if (out.length === 0) throw new Error('Meilisearch document ids cannot be empty');
  if (out.length > MEILI_ID_MAX_BYTES)
    throw new Error(`Search id too long for Meilisearch: ${id.slice(0, 60)}…`);
  return out;
}

/** Reverses toMeiliId. Unknown escape sequences are kept verbatim, so a stray id never breaks a search. */
export function fromMeiliId(meiliId: string): string {
  let out = '';
  for (let i = 0; i < meiliId.length; i++) {
    const ch = meiliId[i];
    if (ch !== '_') {
      out += ch;
      continue;
    }
    const next = meiliId[i + 1];
    if (next === '_') {
      out += ':';
      i += 1;
    } else if (next === 'u') {
      out += '_';
      i += 1;
    } else if (next === 'x' && /^[0-9a-f]{6}$/.test(meiliId.slice(i + 2, i + 8))) {
      const cp = parseInt(meiliId.slice(i + 2, i + 8), 16);
      if (cp <= 0x10ffff) {
        out += String.fromCodePoint(cp);
        i += 7;
      } else {
        out += ch;
      }
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * A SearchDocument as stored in Meilisearch: the same fields, with the id encoded and the type scoped by kind
 * (`resource:guide`), as the type facet and filter name it. An index built before types were scoped needs
 * `npm run reindex`.
 */
export type MeiliDocument = SearchDocument;

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  return { ...doc, id: toMeiliId(doc.id), type: scopedType(doc.kind, doc.type) };
}

// ---------------------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------------------

/** The languages the network writes in (ISO 639-1, as in SearchDocument.language) → Meilisearch locales (ISO 639-3). */
export const MEILI_LOCALES: Readonly<Record<string, string>> = {
  en: 'eng',
  fr: 'fra',
  pt: 'por',
  no: 'nob',
  pl: 'pol',
  it: 'ita',
  de: 'deu',
  es: 'spa',
  el: 'ell',
};

export const MEILI_SEARCHABLE_ATTRIBUTES = ['title', 'body'] as const;
export const MEILI_FILTERABLE_ATTRIBUTES = [
  'kind',
  'country',
  'language',
  'audience',
  'topics',
  'type',
  'year',
  'version',
] as const;

/** The index settings; applied by prepare() and to every fresh index built by rebuild(). */
export function meiliSettings(): Settings {
  return {
    searchableAttributes: [...MEILI_SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...MEILI_FILTERABLE_ATTRIBUTES],
    sortableAttributes: ['year', 'title'],
    displayedAttributes: ['*'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    synonyms: synonymsMap(),
    localizedAttributes: [
      { attributePatterns: [...MEILI_SEARCHABLE_ATTRIBUTES], locales: Object.values(MEILI_LOCALES) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------------------

/** SearchFilter key → Meilisearch attribute. Attribute names only ever come from here, never from input. */
const FILTER_ATTRIBUTES: Readonly<Record<keyof SearchFilter, string>> = {
  kind: 'kind',
  country: 'country',
  language: 'language',
  audience: 'audience',
  topic: 'topics',
  type: 'type',
  year: 'year',
};

/** A value as a double-quoted Meilisearch filter string: `\` and `"` are backslash-escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A filter that no document passes (every document has a kind). */
const NOTHING = 'kind NOT EXISTS';

/**
 * The Meilisearch filter for `filter`, leaving out the fields in `ignore` (a facet's own, FACET_IGNORES): one OR
 * group (`attr = "v1"`, `attr = "v2"`) per field, the groups ANDed (Meilisearch's array form). Kind and type are
 * one hierarchical filter (kindTypeFilter): the kind group holds the ticked kinds and the ticked types' kinds; the
 * type group lets through the kinds no type was ticked for, and the ticked (kind-scoped) types. String values are
 * always quoted and escaped; years must be safe integers (others are ignored, as are non-string values of string
 * fields). Fields with no usable value add no condition; no condition at all → undefined.
 */
export function meiliFilter(
  filter: SearchFilter | null | undefined,
  ignore: readonly FacetField[] = [],
): string[][] | undefined {
  if (!filter) return undefined;
  const groups: string[][] = [];
  const kindType = kindTypeFilter({
    kind: Array.isArray(filter.kind) ? filter.kind.filter((k) => typeof k === 'string') : undefined,
    type: Array.isArray(filter.type) ? filter.type.filter((t) => typeof t === 'string') : undefined,
  });
  for (const key of Object.keys(FILTER_ATTRIBUTES) as (keyof SearchFilter)[]) {
    if (ignore.includes(key)) continue;
    const attribute = FILTER_ATTRIBUTES[key];
    if (key === 'kind') {
      if (kindType.kinds)
        groups.push(
          kindType.kinds.length ? kindType.kinds.map((k) => `kind = ${quoteFilterValue(k)}`) : [NOTHING],
        );
      continue;
    }
    if (key === 'type') {
      if (kindType.types.length)
        groups.push([
          ...SEARCH_KINDS.filter((k) => !kindType.typedKinds.includes(k)).map(
            (k) => `kind = ${quoteFilterValue(k)}`,
          ),
          ...kindType.types.map((t) => `type = ${quoteFilterValue(t)}`),
        ]);
      continue;
    }
    const values: unknown = filter[key];
    if (!Array.isArray(values)) continue;
    const terms = new Set<string>();
    for (const v of values as unknown[]) {
      if (key === 'year') {
        if (typeof v === 'number' && Number.isSafeInteger(v)) terms.add(`${attribute} = ${v}`);
      } else if (typeof v === 'string') {
        terms.add(`${attribute} = ${quoteFilterValue(v)}`);
      }
    }
    if (terms.size > 0) groups.push([...terms]);
  }
  return groups.length > 0 ? groups : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Search parameters
// ---------------------------------------------------------------------------------------------------------

/** FacetField (GraphQL name) → Meilisearch attribute. */
const FACET_ATTRIBUTES: Readonly<Record<FacetField, string>> = {
  kind: 'kind',
  country: 'country',
  language: 'language',
  audience: 'audience',
  topic: 'topics',
  type: 'type',
  year: 'year',
};

/** Words around a match kept in a snippet. */
export const MEILI_CROP_LENGTH = 30;

function nonNegativeInt(n: number, fallback: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : fallback;
}

export function meiliSearchParams(request: SearchRequest): SearchParams & { q: string } {
  const params: SearchParams & { q: string } = {
    q: (request.query ?? '').trim(),
    facets: FACET_FIELDS.map((f) => FACET_ATTRIBUTES[f]),
    offset: nonNegativeInt(request.offset, 0),
    limit: nonNegativeInt(request.limit, 20),
    attributesToHighlight: [...MEILI_SEARCHABLE_ATTRIBUTES],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    attributesToCrop: ['body'],
    cropLength: MEILI_CROP_LENGTH,
    showRankingScore: true,
  };
  const filter = meiliFilter(request.filter);
  if (filter) params.filter = filter;
  return params;
}

/**
 * Disjunctive facets: for each facet whose counts ignore a filter that is set (FACET_IGNORES: its own field; the
 * type facet also kind), one facet-only query (no hits) without those filters, so the field's counts say what
 * ticking one more of its values would add (as the PostgreSQL engine counts).
 */
export function meiliDisjunctiveFacetParams(
  request: SearchRequest,
): { field: FacetField; params: SearchParams & { q: string } }[] {
  const out: { field: FacetField; params: SearchParams & { q: string } }[] = [];
  const all = meiliFilter(request.filter);
  for (const field of FACET_FIELDS) {
    const filter = meiliFilter(request.filter, FACET_IGNORES[field]);
    // The main query already counts a facet whose ignored fields filter nothing.
    if (JSON.stringify(filter) === JSON.stringify(all)) continue;
    const params: SearchParams & { q: string } = {
      q: (request.query ?? '').trim(),
      facets: [FACET_ATTRIBUTES[field]],
      limit: 0,
    };
    if (filter) params.filter = filter;
    out.push({ field, params });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Response mapping
// ---------------------------------------------------------------------------------------------------------

/** The part of a Meilisearch search response that is read (the client's SearchResponse fits it). */
export interface MeiliSearchResult {
  hits: MeiliHit[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

export type MeiliHit = Partial<MeiliDocument> & {
  _formatted?: Partial<Record<string, unknown>>;
  _rankingScore?: number;
};

function sortedFacet(distribution: Record<string, number> | undefined): FacetValue[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value: String(value), count: Number(count) }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** The response for a page of `limit` hits; the engine asks Meilisearch for one more to learn whether more follow. */
export function toSearchResponse(raw: MeiliSearchResult, limit = Number.POSITIVE_INFINITY): SearchResponse {
  const hits: SearchHit[] = raw.hits.slice(0, limit).map((h) => ({
    id: fromMeiliId(String(h.id ?? '')),
    kind: h.kind as SearchKind,
    entityId: h.entityId ?? '',
    slug: h.slug ?? '',
    title: h.title ?? '',
    snippet: text(h._formatted?.['body']) ?? text(h._formatted?.['title']) ?? h.title ?? '',
    country: h.country ?? null,
    language: h.language ?? '',
    score: typeof h._rankingScore === 'number' ? h._rankingScore : 0,
  }));
  const facets = {} as Record<FacetField, FacetValue[]>;
  for (const f of FACET_FIELDS) facets[f] = sortedFacet(raw.facetDistribution?.[FACET_ATTRIBUTES[f]]);
  return {
    total: raw.estimatedTotalHits ?? raw.totalHits ?? hits.length,
    hits,
    hasMore: raw.hits.length > hits.length,
    facets,
    engine: 'meilisearch',
  };
}

// ---------------------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------------------

/** A finished Meilisearch task (the client's Task fits it). */
export interface MeiliTaskResult {
  uid?: number;
  status: string;
  error?: { message: string; code: string } | null;
}

/** An enqueued task (the client's EnqueuedTaskPromise fits it). */
export interface MeiliTask {
  waitTask(options?: { timeout?: number; interval?: number }): Promise<MeiliTaskResult>;
}

/** The slice of the client's Index the engine uses; a test can hand-write it. */
export interface MeiliIndexLike {
  updateSettings(settings: Settings): MeiliTask;
  addDocuments(documents: MeiliDocument[]): MeiliTask;
  deleteDocuments(ids: string[]): MeiliTask;
  getDocuments(params: {
    ids: string[];
    fields: ('id' | 'version')[];
    limit: number;
  }): Promise<{ results: { id: string; version?: number }[] }>;
  search(query: string | null, options: SearchParams): Promise<MeiliSearchResult>;
}

/** The slice of the client the engine uses; a test can hand-write it. */
export interface MeiliClientLike {
  index(uid: string): MeiliIndexLike;
  createIndex(uid: string, options: { primaryKey: string }): MeiliTask;
  deleteIndex(uid: string): MeiliTask;
  /** Sent without `rename` (added in later Meilisearch versions; rejected as unknown by v1.15). */
  swapIndexes(params: { indexes: [string, string] }[]): MeiliTask;
  health(): Promise<{ status: string }>;
}

export interface MeilisearchEngineOptions {
  /** Replaces the real client (tests). */
  client?: MeiliClientLike;
  /** Per HTTP request. Default 10 s. */
  requestTimeoutMs?: number;
  /** Waiting for one task (settings, a batch of documents, a swap). Default 120 s. */
  taskTimeoutMs?: number;
  /** health(). Default 2 s. */
  healthTimeoutMs?: number;
  /** Ids per getDocuments call when checking stored versions. Default 100. */
  versionLookupBatch?: number;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function errorDetail(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${e.message}: ${cause.message}` : e.message;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: MeiliClientLike;
  private readonly healthClient: MeiliClientLike;
  private readonly taskTimeoutMs: number;
  private readonly healthTimeoutMs: number;
  private readonly versionLookupBatch: number;
  private liveIndexReady: Promise<void> | null = null;

  constructor(
    host: string,
    apiKey: string | null,
    private readonly indexUid = 'documents',
    options: MeilisearchEngineOptions = {},
  ) {
    this.taskTimeoutMs = options.taskTimeoutMs ?? 120_000;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 2_000;
    this.versionLookupBatch = Math.max(1, options.versionLookupBatch ?? 100);
    const base = { host, apiKey: apiKey ?? undefined };
    this.client =
      options.client ??
      new Meilisearch({
        ...base,
        timeout: options.requestTimeoutMs ?? 10_000,
        defaultWaitOptions: { timeout: this.taskTimeoutMs, interval: 100 },
      });
    this.healthClient = options.client ?? new Meilisearch({ ...base, timeout: this.healthTimeoutMs });
  }

  async prepare(): Promise<void> {
    await this.createIndexIfMissing(this.indexUid);
    await this.wait(this.client.index(this.indexUid).updateSettings(meiliSettings()), 'update settings');
    this.liveIndexReady = Promise.resolve();
  }

  async index(docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    await this.ensureLiveIndex();
    const index = this.client.index(this.indexUid);
    // Within the batch, the highest version of an id wins.
    const latest = new Map<string, MeiliDocument>();
    for (const doc of docs) {
      const d = toMeiliDocument(doc);
      const seen = latest.get(d.id);
      if (!seen || d.version >= seen.version) latest.set(d.id, d);
    }
    const stored = await this.storedVersions(index, [...latest.keys()]);
    const toWrite = [...latest.values()].filter((d) => {
      const v = stored.get(d.id);
      return v === undefined || v <= d.version;
    });
    if (toWrite.length === 0) return;
    await this.wait(index.addDocuments(toWrite), 'add documents');
  }

  async delete(ids: string[]): Promise<void> {
    const meiliIds: string[] = [];
    for (const id of ids) {
      try {
        meiliIds.push(toMeiliId(id));
      } catch {
        // An id that cannot be encoded cannot be stored either: nothing to delete.
      }
    }
    if (meiliIds.length === 0) return;
    await this.wait(this.client.index(this.indexUid).deleteDocuments(meiliIds), 'delete documents');
  }

  /**
   * Pages by offset: Meilisearch cannot filter on its ranking score, so a keyset over relevance is not possible
   * here (a `request.after` rank is the PostgreSQL engine's; SearchService sends such requests there).
   */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const index = this.client.index(this.indexUid);
    const params = meiliSearchParams({ ...request, limit: request.limit + 1 });
    const facetQueries = meiliDisjunctiveFacetParams(request);
    const [raw, ...facetAnswers] = await Promise.all([
      index.search(params.q, params),
      ...facetQueries.map((f) => index.search(f.params.q, f.params)),
    ]);
    const response = toSearchResponse(raw, request.limit);
    facetQueries.forEach(({ field }, i) => {
      response.facets[field] = sortedFacet(facetAnswers[i]?.facetDistribution?.[FACET_ATTRIBUTES[field]]);
    });
    return response;
  }

  async rebuild(docs: AsyncIterable<SearchDocument[]>): Promise<{ indexed: number }> {
    const fresh = `${this.indexUid}_${Date.now()}`;
    let indexed = 0;
    try {
      await this.wait(this.client.createIndex(fresh, { primaryKey: 'id' }), `create index ${fresh}`);
      const index = this.client.index(fresh);
      await this.wait(index.updateSettings(meiliSettings()), `update settings of ${fresh}`);
      for await (const batch of docs) {
        if (batch.length === 0) continue;
        await this.wait(index.addDocuments(batch.map(toMeiliDocument)), `add documents to ${fresh}`);
        indexed += batch.length;
      }
      // Swapping needs both indexes to exist.
      await this.createIndexIfMissing(this.indexUid);
      await this.wait(this.client.swapIndexes([{ indexes: [this.indexUid, fresh] }]), 'swap indexes');
    } catch (e) {
      await this.wait(this.client.deleteIndex(fresh), `delete index ${fresh}`).catch(() => undefined);
      throw e;
    }
    this.liveIndexReady = Promise.resolve();
    // `fresh` now holds the previous documents.
    await this.wait(this.client.deleteIndex(fresh), `delete index ${fresh}`);
    return { indexed };
  }

  async health(): Promise<EngineHealth> {
    try {
      const h = await withTimeout(this.healthClient.health(), this.healthTimeoutMs, 'Meilisearch health');
      return h.status === 'available'
        ? { status: 'up' }
        : { status: 'down', detail: `Meilisearch status: ${String(h.status)}` };
    } catch (e) {
      return { status: 'down', detail: errorDetail(e) };
    }
  }

  /** Waits for a task; a failed or canceled task throws. */
  private async wait(task: MeiliTask, what: string): Promise<MeiliTaskResult> {
    const result = await task.waitTask({ timeout: this.taskTimeoutMs });
    if (result.status !== 'succeeded') {
      const reason = result.error ? `${result.error.message} (${result.error.code})` : result.status;
      const err = new Error(`Meilisearch task ${result.uid ?? '?'} (${what}) ${result.status}: ${reason}`);
      (err as Error & { code?: string }).code = result.error?.code;
      throw err;
    }
    return result;
  }

  private async createIndexIfMissing(uid: string): Promise<void> {
    try {
      await this.wait(this.client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`);
    } catch (e) {
      if ((e as { code?: string }).code !== 'index_already_exists') throw e;
    }
  }

  /** Without an index created with primary key `id`, Meilisearch would have to guess it (and `entityId` competes). */
  private ensureLiveIndex(): Promise<void> {
    if (!this.liveIndexReady) {
      this.liveIndexReady = this.createIndexIfMissing(this.indexUid).catch((e: unknown) => {
        this.liveIndexReady = null;
        throw e;
      });
    }
    return this.liveIndexReady;
  }

  /** Stored versions by Meilisearch id (ids fetched by `ids`, Meilisearch ≥ 1.14: `id` is not filterable). */
  private async storedVersions(index: MeiliIndexLike, ids: string[]): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    for (let i = 0; i < ids.length; i += this.versionLookupBatch) {
      const chunk = ids.slice(i, i + this.versionLookupBatch);
      const { results } = await index.getDocuments({
        ids: chunk,
        fields: ['id', 'version'],
        limit: chunk.length,
      });
      for (const r of results) if (typeof r.version === 'number') versions.set(String(r.id), r.version);
    }
    return versions;
  }
}
