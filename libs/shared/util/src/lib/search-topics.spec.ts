import { SEARCH_TOPIC_IDS, SEARCH_TOPICS, searchTopicsOf } from './search-topics';

/** Every ISO 3166-1 alpha-2 code, named in the languages the knowledge base is written in. */
function countryNames(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = new Set<string>();
  for (const locale of ['en', 'fr', 'pt', 'nb', 'pl', 'it', 'es', 'de']) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters)
      for (const b of letters) {
        const name = display.of(a + b);
        if (name) names.add(name);
      }
  }
  return [...names];
}

describe('search topics (the controlled vocabulary of the topic facet)', () => {
  it('is a small vocabulary of unique ids', () => {
    expect(SEARCH_TOPIC_IDS.length).toBeGreaterThanOrEqual(10);
    expect(SEARCH_TOPIC_IDS.length).toBeLessThanOrEqual(15);
    expect(new Set(SEARCH_TOPIC_IDS).size).toBe(SEARCH_TOPIC_IDS.length);
    for (const id of SEARCH_TOPIC_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('never makes a country (or a project, or any free-text tag) a topic', () => {
    const names = countryNames();
    expect(names).toContain('Ireland');
    for (const name of names) expect(searchTopicsOf([name])).toEqual([]);
    const ids = SEARCH_TOPIC_IDS as readonly string[];
    for (const name of names) expect(ids).not.toContain(name.toLowerCase());
    // organisations list their projects as tags; resources tag places
    expect(searchTopicsOf(['Ireland', 'UK', 'Sussex', 'Tuto3-PAT', 'HelpEx', 'SE&LMHS', 'Erasmus+'])).toEqual(
      [],
    );
  });

  it('maps tags, titles and bodies in every language the seeds use', () => {
    expect(searchTopicsOf(['training', 'employment'])).toEqual(['training', 'employment']);
    expect(searchTopicsOf(['pairs aidants'], 'La formation des pairs-aidants et le rétablissement')).toEqual([
      'training',
      'recovery',
    ]);
    expect(searchTopicsOf([], 'Formação e emprego de técnicos de apoio de pares')).toEqual([
      'training',
      'employment',
    ]);
    expect(
      searchTopicsOf(
        ['erfaringskonsulenter'],
        'Opplæring for erfaringskonsulenter innen rus og psykisk helse',
      ),
    ).toEqual(['training', 'addiction']);
    expect(searchTopicsOf([], 'Asystent zdrowienia: szkolenie i zatrudnienie')).toEqual([
      'training',
      'recovery',
      'employment',
    ]);
    expect(searchTopicsOf([], 'Esperti per esperienza e dipendenze: la ricerca')).toEqual([
      'addiction',
      'research',
    ]);
    expect(searchTopicsOf(['hearing voices', 'self-help'])).toEqual(['hearing-voices']);
    expect(searchTopicsOf(['human rights', 'coercion'])).toEqual(['rights']);
    expect(searchTopicsOf(["young people's mental health"])).toEqual(['youth']);
  });

  it('matches whole words only, unless a term is a stem', () => {
    // "rus" (Norwegian: substance use) is not "rust"; "pay" is not "payload"; "pair-aidant" is not a carer
    expect(searchTopicsOf([], 'Rust and payload of a pair-aidant')).toEqual([]);
    expect(searchTopicsOf([], 'Trainers and curricula')).toEqual(['training']);
  });

  it('lists each topic with terms', () => {
    for (const t of SEARCH_TOPICS) expect(t.terms.length).toBeGreaterThan(0);
  });
});
