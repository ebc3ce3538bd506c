import type { Settings, SearchParams } from 'meilisearch';
import {
  fromMeiliId,
  meiliFilter,
  meiliSearchParams,
  meiliSettings,
  MeilisearchEngine,
  quoteFilterValue,
  toMeiliDocument,
  toMeiliId,
  toSearchResponse,
  type MeiliClientLike,
  type MeiliDocument,
  type MeiliIndexLike,
  type MeiliSearchResult,
  type MeiliTask,
  type MeiliTaskResult,
} from './meilisearch-engine';
import {
  FACET_FIELDS,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type SearchDocument,
  type SearchFilter,
} from './search-engine';

function doc(id: string, version: number, over: Partial<SearchDocument> = {}): SearchDocument {
  const [kind, entityId] = id.split(':');
  return {
    id,
    kind: kind as SearchDocument['kind'],
    entityId,
    slug: `slug-${entityId}`,
    title: `Title ${entityId}`,
    body: 'Body text',
    country: 'NO',
    language: 'no',
    audience: ['workers'],
    topics: ['recovery'],
    type: 'guide',
    year: 2021,
    version,
    ...over,
  };
}

/**
 * A tiny model of Meilisearch's filter string grammar for `attr = value` terms: parses one term and returns
 * the attribute and the unescaped value, or null if the term is not exactly one comparison. Used to show that
 * hostile values stay inside the quoted string.
 */
function parseTerm(term: string): { attribute: string; value: string } | null {
  const m = /^([a-z]+) = "((?:[^"\\]|\\.)*)"$/s.exec(term);
  if (!m) return null;
  return { attribute: m[1], value: m[2].replace(/\\(.)/gs, '$1') };
}

describe('toMeiliId / fromMeiliId', () => {
  it('encodes the usual ids with __ for the colon', () => {
    expect(toMeiliId('practice:3f2a9c1e-0b7d-4c55-9d0e-1a2b3c4d5e6f')).toBe(
      'practice__3f2a9c1e-0b7d-4c55-9d0e-1a2b3c4d5e6f',
    );
    expect(fromMeiliId('practice__3f2a9c1e-0b7d-4c55-9d0e-1a2b3c4d5e6f')).toBe(
      'practice:3f2a9c1e-0b7d-4c55-9d0e-1a2b3c4d5e6f',
    );
  });

  it('only produces characters Meilisearch accepts, and round-trips awkward ids', () => {
    const ids = [
      'country:NO',
      'resource:a_b',
      'resource:a__b',
      'resource::x',
      'organisation:_u',
      'practice:ç é/ø',
      'resource:a:b:c',
      'x:😀',
      'kind:_x00003a',
    ];
    for (const id of ids) {
      const encoded = toMeiliId(id);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(fromMeiliId(encoded)).toBe(id);
    }
    // distinct ids stay distinct
    expect(new Set(ids.map(toMeiliId)).size).toBe(ids.length);
    expect(toMeiliId('resource:a_b')).toBe('resource__a_ub');
  });

  it('rejects ids Meilisearch cannot store', () => {
    expect(() => toMeiliId('')).toThrow();
    expect(() => toMeiliId(`resource:${'a'.repeat(600)}`)).toThrow(/too long/);
  });

  it('keeps unknown escapes verbatim when decoding', () => {
    expect(fromMeiliId('legacy_id')).toBe('legacy_id');
    expect(fromMeiliId('trailing_')).toBe('trailing_');
  });

  it('toMeiliDocument encodes the id and scopes the type by kind, as the type facet names it', () => {
    const d = doc('resource:r1', 3);
    expect(toMeiliDocument(d)).toEqual({ ...d, id: 'resource__r1', type: 'resource:guide' });
    expect(toMeiliDocument({ ...d, type: null }).type).toBeNull();
  });
});

describe('meiliSettings', () => {
  const s: Settings = meiliSettings();

  it('searches title before body, and filters/sorts the right attributes', () => {
    expect(s.searchableAttributes).toEqual(['title', 'body']);
    expect([...(s.filterableAttributes as string[])].sort()).toEqual(
      ['audience', 'country', 'kind', 'language', 'topics', 'type', 'version', 'year'].sort(),
    );
    expect(s.sortableAttributes).toEqual(['year', 'title']);
    expect(s.displayedAttributes).toEqual(['*']);
    expect(s.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
  });

  it('tolerates typos from 4 and 8 letters', () => {
    expect(s.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } });
  });

  it('carries the cross-language vocabulary as synonyms, both ways', () => {
    expect(s.synonyms?.['pair-aidant']).toContain('erfaringskonsulent');
    expect(s.synonyms?.['erfaringskonsulent']).toContain('pair-aidant');
    expect(s.synonyms?.['recovery']).toContain('rétablissement');
    expect(s.synonyms?.['recovery']).not.toContain('recovery');
  });

  it('declares the stemming languages of title and body as ISO 639-3 locales', () => {
    expect(s.localizedAttributes).toEqual([
      {
        attributePatterns: ['title', 'body'],
        locales: ['eng', 'fra', 'por', 'nob', 'pol', 'ita', 'deu', 'spa', 'ell'],
      },
    ]);
  });
});

describe('meiliFilter', () => {
  it('is undefined when nothing filters', () => {
    expect(meiliFilter({})).toBeUndefined();
    expect(meiliFilter({ country: [], topic: [] })).toBeUndefined();
    expect(meiliFilter(undefined)).toBeUndefined();
  });

  it('builds one quoted comparison for a single value', () => {
    expect(meiliFilter({ country: ['PT'] })).toEqual([['country = "PT"']]);
  });

  it('ORs values of a field (inner array) and ANDs fields (outer array), mapping topic → topics', () => {
    expect(meiliFilter({ kind: ['practice', 'resource'], topic: ['recovery'], year: [2020, 2021] })).toEqual([
      ['kind = "practice"', 'kind = "resource"'],
      ['topics = "recovery"'],
      ['year = 2020', 'year = 2021'],
    ]);
  });

  it('always emits fields in the same order and drops duplicate values', () => {
    expect(
      meiliFilter({ year: [2020], language: ['en', 'en'], audience: ['peers'], country: ['NO'] }),
    ).toEqual([['country = "NO"'], ['language = "en"'], ['audience = "peers"'], ['year = 2020']]);
  });

  it('scopes types by kind: a type brings its kind and narrows only that kind', () => {
    expect(meiliFilter({ type: ['resource:guide', 'resource:guide'] })).toEqual([
      ['kind = "resource"'],
      ['kind = "practice"', 'kind = "organisation"', 'kind = "country"', 'type = "resource:guide"'],
    ]);
    expect(meiliFilter({ kind: ['practice'], type: ['organisation:ngo'] })).toEqual([
      ['kind = "practice"', 'kind = "organisation"'],
      ['kind = "practice"', 'kind = "resource"', 'kind = "country"', 'type = "organisation:ngo"'],
    ]);
    // the type facet ignores kind and type; the kind facet only kind
    expect(meiliFilter({ kind: ['practice'], type: ['organisation:ngo'] }, ['type', 'kind'])).toBeUndefined();
    expect(meiliFilter({ kind: ['practice'], type: ['organisation:ngo'] }, ['kind'])).toEqual([
      ['kind = "practice"', 'kind = "resource"', 'kind = "country"', 'type = "organisation:ngo"'],
    ]);
    // a type naming no kind matches nothing
    expect(meiliFilter({ type: ['guide'] })?.[0]).toEqual(['kind NOT EXISTS']);
  });

  it('escapes " and \\ with a backslash', () => {
    expect(quoteFilterValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteFilterValue('back\\slash')).toBe('"back\\\\slash"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
    expect(meiliFilter({ audience: ['a"b\\c'] })).toEqual([['audience = "a\\"b\\\\c"']]);
  });

  it('keeps hostile values inside the quoted string', () => {
    const hostile = [
      '" OR 1=1',
      'x" OR kind = "practice',
      'country = "x" OR',
      '\\" OR country EXISTS OR "',
      'OR 1=1',
      ') OR (year > 0',
      '"',
      '\\',
      '',
    ];
    const f = meiliFilter({ country: hostile });
    expect(f).toHaveLength(1);
    const group = f?.[0] ?? [];
    expect(group).toHaveLength(hostile.length);
    group.forEach((term, i) => {
      expect(parseTerm(term)).toEqual({ attribute: 'country', value: hostile[i] });
    });
  });

  it('takes attribute names only from the known fields', () => {
    const evil = { 'country = "x" OR kind': ['a'], country: ['NO'] } as unknown as SearchFilter;
    expect(meiliFilter(evil)).toEqual([['country = "NO"']]);
  });

  it('ignores years that are not integers, and non-string values of string fields', () => {
    const f = {
      year: [2020.5, Number.NaN, Number.POSITIVE_INFINITY, '2020 OR 1=1', 1999],
    } as unknown as SearchFilter;
    expect(meiliFilter(f)).toEqual([['year = 1999']]);
    expect(meiliFilter({ year: [Number.NaN] })).toBeUndefined();
    const g = { country: [42, null, 'NO'], kind: 'practice' } as unknown as SearchFilter;
    expect(meiliFilter(g)).toEqual([['country = "NO"']]);
  });
});

describe('meiliSearchParams', () => {
  it('asks for highlights with the markers, a cropped body, every facet and the ranking score', () => {
    const p = meiliSearchParams({ query: '  peer support ', filter: {}, offset: 20, limit: 10 });
    expect(p).toEqual({
      q: 'peer support',
      facets: ['kind', 'country', 'language', 'audience', 'topics', 'type', 'year'],
      offset: 20,
      limit: 10,
      attributesToHighlight: ['title', 'body'],
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
      attributesToCrop: ['body'],
      cropLength: 30,
      showRankingScore: true,
    });
    expect(p.highlightPreTag).toBe('\u0002');
    expect(p.highlightPostTag).toBe('\u0003');
    expect('filter' in p).toBe(false);
  });

  it('passes the built filter and sanitises paging', () => {
    const p = meiliSearchParams({ query: '', filter: { country: ['FR'] }, offset: -5, limit: 7.9 });
    expect(p.filter).toEqual([['country = "FR"']]);
    expect(p.offset).toBe(0);
    expect(p.limit).toBe(7);
    expect(p.q).toBe('');
  });
});

describe('toSearchResponse', () => {
  const raw: MeiliSearchResult = {
    estimatedTotalHits: 42,
    hits: [
      {
        ...toMeiliDocument(
          doc('practice:p1', 1, { title: 'Peer support in Oslo', country: 'NO', language: 'no' }),
        ),
        _formatted: {
          title: 'Peer support in Oslo',
          body: `…with a ${HIGHLIGHT_START}peer${HIGHLIGHT_END} worker…`,
        },
        _rankingScore: 0.91,
      },
      {
        ...toMeiliDocument(
          doc('country:PT', 2, { title: 'Portugal', body: '', country: 'PT', language: 'pt' }),
        ),
        _formatted: { title: `${HIGHLIGHT_START}Portugal${HIGHLIGHT_END}`, body: '' },
        _rankingScore: 0.5,
      },
    ],
    facetDistribution: {
      kind: { practice: 3, country: 5, resource: 3 },
      topics: { recovery: 2, training: 9 },
      year: { '2020': 1, '2021': 4 },
      language: {},
    },
  };

  it('maps hits: decoded ids, snippet from _formatted, score from _rankingScore', () => {
    const r = toSearchResponse(raw);
    expect(r.engine).toBe('meilisearch');
    expect(r.total).toBe(42);
    expect(r.hits).toEqual([
      {
        id: 'practice:p1',
        kind: 'practice',
        entityId: 'p1',
        slug: 'slug-p1',
        title: 'Peer support in Oslo',
        snippet: `…with a ${HIGHLIGHT_START}peer${HIGHLIGHT_END} worker…`,
        country: 'NO',
        language: 'no',
        score: 0.91,
      },
      {
        id: 'country:PT',
        kind: 'country',
        entityId: 'PT',
        slug: 'slug-PT',
        title: 'Portugal',
        snippet: `${HIGHLIGHT_START}Portugal${HIGHLIGHT_END}`,
        country: 'PT',
        language: 'pt',
        score: 0.5,
      },
    ]);
  });

  it('returns every facet field, sorted by count then value, topics as topic, years as strings', () => {
    const r = toSearchResponse(raw);
    expect(Object.keys(r.facets).sort()).toEqual([...FACET_FIELDS].sort());
    expect(r.facets.kind).toEqual([
      { value: 'country', count: 5 },
      { value: 'practice', count: 3 },
      { value: 'resource', count: 3 },
    ]);
    expect(r.facets.topic).toEqual([
      { value: 'training', count: 9 },
      { value: 'recovery', count: 2 },
    ]);
    expect(r.facets.year).toEqual([
      { value: '2021', count: 4 },
      { value: '2020', count: 1 },
    ]);
    expect(r.facets.language).toEqual([]);
    expect(r.facets.country).toEqual([]);
    expect(r.facets.audience).toEqual([]);
    expect(r.facets.type).toEqual([]);
  });

  it('uses totalHits when there is no estimate, and falls back to the title without _formatted', () => {
    const r = toSearchResponse({
      totalHits: 3,
      hits: [toMeiliDocument(doc('resource:r9', 1, { title: 'Guide' }))],
    });
    expect(r.total).toBe(3);
    expect(r.hits[0].snippet).toBe('Guide');
    expect(r.hits[0].score).toBe(0);
    expect(r.facets.kind).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The engine against a hand-written fake of the client surface it uses
// ---------------------------------------------------------------------------------------------------------

type Call = { op: string; index?: string; arg?: unknown };

/** Whether a stored document passes one filter term (`attr = "v"`, `attr = 2020`, `kind NOT EXISTS`). */
function passes(d: MeiliDocument, term: string): boolean {
  if (term === 'kind NOT EXISTS') return false;
  const m = /^([a-z]+) = (?:"((?:[^"\\]|\\.)*)"|(\d+))$/s.exec(term);
  if (!m) throw new Error(`the fake cannot read the filter term ${term}`);
  const want = m[2] !== undefined ? m[2].replace(/\\(.)/gs, '$1') : Number(m[3]);
  const value = (d as unknown as Record<string, unknown>)[m[1]];
  return Array.isArray(value) ? value.includes(want) : value === want;
}

function task(result: MeiliTaskResult, effect: () => void = () => undefined): MeiliTask {
  return {
    waitTask: async () => {
      effect();
      return result;
    },
  };
}

const ok: MeiliTaskResult = { uid: 1, status: 'succeeded', error: null };

class FakeMeili implements MeiliClientLike {
  readonly indexes = new Map<string, Map<string, MeiliDocument>>();
  readonly calls: Call[] = [];
  healthResult: () => Promise<{ status: string }> = async () => ({ status: 'available' });
  failAdd = false;
  searches: { query: string | null; options: SearchParams }[] = [];
  get lastSearch() {
    return this.searches[0] ?? null;
  }

  index(uid: string): MeiliIndexLike {
    const docs = (): Map<string, MeiliDocument> => {
      let m = this.indexes.get(uid);
      if (!m) this.indexes.set(uid, (m = new Map()));
      return m;
    };
    return {
      updateSettings: (settings) => {
        this.calls.push({ op: 'updateSettings', index: uid, arg: settings });
        return task(ok);
      },
      addDocuments: (documents) => {
        this.calls.push({
          op: 'addDocuments',
          index: uid,
          arg: documents.map((d) => `${d.id}@${d.version}`),
        });
        if (this.failAdd)
          return task({ uid: 7, status: 'failed', error: { message: 'boom', code: 'internal' } });
        return task(ok, () => documents.forEach((d) => docs().set(d.id, d)));
      },
      deleteDocuments: (ids) => {
        this.calls.push({ op: 'deleteDocuments', index: uid, arg: ids });
        return task(ok, () => ids.forEach((id) => docs().delete(id)));
      },
      getDocuments: async ({ ids, fields, limit }) => {
        this.calls.push({ op: 'getDocuments', index: uid, arg: { ids, fields, limit } });
        const results = ids
          .map((id) => docs().get(id))
          .filter((d): d is MeiliDocument => !!d)
          .map((d) => ({ id: d.id, version: d.version }));
        return { results };
      },
      search: async (query, options) => {
        this.searches.push({ query, options: options ?? {} });
        // Honours the filter (groups ANDed, terms within a group ORed, the terms meiliFilter writes) and counts the
        // facets asked for, as Meilisearch does; the query text is not matched (every document matches it).
        const groups = (options?.filter as string[][] | undefined) ?? [];
        const matching = [...docs().values()].filter((d) => groups.every((g) => g.some((t) => passes(d, t))));
        const facetDistribution: Record<string, Record<string, number>> = {};
        for (const attribute of options?.facets ?? []) {
          const counts: Record<string, number> = {};
          for (const d of matching) {
            const v = (d as unknown as Record<string, unknown>)[attribute];
            for (const x of Array.isArray(v) ? v : v == null ? [] : [v])
              counts[String(x)] = (counts[String(x)] ?? 0) + 1;
          }
          facetDistribution[attribute] = counts;
        }
        return {
          estimatedTotalHits: matching.length,
          hits:
            options?.limit === 0
              ? []
              : matching.map((d) => ({ ...d, _formatted: { body: d.body }, _rankingScore: 1 })),
          facetDistribution,
        };
      },
    };
  }

  createIndex(uid: string, options: { primaryKey: string }): MeiliTask {
    this.calls.push({ op: 'createIndex', index: uid, arg: options });
    if (this.indexes.has(uid))
      return task({
        uid: 2,
        status: 'failed',
        error: { message: `Index \`${uid}\` already exists.`, code: 'index_already_exists' },
      });
    return task(ok, () => this.indexes.set(uid, new Map()));
  }

  deleteIndex(uid: string): MeiliTask {
    this.calls.push({ op: 'deleteIndex', index: uid });
    return task(ok, () => this.indexes.delete(uid));
  }

  swapIndexes(params: { indexes: [string, string] }[]): MeiliTask {
    this.calls.push({ op: 'swapIndexes', arg: params });
    return task(ok, () => {
      for (const {
        indexes: [a, b],
      } of params) {
        const ma = this.indexes.get(a);
        const mb = this.indexes.get(b);
        if (!ma || !mb) throw new Error('swap needs both indexes');
        this.indexes.set(a, mb);
        this.indexes.set(b, ma);
      }
    });
  }

  health(): Promise<{ status: string }> {
    return this.healthResult();
  }
}

async function* batches(...bs: SearchDocument[][]): AsyncIterable<SearchDocument[]> {
  for (const b of bs) yield b;
}

describe('MeilisearchEngine (fake client)', () => {
  let fake: FakeMeili;
  let engine: MeilisearchEngine;

  beforeEach(() => {
    fake = new FakeMeili();
    engine = new MeilisearchEngine('http://meili.invalid:7700', 'key', 'documents', {
      client: fake,
      healthTimeoutMs: 50,
      versionLookupBatch: 2,
    });
  });

  it('is named meilisearch', () => {
    expect(engine.name).toBe('meilisearch');
  });

  it('prepare() creates the index with primary key id and applies the settings; running it twice is fine', async () => {
    await engine.prepare();
    await engine.prepare();
    expect(fake.calls.filter((c) => c.op === 'createIndex')).toEqual([
      { op: 'createIndex', index: 'documents', arg: { primaryKey: 'id' } },
      { op: 'createIndex', index: 'documents', arg: { primaryKey: 'id' } },
    ]);
    const settings = fake.calls.filter((c) => c.op === 'updateSettings');
    expect(settings).toHaveLength(2);
    expect(settings[0].arg).toEqual(meiliSettings());
  });

  it('index() skips documents whose stored version is newer, writes the rest with encoded ids', async () => {
    await engine.index([doc('practice:a', 5), doc('practice:b', 1), doc('resource:c', 2)]);
    expect([...(fake.indexes.get('documents')?.keys() ?? [])].sort()).toEqual([
      'practice__a',
      'practice__b',
      'resource__c',
    ]);
    fake.calls.length = 0;

    await engine.index([
      doc('practice:a', 4, { title: 'stale' }), // older than stored 5: skipped
      doc('practice:b', 2, { title: 'newer' }), // newer than stored 1: written
      doc('resource:c', 2, { title: 'same version' }), // equal: written (idempotent replay)
      doc('country:NO', 1), // new: written
    ]);

    const stored = fake.indexes.get('documents');
    expect(stored?.get('practice__a')?.version).toBe(5);
    expect(stored?.get('practice__a')?.title).toBe('Title a');
    expect(stored?.get('practice__b')?.title).toBe('newer');
    expect(stored?.get('resource__c')?.title).toBe('same version');
    expect(stored?.get('country__NO')?.id).toBe('country__NO');

    const adds = fake.calls.filter((c) => c.op === 'addDocuments');
    expect(adds).toEqual([
      { op: 'addDocuments', index: 'documents', arg: ['practice__b@2', 'resource__c@2', 'country__NO@1'] },
    ]);
    // versions looked up in chunks of versionLookupBatch (2), only id and version fetched
    const lookups = fake.calls.filter((c) => c.op === 'getDocuments').map((c) => c.arg);
    expect(lookups).toEqual([
      { ids: ['practice__a', 'practice__b'], fields: ['id', 'version'], limit: 2 },
      { ids: ['resource__c', 'country__NO'], fields: ['id', 'version'], limit: 2 },
    ]);
  });

  it('index() writes nothing when every document is stale, and keeps the highest version of a repeated id', async () => {
    await engine.index([doc('practice:a', 5)]);
    fake.calls.length = 0;
    await engine.index([doc('practice:a', 3)]);
    expect(fake.calls.some((c) => c.op === 'addDocuments')).toBe(false);

    await engine.index([doc('practice:a', 7, { title: 'v7' }), doc('practice:a', 6, { title: 'v6' })]);
    expect(fake.indexes.get('documents')?.get('practice__a')?.title).toBe('v7');
  });

  it('index() throws when Meilisearch reports the task failed', async () => {
    fake.failAdd = true;
    await expect(engine.index([doc('practice:a', 1)])).rejects.toThrow(/failed: boom \(internal\)/);
  });

  it('delete() removes by encoded id', async () => {
    await engine.index([doc('practice:a', 1), doc('practice:b', 1)]);
    await engine.delete(['practice:a', 'practice:unknown']);
    expect(fake.calls.find((c) => c.op === 'deleteDocuments')?.arg).toEqual([
      'practice__a',
      'practice__unknown',
    ]);
    expect([...(fake.indexes.get('documents')?.keys() ?? [])]).toEqual(['practice__b']);
    fake.calls.length = 0;
    await engine.delete([]);
    expect(fake.calls).toEqual([]);
  });

  it('search() sends the built params and maps the answer', async () => {
    await engine.index([doc('practice:a', 1)]);
    const r = await engine.search({ query: 'peer', filter: { country: ['NO'] }, offset: 0, limit: 5 });
    expect(fake.lastSearch?.query).toBe('peer');
    expect(fake.lastSearch?.options.filter).toEqual([['country = "NO"']]);
    expect(fake.lastSearch?.options.highlightPreTag).toBe(HIGHLIGHT_START);
    expect(r.total).toBe(1);
    expect(r.hits.map((h) => h.id)).toEqual(['practice:a']);
    expect(r.facets.country).toEqual([{ value: 'NO', count: 1 }]);
  });

  it('search() counts a filtered field’s facet without its own filter (one facet-only query per filtered field)', async () => {
    await engine.index([
      { ...doc('practice:a', 1), country: 'NO' },
      { ...doc('practice:b', 1), country: 'SE' },
      { ...doc('practice:c', 1), country: 'SE' },
    ]);
    fake.searches.length = 0;
    const r = await engine.search({ query: 'peer', filter: { country: ['NO'] }, offset: 0, limit: 5 });
    expect(r.hits.map((h) => h.id)).toEqual(['practice:a']);
    expect(r.facets.country).toEqual([
      { value: 'SE', count: 2 },
      { value: 'NO', count: 1 },
    ]);
    expect(fake.searches).toHaveLength(2);
    expect(fake.searches[1]?.options).toEqual({ q: 'peer', facets: ['country'], limit: 0 });
  });

  it('search() scopes types by kind and counts kind and type as the PostgreSQL engine does (engine contract)', async () => {
    // the engine contract's fixture (search-engine-contract.spec.ts), plus a report
    await engine.index([
      doc('practice:c1', 1, { type: 'intentional_peer_support', language: 'en' }),
      doc('resource:c2', 1, { type: 'guide', language: 'fr' }),
      doc('resource:c3', 1, { type: 'guide', language: 'no' }),
      doc('organisation:c4', 1, { type: 'network', language: 'en' }),
      doc('practice:c5', 1, { type: 'intentional_peer_support', language: 'en' }),
      doc('resource:c7', 1, { type: 'report', language: 'en' }),
    ]);
    const search = (filter: SearchFilter) => engine.search({ query: '', filter, offset: 0, limit: 10 });
    const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();
    const everything = await search({});
    expect(everything.facets.type).toEqual([
      { value: 'practice:intentional_peer_support', count: 2 },
      { value: 'resource:guide', count: 2 },
      { value: 'organisation:network', count: 1 },
      { value: 'resource:report', count: 1 },
    ]);
    expect(ids(await search({ type: ['resource:guide'] }))).toEqual(['resource:c2', 'resource:c3']);
    const mixed = await search({ kind: ['practice'], type: ['resource:guide'] });
    expect(ids(mixed)).toEqual(['practice:c1', 'practice:c5', 'resource:c2', 'resource:c3']);
    expect(mixed.facets.kind).toEqual([
      { value: 'practice', count: 2 },
      { value: 'resource', count: 2 },
      { value: 'organisation', count: 1 },
    ]);
    expect(mixed.facets.type).toEqual(everything.facets.type);
    const guidesOnly = await search({ type: ['resource:guide'] });
    expect(guidesOnly.facets.kind).toEqual(mixed.facets.kind);
    const reports = await search({ kind: ['resource'], type: ['resource:report'] });
    expect(ids(reports)).toEqual(['resource:c7']);
    expect(reports.facets.kind.find((v) => v.value === 'resource')?.count).toBe(1);
    const french = await search({ kind: ['practice'], type: ['resource:guide'], language: ['fr'] });
    expect(ids(french)).toEqual(['resource:c2']);
    expect(french.facets.language).toEqual([
      { value: 'en', count: 2 },
      { value: 'fr', count: 1 },
      { value: 'no', count: 1 },
    ]);
    expect((await search({ type: ['guide'] })).total).toBe(0);
  });

  it('rebuild() fills a fresh index with settings, swaps it in and deletes the old one', async () => {
    await engine.index([doc('practice:old', 1)]);
    fake.calls.length = 0;

    const result = await engine.rebuild(
      batches([doc('practice:a', 1), doc('practice:b', 1)], [], [doc('country:NO', 1)]),
    );

    expect(result).toEqual({ indexed: 3 });
    expect([...(fake.indexes.get('documents')?.keys() ?? [])].sort()).toEqual([
      'country__NO',
      'practice__a',
      'practice__b',
    ]);
    expect([...fake.indexes.keys()]).toEqual(['documents']);
    const ops = fake.calls.map((c) => c.op);
    expect(ops).toEqual([
      'createIndex',
      'updateSettings',
      'addDocuments',
      'addDocuments',
      'createIndex',
      'swapIndexes',
      'deleteIndex',
    ]);
    const fresh = fake.calls[0].index ?? '';
    expect(fresh).toMatch(/^documents_\d+$/);
    expect(fake.calls[1]).toEqual({ op: 'updateSettings', index: fresh, arg: meiliSettings() });
    expect(fake.calls[5].arg).toEqual([{ indexes: ['documents', fresh] }]);
    expect(fake.calls[6]).toEqual({ op: 'deleteIndex', index: fresh });
  });

  it('rebuild() drops the fresh index and leaves the live one alone when a batch fails', async () => {
    await engine.index([doc('practice:old', 1)]);
    fake.failAdd = true;
    await expect(engine.rebuild(batches([doc('practice:a', 1)]))).rejects.toThrow(/failed/);
    expect([...fake.indexes.keys()]).toEqual(['documents']);
    expect([...(fake.indexes.get('documents')?.keys() ?? [])]).toEqual(['practice__old']);
    expect(fake.calls.some((c) => c.op === 'swapIndexes')).toBe(false);
  });

  it('health() is up when Meilisearch is available, down with a reason otherwise, and never hangs', async () => {
    expect(await engine.health()).toEqual({ status: 'up' });

    fake.healthResult = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    expect(await engine.health()).toEqual({ status: 'down', detail: 'connect ECONNREFUSED' });

    fake.healthResult = () => new Promise(() => undefined);
    const h = await engine.health();
    expect(h.status).toBe('down');
    expect(h.detail).toMatch(/timed out after 50 ms/);
  });

  it('constructs a real client without contacting anyone', () => {
    expect(() => new MeilisearchEngine('http://127.0.0.1:9', null)).not.toThrow();
  });
});
