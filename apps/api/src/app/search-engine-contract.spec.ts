import { DataSource } from 'typeorm';
import { loadConfig } from '@peerhub/shared/api-core';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  MeilisearchEngine,
  PostgresSearchEngine,
  SearchDocument,
  SearchEngine,
  maxTypos,
  typoDistance,
} from '@peerhub/search/api';
import { createTestDatabase } from '../testing/test-app';
import { createApp, RunningApp } from './bootstrap';

/**
 * The contract every engine honours. Runs against PostgreSQL always, and against Meilisearch when MEILI_HOST
 * points at one (none can run on the development machine).
 */
function doc(n: number, over: Partial<SearchDocument>): SearchDocument {
  return {
    id: `practice:c${n}`,
    kind: 'practice',
    entityId: `c${n}`,
    slug: `contract-${n}`,
    title: `Document ${n}`,
    body: '',
    country: null,
    language: 'en',
    audience: [],
    topics: [],
    type: null,
    year: null,
    version: 1,
    ...over,
  };
}

const FIXTURE: SearchDocument[] = [
  doc(1, {
    title: 'Recovery assistants in Poland',
    body: 'Peer workers called asystent zdrowienia support recovery in mental health centres.',
    country: 'PL',
    topics: ['employment'],
    type: 'intentional_peer_support',
    year: 2018,
  }),
  doc(2, {
    kind: 'resource',
    id: 'resource:c2',
    title: 'Guide de la pair-aidance',
    body: 'La formation des pairs-aidants en santé mentale et le rétablissement.',
    country: 'FR',
    language: 'fr',
    audience: ['policymakers'],
    topics: ['training'],
    type: 'guide',
    year: 2021,
  }),
  doc(3, {
    kind: 'resource',
    id: 'resource:c3',
    title: 'Erfaringskonsulenter i psykisk helse',
    body: 'Opplæring og kompetanse for erfaringskonsulenter i kommunene.',
    country: 'NO',
    language: 'no',
    audience: ['practitioners'],
    topics: ['training'],
    type: 'guide',
    year: 2023,
  }),
  doc(4, {
    kind: 'organisation',
    id: 'organisation:c4',
    title: 'Hearing Voices Network',
    body: 'Self-help groups for people who hear voices.',
    country: 'UK',
    type: 'network',
  }),
  doc(5, {
    title: 'Social cooperatives in Greece',
    body: 'Peer mentoring for work adaptation in social cooperatives.',
    country: 'GR',
    topics: ['employment'],
    type: 'intentional_peer_support',
    year: 2015,
  }),
];

function runContract(name: string, make: (ds: DataSource) => SearchEngine) {
  describe(`${name} engine contract`, () => {
    let app: RunningApp;
    let drop: () => Promise<void>;
    let engine: SearchEngine;
    const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
    const search = (query: string, filter = {}, offset = 0, limit = 10) =>
      engine.search({ query, filter, offset, limit });

    beforeAll(async () => {
      const db = await createTestDatabase();
      drop = db.drop;
      app = await createApp(
        loadConfig({ DATABASE_URL: db.url, SEED: 'false', SEARCH_RELAY: 'false' }),
        false,
      );
      engine = make(app.ds);
      await engine.prepare();
      await engine.index(FIXTURE);
    });
    afterAll(async () => {
      await app?.close();
      await drop?.();
    });

    it('finds a document by a word of its title or body, best match first', async () => {
      const r = await search('cooperatives');
      expect(ids(r.hits)[0]).toBe('practice:c5');
      expect(r.engine).toBe(name);
    });

    it('stems per document language and ignores accents', async () => {
      expect(ids((await search('formations')).hits)).toContain('resource:c2');
      expect(ids((await search('retablissement')).hits)).toContain('resource:c2');
      expect(ids((await search('erfaringskonsulent')).hits)).toContain('resource:c3');
    });

    it('expands the shared vocabulary across languages', async () => {
      const r = await search('recovery assistant');
      expect(ids(r.hits)).toEqual(expect.arrayContaining(['practice:c1']));
      const peer = await search('pair-aidant');
      expect(ids(peer.hits)).toEqual(expect.arrayContaining(['resource:c2', 'resource:c3']));
    });

    it('tolerates typos and matches a prefix as you type', async () => {
      expect(ids((await search('cooperatievs')).hits)).toContain('practice:c5');
      expect(ids((await search('hearing voi')).hits)[0]).toBe('organisation:c4');
      expect(ids((await search('opplær')).hits)).toContain('resource:c3'); // æ folds as in the index
    });

    it('filters (OR within a field, AND across) and counts facets on the filtered set', async () => {
      const r = await search('', { kind: ['resource'], topic: ['training'] });
      expect(ids(r.hits).sort()).toEqual(['resource:c2', 'resource:c3']);
      expect(r.total).toBe(2);
      expect(r.facets.language).toEqual([
        { value: 'fr', count: 1 },
        { value: 'no', count: 1 },
      ]);
      const two = await search('', { country: ['pl', 'GR'] });
      expect(ids(two.hits).sort()).toEqual(['practice:c1', 'practice:c5']);
      expect((await search('', { country: ['PL'], year: [1999] })).total).toBe(0);
    });

    it('counts each facet with the other fields’ filters but not its own, so a second value can be ticked', async () => {
      const practices = await search('', { kind: ['practice'] });
      expect(ids(practices.hits).sort()).toEqual(['practice:c1', 'practice:c5']);
      // what ticking one more kind would add, not only the kind already ticked
      expect(practices.facets.kind).toEqual([
        { value: 'practice', count: 2 },
        { value: 'resource', count: 2 },
        { value: 'organisation', count: 1 },
      ]);
      // other fields count the filtered set
      expect(practices.facets.country).toEqual([
        { value: 'GR', count: 1 },
        { value: 'PL', count: 1 },
      ]);
      // Practices + Resources together: the hits and the counts agree
      const both = await search('', { kind: ['practice', 'resource'] });
      expect(both.total).toBe(4);
      expect(
        both.facets.kind.filter((v) => v.value !== 'organisation').reduce((n, v) => n + v.count, 0),
      ).toBe(both.total);
      // across fields: the kind facet under a topic counts only that topic's records
      const employment = await search('', { kind: ['resource'], topic: ['employment'] });
      expect(employment.total).toBe(0);
      expect(employment.facets.kind).toEqual([{ value: 'practice', count: 2 }]);
      expect(employment.facets.topic).toEqual([{ value: 'training', count: 2 }]);
    });

    it('scopes the type facet by kind: a type narrows its own kind only, and the counts say what ticking shows', async () => {
      const report = doc(7, {
        kind: 'resource',
        id: 'resource:c7',
        title: 'Annual report on peer work',
        body: 'Figures of the year.',
        type: 'report',
        year: 2022,
      });
      await engine.index([report]);
      try {
        // every value names its kind, so a practice form, an organisation type and a document type never mix
        const everything = await search('');
        expect(everything.facets.type).toEqual([
          { value: 'practice:intentional_peer_support', count: 2 },
          { value: 'resource:guide', count: 2 },
          { value: 'organisation:network', count: 1 },
          { value: 'resource:report', count: 1 },
        ]);
        // a type alone brings its kind only
        const guides = await search('', { type: ['resource:guide'] });
        expect(ids(guides.hits).sort()).toEqual(['resource:c2', 'resource:c3']);
        // the kinds ticked stay: practices are not filtered out by a document type
        const mixed = await search('', { kind: ['practice'], type: ['resource:guide'] });
        expect(ids(mixed.hits).sort()).toEqual(['practice:c1', 'practice:c5', 'resource:c2', 'resource:c3']);
        // the kind facet counts under the type ticks (resources: the 2 guides, not all 3), the type facet under
        // neither, so each count is what ticking that value shows of it, and the shown kinds add up to the total
        const kindCounts = [
          { value: 'practice', count: 2 },
          { value: 'resource', count: 2 },
          { value: 'organisation', count: 1 },
        ];
        expect(mixed.facets.kind).toEqual(kindCounts);
        expect(guides.facets.kind).toEqual(kindCounts);
        expect(mixed.facets.type).toEqual(everything.facets.type);
        expect(
          mixed.facets.kind
            .filter((v) => v.value === 'practice' || v.value === 'resource')
            .reduce((n, v) => n + v.count, 0),
        ).toBe(mixed.total);
        // two types of one kind are OR-ed; a type of another kind adds that kind
        const both = await search('', { type: ['resource:guide', 'resource:report'] });
        expect(both.total).toBe(3);
        const withNetworks = await search('', { type: ['resource:report', 'organisation:network'] });
        expect(ids(withNetworks.hits).sort()).toEqual(['organisation:c4', 'resource:c7']);
        // ticking a kind's type narrows that kind: the count of the type was what remains
        const reports = await search('', { kind: ['resource'], type: ['resource:report'] });
        expect(ids(reports.hits)).toEqual(['resource:c7']);
        expect(reports.facets.kind.find((v) => v.value === 'resource')?.count).toBe(1);
        // other fields still AND: French resources among guides + practices
        const french = await search('', { kind: ['practice'], type: ['resource:guide'], language: ['fr'] });
        expect(ids(french.hits)).toEqual(['resource:c2']);
        expect(french.facets.language).toEqual([
          { value: 'en', count: 2 },
          { value: 'fr', count: 1 },
          { value: 'no', count: 1 },
        ]);
        // a bare or unknown type names no kind and matches nothing
        expect((await search('', { type: ['guide'] })).total).toBe(0);
      } finally {
        await engine.delete([report.id]);
      }
    });

    it('browses everything on an empty query, with every facet field present', async () => {
      const r = await search('');
      expect(r.total).toBe(FIXTURE.length);
      expect(Object.keys(r.facets).sort()).toEqual([
        'audience',
        'country',
        'kind',
        'language',
        'topic',
        'type',
        'year',
      ]);
      expect(r.facets.kind).toEqual([
        { value: 'practice', count: 2 },
        { value: 'resource', count: 2 },
        { value: 'organisation', count: 1 },
      ]);
      expect(r.facets.year.map((v) => v.value).sort()).toEqual(['2015', '2018', '2021', '2023']);
    });

    it('highlights matches with the markers, never HTML', async () => {
      const r = await search('mentoring');
      const snippet = r.hits[0].snippet;
      expect(snippet).toContain(`${HIGHLIGHT_START}mentoring${HIGHLIGHT_END}`);
      expect(snippet).not.toMatch(/<\/?b>|<mark>/);
    });

    it('highlights only what matched: a typo within the word’s allowance, never a different short word', async () => {
      const alex = doc(8, { title: 'Meeting Alex', body: 'Alex runs a peer group every Thursday.' });
      await engine.index([alex]);
      try {
        const alert = await search('alert');
        expect(ids(alert.hits)).not.toContain(alex.id);
        for (const h of alert.hits) expect(h.snippet).not.toContain(`${HIGHLIGHT_START}Alex`);
        // one swapped letter in a long word is still a match, and highlighted as the word found
        const typo = await search('mentorign');
        expect(ids(typo.hits)).toContain('practice:c5');
        expect(typo.hits.find((h) => h.id === 'practice:c5')?.snippet).toContain(
          `${HIGHLIGHT_START}mentoring${HIGHLIGHT_END}`,
        );
      } finally {
        await engine.delete([alex.id]);
      }
    });

    it('pages without overlap', async () => {
      const first = await search('', {}, 0, 2);
      const second = await search('', {}, 2, 2);
      const third = await search('', {}, 4, 2);
      const all = [...ids(first.hits), ...ids(second.hits), ...ids(third.hits)];
      expect(new Set(all).size).toBe(FIXTURE.length);
    });

    it('ignores an older version and applies a newer one', async () => {
      await engine.index([{ ...FIXTURE[3], title: 'Stale title', version: 0 }]);
      expect((await search('stale')).total).toBe(0);
      await engine.index([{ ...FIXTURE[3], title: 'Hearing Voices Network Europe', version: 2 }]);
      expect(ids((await search('Europe voices')).hits)[0]).toBe('organisation:c4');
    });

    it('deletes, and ignores unknown ids', async () => {
      await engine.delete(['practice:c5', 'practice:nope']);
      expect((await search('cooperatives')).total).toBe(0);
      await engine.index([FIXTURE[4]]);
    });

    it('rebuilds into a fresh index and swaps it in', async () => {
      async function* batches() {
        yield FIXTURE.slice(0, 2).map((d) => ({ ...d, version: 10 }));
        yield FIXTURE.slice(2).map((d) => ({ ...d, version: 10 }));
      }
      const { indexed } = await engine.rebuild(batches());
      expect(indexed).toBe(FIXTURE.length);
      expect((await search('')).total).toBe(FIXTURE.length);
      expect(ids((await search('cooperatives')).hits)[0]).toBe('practice:c5');
    });

    it('treats hostile text as text', async () => {
      for (const q of [
        `') OR 1=1 --`,
        '\\ & | ! :* ( <->',
        '"unbalanced',
        "o'brien's",
        'a'.repeat(300),
        '🙂 ∀ 中文',
      ]) {
        const r = await search(q);
        expect(Array.isArray(r.hits)).toBe(true);
      }
    });

    it('reports health', async () => {
      expect((await engine.health()).status).toBe('up');
    });
  });
}

runContract('postgres', (ds) => new PostgresSearchEngine(ds));

describe('typo allowance (the PostgreSQL engine’s corrections; Meilisearch’s minWordSizeForTypos)', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours as one edit each', () => {
    expect(typoDistance('alert', 'alex')).toBe(2);
    expect(typoDistance('recovry', 'recovery')).toBe(1);
    expect(typoDistance('cooperatievs', 'cooperatives')).toBe(1);
    expect(typoDistance('zdrowiena', 'zdrowienia')).toBe(1);
    expect(typoDistance('same', 'same')).toBe(0);
  });

  it('allows no typo under 4 letters, one from 4, two from 8', () => {
    expect([maxTypos('abc'), maxTypos('alert'), maxTypos('training'), maxTypos('ørsta')]).toEqual([
      0, 1, 2, 1,
    ]);
  });
});

describe('postgres engine: two-stage ranking on a bounded pool', () => {
  let app: RunningApp;
  let drop: () => Promise<void>;
  // 30 documents about peer training; three also name it in their title, and one of those says it twice.
  const docs = Array.from({ length: 30 }, (_, i) =>
    doc(100 + i, {
      title: i % 10 === 0 ? `Peer training programme ${i}` : `Document ${i}`,
      body:
        i === 20
          ? 'Peer training, peer training and more peer training for peer workers.'
          : `A note on peer training number ${i} among many others about services.`,
      country: i % 2 ? 'PL' : 'IT',
    }),
  );
  const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
  const search = (engine: PostgresSearchEngine, offset = 0, limit = 5) =>
    engine.search({ query: 'peer training', filter: {}, offset, limit });

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    app = await createApp(loadConfig({ DATABASE_URL: db.url, SEED: 'false', SEARCH_RELAY: 'false' }), false);
    const engine = new PostgresSearchEngine(app.ds);
    await engine.prepare();
    await engine.index(docs);
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('counts and facets every match, ranks the pool like the full ranking, and pages past the pool', async () => {
    const full = await search(new PostgresSearchEngine(app.ds, { poolSize: 1000 }), 0, 30);
    const small = new PostgresSearchEngine(app.ds, { poolSize: 4 });
    const top = await search(small);
    expect(top.total).toBe(30);
    expect(top.facets.country).toEqual(full.facets.country);
    // the three title matches lead in both; the one that repeats the words most comes first
    expect(ids(top.hits).slice(0, 3)).toEqual(ids(full.hits).slice(0, 3));
    expect(ids(top.hits)[0]).toBe('practice:c120');
    // a page beyond the pool still comes back, with as many hits as asked
    const deep = await search(small, 25, 5);
    expect(deep.hits).toHaveLength(5);
    expect(new Set([...ids(top.hits), ...ids(deep.hits)]).size).toBe(10);
  });
});
const meiliHost = process.env['MEILI_HOST'];
if (meiliHost)
  runContract(
    'meilisearch',
    () => new MeilisearchEngine(meiliHost, process.env['MEILI_API_KEY'] ?? null, `contract_${Date.now()}`),
  );
