import { DataSource, EntityManager } from 'typeorm';
import {
  EngineHealth,
  FACET_FIELDS,
  FACET_IGNORES,
  FacetField,
  FacetValue,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SearchDocument,
  SearchEngine,
  SearchFilter,
  SearchHit,
  SearchKind,
  SearchRequest,
  SearchResponse,
  kindTypeFilter,
} from './search-engine';
import { normaliseTerm, queryConcepts } from './vocabulary';

/** Text-search configuration per document language; anything else is indexed with 'simple'. */
export const TS_CONFIGS: Record<string, string> = {
  en: 'english',
  fr: 'french',
  pt: 'portuguese',
  no: 'norwegian',
  nb: 'norwegian',
  it: 'italian',
  de: 'german',
  es: 'spanish',
  el: 'greek',
  ro: 'romanian',
  nl: 'dutch',
};
const QUERY_CONFIGS = [
  'english',
  'french',
  'portuguese',
  'norwegian',
  'italian',
  'german',
  'spanish',
  'simple',
];

/** A lock the relay and a rebuild share, so no write lands in a table that is being replaced. */
export const SEARCH_INDEX_LOCK = 4242002;

/** How many of the best matches by the cheap first-stage score get the full score (see `run`). */
export const POOL_SIZE = 400;

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Words of a query, accent-free and lower-case, as the index stores them. */
export function queryWords(query: string): string[] {
  return (normaliseTerm(query).match(WORD) ?? []).slice(0, 32);
}

/**
 * Typos a word of this length may carry and still match, as Meilisearch is set up (`minWordSizeForTypos`): none
 * under 4 letters, one from 4, two from 8.
 */
export function maxTypos(word: string): number {
  const n = [...word].length;
  return n >= 8 ? 2 : n >= 4 ? 1 : 0;
}

/** Edits (insert, delete, substitute, swap two neighbours) between two words: optimal string alignment distance. */
export function typoDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[x.length][y.length];
}

interface Parts {
  sql: string;
  params: unknown[];
}

/** Appends a parameter and returns its placeholder. */
function param(parts: Parts, value: unknown, cast = ''): string {
  parts.params.push(value);
  return `$${parts.params.length}${cast}`;
}

/**
 * One SQL condition per filtered field (values OR-ed within a field); the caller ANDs them for the hits, and for
 * each facet ANDs all but that facet's own field (disjunctive faceting: a facet's counts say what ticking one more
 * of its values would add).
 */
function filterClauses(parts: Parts, filter: SearchFilter): Partial<Record<FacetField, string>> {
  const clauses: Partial<Record<FacetField, string>> = {};
  const any = (field: FacetField, column: string, values: unknown[] | undefined, cast: string) => {
    if (values?.length) clauses[field] = `${column} = ANY (${param(parts, values, cast)})`;
  };
  const overlap = (field: FacetField, column: string, values: string[] | undefined) => {
    if (values?.length) clauses[field] = `${column} && ${param(parts, values, '::text[]')}`;
  };
  // Kind and type are one hierarchical filter (kindTypeFilter): a type narrows its own kind only.
  const { kinds, typedKinds, types } = kindTypeFilter(filter);
  if (kinds) clauses.kind = `d.kind = ANY (${param(parts, kinds, '::text[]')})`;
  if (types.length)
    clauses.type = `(NOT d.kind = ANY (${param(parts, typedKinds, '::text[]')})
      OR coalesce(d.kind || ':' || d.type = ANY (${param(parts, types, '::text[]')}), false))`;
  any(
    'country',
    'd.country',
    filter.country?.map((c) => c.toUpperCase()),
    '::text[]',
  );
  any('language', 'd.language', filter.language, '::text[]');
  overlap('audience', 'd.audience', filter.audience);
  overlap('topic', 'd.topics', filter.topic);
  any('year', 'd.year', filter.year, '::int[]');
  return clauses;
}

/** The columns of `matched_text` naming whether a row passes each filtered field (`f_<field>`). */
function passColumns(clauses: Partial<Record<FacetField, string>>): string {
  return Object.entries(clauses)
    .map(([field, sql]) => `, (${sql}) AS f_${field}`)
    .join('');
}

/** Rows of `matched_text` passing every filtered field but those `facet` ignores (FACET_IGNORES). */
function passing(clauses: Partial<Record<FacetField, string>>, facet?: FacetField): string {
  const ignored: readonly string[] = facet ? FACET_IGNORES[facet] : [];
  const fields = Object.keys(clauses).filter((f) => !ignored.includes(f));
  return fields.length ? fields.map((f) => `f_${f}`).join(' AND ') : 'true';
}

function emptyFacets(): Record<FacetField, FacetValue[]> {
  return Object.fromEntries(FACET_FIELDS.map((f) => [f, []])) as unknown as Record<FacetField, FacetValue[]>;
}

/**
 * The built-in engine: tsvector per document language plus an unstemmed layer, websearch syntax, synonyms from
 * the shared vocabulary, typo correction from the index's own words (pg_trgm), prefix matching on the last
 * word as you type, facets by SQL aggregates and ts_headline snippets.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly options: { poolSize?: number } = {},
  ) {}

  async prepare(): Promise<void> {
    // The schema comes from migrations; nothing to create at run time.
  }

  async index(docs: SearchDocument[], manager: EntityManager = this.ds.manager): Promise<void> {
    if (!docs.length) return;
    await this.upsert(manager, 'search_documents', docs);
  }

  private async upsert(m: EntityManager, table: string, docs: SearchDocument[]): Promise<void> {
    const json = JSON.stringify(
      docs.map((d) => ({
        ...d,
        config: TS_CONFIGS[d.language] ?? 'simple',
        country: d.country?.toUpperCase() ?? null,
      })),
    );
    await m.query(
      `INSERT INTO ${table} (id, kind, entity_id, slug, title, body, country, language, audience, topics, type, year, version, config)
       SELECT x.id, x.kind, x."entityId", x.slug, x.title, x.body, x.country, x.language,
              ARRAY(SELECT jsonb_array_elements_text(x.audience)), ARRAY(SELECT jsonb_array_elements_text(x.topics)),
              x.type, x.year, x.version, x.config::regconfig
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, kind text, "entityId" text, slug text, title text, body text,
            country text, language text, audience jsonb, topics jsonb, type text, year int, version bigint, config text)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, slug = EXCLUDED.slug,
         title = EXCLUDED.title, body = EXCLUDED.body, country = EXCLUDED.country, language = EXCLUDED.language,
         audience = EXCLUDED.audience, topics = EXCLUDED.topics, type = EXCLUDED.type, year = EXCLUDED.year,
         version = EXCLUDED.version, config = EXCLUDED.config, updated_at = now()
       WHERE ${table}.version <= EXCLUDED.version`,
      [json],
    );
    await m.query(
      `INSERT INTO search_lexicon (word)
       SELECT DISTINCT w FROM (
         SELECT regexp_split_to_table(lower(ph_unaccent(x.title || ' ' || x.body)), '[^[:alnum:]]+') AS w
         FROM jsonb_to_recordset($1::jsonb) AS x(title text, body text)) words
       WHERE length(w) BETWEEN 3 AND 40
       ON CONFLICT DO NOTHING`,
      [json],
    );
  }

  async delete(ids: string[], manager: EntityManager = this.ds.manager): Promise<void> {
    if (ids.length) await manager.query(`DELETE FROM search_documents WHERE id = ANY ($1::text[])`, [ids]);
  }

  /**
   * For each word not in the index, the closest words that are (typo tolerance, "did you mean"): trigram-similar
   * candidates, kept only within the typos the word's length allows (`maxTypos`), so "alert" never becomes "alex".
   */
  async corrections(words: string[], m: EntityManager = this.ds.manager): Promise<Map<string, string[]>> {
    const candidates = words.filter((w) => w.length >= 4);
    const out = new Map<string, string[]>();
    if (!candidates.length) return out;
    const rows: { word: string; match: string }[] = await m.query(
      `SELECT q.word, m.match
       FROM unnest($1::text[]) AS q(word)
       CROSS JOIN LATERAL (
         SELECT l.word AS match, similarity(l.word, q.word) AS sim FROM search_lexicon l
         WHERE l.word % q.word AND l.word <> q.word
           AND NOT EXISTS (SELECT 1 FROM search_lexicon k WHERE k.word = q.word)
         ORDER BY sim DESC, l.word LIMIT 12) m
       ORDER BY q.word, m.sim DESC, m.match`,
      [candidates],
    );
    for (const r of rows) {
      const kept = out.get(r.word) ?? [];
      if (kept.length < 2 && typoDistance(r.word, r.match) <= maxTypos(r.word))
        out.set(r.word, [...kept, r.match]);
    }
    return out;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    return this.ds.transaction('READ COMMITTED', async (m) => {
      await m.query(
        `SELECT set_config('pg_trgm.similarity_threshold', '0.3', true), set_config('statement_timeout', '20s', true), set_config('work_mem', '16MB', true)`,
      );
      const words = queryWords(request.query);
      if (!words.length) return this.run(m, request, null, words);
      const fixes = await this.corrections(words, m);
      const result = await this.run(m, request, fixes, words);
      if (result.total > 0 || !request.query.trim()) return result;
      return this.run(m, request, fixes, words, true); // nothing matched as words: trigram over the whole text
    });
  }

  private async run(
    m: EntityManager,
    request: SearchRequest,
    fixes: Map<string, string[]> | null,
    words: string[],
    fuzzy = false,
  ): Promise<SearchResponse> {
    const parts: Parts = { sql: '', params: [] };
    let match = 'true';
    let conceptColumns = '';
    let pre = '0';
    let refine = '0';
    let tsq = `''::tsquery`;
    let syn = `''::tsquery`;
    if (words.length) {
      const concepts = queryConcepts(request.query);
      const lastConcept = concepts.length - 1;
      const directs: string[] = [];
      const synonymsOf: string[] = [];
      for (const [i, concept] of concepts.entries()) {
        // Websearch syntax over the words, each misspelt word OR'ed with its corrections. A term of the shared
        // vocabulary is not a misspelling even when no document uses it in those words ("rétablissement" must
        // not become "établissement"): its synonyms carry it.
        const conceptWords = queryWords(concept.text);
        const known = concept.synonyms.length > 0;
        const corrected = conceptWords
          .map((w) => {
            const alternatives = known ? [] : (fixes?.get(w) ?? []);
            return alternatives.length ? `${w} or ${alternatives.join(' or ')}` : w;
          })
          .join(' ');
        const text = param(parts, corrected);
        const alternatives = QUERY_CONFIGS.map((c) => `websearch_to_tsquery('${c}', ph_unaccent(${text}))`);
        if (i === lastConcept) {
          // As you type: the last word also as a prefix. Lexemes keep letters and digits only, so no user text
          // can become tsquery syntax.
          const lexemes = conceptWords.flatMap((w) => w.split(/[-']/)).filter((w) => w.length > 0);
          if (lexemes.length && lexemes[lexemes.length - 1].length >= 2) {
            const prefix = lexemes
              .map((w, j) => (j === lexemes.length - 1 ? `'${w}':*` : `'${w}'`))
              .join(' & ');
            alternatives.push(`to_tsquery('simple', ${param(parts, prefix)})`);
          }
        }
        directs.push(`(${alternatives.join(' || ')})`);
        // The same idea in the network's other languages (shared vocabulary), as phrases.
        const phrases = concept.synonyms.map(
          (p) => `phraseto_tsquery('simple', ph_unaccent(${param(parts, p)}))`,
        );
        synonymsOf.push(phrases.length ? `(${phrases.join(' || ')})` : `''::tsquery`);
      }
      const columns = concepts.map((_, i) => `${directs[i]} AS d${i}, ${synonymsOf[i]} AS s${i}`).join(', ');
      tsq = `(${directs.join(' || ')})`;
      syn = `(${synonymsOf.join(' || ')})`;
      conceptColumns = `, ${columns}`;
      const raw = param(parts, words.join(' '));
      const anyConcept = concepts.map((_, i) => `d.tsv @@ q.d${i} OR d.tsv @@ q.s${i}`).join(' OR ');
      match = fuzzy ? `(${raw} <% d.search_text)` : `(${anyConcept})`;
      // Like Meilisearch's "words" rule: documents covering more of the query's concepts come first; a concept
      // met in the user's own words counts more than one met through a synonym.
      const coverage = concepts
        .map((_, i) => `CASE WHEN d.tsv @@ q.d${i} THEN 1 WHEN d.tsv @@ q.s${i} THEN 0.6 ELSE 0 END`)
        .join(' + ');
      // Two stages, so the costly part runs on a bounded pool and not on every match: \`pre\` (coverage and a title
      // hit) orders all matches; ts_rank_cd and title similarity (together below 1.5) refine the best of them.
      pre = `(${coverage}) * 2 + CASE WHEN strpos(d.title_norm, ${raw}) > 0 THEN 1 ELSE 0 END`;
      refine = `ts_rank_cd(d.tsv, q.tsq || q.syn, 32) + 0.5 * word_similarity(${raw}, d.title_norm)`;
    }
    const clauses = filterClauses(parts, request.filter);
    const limit = param(parts, request.limit, '::int');
    const offset = param(parts, request.after ? 0 : request.offset, '::int');
    const start = param(parts, HIGHLIGHT_START);
    const end = param(parts, HIGHLIGHT_END);
    // The pool holds every match on a small index; on a large one, the best POOL_SIZE by \`pre\` (and always enough for
    // the page asked for). Outside it only documents whose \`pre\` ties with or trails the pool's last could have ranked
    // higher, and by less than 1.5.
    const pool = param(
      parts,
      Math.max(this.options.poolSize ?? POOL_SIZE, (request.after ? 0 : request.offset) + request.limit + 1),
      '::int',
    );
    // Keyset paging: the hits strictly after \`after\` in (score desc, title, id). The score is \`pre\` plus a refinement
    // that is never negative, so no document with a higher \`pre\` can follow the cursor: the pool is drawn from the
    // rest (with a hair of slack for rounding), and holds every document after the cursor on an index of up to
    // POOL_SIZE matches.
    let poolAfter = 'true';
    let rankAfter = 'true';
    if (request.after) {
      const score = param(parts, request.after.score, '::float8');
      const title = param(parts, request.after.title, '::text');
      const id = param(parts, request.after.id, '::text');
      poolAfter = `pre::float8 <= ${score} + 1e-9`;
      rankAfter = `(score < ${score} OR (score = ${score} AND (title, id) > (${title}, ${id})))`;
    }
    const sql = `
      WITH q AS (SELECT ${tsq} AS tsq, ${syn} AS syn${conceptColumns}),
      matched_text AS (
        SELECT d.id, d.title, d.kind, d.country, d.language, d.audience, d.topics, d.type, d.year, ${pre} AS pre
               ${passColumns(clauses)}
        FROM search_documents d, q WHERE ${match}),
      matched AS (SELECT * FROM matched_text WHERE ${passing(clauses)}),
      pool AS (SELECT id, pre FROM matched WHERE ${poolAfter} ORDER BY pre DESC, title, id LIMIT ${pool}),
      scored AS (
        SELECT d.id, d.kind, d.entity_id, d.slug, d.title, d.country, d.language, d.config,
               (p.pre + ${refine})::float8 AS score
        FROM pool p JOIN search_documents d ON d.id = p.id, q),
      ranked AS (
        SELECT * FROM scored WHERE ${rankAfter} ORDER BY score DESC, title, id LIMIT ${limit} + 1 OFFSET ${offset}),
      page AS (
        SELECT s.*, d.body FROM (SELECT * FROM ranked ORDER BY score DESC, title, id LIMIT ${limit}) s
        JOIN search_documents d ON d.id = s.id)
      SELECT
        (SELECT count(*)::int FROM matched) AS total,
        (SELECT count(*) > ${limit} FROM ranked) AS more,
        (SELECT coalesce(json_agg(h ORDER BY h.score DESC, h.title, h.id), '[]') FROM (
           SELECT p.id, p.kind, p.entity_id AS "entityId", p.slug, p.title, p.country, p.language, p.score::float AS score,
             CASE WHEN numnode(q.tsq || q.syn) > 0 THEN ts_headline(p.config, p.body, q.tsq || q.syn,
               'StartSel=' || ${start} || ', StopSel=' || ${end} || ', MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "')
             ELSE left(p.body, 220) END AS snippet
           FROM page p, q) h) AS hits,
        (SELECT coalesce(json_agg(f), '[]') FROM (
           SELECT 'kind' AS field, kind AS value, count(*)::int AS count FROM matched_text
             WHERE ${passing(clauses, 'kind')} GROUP BY kind
           UNION ALL SELECT 'country', country, count(*)::int FROM matched_text
             WHERE country IS NOT NULL AND ${passing(clauses, 'country')} GROUP BY country
           UNION ALL SELECT 'language', language, count(*)::int FROM matched_text
             WHERE ${passing(clauses, 'language')} GROUP BY language
           UNION ALL SELECT 'audience', a, count(*)::int FROM matched_text, unnest(audience) a
             WHERE ${passing(clauses, 'audience')} GROUP BY a
           UNION ALL SELECT 'topic', t, count(*)::int FROM matched_text, unnest(topics) t
             WHERE ${passing(clauses, 'topic')} GROUP BY t
           UNION ALL SELECT 'type', kind || ':' || type, count(*)::int FROM matched_text
             WHERE type IS NOT NULL AND ${passing(clauses, 'type')} GROUP BY kind, type
           UNION ALL SELECT 'year', year::text, count(*)::int FROM matched_text
             WHERE year IS NOT NULL AND ${passing(clauses, 'year')} GROUP BY year
         ) f) AS facets`;
    const [row]: {
      total: number;
      more: boolean;
      hits: SearchHit[];
      facets: { field: FacetField; value: string; count: number }[];
    }[] = await m.query(sql, parts.params);
    const facets = emptyFacets();
    for (const f of row.facets) facets[f.field].push({ value: f.value, count: f.count });
    for (const f of FACET_FIELDS)
      facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      total: row.total,
      hasMore: row.more,
      hits: row.hits.map((h) => ({ ...h, kind: h.kind as SearchKind, snippet: h.snippet ?? '' })),
      facets,
      engine: 'postgres',
    };
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>): Promise<{ indexed: number }> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [SEARCH_INDEX_LOCK]);
      await runner.query('DROP TABLE IF EXISTS search_documents_next');
      await runner.query('CREATE TABLE search_documents_next (LIKE search_documents INCLUDING ALL)');
      let indexed = 0;
      for await (const docs of batches) {
        await this.upsert(runner.manager, 'search_documents_next', docs);
        indexed += docs.length;
      }
      await runner.startTransaction();
      await runner.query('ALTER TABLE search_documents RENAME TO search_documents_old');
      await runner.query('ALTER TABLE search_documents_next RENAME TO search_documents');
      await runner.query('DROP TABLE search_documents_old');
      await runner.commitTransaction();
      return { indexed };
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.query('DROP TABLE IF EXISTS search_documents_next').catch(() => undefined);
      throw e;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SEARCH_INDEX_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.ds.query('SELECT 1 FROM search_documents LIMIT 1');
      return { status: 'up' };
    } catch (e) {
      return { status: 'down', detail: e instanceof Error ? e.message : String(e) };
    }
  }
}
