#!/usr/bin/env node
// Search benchmark for PeerHub Europe: a throwaway database, the built API against it, a synthetic multilingual
// corpus of 100,000 documents next to the seeded knowledge base, then concurrent GraphQL searches and the same
// load against `{ __typename }` (the framework's ceiling). Prints figures; it is not a test and asserts nothing.
//
//   npx nx run api:build      # once, or after any change to the API
//   node tools/bench/search.mjs [--clients 20] [--seconds 30] [--docs 100000] [--keep] [--reuse] …
//
// Run from anywhere: paths are resolved from the repository root. See tools/bench/README.md.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const ENGINE = join(ROOT, 'dist/api/libs/search/api/src/lib/postgres-engine.js');

// ───────────────────────────── options ─────────────────────────────

const HELP = `Usage: node tools/bench/search.mjs [options]

  --clients N         concurrent clients                                  (default 20)
  --seconds N         length of each load run, in seconds                 (default 30)
  --docs N            synthetic documents to insert                       (default 100000)
  --batch N           rows per INSERT                                     (default 5000)
  --insert-jobs N     INSERTs running at once                             (default 2)
  --first N           page size asked for                                 (default 20)
  --seed N            PRNG seed for the corpus and the query mix          (default 42)
  --database-url URL  server to create the bench database on
                      (default $DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  --db-name NAME      bench database                                      (default peerhub_bench)
  --keep              keep the bench database afterwards
  --reuse             reuse a kept bench database that already holds the corpus (skips creation and inserts)
  --timeout N         per-request timeout, in seconds                     (default 60)
  --skip-single       skip the pass that times each query alone before the load runs
  --explain-full      print the whole EXPLAIN (ANALYZE, BUFFERS) plan, not one summary line
  --explain-query Q   the query to EXPLAIN                                (default "peer support")
  --api-log FILE      where the API's output goes                        (default <tmpdir>/peerhub-bench-api.log)
  -h, --help`;

let opts;
try {
  opts = parseArgs({
    options: {
      clients: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '30' },
      docs: { type: 'string', default: '100000' },
      batch: { type: 'string', default: '5000' },
      'insert-jobs': { type: 'string', default: '2' },
      first: { type: 'string', default: '20' },
      seed: { type: 'string', default: '42' },
      'database-url': { type: 'string' },
      'db-name': { type: 'string', default: 'peerhub_bench' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '60' },
      'skip-single': { type: 'boolean', default: false },
      'explain-full': { type: 'boolean', default: false },
      'explain-query': { type: 'string', default: 'peer support' },
      'api-log': { type: 'string', default: join(os.tmpdir(), 'peerhub-bench-api.log') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${e.message}\n\n${HELP}`);
  process.exit(2);
}
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}

function intOpt(name, min, max) {
  const raw = opts[name];
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    console.error(`--${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
    process.exit(2);
  }
  return Number(raw);
}
const CLIENTS = intOpt('clients', 1, 1000);
const SECONDS = intOpt('seconds', 1, 3600);
const DOCS = intOpt('docs', 0, 10_000_000);
const BATCH = intOpt('batch', 1, 100_000);
const INSERT_JOBS = intOpt('insert-jobs', 1, 16);
const FIRST = intOpt('first', 1, 100);
const SEED = intOpt('seed', 0, 2 ** 31);
const TIMEOUT_MS = intOpt('timeout', 1, 3600) * 1000;
const DB_NAME = opts['db-name'];
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) {
  console.error(`--db-name must be a plain lower-case identifier, got "${DB_NAME}"`);
  process.exit(2);
}
const ADMIN_URL =
  opts['database-url'] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_URL = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();

// ───────────────────────────── small helpers ─────────────────────────────

const log = (...a) => console.log(...a);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const redact = (url) => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from [[value, weight], …]. */
function weighted(rand, table) {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
}

/** A sampler over a word list where earlier words are more frequent (Zipf-like, exponent s). */
function zipf(words, s = 0.9) {
  const cum = [];
  let total = 0;
  for (let i = 0; i < words.length; i++) cum.push((total += 1 / (i + 1) ** s));
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sample(rand, list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ───────────────────────────── the corpus ─────────────────────────────
// Word lists, most frequent first within each line (function words first, then the domain). Real text of the
// network: peer support, recovery, training, mental health, in the languages the network publishes in.

const split = (s) => s.trim().split(/\s+/);
const LANGS = {
  en: {
    config: 'english',
    stop: split(`the of and to in a for is with on as by that this are from their be it at an or how which can
      who has have was more their into about also`),
    words:
      split(`peer support recovery mental health training worker workers lived experience services service
      users people psychiatric community group groups practice organisation professionals team role hope
      empowerment wellbeing self-help crisis stigma inclusion employment supervision competence competencies
      curriculum course module trainer trainers network hospital ward clinic evaluation research study outcomes
      quality policy rights co-production involvement family carers youth addiction homelessness hearing voices
      trauma resilience dialogue listening sharing mutual relationship connection guide toolkit handbook report
      framework assessment integration manager professional roles ethics boundaries certification accreditation
      volunteer volunteers funding europe european national local regional develop improve provide share learn
      build include describe offer help strengthen based new first personal social clinical informal formal
      practical shared important specialist mentor coaching psychiatry nurses doctors partnership recognition
      implementation programme pilot project projects survey interviews findings evidence`),
    phrases: [
      'peer support worker',
      'peer support',
      'mental health',
      'lived experience',
      'recovery college',
      'self-help group',
      'hearing voices',
      'expert by experience',
      'peer specialist',
      'recovery assistant',
      'intentional peer support',
      'open dialogue',
    ],
  },
  fr: {
    config: 'french',
    stop: split(
      `le la les de des du et en un une pour dans par sur avec est qui que au aux leur ce sont plus`,
    ),
    words:
      split(`pairs rétablissement formation santé mentale soutien usagers psychiatrie psychiatrique expérience
      vécue accompagnement médiateur entraide groupe groupes professionnels équipe équipes compétences réseau
      association hôpital patients autonomie inclusion emploi personnes parcours stigmatisation droits guide
      rapport évaluation recherche pratiques projet formateurs reconnaissance intégration communauté écoute
      espoir aidance services soins secteur partenaires programme savoirs expérientiels`),
    phrases: [
      'pair-aidant',
      'pair aidant',
      'pairs-aidants',
      'médiateur de santé pair',
      'soutien par les pairs',
      'santé mentale',
      'expérience vécue',
      "groupe d'entraide",
      'entendeurs de voix',
      'college de rétablissement',
    ],
  },
  pt: {
    config: 'portuguese',
    stop: split(`o a os as de do da dos das e em no na um uma para por com que se é ao mais são`),
    words:
      split(`recuperação apoio pares formação saúde mental experiência vivida utentes psiquiatria psiquiátrico
      técnico trabalhador comunidade grupo ajuda mútua profissionais equipa competências rede associação
      hospital inclusão emprego pessoas estigma direitos guia relatório avaliação investigação práticas projeto
      formadores reconhecimento integração esperança capacitação cuidados serviços parceria`),
    phrases: [
      'apoio entre pares',
      'apoio de pares',
      'técnico de apoio de pares',
      'saúde mental',
      'experiência vivida',
      'grupo de ajuda mútua',
      'ouvir vozes',
    ],
  },
  no: {
    config: 'norwegian',
    stop: split(`og i på til som det er en et av for med har de om ikke fra kan å den ved`),
    words:
      split(`erfaringskonsulent erfaringskonsulenter bedring likeperson likepersonsarbeid opplæring utdanning
      psykisk helse rus erfaringskompetanse brukererfaring brukere tjenester kommune kommunen tjeneste psykiatri
      psykiatrisk fellesskap selvhjelpsgruppe veiledning arbeid ansatte kompetanse nettverk organisasjon sykehus
      inkludering mestring håp rettigheter veileder rapport evaluering forskning praksis prosjekt samarbeid
      tilfriskning erfaringsmedarbeider`),
    phrases: [
      'psykisk helse',
      'likepersonsstøtte',
      'erfaringskonsulent',
      'stemmehørere',
      'recovery-orientert',
    ],
  },
  pl: {
    config: 'simple',
    stop: split(`i w na z do się nie że o jest to dla oraz jak przez od po są ich`),
    words:
      split(`asystent zdrowienia zdrowienie wsparcie rówieśnicze szkolenie zdrowie psychiczne doświadczenie
      osoby psychiatria psychiatryczny pacjentów środowiskowe centrum zdrowia psychicznego społeczność grupa
      samopomocy kompetencje sieć stowarzyszenie szpital włączenie zatrudnienie stygmatyzacja prawa przewodnik
      raport ocena badania praktyki projekt trenerzy uznanie integracja nadzieja rodzina zespół ekspert kryzys
      asystenci usługi`),
    phrases: [
      'asystent zdrowienia',
      'wsparcie rówieśnicze',
      'zdrowie psychiczne',
      'grupa samopomocy',
      'centrum zdrowia psychicznego',
    ],
  },
  it: {
    config: 'italian',
    stop: split(`il la le di del della e in un una per con che è dei delle nel alla al sono gli i si`),
    words:
      split(`esperto supporto pari guarigione formazione salute mentale esperienza vissuta utenti psichiatria
      psichiatrico servizi servizio comunità gruppo auto mutuo aiuto operatori competenze rete associazione
      ospedale inclusione lavoro persone stigma diritti guida rapporto valutazione ricerca pratiche progetto
      formatori riconoscimento integrazione speranza familiari dipartimento uditori voci esperti`),
    phrases: [
      'esperto in supporto tra pari',
      'supporto tra pari',
      'salute mentale',
      'esperienza vissuta',
      'gruppo di auto mutuo aiuto',
      'uditori di voci',
      'esperto per esperienza',
    ],
  },
  de: {
    config: 'german',
    stop: split(
      `der die das und in zu den von mit für ist im auf des ein eine sich nicht als auch werden bei`,
    ),
    words: split(`genesungsbegleiter genesungsbegleiterin genesung ausbildung psychische gesundheit erfahrung
      erfahrungsexperten psychiatrie psychiatrischen unterstützung betroffene angehörige selbsthilfe
      selbsthilfegruppe gruppe fachkräfte team kompetenz kompetenzen netzwerk verein klinik krankenhaus inklusion
      arbeit beschäftigung menschen stigmatisierung rechte leitfaden bericht evaluation forschung praxis projekt
      trainer anerkennung integration hoffnung krise begleitung weiterbildung`),
    phrases: ['psychische gesundheit', 'peer-unterstützung', 'ex-in', 'genesungsbegleiter'],
  },
  es: {
    config: 'spanish',
    stop: split(`el la los las de del y en un una para por con que es se al su sus más son`),
    words:
      split(`experto experiencia apoyo pares recuperación formación salud mental vivida usuarios psiquiatría
      psiquiátrico servicios comunidad grupo ayuda mutua profesionales equipo competencias red asociación
      hospital inclusión empleo personas estigma derechos guía informe evaluación investigación prácticas
      proyecto formadores reconocimiento integración esperanza familias crisis acompañamiento`),
    phrases: ['apoyo entre pares', 'experto por experiencia', 'salud mental', 'experiencia vivida'],
  },
  el: {
    config: 'greek',
    stop: split(`και το η ο της του των τα σε με για από που είναι οι στην στο ένα μια ως`),
    words:
      split(`ανάρρωση ανάρρωσης υποστήριξη ομότιμη ομοτίμων εκπαίδευση ψυχική υγεία ψυχικής υγείας εμπειρία
      βιωμένη χρήστες υπηρεσίες ψυχιατρική κοινότητα ομάδα αυτοβοήθειας επαγγελματίες ομάδες δεξιότητες δίκτυο
      σύλλογος νοσοκομείο ένταξη απασχόληση άτομα στίγμα δικαιώματα οδηγός έκθεση αξιολόγηση έρευνα πρακτικές
      έργο εκπαιδευτές αναγνώριση ελπίδα οικογένεια κρίση`),
    phrases: ['ψυχική υγεία', 'ομότιμη υποστήριξη', 'βιωμένη εμπειρία'],
  },
};
/** English terms other languages borrow (peer, recovery, Erasmus+…). */
const LOANS = split(`peer recovery empowerment coaching peer-support mentoring erasmus training toolkit`);
/** Weights as { value: weight }, for weighted(). */
const W = (weights) => Object.entries(weights);
const LANGUAGE_MIX = W({ en: 40, fr: 11, de: 9, it: 8, es: 8, no: 7, pl: 7, pt: 6, el: 4 });
const COUNTRIES = ['BE', 'FR', 'RO', 'ES', 'NO', 'DE', 'IT', 'GR', 'PL', 'UK', 'IE', 'MT'];
const COUNTRY_BY_LANG = {
  en: W({ UK: 35, IE: 20, MT: 8, RO: 9, BE: 5, DE: 5, NO: 4, GR: 4, PL: 3, IT: 3, ES: 2, FR: 2 }),
  fr: W({ FR: 70, BE: 30 }),
  pt: COUNTRIES.map((c) => [c, 1]), // no PT among the network's countries: anywhere
  no: W({ NO: 1 }),
  pl: W({ PL: 1 }),
  it: W({ IT: 1 }),
  de: W({ DE: 85, BE: 15 }),
  es: W({ ES: 1 }),
  el: W({ GR: 1 }),
};
const KINDS = W({ resource: 50, practice: 25, organisation: 22, country: 3 });
const TYPES = {
  resource: W({
    guide: 20,
    paper: 15,
    report: 15,
    toolkit: 8,
    brochure: 8,
    curriculum: 6,
    competency_framework: 4,
    policy: 5,
    website: 5,
    newsletter: 5,
    mooc: 3,
    video: 4,
    book: 2,
  }),
  organisation: W({
    ngo: 35,
    university: 15,
    health_service: 15,
    public_body: 12,
    network: 10,
    user_led: 8,
    peer_association: 5,
  }),
  practice: W({
    intentional_peer_support: 40,
    self_help_group: 15,
    informal_group: 10,
    peer_support_worker: 15,
    recovery_college: 10,
    hearing_voices_group: 5,
    open_dialogue: 5,
  }),
  country: [[null, 1]],
};
const AUDIENCES = [
  'peer_workers',
  'practitioners',
  'organisations',
  'trainers',
  'policymakers',
  'researchers',
  'general_public',
  'families',
];
const TOPICS = [
  'training',
  'team integration',
  'employment',
  'competency framework',
  'recovery',
  'implementation',
  'co-production',
  'addiction',
  'supervision',
  'stigma',
  'recognition',
  'peer support',
  'human rights',
  'recovery colleges',
  'Erasmus+',
  'mutual learning',
  'experience expertise',
  'benefits of peer support',
  'work transitions',
  'train-the-trainer',
  'terminology',
  'team support',
  'social integration',
  'youth',
];

/**
 * Shares of a body's words. Function words; the document's own topic words; other domain words (Zipf, so
 * "peer" or "recovery" are in most documents and "supervision" in a few percent); the vocabulary's multi-word
 * terms; English loans in other languages; years; the rest from a long tail of generated words (names, places,
 * uncommon words), which is what most of a real index's lexicon is.
 */
const MIX = { stop: 0.38, topic: 0.08, domain: 0.04, phrase: 0.004, loan: 0.01, year: 0.01 };

/** A long tail of proper names (places, organisations, people): the lexicon of a real index is mostly these. */
function makeNames(rand, n) {
  const syl = split(`ka ber lin vo sta mar ne ti ol sund gra vik an dre el mo ra ze lu fjor to hal kir ste ro
    ska tre bel wa ni sen dor pa cz ow ski ia va lle qui ber go nes ham ton ford mil li ce`);
  const set = new Set();
  while (set.size < n) {
    const k = 2 + Math.floor(rand() * 2.2);
    let w = '';
    for (let i = 0; i < k; i++) w += pick(rand, syl);
    set.add(w[0].toUpperCase() + w.slice(1));
  }
  return [...set];
}

function makeCorpus(seed) {
  const rand = prng(seed);
  const names = makeNames(rand, 40_000);
  const nameOf = zipf(names, 1.0);
  const lang = {};
  for (const [code, l] of Object.entries(LANGS)) {
    lang[code] = { ...l, stopOf: zipf(l.stop, 0.8), wordOf: zipf(l.words, 1.0), topicOf: zipf(l.words, 0.6) };
  }
  const sentence = (L, len, topicWords) => {
    const out = [];
    for (let i = 0; i < len; i++) {
      let r = rand();
      if ((r -= MIX.stop) < 0) out.push(L.stopOf(rand));
      else if ((r -= MIX.topic) < 0) out.push(pick(rand, topicWords));
      else if ((r -= MIX.domain) < 0) out.push(L.wordOf(rand));
      else if ((r -= MIX.phrase) < 0) out.push(pick(rand, L.phrases));
      else if ((r -= MIX.loan) < 0) out.push(L === lang.en ? L.wordOf(rand) : pick(rand, LOANS));
      else if ((r -= MIX.year) < 0) out.push(String(1995 + Math.floor(rand() * 31)));
      else {
        const w = nameOf(rand);
        out.push(rand() < 0.7 ? w.toLowerCase() : w);
      }
    }
    const s = out.join(' ');
    return s[0].toUpperCase() + s.slice(1);
  };
  /** One document; n is its number. */
  return (n) => {
    const language = weighted(rand, LANGUAGE_MIX);
    const L = lang[language];
    const kind = weighted(rand, KINDS);
    // What the document is about: 2–4 domain words it keeps coming back to.
    const topicWords = [
      ...new Set(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => L.topicOf(rand))),
    ];
    const titleLen = 4 + Math.floor(11 * rand() ** 1.3); // 4–14 words
    const bodyLen = 60 + Math.floor(341 * rand() ** 1.6); // 60–400 words, mean ≈ 190
    const titleWords = [];
    for (let i = 0; i < titleLen; i++) {
      const r = rand();
      titleWords.push(
        r < 0.2
          ? L.stopOf(rand)
          : r < 0.65
            ? pick(rand, topicWords)
            : r < 0.85
              ? nameOf(rand)
              : L.wordOf(rand),
      );
    }
    if (rand() < 0.25) titleWords[Math.floor(rand() * titleLen)] = pick(rand, L.phrases);
    const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
    const sentences = [];
    for (let left = bodyLen; left > 0;) {
      const len = Math.min(left, 6 + Math.floor(rand() * 14));
      sentences.push(sentence(L, len, topicWords));
      left -= len;
    }
    const body = sentences.join('. ') + '.';
    const country =
      kind === 'country'
        ? pick(rand, COUNTRIES)
        : rand() < 0.05
          ? null
          : weighted(rand, COUNTRY_BY_LANG[language]);
    const type = weighted(rand, TYPES[kind]);
    const year = kind === 'resource' || kind === 'practice' ? 2025 - Math.floor(31 * rand() ** 2) : null; // 1995–2025, recent-heavy
    const audience = kind === 'resource' ? sample(rand, AUDIENCES, 1 + Math.floor(rand() * 4)) : [];
    const topics = kind === 'country' ? [] : sample(rand, TOPICS, Math.floor(rand() * 5));
    return {
      id: `bench:${n}`,
      kind,
      entityId: `bench-${n}`,
      slug: `bench-${kind}-${n}`,
      title,
      body,
      country,
      language,
      audience,
      topics,
      type,
      year,
      config: L.config,
    };
  };
}

const pgArray = (values) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

const INSERT_SQL = `
  INSERT INTO search_documents (id, kind, entity_id, slug, title, body, country, language, audience, topics, type, year,
                                version, config)
  SELECT u.id, u.kind, u.entity_id, u.slug, u.title, u.body, u.country, u.language, u.audience::text[], u.topics::text[],
         u.type, u.year, 1, u.config::regconfig
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
              $10::text[], $11::text[], $12::int[], $13::text[])
       AS u(id, kind, entity_id, slug, title, body, country, language, audience, topics, type, year, config)`;

function batchParams(docs) {
  const col = (f) => docs.map(f);
  return [
    col((d) => d.id),
    col((d) => d.kind),
    col((d) => d.entityId),
    col((d) => d.slug),
    col((d) => d.title),
    col((d) => d.body),
    col((d) => d.country),
    col((d) => d.language),
    col((d) => pgArray(d.audience)),
    col((d) => pgArray(d.topics)),
    col((d) => d.type),
    col((d) => d.year),
    col((d) => d.config),
  ];
}

// ───────────────────────────── the query mix ─────────────────────────────

const QUERIES = [
  // [class, weight, queries]
  ['browse', 10, ['']],
  [
    'word',
    25,
    [
      'recovery',
      'peer',
      'training',
      'support',
      'supervision',
      'stigma',
      'employment',
      'formation',
      'bedring',
      'empowerment',
    ],
  ],
  [
    'two words',
    15,
    [
      'peer support',
      'mental health',
      'recovery college',
      'peer training',
      'lived experience',
      'hearing voices',
    ],
  ],
  ['typo', 10, ['recovry', 'trainnig', 'supprot', 'rétablisement', 'erfaringskonsulnet', 'empowermnet']],
  ['prefix', 15, ['forma', 'rec', 'empl', 'psych', 'opplær', 'supervi']],
  [
    'multilingual',
    25,
    [
      'pair aidant',
      'erfaringskonsulent',
      'asystent zdrowienia',
      'rétablissement',
      'recuperação',
      'formação',
      'genesungsbegleiter',
      'apoyo entre pares',
      'ψυχική υγεία',
      'supporto tra pari',
      'opplæring',
    ],
  ],
];
const FILTERS = [
  // [label, weight, filter]
  ['none', 40, null],
  ['kind', 15, { kind: ['RESOURCE'] }],
  ['kind', 5, { kind: ['PRACTICE', 'ORGANISATION'] }],
  ['country', 8, { country: ['FR'] }],
  ['country', 7, { country: ['NO', 'PL'] }],
  ['language', 8, { language: ['en'] }],
  ['language', 7, { language: ['fr', 'it'] }],
  ['two fields', 5, { kind: ['RESOURCE'], language: ['en'] }],
  ['two fields', 5, { country: ['BE'], year: [2019, 2020, 2021, 2022] }],
];

const SEARCH_GQL = `query Bench($query: String!, $filter: SearchFilterInput, $first: Int!) {
  search(query: $query, filter: $filter, first: $first) {
    total hits { kind id slug title snippet } facets { field values { value count } } engine tookMs
  }
}`;
const SEARCH_LIST = QUERIES.flatMap(([cls, w, qs]) => qs.map((q) => [{ cls, q }, w / qs.length]));

function searchCase(rand) {
  const { cls, q } = weighted(rand, SEARCH_LIST);
  const [fLabel, , filter] = weighted(
    rand,
    FILTERS.map((f) => [f, f[1]]),
  );
  return {
    label: cls,
    filterLabel: fLabel,
    body: JSON.stringify({ query: SEARCH_GQL, variables: { query: q, filter, first: FIRST } }),
  };
}
const TYPENAME_BODY = JSON.stringify({ query: '{ __typename }' });

// ───────────────────────────── HTTP ─────────────────────────────

function post(agent, port, body) {
  return new Promise((res) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (r) => {
        const chunks = [];
        r.on('data', (c) => chunks.push(c));
        r.on('end', () => res({ status: r.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        r.on('error', (e) => res({ status: 0, text: '', error: e.message }));
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`timeout after ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (e) => res({ status: 0, text: '', error: e.message }));
    req.end(body);
  });
}

/** null when the answer is a good GraphQL answer, else what went wrong. */
function problem(r) {
  if (r.error) return r.error;
  if (r.status !== 200) return `HTTP ${r.status}: ${r.text.slice(0, 200)}`;
  try {
    const json = JSON.parse(r.text);
    if (json.errors?.length) return `GraphQL: ${json.errors[0].message}`;
    if (!json.data) return 'no data';
    return null;
  } catch {
    return `unparsable answer: ${r.text.slice(0, 120)}`;
  }
}

let stopping = false;

/** `clients` loops sending requests for `seconds`; requests in flight at the end are waited for and counted. */
async function load(name, port, makeCase, seconds, clients) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const lat = [];
  const byClass = new Map();
  const errors = new Map();
  let errorCount = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async (c) => {
    const rand = prng(SEED * 7919 + c);
    while (!stopping && performance.now() < deadline) {
      const kase = makeCase(rand);
      const t0 = performance.now();
      const r = await post(agent, port, kase.body);
      const ms = performance.now() - t0;
      const err = problem(r);
      if (err) {
        errorCount++;
        errors.set(err, (errors.get(err) ?? 0) + 1);
        continue;
      }
      lat.push(ms);
      if (kase.label) {
        if (!byClass.has(kase.label)) byClass.set(kase.label, []);
        byClass.get(kase.label).push(ms);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(c)));
  const elapsed = performance.now() - started;
  agent.destroy();
  lat.sort((a, b) => a - b);
  for (const v of byClass.values()) v.sort((a, b) => a - b);
  return { name, lat, byClass, errors, errorCount, elapsed };
}

// ───────────────────────────── the API process ─────────────────────────────

let api = null;
let apiExited = null;

async function startApi(port) {
  const out = createWriteStream(opts['api-log']);
  const env = {
    ...process.env,
    DATABASE_URL: BENCH_URL,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED: 'true',
    SEARCH_RELAY: 'false',
    MEILI_HOST: '', // measure the built-in PostgreSQL engine
    DB_LOGGING: 'false',
    NODE_ENV: 'production',
  };
  delete env.WEB_DIST;
  api = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout.pipe(out);
  api.stderr.pipe(out);
  apiExited = new Promise((res) => api.once('exit', (code, signal) => res({ code, signal })));
  const started = performance.now();
  let exited = null;
  apiExited.then((e) => (exited = e));
  for (;;) {
    if (exited)
      throw new Error(`the API exited (${exited.code ?? exited.signal}) before answering /health\n${tail()}`);
    if (performance.now() - started > 300_000)
      throw new Error(`the API did not answer /health within 300 s\n${tail()}`);
    const ok = await new Promise((res) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/health', timeout: 2000 }, (r) => {
        r.resume();
        r.on('end', () => res(r.statusCode === 200));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => res(false));
    });
    if (ok) return performance.now() - started;
    await sleep(300);
  }
}

/** The errors the API logged for GraphQL requests, by message (the answer itself only says "Internal server error"). */
function apiLogErrors() {
  const counts = new Map();
  let text = '';
  try {
    text = readFileSync(opts['api-log'], 'utf8');
  } catch {
    return counts;
  }
  // eslint-disable-next-line no-control-regex
  for (const line of text.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = line.match(/\[GraphQL\] (.*)$/);
    if (m) counts.set(m[1].trim(), (counts.get(m[1].trim()) ?? 0) + 1);
  }
  return counts;
}

function tail() {
  try {
    return readFileSync(opts['api-log'], 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

async function stopApi() {
  if (!api || api.exitCode !== null || api.signalCode !== null) return;
  api.kill('SIGTERM');
  const done = await Promise.race([apiExited, sleep(10_000).then(() => null)]);
  if (!done) {
    api.kill('SIGKILL');
    await apiExited;
  }
}

// ───────────────────────────── database ─────────────────────────────

const clients = new Set();

/** A connected pg client; cleanup ends the ones still open (DROP … WITH (FORCE) would end them anyway). */
async function connect(url) {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined); // a connection ended by the server during cleanup is expected
  clients.add(c);
  c.once('end', () => clients.delete(c));
  await c.connect();
  return c;
}

async function admin(fn) {
  const c = await connect(ADMIN_URL);
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

let createdDb = false;

async function dropDb() {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
}

async function insertCorpus(bench) {
  const gen = makeCorpus(SEED);
  let next = 1;
  let generateMs = 0;
  let done = 0;
  const makeBatch = () => {
    if (next > DOCS) return null;
    const t = performance.now();
    const docs = [];
    for (; docs.length < BATCH && next <= DOCS; next++) docs.push(gen(next));
    generateMs += performance.now() - t;
    return docs;
  };
  const started = performance.now();
  let lastPrint = started;
  const worker = async () => {
    const c = await connect(BENCH_URL);
    try {
      for (let docs = makeBatch(); docs && !stopping; docs = makeBatch()) {
        await c.query(INSERT_SQL, batchParams(docs));
        done += docs.length;
        if (performance.now() - lastPrint > 10_000) {
          lastPrint = performance.now();
          log(`  … ${done.toLocaleString('en')} documents, ${secs(lastPrint - started)}`);
        }
      }
    } finally {
      await c.end();
    }
  };
  await Promise.all(Array.from({ length: INSERT_JOBS }, worker));
  const insertMs = performance.now() - started;
  const t1 = performance.now();
  const lex = await bench.query(`
    INSERT INTO search_lexicon
    SELECT DISTINCT w FROM (
      SELECT regexp_split_to_table(lower(ph_unaccent(title || ' ' || body)), '[^[:alnum:]]+') w
      FROM search_documents WHERE id LIKE 'bench:%') x
    WHERE length(w) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING`);
  const lexiconMs = performance.now() - t1;
  return { insertMs, generateMs, lexiconMs, lexiconAdded: lex.rowCount };
}

// ───────────────────────────── EXPLAIN ─────────────────────────────

/**
 * Captures the SQL the engine itself sends for one search (the compiled PostgresSearchEngine, fed a stand-in
 * DataSource that forwards to a pg client), then runs EXPLAIN (ANALYZE, BUFFERS) on it.
 */
async function explain(query) {
  if (!existsSync(ENGINE)) return null;
  const { PostgresSearchEngine } = createRequire(import.meta.url)(ENGINE);
  const c = await connect(BENCH_URL);
  try {
    let captured = null;
    let settings = null;
    const manager = {
      query: async (sql, params) => {
        if (!settings && /^\s*SELECT set_config/.test(sql)) settings = { sql, params };
        if (!captured && /^\s*WITH q AS/.test(sql)) captured = { sql, params };
        return (await c.query(sql, params)).rows;
      },
    };
    const ds = {
      manager,
      transaction: async (_isolation, fn) => {
        await c.query('BEGIN');
        try {
          const r = await fn(manager);
          await c.query('COMMIT');
          return r;
        } catch (e) {
          await c.query('ROLLBACK');
          throw e;
        }
      },
    };
    const engine = new PostgresSearchEngine(ds);
    await engine.search({ query, offset: 0, limit: FIRST, filter: {} });
    if (!captured) return null;
    await c.query('BEGIN');
    if (settings) await c.query(settings.sql, settings.params); // the engine's own per-transaction settings
    const plan = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${captured.sql}`, captured.params)).rows.map(
      (r) => r['QUERY PLAN'],
    );
    await c.query('COMMIT');
    return plan;
  } finally {
    await c.end();
  }
}

// ───────────────────────────── report ─────────────────────────────

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

function row(name, lat, elapsed, errors) {
  return [
    name,
    lat.length + errors,
    f1((lat.length + errors) / (elapsed / 1000)),
    f1(percentile(lat, 50)),
    f1(percentile(lat, 95)),
    f1(percentile(lat, 99)),
    f1(lat[lat.length - 1]),
    errors,
  ];
}

// ───────────────────────────── main ─────────────────────────────

async function cleanup() {
  stopping = true;
  await Promise.all([...clients].map((c) => c.end().catch(() => undefined)));
  await stopApi().catch((e) => console.error(`could not stop the API: ${e.message}`));
  if (createdDb || opts.reuse) {
    if (opts.keep) log(`Kept database ${redact(BENCH_URL)}`);
    else {
      await dropDb().then(
        () => log(`Dropped database ${DB_NAME}`),
        (e) => console.error(`could not drop ${DB_NAME}: ${e.message}`),
      );
    }
  }
}

let cleaning = null;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (cleaning) return;
    log(`\n${sig}: stopping…`);
    cleaning = cleanup().finally(() => process.exit(130));
  });
}

/** Each query once, one at a time, no filter: warms the caches and shows what each query costs alone. */
async function singlePass(port) {
  log(`\nOne client, each query once, no filter:`);
  const single = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const [cls, , qs] of QUERIES) {
    for (const q of qs) {
      if (stopping) return;
      const body = JSON.stringify({ query: SEARCH_GQL, variables: { query: q, filter: null, first: FIRST } });
      const t0 = performance.now();
      const r = await post(agent, port, body);
      const ms = performance.now() - t0;
      const err = problem(r);
      const s = err ? null : JSON.parse(r.text).data.search;
      single.push([
        cls,
        JSON.stringify(q),
        err ? `error: ${err.slice(0, 60)}` : s.total,
        f1(ms),
        s ? f1(s.tookMs) : '–',
      ]);
    }
  }
  agent.destroy();
  log(table(['class', 'query', 'total', 'ms', 'tookMs'], single));
}

async function main() {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the API first with \`npx nx run api:build\``);
  }
  const machine = `${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? '?'}), ${mb(os.totalmem())} RAM, ${os.platform()} ${os.release()}, node ${process.version}`;
  log(`PeerHub search benchmark — ${new Date().toISOString()}`);
  log(
    `machine: ${machine}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );

  // 1. the database
  const exists = await admin(async (c) => {
    const { rows } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    return rows.length > 0;
  });
  let reuse = false;
  if (exists && opts.reuse) {
    reuse = true;
    log(`Reusing database ${DB_NAME}`);
  } else {
    if (exists) log(`Database ${DB_NAME} exists from an earlier run: dropping it`);
    await dropDb();
    await admin((c) => c.query(`CREATE DATABASE ${DB_NAME}`));
    createdDb = true;
    log(`Created database ${redact(BENCH_URL)}`);
  }
  const server = await admin(async (c) => {
    const r = await c.query(
      `SELECT current_setting('server_version') v, current_setting('shared_buffers') sb, current_setting('work_mem') wm,
              current_setting('jit') jit`,
    );
    return r.rows[0];
  });
  log(`PostgreSQL ${server.v} (shared_buffers ${server.sb}, work_mem ${server.wm}, jit ${server.jit})`);

  // 2. the API, which migrates and seeds
  const port = await freePort();
  log(`Starting the API on 127.0.0.1:${port} (output in ${opts['api-log']}) …`);
  const bootMs = await startApi(port);
  log(`API healthy after ${secs(bootMs)} (migrations + seed)`);

  // 3. the synthetic corpus
  const bench = await connect(BENCH_URL);
  const countBench = async () =>
    Number((await bench.query(`SELECT count(*) n FROM search_documents WHERE id LIKE 'bench:%'`)).rows[0].n);
  let have = await countBench();
  if (reuse && have >= DOCS) {
    log(`Corpus already there: ${have.toLocaleString('en')} synthetic documents`);
  } else {
    if (have) await bench.query(`DELETE FROM search_documents WHERE id LIKE 'bench:%'`);
    log(
      `Inserting ${DOCS.toLocaleString('en')} synthetic documents (${BATCH} per INSERT, ${INSERT_JOBS} at once) …`,
    );
    const r = await insertCorpus(bench);
    if (stopping) return;
    log(
      `  inserted in ${secs(r.insertMs)} (${Math.round(DOCS / (r.insertMs / 1000)).toLocaleString('en')} docs/s; ` +
        `${secs(r.generateMs)} of it generating text in Node)`,
    );
    log(`  lexicon filled in ${secs(r.lexiconMs)} (+${r.lexiconAdded.toLocaleString('en')} words)`);
    const t = performance.now();
    await bench.query('VACUUM (ANALYZE) search_documents, search_lexicon');
    log(`  VACUUM (ANALYZE) in ${secs(performance.now() - t)}`);
    have = await countBench();
  }
  const stats = (
    await bench.query(`
      SELECT (SELECT count(*) FROM search_documents)::int total,
             (SELECT count(*) FROM search_documents WHERE id NOT LIKE 'bench:%')::int real,
             (SELECT count(*) FROM search_lexicon)::int lexicon,
             pg_total_relation_size('search_documents') total_size,
             pg_relation_size('search_documents') heap_size,
             pg_indexes_size('search_documents') index_size,
             pg_relation_size('search_documents_tsv_idx') tsv_idx,
             pg_relation_size('search_documents_trgm_idx') trgm_idx,
             (SELECT round(avg(array_length(regexp_split_to_array(body, '\\s+'), 1))) FROM search_documents
               WHERE id LIKE 'bench:%') avg_body_words`)
  ).rows[0];
  const corpus =
    `${stats.total.toLocaleString('en')} documents (${have.toLocaleString('en')} synthetic + ${stats.real} seeded), ` +
    `avg body ${stats.avg_body_words} words, lexicon ${stats.lexicon.toLocaleString('en')} words`;
  const sizes =
    `search_documents ${mb(stats.total_size)} total (heap+toast ${mb(stats.total_size - stats.index_size)}, ` +
    `indexes ${mb(stats.index_size)}: tsv GIN ${mb(stats.tsv_idx)}, trigram GIN ${mb(stats.trgm_idx)})`;
  log(`Corpus: ${corpus}`);
  log(`Size: ${sizes}`);
  await bench.end();
  if (stopping) return;

  // 4. one pass over every query, one at a time (warms the caches; shows each query's latency alone)
  if (!opts['skip-single']) await singlePass(port);
  if (stopping) return;

  // 5. the load runs
  log(`\nLoad: ${CLIENTS} clients × ${SECONDS} s, search mix (first ${FIRST}) …`);
  const search = await load('search (mix)', port, searchCase, SECONDS, CLIENTS);
  if (stopping) return;
  log(`Load: ${CLIENTS} clients × ${SECONDS} s, { __typename } …`);
  const ceiling = await load(
    '{ __typename }',
    port,
    () => ({ label: null, body: TYPENAME_BODY }),
    SECONDS,
    CLIENTS,
  );
  if (stopping) return;

  // 6. EXPLAIN of a representative search
  let plan = null;
  try {
    plan = await explain(opts['explain-query']);
  } catch (e) {
    log(`EXPLAIN failed: ${e.message}`);
  }

  // 7. the report
  log(`\n═══ Results — ${new Date().toISOString()} ═══`);
  log(`machine: ${machine}`);
  log(
    `PostgreSQL ${server.v} (shared_buffers ${server.sb}, work_mem ${server.wm}, jit ${server.jit}); engine: postgres`,
  );
  log(`corpus: ${corpus}`);
  log(`size: ${sizes}`);
  log(`load: ${CLIENTS} clients, ${SECONDS} s per run, first ${FIRST}, seed ${SEED}; latencies in ms\n`);
  const header = ['run', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors'];
  log(
    table(
      header,
      [search, ceiling].map((r) => row(r.name, r.lat, r.elapsed, r.errorCount)),
    ),
  );
  log(`\nsearch by query class (successful requests):`);
  log(
    table(
      ['class', 'requests', 'p50', 'p95', 'p99', 'max'],
      [...search.byClass.entries()].map(([cls, l]) => [
        cls,
        l.length,
        f1(percentile(l, 50)),
        f1(percentile(l, 95)),
        f1(percentile(l, 99)),
        f1(l[l.length - 1]),
      ]),
    ),
  );
  for (const r of [search, ceiling]) {
    for (const [msg, n] of r.errors) log(`errors in ${r.name}: ${n} × ${msg}`);
  }
  const apiErrors = apiLogErrors();
  for (const [msg, n] of apiErrors) log(`API log: ${n} × ${msg}`);
  if (plan) {
    const exec = plan.find((l) => /^Execution Time/.test(l));
    const planning = plan.find((l) => /^Planning Time/.test(l));
    const buffers = plan.find((l) => /Buffers:/.test(l))?.trim();
    log(
      `\nEXPLAIN (ANALYZE, BUFFERS) of the engine's SQL for ${JSON.stringify(opts['explain-query'])}: ` +
        `${exec}; ${planning}; top node ${buffers ?? ''}`,
    );
    if (opts['explain-full']) log(plan.join('\n'));
  }
}

main()
  .catch((e) => {
    if (stopping) return; // interrupted: the signal handler reports and cleans up
    process.exitCode = 1;
    console.error(`\nBenchmark failed: ${e.stack ?? e}`);
  })
  .finally(async () => {
    if (cleaning) return;
    cleaning = cleanup();
    await cleaning;
    process.exit(process.exitCode ?? 0);
  });
