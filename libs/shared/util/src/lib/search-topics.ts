/**
 * The controlled topic vocabulary of search: the values of the "Topic" facet. Records keep their own free-text tags
 * (shown on their pages); a search document's topics are the ids below whose terms its tags, title or body use, in
 * any of the languages the knowledge base is written in (EN, FR, PT, NO, PL, IT, ES, DE, EL). The web labels each id
 * in every UI language (search-labels.ts).
 *
 * A term matches at the start of a word of the accent-free, lower-case text; a term ending in `*` also matches
 * longer words ("formation*" → "formations"), any other only the whole word or phrase.
 */
export const SEARCH_TOPICS = [
  {
    id: 'training',
    terms: [
      'training',
      'train-the-trainer',
      'curricul*',
      'course*',
      'mooc',
      'online learning',
      'recovery college*',
      'formation*',
      'formador*',
      'formacao',
      'formacoes',
      'formazione',
      'formacion',
      'opplaering',
      'utdanning*',
      'kurs*',
      'szkoleni*',
      'ksztalceni*',
      'weiterbildung*',
      'ausbildung*',
      'ekpaideus*',
    ],
  },
  {
    id: 'recovery',
    terms: [
      'recovery',
      'personal recovery',
      'recovery-oriented',
      'recovery movement',
      'retablissement',
      'recuperacao',
      'recuperacion',
      'recupero',
      'bedring',
      'tilfriskning',
      'zdrowieni*',
      'genesung*',
      'anarrosi',
    ],
  },
  {
    id: 'employment',
    terms: [
      'employment',
      'employ*',
      'job*',
      'pay',
      'salar*',
      'wage*',
      'recruitment',
      'work transitions',
      'social cooperative*',
      'social-cooperatives',
      'emploi*',
      'remuneration',
      'emprego*',
      'remuneracao',
      'trabalho',
      'arbeidsliv*',
      'jobb*',
      'lonn*',
      'zatrudnieni*',
      'wynagrodzeni*',
      'lavoro',
      'occupazione',
      'retribuzione',
      'empleo',
      'beschaftigung',
      'apascholisi',
    ],
  },
  {
    id: 'policy',
    terms: [
      'policy',
      'policies',
      'public policy',
      'national strategy',
      'law',
      'laws',
      'legislation',
      'regulation*',
      'recognition',
      'accreditation',
      'institutionalisation',
      'psychiatric care reform',
      'politique*',
      'loi',
      'reconnaissance',
      'politica*',
      'legislacao',
      'reconhecimento',
      'lovverk*',
      'strategi',
      'nasjonal strategi',
      'polityk*',
      'ustaw*',
      'legge',
      'riconoscimento',
      'gesetz*',
      'politiki',
    ],
  },
  {
    id: 'co-production',
    terms: [
      'co-production',
      'coproduction',
      'co-produced',
      'co-design*',
      'partnership*',
      'mutual learning',
      'coproduzione',
      'coproducao',
      'coproduccion',
      'samskaping',
      'brukermedvirkning',
      'wspoltworzeni*',
    ],
  },
  {
    id: 'supervision',
    terms: [
      'supervision',
      'team support',
      'support for peer workers',
      'team integration',
      'organisational culture',
      'veiledning',
      'supervisao',
      'superwizj*',
      'supervisione',
    ],
  },
  {
    id: 'rights',
    terms: [
      'human rights',
      'human rights-based approach',
      'rights',
      'coercion',
      'restraint',
      'stigma*',
      'discrimination',
      'crpd',
      'droits',
      'contrainte',
      'direitos',
      'coercao',
      'estigma*',
      'rettigheter',
      'tvang',
      'prawa',
      'przymus',
      'diritti',
      'contenzione',
      'derechos',
      'menschenrechte',
      'dikaiomata',
    ],
  },
  {
    id: 'addiction',
    terms: [
      'addiction*',
      'substance use',
      'substance misuse',
      'drug use',
      'alcohol',
      'toxicomanie*',
      'dependencia*',
      'adicao',
      'rus',
      'rusavhengighet',
      'rusomsorg*',
      'uzaleznieni*',
      'dipendenz*',
      'sucht*',
      'exartisi',
    ],
  },
  {
    id: 'youth',
    terms: [
      'youth',
      'young people*',
      'young adults',
      'adolescen*',
      'children',
      'jeunes',
      'jovens',
      'juventude',
      'ungdom*',
      'unge',
      'mlodziez*',
      'giovani',
      'jovenes',
      'jugend*',
      'neoi',
    ],
  },
  {
    id: 'research',
    terms: [
      'research',
      'evaluation*',
      'evidence',
      'international evidence',
      'scoping review',
      'systematic review',
      'survey',
      'delphi survey',
      'impact',
      'outcome*',
      'recherche',
      'etude*',
      'investigacao',
      'pesquisa',
      'avaliacao',
      'forskning',
      'evaluering*',
      'badani*',
      'ewaluacj*',
      'ricerca',
      'valutazione',
      'investigacion',
      'forschung',
      'erevna',
    ],
  },
  {
    id: 'hearing-voices',
    terms: [
      'hearing voices',
      'voice hearers',
      'voice-hearers',
      'voice hearing',
      'entendeurs de voix',
      'entendre des voix',
      'ouvir vozes',
      'ouvidores de vozes',
      'stemmehorere',
      'hore stemmer',
      'slyszacy glosy',
      'uditori di voci',
      'sentire le voci',
      'escuchadores de voces',
      'stimmenhoren*',
    ],
  },
  {
    id: 'family',
    terms: [
      'family',
      'families',
      'carer*',
      'caregiver*',
      'relatives',
      'famille*',
      'proches',
      'familia*',
      'cuidador*',
      'familiar*',
      'parorende',
      'familie*',
      'rodzin*',
      'opiekun*',
      'famiglia*',
      'familiari',
      'angehorige*',
      'oikogeneia',
    ],
  },
  {
    id: 'competencies',
    terms: [
      'competenc*',
      'competency framework',
      'core principles*',
      'role definition',
      'job descriptions',
      'professionalisation',
      'qualification*',
      'professionnalisation',
      'competences',
      'competencias',
      'profissionalizacao',
      'kompetans*',
      'kompetencj*',
      'competenze',
      'kompetenz*',
    ],
  },
] as const satisfies readonly { id: string; terms: readonly string[] }[];

export type SearchTopicId = (typeof SEARCH_TOPICS)[number]['id'];
export const SEARCH_TOPIC_IDS: readonly SearchTopicId[] = SEARCH_TOPICS.map((t) => t.id);

/** Lower case, accents removed (æ → ae, ø → o, ł → l …), anything but letters, digits, `-` and `+` a space. */
function fold(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æøœłßđ]/g, (c) => ({ æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', ß: 'ss', đ: 'd' })[c] ?? c)
    .replace(/[^\p{L}\p{N}+-]+/gu, ' ')} `;
}

// Compiled on first use, not on import: the web app imports this module for the topic ids only, and building every
// pattern cost a phone's first page a 60 ms task (Lighthouse, issue 11).
let matchers: readonly { id: SearchTopicId; pattern: RegExp }[] | null = null;
function topicMatchers(): readonly { id: SearchTopicId; pattern: RegExp }[] {
  matchers ??= SEARCH_TOPICS.map((topic) => {
    const alternatives = topic.terms.map((term) => {
      const open = term.endsWith('*');
      const words = fold(open ? term.slice(0, -1) : term).trim();
      return `${words.replace(/[+]/g, '\\+')}${open ? '[\\p{L}\\p{N}]*' : ''}`;
    });
    return { id: topic.id, pattern: new RegExp(` (?:${alternatives.join('|')})(?= )`, 'u') };
  });
  return matchers;
}

/** The vocabulary's topics a record speaks of, from its own tags, title and body (any language), in vocabulary order. */
export function searchTopicsOf(...texts: (string | readonly string[] | null | undefined)[]): SearchTopicId[] {
  const text = fold(
    texts.flatMap((t) => (t == null ? [] : typeof t === 'string' ? [t] : [...t])).join(' \n '),
  );
  return topicMatchers()
    .filter((m) => m.pattern.test(text))
    .map((m) => m.id);
}
