/**
 * The relevance test set: real questions in the network's languages, with the records that must appear in
 * the top 5 (`kind:slug`). `top3` marks the ones the Search issue names, which must be in the top 3.
 */
export interface RelevanceCase {
  query: string;
  lang: 'en' | 'fr' | 'pt' | 'no' | 'pl' | 'it' | 'de' | 'es' | 'el';
  expect: string[];
  top3?: boolean;
  note?: string;
}

export const RELEVANCE_CASES: RelevanceCase[] = [
  // The five queries named by the issue.
  { query: 'asystent zdrowienia', lang: 'pl', expect: ['practice:pl-recovery-assistants'], top3: true },
  {
    query: 'pair aidant',
    lang: 'fr',
    expect: [
      'resource:tuto3-pat-summary-fr',
      'resource:gardien-laval-2018-institutionalisation-peer-support-france',
      'country:fr',
      'country:be',
    ],
    top3: true,
  },
  {
    query: 'erfaringskonsulent',
    lang: 'no',
    expect: ['country:no', 'resource:tuto3-pat-brochure-no'],
    top3: true,
  },
  {
    query: 'recovry asistant',
    lang: 'en',
    expect: ['practice:pl-recovery-assistants'],
    top3: true,
    note: 'two typos',
  },
  { query: 'EX-IN', lang: 'en', expect: ['practice:it-diritti-alla-follia-ex-in'], top3: true },
  // English
  { query: 'recovery college', lang: 'en', expect: ['practice:recovery-colleges'] },
  {
    query: 'hearing voices',
    lang: 'en',
    expect: ['practice:hearing-voices-self-help-groups', 'organisation:hearing-voices-network'],
  },
  {
    query: 'social cooperatives Greece',
    lang: 'en',
    expect: ['practice:gr-peer-mentoring-social-cooperatives'],
  },
  { query: 'Watford', lang: 'en', expect: ['practice:uk-common-sense-group-watford'] },
  {
    query: 'Sussex',
    lang: 'en',
    expect: ['practice:uk-sussex-peer-support-partnership', 'organisation:sussex-peer-support-partnership'],
  },
  { query: 'Ireland national peer support', lang: 'en', expect: ['practice:ie-hse-national-peer-support'] },
  { query: 'HSE toolkit', lang: 'en', expect: ['resource:hse-toolkit-peer-support-workers'] },
  {
    query: 'competency framework',
    lang: 'en',
    expect: [
      'resource:tuto3-pat-result-1-competency-framework',
      'resource:nhs-england-peer-support-competency-framework',
    ],
  },
  { query: 'training profile', lang: 'en', expect: ['resource:tuto3-pat-result-2-training-profile'] },
  { query: 'MOOC', lang: 'en', expect: ['resource:tuto3-pat-result-5-mooc'] },
  {
    query: 'MHE short guide peer support',
    lang: 'en',
    expect: ['resource:mhe-short-guide-peer-support-2024'],
  },
  {
    query: 'power of language glossary',
    lang: 'en',
    expect: ['resource:mhe-power-of-language-glossary-2023'],
  },
  {
    query: 'scoping review',
    lang: 'en',
    expect: ['resource:peer-support-work-international-scoping-review'],
  },
  { query: 'distance working covid', lang: 'en', expect: ['resource:peer-support-distance-working-covid19'] },
  { query: 'HelpEx newsletter', lang: 'en', expect: ['resource:helpex-newsletter-3-spring-2022'] },
  {
    query: 'ex-patients helping process',
    lang: 'en',
    expect: ['practice:helpex-ex-patients-helping-process'],
  },
  { query: 'Malta', lang: 'en', expect: ['country:mt', 'organisation:caritas-malta'] },
  { query: 'Ulm University', lang: 'en', expect: ['organisation:ulm-university'] },
  { query: 'Inland Norway University', lang: 'en', expect: ['organisation:inland-norway-university'] },
  { query: 'ENUSP', lang: 'en', expect: ['organisation:enusp'] },
  { query: 'ImROC', lang: 'en', expect: ['organisation:imroc', 'resource:imroc-website'] },
  // People, places, projects
  {
    query: 'Sakellaropoulos',
    lang: 'el',
    expect: [
      'organisation:society-social-psychiatry-sakellaropoulos',
      'practice:gr-peer-mentoring-social-cooperatives',
    ],
  },
  {
    query: 'Prato',
    lang: 'it',
    expect: ['practice:it-aisme-prato-selmhs', 'organisation:prato-mental-health-service'],
  },
  { query: 'Repper', lang: 'en', expect: ['resource:repper-2013-peer-support-workers-theory-practice'] },
  {
    query: 'Namur',
    lang: 'fr',
    expect: [
      'organisation:haute-ecole-province-de-namur',
      'organisation:centre-neuro-psychiatrique-saint-martin',
    ],
  },
  { query: 'Lille', lang: 'fr', expect: ['organisation:epsm-lille-metropole'] },
  { query: 'Montréal', lang: 'fr', expect: ['organisation:ciusss-est-de-l-ile-de-montreal'] },
  {
    query: 'Tuto3-PAT',
    lang: 'en',
    expect: [
      'practice:tuto3-pat-peer-and-team-support',
      'resource:tuto3-pat-brochure-en',
      'resource:tuto3-pat-result-1-competency-framework',
      'resource:tuto3-pat-result-2-training-profile',
      'resource:tuto3-pat-result-3-training-material-professionals',
      'resource:tuto3-pat-result-4-integration-framework',
      'resource:tuto3-pat-result-5-mooc',
    ],
  },
  // French
  {
    query: 'pair-aidant formation',
    lang: 'fr',
    expect: ['resource:tuto3-pat-summary-fr', 'country:fr', 'country:be'],
  },
  {
    query: 'rétablissement',
    lang: 'fr',
    top3: true,
    expect: [
      'resource:mhe-short-guide-personal-recovery',
      'practice:recovery-colleges',
      'organisation:imroc',
    ],
  },
  {
    query: 'institutionnalisation de la pair-aidance en France',
    lang: 'fr',
    expect: ['resource:gardien-laval-2018-institutionalisation-peer-support-france'],
  },
  { query: 'partenariats de coopération', lang: 'fr', expect: ['resource:tuto3-pat-summary-fr'] },
  // Portuguese
  { query: 'apoio entre pares', lang: 'pt', expect: ['resource:tuto3-pat-brochure-pt'] },
  { query: 'saúde mental equipa', lang: 'pt', expect: ['resource:tuto3-pat-brochure-pt'] },
  {
    query: 'recuperação',
    lang: 'pt',
    expect: [
      'practice:pl-recovery-assistants',
      'practice:recovery-colleges',
      'resource:mhe-short-guide-personal-recovery',
    ],
  },
  // Norwegian
  {
    query: 'erfaringskonsulent kompetanse',
    lang: 'no',
    expect: [
      'resource:tuto3-pat-result-1-competency-framework',
      'country:no',
      'resource:tuto3-pat-brochure-no',
    ],
  },
  { query: 'likeperson', lang: 'no', expect: ['country:no'] },
  { query: 'teamstøtte psykisk helse', lang: 'no', expect: ['resource:tuto3-pat-brochure-no'] },
  // Polish, Italian, German, Spanish
  { query: 'Human Foundation Polska', lang: 'pl', expect: ['organisation:human-foundation', 'country:pl'] },
  {
    query: 'esperto in supporto tra pari',
    lang: 'it',
    expect: ['practice:it-diritti-alla-follia-ex-in', 'country:it'],
  },
  {
    query: 'Diritti alla Follia',
    lang: 'it',
    expect: ['organisation:diritti-alla-follia', 'practice:it-diritti-alla-follia-ex-in'],
  },
  {
    query: 'Genesungsbegleiter',
    lang: 'de',
    expect: ['practice:it-diritti-alla-follia-ex-in'],
    note: 'EX-IN is the German peer training',
  },
  { query: 'Caritas Bayern', lang: 'de', expect: ['organisation:caritas-bavaria'] },
  {
    query: 'salud mental en primera persona',
    lang: 'es',
    expect: ['organisation:grupo-investigacion-salud-mental-primera-persona'],
  },
  // Typos and partial words
  { query: 'sakelaropoulos', lang: 'en', expect: ['organisation:society-social-psychiatry-sakellaropoulos'] },
  {
    query: 'hearing voises',
    lang: 'en',
    expect: ['practice:hearing-voices-self-help-groups', 'organisation:hearing-voices-network'],
  },
  { query: 'cooperativ', lang: 'en', expect: ['practice:gr-peer-mentoring-social-cooperatives'] },
  { query: 'Erfaringscen', lang: 'no', expect: ['organisation:erfaringscentrum'] },
  { query: 'teamstøt', lang: 'no', expect: ['resource:tuto3-pat-brochure-no'], note: 'prefix with ø' },
];
