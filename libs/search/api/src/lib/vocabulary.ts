/**
 * One cross-language vocabulary of peer support. Each group lists terms that mean the same thing across
 * the languages of the network; both engines expand a query term to its whole group (PostgreSQL at query
 * time, Meilisearch through its synonyms setting). Kept as data: add a term to a group, or a new group.
 * Terms are lower-case; multi-word terms are phrases.
 */
export const VOCABULARY: readonly (readonly string[])[] = [
  // the role
  [
    'peer support worker',
    'peer supporter',
    'prsw',
    'peer worker',
    'peer helper',
    'peer specialist',
    'expert by experience',
    'pair-aidant',
    'pair aidant',
    'pairs-aidants',
    'médiateur de santé pair',
    'erfaringskonsulent',
    'likeperson',
    'erfaringsmedarbeider',
    'asystent zdrowienia',
    'recovery assistant',
    'esp',
    'esperto in supporto tra pari',
    'esperto per esperienza',
    'experto por experiencia',
    'genesungsbegleiter',
    'ex-in',
    'trabalhador de apoio de pares',
    'técnico de apoio de pares',
    'peer mentor',
  ],
  // the practice
  [
    'peer support',
    'apoio entre pares',
    'apoio de pares',
    'pair-aidance',
    'soutien par les pairs',
    'likepersonsarbeid',
    'likepersonsstøtte',
    'supporto tra pari',
    'apoyo entre pares',
    'wsparcie rówieśnicze',
    'peer-unterstützung',
  ],
  // recovery
  [
    'recovery',
    'rétablissement',
    'recuperação',
    'recuperación',
    'tilfriskning',
    'bedring',
    'recovery-orientert',
    'zdrowienie',
    'genesung',
    'guarigione',
  ],
  // training
  [
    'training',
    'formation',
    'formação',
    'formazione',
    'formación',
    'opplæring',
    'utdanning',
    'szkolenie',
    'ausbildung',
    'curriculum',
  ],
  // competence
  [
    'competency',
    'competence',
    'compétence',
    'competência',
    'kompetanse',
    'competenza',
    'kompetencje',
    'kompetenz',
  ],
  // mental health
  [
    'mental health',
    'santé mentale',
    'saúde mental',
    'psykisk helse',
    'salute mentale',
    'salud mental',
    'zdrowie psychiczne',
    'psychische gesundheit',
  ],
  // lived experience
  [
    'lived experience',
    'expérience vécue',
    'experiência vivida',
    'erfaringskompetanse',
    'brukererfaring',
    'esperienza vissuta',
    'experiencia vivida',
  ],
  // self-help groups
  [
    'self-help group',
    'groupe d’entraide',
    "groupe d'entraide",
    'grupo de ajuda mútua',
    'selvhjelpsgruppe',
    'gruppo di auto mutuo aiuto',
    'grupa samopomocy',
  ],
  // hearing voices
  ['hearing voices', 'entendeurs de voix', 'ouvir vozes', 'stemmehørere', 'uditori di voci'],
  // recovery college
  ['recovery college', 'college de rétablissement', 'recovery colleges'],
  // supervision
  ['supervision', 'veiledning', 'supervisão', 'supervisione'],
];

/** Letters that do not decompose into a base letter plus accent; unaccent maps them the same way. */
const FOLD: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * The normalised form used to compare terms, the same as the index's `lower(ph_unaccent(…))`: lower case,
 * accents removed (æ → ae, ø → o, ł → l …), spaces collapsed.
 */
export function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æøœłßđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every term of every group that contains a phrase found in `query`, except the phrase itself. */
export function expansionsFor(query: string): string[] {
  const q = ` ${normaliseTerm(query).replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  const out = new Set<string>();
  for (const group of VOCABULARY) {
    const hit = group.find((t) => q.includes(` ${normaliseTerm(t)} `));
    if (hit) for (const t of group) if (t !== hit) out.add(t);
  }
  return [...out];
}

/** Meilisearch's synonyms setting: every term maps to all the others of its group. */
export function synonymsMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of VOCABULARY) for (const t of group) map[t] = group.filter((x) => x !== t);
  return map;
}

/** One idea in a query: its own words, and the same idea in the network's other languages. */
export interface QueryConcept {
  /** The words as typed (normalised), e.g. "asystent zdrowienia" or "formation". */
  text: string;
  /** Other terms of the vocabulary group the words belong to (empty when none). */
  synonyms: string[];
}

/**
 * Splits a query into concepts: vocabulary phrases first (longest first, so "peer support worker" wins over
 * "peer support"), then every remaining word on its own. Ranking counts how many concepts a document covers.
 */
export function queryConcepts(query: string, maxConcepts = 8): QueryConcept[] {
  let rest = ` ${normaliseTerm(query).replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  const found: { at: number; concept: QueryConcept }[] = [];
  const terms = VOCABULARY.flatMap((group) => group.map((t) => ({ t, n: normaliseTerm(t), group }))).sort(
    (a, b) => b.n.length - a.n.length,
  );
  for (const { t, n, group } of terms) {
    const at = rest.indexOf(` ${n} `);
    if (at < 0) continue;
    found.push({ at, concept: { text: n, synonyms: group.filter((x) => x !== t) } });
    rest = rest.slice(0, at + 1) + ' '.repeat(n.length) + rest.slice(at + 1 + n.length);
  }
  let offset = 0;
  for (const word of rest.split(' ')) {
    if (word.trim()) found.push({ at: offset, concept: { text: word, synonyms: [] } });
    offset += word.length + 1;
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.concept)
    .slice(0, maxConcepts);
}
