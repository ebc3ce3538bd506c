import type {
  DimensionKey,
  DimensionLevel,
  Localized,
  SeedCountry,
  SeedCountryDimension,
  SeedRoleTitle,
  SeedSource,
} from '../types';
import { DIMENSION_ORDER } from '@peerhub/shared/util';
import { src, VERIFIED_ON } from './sources';

/*
 * Countries touched by the seed documents. Each country has all ten dimensions. A dimension the
 * seeds say nothing about is 'unknown': its text holds only the related context the seeds do give
 * (often none), and its sources are the documents that were checked. Readers see "Not documented
 * yet" before it, in their own language (the web app's shared fact component).
 *
 * Judgement call: 'EU' is a pseudo-country (ISO 3166-1 "exceptionally reserved" code) for bodies
 * working at European or international level whose seat the seeds do not give (Mental Health
 * Europe, ENUSP, the Hearing Voices Network, the Peer Support Sharing practices partnership).
 */

type Given = [DimensionLevel, string, SeedSource[]];

function dims(
  given: Partial<Record<DimensionKey, Given>>,
  checked: SeedSource[],
  notes: Partial<Record<DimensionKey, string>> = {},
): SeedCountryDimension[] {
  return DIMENSION_ORDER.map((key) => {
    const g = given[key];
    if (g) {
      const [level, text, sources] = g;
      return { key, level, text, sources, verifiedOn: VERIFIED_ON };
    }
    return {
      key,
      level: 'unknown' as DimensionLevel,
      text: notes[key] ?? '',
      sources: checked,
      verifiedOn: VERIFIED_ON,
    };
  });
}

function country(
  code: string,
  names: Localized,
  european: boolean,
  summary: string,
  roleTitles: SeedRoleTitle[],
  dimensions: SeedCountryDimension[],
  sources: SeedSource[],
): SeedCountry {
  return { code, names, european, summary, roleTitles, dimensions, sources, verifiedOn: VERIFIED_ON };
}

const tuto3Partnership = src('tuto3-en', 'Partnership pages');
const tuto3Comparison = src('tuto3-pt', 'Comparação das competências — partner countries');

export const countries: SeedCountry[] = [
  // ------------------------------------------------------------------------------------ Belgium
  country(
    'BE',
    { en: 'Belgium', fr: 'Belgique', pt: 'Bélgica', no: 'Belgia', nl: 'België', de: 'Belgien' },
    true,
    'Home of the Tuto3-PAT coordinator, the Centre Neuro-Psychiatrique Saint-Martin in Namur, and of two more partners: Peer and Team Support ASBL (Namur) and the Haute Ecole de la Province de Namur. The project (Erasmus+ KA220, 2021-1-BE01-KA220-VET-000034852) ran until January 2025. Its French summary uses the term "pairs aidants". The sources do not describe the Belgian national situation.',
    [{ title: 'pair-aidant', language: 'fr', gloss: 'peer helper / peer support worker' }],
    dims({}, [src('tuto3-en', 'Whole document'), src('tuto3-fr', 'Résumé du projet')], {
      training_availability:
        'Belgian partners coordinated Tuto3-PAT, which produced a standardized training profile and training materials at European level, but the sources do not describe training on offer in Belgium.',
      peer_associations:
        'Tuto3-PAT included associations of peer support workers, and Peer and Team Support ASBL (Namur) is a partner, but the sources do not describe Belgian peer associations as such.',
    }),
    [
      tuto3Partnership,
      src('tuto3-fr', 'Résumé du projet'),
      src('tuto3-en', 'Support and duration of the project'),
    ],
  ),

  // ------------------------------------------------------------------------------------ France
  country(
    'FR',
    { en: 'France', fr: 'France', pt: 'França', no: 'Frankrike' },
    true,
    'Two French organisations were Tuto3-PAT partners: the Établissement Public de Santé Mentale Lille-Métropole and Espairs Pair Aidance Santé Mentale Rhône (Lyon). CEID-Addictions was the French HelpEx partner and ran internal training on bringing former patients into professional teams. The MHE guide cites a 2018 paper by Gardien and Laval on the institutionalisation of peer support in France and the roll-out of public policies, without summarising it.',
    [{ title: 'pair-aidant', language: 'fr', gloss: 'peer helper / peer support worker' }],
    dims(
      {
        settings: [
          'emerging',
          'In the addictions field, CEID-Addictions prepared its professional teams to take in former patients as peer colleagues through internal training (HelpEx, 2022). The training raised concerns among some professionals and open questions about training and cooperation.',
          [src('helpex-3', 'Challenges related to the implementation of the peer to peer model')],
        ],
      },
      [src('mhe-guide', 'Bibliography (3) and whole document'), src('helpex-3', 'Whole document')],
      {
        role_recognition:
          'The MHE guide cites Gardien & Laval (2018), "The institutionalisation of peer support in France: development of a social role and roll out of public policies", but gives no details.',
        national_strategy:
          'The only pointer is the title of Gardien & Laval (2018), which refers to the roll-out of public policies; the guide does not summarise its content.',
        training_availability:
          'CEID-Addictions ran internal training for its teams; what training peers themselves should receive was still an open question in HelpEx.',
      },
    ),
    [
      tuto3Partnership,
      src('helpex-3', 'Challenges related to the implementation of the peer to peer model'),
      src('mhe-guide', 'Bibliography (3)'),
    ],
  ),

  // ------------------------------------------------------------------------------------ Romania
  country(
    'RO',
    { en: 'Romania', fr: 'Roumanie', pt: 'Roménia', no: 'Romania', ro: 'România' },
    true,
    'Universitatea Aurel Vlaicu Din Arad was a Tuto3-PAT partner. Romanian partners helped develop the peer support worker competency framework and supplied a national list of social-work competencies for the comparison. The sources say nothing else about Romania.',
    [],
    dims({}, [tuto3Partnership, tuto3Comparison]),
    [tuto3Partnership, tuto3Comparison],
  ),

  // ------------------------------------------------------------------------------------ Spain
  country(
    'ES',
    { en: 'Spain', fr: 'Espagne', pt: 'Espanha', no: 'Spania', es: 'España' },
    true,
    'The Grupo de Investigación en Salud Mental en Primera Persona (Barcelona) was a Tuto3-PAT partner, and Spanish partners contributed to the competency framework and the social-work comparison. The MHE guide notes that in Recovery Colleges in Spain, as in the UK, peer support workers have co-produced and taught modules and run train-the-trainer sessions.',
    [],
    dims(
      {
        training_availability: [
          'partial',
          'Recovery Colleges in Spain are among the places where, according to the MHE guide, peer support workers have co-produced and taught modules about peer support work and organised train-the-trainer sessions. The guide does not say how widespread they are.',
          [src('mhe-guide', 'Training peer support workers')],
        ],
        settings: [
          'partial',
          'Recovery Colleges are one documented setting where peer support workers contribute, as co-producers and teachers of modules.',
          [src('mhe-guide', 'Training peer support workers')],
        ],
      },
      [src('mhe-guide', 'Whole document'), tuto3Partnership],
    ),
    [tuto3Partnership, tuto3Comparison, src('mhe-guide', 'Training peer support workers')],
  ),

  // ------------------------------------------------------------------------------------ Norway
  country(
    'NO',
    { en: 'Norway', fr: 'Norvège', pt: 'Noruega', no: 'Norge' },
    true,
    'Inland Norway University of Applied Sciences (Høgskolen i Innlandet) and Erfaringscentrum, the Norwegian Tuto3-PAT partners, led the competency framework for peer support workers (12 categories, 63 items). The Norwegian brochure calls peer support workers erfaringskonsulenter and peer work likepersonsarbeid. The sources do not describe the situation in Norway.',
    [
      {
        title: 'erfaringskonsulent',
        language: 'no',
        gloss: 'peer support worker (literally "experience consultant")',
      },
      { title: 'likeperson', language: 'no', gloss: 'peer (peer work: likepersonsarbeid)' },
    ],
    dims({}, [src('tuto3-no', 'Whole document')], {
      role_recognition:
        "The Norwegian brochure notes generally that the informal nature of peer workers' experiential expertise often keeps it from being recognised professionally. It aims for international recognition of the framework, but does not describe Norwegian rules.",
    }),
    [
      src('tuto3-no', 'Spesifikt om resultat nr 1 — Kompetanse'),
      src('tuto3-no', 'Intro; Hvordan'),
      tuto3Partnership,
    ],
  ),

  // ------------------------------------------------------------------------------------ Germany
  country(
    'DE',
    { en: 'Germany', fr: 'Allemagne', pt: 'Alemanha', no: 'Tyskland', de: 'Deutschland' },
    true,
    'Ulm University (Section Process-Outcome Research, Dept. of Psychiatry II) produced the Tuto3-PAT standardized training profile, and German partners contributed to the competency framework. Caritas in Bavaria is the contact for the HelpEx project. The sources do not describe the situation in Germany.',
    [],
    dims({}, [src('tuto3-en', 'Result number II'), src('helpex-3', 'Whole document')], {
      training_availability:
        'Ulm University led the European Tuto3-PAT training profile, but the sources do not describe training available in Germany.',
    }),
    [
      src('tuto3-en', 'Result number II — authors and affiliation'),
      tuto3Partnership,
      src('helpex-3', 'Contact (footer)'),
    ],
  ),

  // ------------------------------------------------------------------------------------ Italy
  country(
    'IT',
    { en: 'Italy', fr: 'Italie', pt: 'Itália', no: 'Italia', it: 'Italia' },
    true,
    'Two Annex I cases in the MHE guide. Diritti alla Follia reports that Italian peers, called ESPs (Experts in Peer Support or Experts by Experience), are only partly recognised and often on years-long traineeships at about 3 euros per hour, volunteers or people receiving grants. There has been one edition of EX-IN training (2022-23), financed by the Ministry of Health and independent of services, and a professional organisation, AIPESP, was founded on May 18, 2024. AISMe reports on the SE&LMHS project launched in Prato in 2001 and the difficulty psychosocially oriented experts by experience have in working inside services.',
    [
      {
        title: 'ESP',
        language: 'it',
        gloss: 'Expert in Peer Support / Expert by Experience (also written Peer-ESP)',
      },
      {
        title: 'Recovery Facilitator',
        language: 'en',
        gloss: 'qualification obtained through the 2022-23 EX-IN training',
      },
    ],
    dims(
      {
        role_recognition: [
          'partial',
          'ESPs are said to be partly recognised. Many feel the influence of practitioners and still defer to professionals; AIPESP was set up to win institutional recognition.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        training_availability: [
          'emerging',
          'Some peers have had some training, but there has been only one edition of the EX-IN (EXperience INvolvement) course, in 2022-23.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        accreditation: [
          'emerging',
          'The 2022-23 EX-IN course led to a "Recovery Facilitator" qualification. Some peers get proper salaries when they fit certain professional qualifications. No wider accreditation system is described.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        training_independence: [
          'emerging',
          'The 2022-23 EX-IN edition, funded by the Italian Ministry of Health, is described as the first and only training course at European level that is independent of mental health services.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        employment: [
          'emerging',
          'Some trained peers work in organisations or cooperatives that collaborate with services; others are trainees inside facilities, sometimes for years. Most do voluntary work. AISMe adds that psychosocially oriented experts by experience can currently work only in organisations other than the services.',
          [
            src('mhe-guide', 'Annex I — Italy, Diritti alla Follia'),
            src('mhe-guide', 'Annex I — Italy, AISMe (Tuscany Region)'),
          ],
        ],
        pay: [
          'emerging',
          'Traineeships pay about 3 euros per hour, or peers get work grants or expense reimbursement. Only a few peers earn a real salary, when they fit certain professional qualifications; most volunteer.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        supervision: [
          'absent',
          'The contributor reports no real supervision, only a form of covert observation.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        peer_associations: [
          'emerging',
          'AIPESP, a professional organisation of experienced Peer-ESPs, was founded on May 18, 2024 to seek institutional recognition; only Peer-ESPs sit on its board. AISMe counts experts by experience among its members.',
          [
            src('mhe-guide', 'Annex I — Italy, Diritti alla Follia'),
            src('mhe-guide', 'Annex I — Italy, AISMe (Tuscany Region)'),
          ],
        ],
        settings: [
          'partial',
          'Peers work in organisations and cooperatives that collaborate with mental health services, as trainees within facilities, and in local partnerships such as the SE&LMHS project in Prato (since 2001), which links services, associations and local government.',
          [
            src('mhe-guide', 'Annex I — Italy, Diritti alla Follia'),
            src('mhe-guide', 'Annex I — Italy, AISMe (Tuscany Region)'),
          ],
        ],
      },
      [src('mhe-guide', 'Annex I — Italy')],
      {
        national_strategy:
          'The Italian Ministry of Health funded the single 2022-23 EX-IN edition, but no national strategy is described.',
      },
    ),
    [
      src('mhe-guide', 'Annex I — Italy, Diritti alla Follia'),
      src('mhe-guide', 'Annex I — Italy, AISMe (Tuscany Region)'),
    ],
  ),

  // ------------------------------------------------------------------------------------ Greece
  country(
    'GR',
    { en: 'Greece', fr: 'Grèce', pt: 'Grécia', no: 'Hellas', el: 'Ελλάδα' },
    true,
    'Annex I case from the Society of Social Psychiatry P. Sakellaropoulos. In many NGOs, peer supporters mentor or train other users to adapt to work, notably in Social Cooperatives of Limited Liability, and support their social integration. This is often unpaid solidarity, and sometimes part of a paid cooperative job.',
    [],
    dims(
      {
        employment: [
          'partial',
          'In some cases peer mentoring is part of a paid position in a Social Cooperative of Limited Liability.',
          [src('mhe-guide', 'Annex I — Greece')],
        ],
        pay: [
          'partial',
          'Pay is mixed: many peer supporters help on a solidarity basis rather than as a paid job, while others are paid through their position in a Social Cooperative of Limited Liability.',
          [src('mhe-guide', 'Annex I — Greece')],
        ],
        settings: [
          'partial',
          'Peer support is reported in many non-governmental organisations and in Social Cooperatives of Limited Liability, focused on adapting to the workplace and on social integration.',
          [src('mhe-guide', 'Annex I — Greece')],
        ],
      },
      [src('mhe-guide', 'Annex I — Greece')],
    ),
    [src('mhe-guide', 'Annex I — Greece')],
  ),

  // ------------------------------------------------------------------------------------ Poland
  country(
    'PL',
    { en: 'Poland', fr: 'Pologne', pt: 'Polónia', no: 'Polen', pl: 'Polska' },
    true,
    "Annex I case from the Human Foundation. Recovery assistants have become part of the Polish psychiatric care reform over the past eight years. They were named as essential staff in the Minister of Health's regulation of April 27, 2018 on the pilot programme in mental health centres, became a profession in public mental health services in 2021, and gained a qualification framework in 2022. Implementation is rather informal, with no systemic support, and a few institutions run courses, mostly within a biomedical framework.",
    [{ title: 'asystent zdrowienia', language: 'pl', gloss: 'recovery assistant' }],
    dims(
      {
        role_recognition: [
          'established',
          'The recovery assistant was named in the Minister of Health regulation of April 27, 2018 as essential staff of pilot mental health centres. It became a profession in public mental health services in 2021, and its tasks and responsibilities (qualification framework) were defined in 2022. The guide adds that implementation is rather informal and lacks systemic support.',
          [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
        ],
        national_strategy: [
          'partial',
          'Recovery assistants are described as an integral part of the ongoing psychiatric care reform, introduced through the pilot programme in mental health centres, but the profession is being implemented without systemic support.',
          [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
        ],
        training_availability: [
          'partial',
          'A few institutions run recovery assistant courses, some paid and some free when funded by EU projects.',
          [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
        ],
        employment: [
          'partial',
          'Recovery assistants are staff of the pilot mental health centres, and the profession has existed in public mental health services since 2021.',
          [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
        ],
        settings: [
          'partial',
          'Mental health centres in the pilot programme and public mental health services.',
          [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
        ],
      },
      [src('mhe-guide', 'Annex I — Poland')],
      {
        accreditation:
          'A qualification framework defining the tasks and responsibilities of recovery assistants was set in 2022; the guide does not say how courses are accredited.',
        training_independence:
          'The guide says courses are run mainly within the biomedical framework, but not whether any are independent of mental health services.',
        supervision: 'The guide mentions only a general lack of systemic support for the profession.',
      },
    ),
    [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
  ),

  // ------------------------------------------------------------------------------------ United Kingdom
  country(
    'UK',
    { en: 'United Kingdom', fr: 'Royaume-Uni', pt: 'Reino Unido', no: 'Storbritannia' },
    true,
    "Peer support is offered one-to-one or in groups through the NHS and third-sector organisations. Examples in the MHE guide: the Common Sense Group of the Shared Experiences and Local Mental Health Systems Project in Watford, the Sussex Peer Support Partnership (13 organisations), Recovery Colleges, ImROC's papers and NHS England's competency framework. The guide also records user groups' concern, voiced by the National User Survivor Network, that peer workers are being co-opted into medically dominated services.",
    [{ title: 'Peer Support Worker (PrSW)', language: 'en' }],
    dims(
      {
        role_recognition: [
          'partial',
          'Peer support workers hold posts in UK services (the guide cites Alex, a PrSW in the UK), and NHS England has a competency framework for them. The guide does not describe formal recognition of the role across the UK.',
          [src('mhe-guide', 'Teamwork challenges'), src('mhe-guide', 'Training peer support workers')],
        ],
        training_availability: [
          'partial',
          'NHS England has produced a Competency Framework and other materials for training peer workers, which services can adapt. In Recovery Colleges, peer support workers co-produce and teach modules and run train-the-trainer sessions.',
          [src('mhe-guide', 'Training peer support workers')],
        ],
        employment: [
          'partial',
          'Peer support workers are employed in mental health teams; Alex, a PrSW in the UK, became unwell within days of starting in her team.',
          [src('mhe-guide', 'Teamwork challenges')],
        ],
        peer_associations: [
          'partial',
          'User-led and recovery networks include the National User Survivor Network and the Scottish Recovery Network, and the Sussex Peer Support Partnership brings together 13 organisations.',
          [
            src('mhe-guide', 'Preparing the ground - whole service transformation'),
            src('mhe-guide', 'Supporting the supporters'),
            src('mhe-guide', 'What is Peer Support for mental health?'),
          ],
        ],
        settings: [
          'partial',
          'One-to-one or group peer support through the NHS and third-sector organisations, a community-based co-produced group (Watford), and Recovery Colleges.',
          [src('mhe-guide', 'Annex I — United Kingdom'), src('mhe-guide', 'Training peer support workers')],
        ],
      },
      [src('mhe-guide', 'Whole document')],
      {
        national_strategy:
          'The guide contrasts countries with a national strategy (e.g. Ireland) with those leaving it to local or regional services, but does not say which applies to the UK.',
        training_independence:
          'The guide reports that the NHS England training system is disputed among user groups, who fear it co-opts peer support into the kind of services they campaign against.',
      },
    ),
    [
      src('mhe-guide', 'Annex I — United Kingdom'),
      src('mhe-guide', 'Training peer support workers'),
      src('mhe-guide', 'Supporting the supporters'),
    ],
  ),

  // ------------------------------------------------------------------------------------ Ireland
  country(
    'IE',
    { en: 'Ireland', fr: 'Irlande', pt: 'Irlanda', no: 'Irland' },
    true,
    "The MHE guide gives Ireland as a country where peer support is part of the national mental health strategy, backed by a national initiative that has produced guidance papers, an HSE toolkit and reviews. Ciara Glynn's study of peer workers in Ireland found pride in the role alongside a struggle to integrate into teams, and continuing uncertainty about how the role will develop.",
    [{ title: 'Peer Support Worker (PrSW)', language: 'en' }],
    dims(
      {
        role_recognition: [
          'partial',
          'The role is defined in national guidance (Peer Support Workers: A Guidance Paper, HSE 2015) and used within the Health Service Executive. A peer worker writes that uncertainty about how the role will develop in Ireland continues.',
          [
            src('mhe-guide', 'Bibliography (9)'),
            src('mhe-guide', 'Why we need Peer Support in Mental Health — Ciara Glynn'),
          ],
        ],
        national_strategy: [
          'established',
          'Peer support is part of the national mental health strategy, and a national initiative aims to embed Recovery and Peer Support in mainstream mental health services.',
          [
            src('mhe-guide', 'The beginnings of intentional peer support'),
            src('mhe-guide', 'Further Resources'),
          ],
        ],
        training_availability: [
          'partial',
          'A peer worker quoted in the guide mentions a peer support course at DCU; no other detail is given.',
          [src('mhe-guide', 'Integrating PrSWs into mental health teams')],
        ],
        employment: [
          'partial',
          'Peer support workers are employed in HSE mental health services. Some interviewed by Ciara Glynn felt recruitment should pause until integration problems are solved.',
          [
            src('mhe-guide', 'Why we need Peer Support in Mental Health — Ciara Glynn'),
            src('mhe-guide', 'Further Resources'),
          ],
        ],
        settings: [
          'partial',
          'Mainstream public mental health services and teams, some of them not recovery-oriented.',
          [
            src('mhe-guide', 'Integrating PrSWs into mental health teams'),
            src('mhe-guide', 'Further Resources'),
          ],
        ],
      },
      [src('mhe-guide', 'Whole document')],
      {
        supervision:
          'A "Toolkit to Support Peer Support Workers working in the Health Service Executive" exists, but the guide does not describe its content.',
      },
    ),
    [
      src('mhe-guide', 'The beginnings of intentional peer support'),
      src('mhe-guide', 'Further Resources'),
      src('mhe-guide', 'Integrating PrSWs into mental health teams'),
    ],
  ),

  // ------------------------------------------------------------------------------------ Malta
  country(
    'MT',
    { en: 'Malta', fr: 'Malte', pt: 'Malta', no: 'Malta', mt: 'Malta' },
    true,
    'Caritas Malta is a HelpEx partner. Christine Sacco, a peer in the project from Caritas Malta, describes what she gained from discussing her peer work with peers and with professionally trained participants from other countries.',
    [],
    dims(
      {
        settings: [
          'emerging',
          'An NGO, Caritas Malta, involves peers; one of them took part in the HelpEx project and talks about her work as a peer.',
          [src('helpex-3', 'Testimonial by Ms Christine Sacco')],
        ],
      },
      [src('helpex-3', 'Whole document')],
    ),
    [src('helpex-3', 'Testimonial by Ms Christine Sacco')],
  ),

  // ------------------------------------------------------------------------------------ Canada
  country(
    'CA',
    { en: 'Canada', fr: 'Canada', pt: 'Canadá', no: 'Canada' },
    false,
    "Non-European Tuto3-PAT partner: the Centre intégré universitaire de santé et de services sociaux de l'Est-de-l'Île-de-Montréal. The project wanted to connect with world leaders in Canada on recovery and peer support worker training, and Canadian partners contributed to the competency framework and the social-work comparison.",
    [],
    dims({}, [tuto3Partnership, src('tuto3-en', 'Project outcomes')], {
      training_availability:
        'The Tuto3-PAT brochure names Canada among world leaders on recovery and peer support worker training, without describing Canadian programmes.',
    }),
    [tuto3Partnership, src('tuto3-en', 'Project outcomes — European network and Canada'), tuto3Comparison],
  ),

  // ------------------------------------------------------------------------------------ European / international level (pseudo-country)
  country(
    'EU',
    {
      en: 'Europe (European and international level)',
      fr: 'Europe (niveau européen et international)',
      pt: 'Europa (nível europeu e internacional)',
      no: 'Europa (europeisk og internasjonalt nivå)',
    },
    true,
    'Not a country: bodies and initiatives that work at European or international level and whose seat the sources do not give: Mental Health Europe, ENUSP, the Hearing Voices Network (linked to the International Hearing Voices Movement) and the Peer Support Sharing practices in Mental Health partnership. Tuto3-PAT and HelpEx also produced tools and qualifications meant for Europe as a whole.',
    [],
    dims(
      {
        training_availability: [
          'emerging',
          'European projects are building shared training tools: Tuto3-PAT produced a standardized training profile, training material for professionals and a MOOC for use across Europe, and HelpEx works on a European qualification of ex-patients in the helping process.',
          [src('tuto3-en', 'Project outcomes; Results'), src('helpex-3', 'Title page')],
        ],
        training_independence: [
          'emerging',
          'According to the Italian Annex I contributor, the 2022-23 EX-IN edition in Italy was the first and only peer training course at European level independent of mental health services.',
          [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
        ],
        peer_associations: [
          'partial',
          'European and international user-led networks include ENUSP and the Hearing Voices Network; Mental Health Europe is a network that includes people with mental health problems; the Peer Support Sharing practices in Mental Health partnership promotes knowledge exchange.',
          [
            src('mhe-guide', 'What is Peer Support for mental health?'),
            src('mhe-guide', 'Supporting the supporters'),
            src('mhe-guide', 'Back cover — about Mental Health Europe'),
          ],
        ],
      },
      [src('mhe-guide', 'Whole document'), src('tuto3-en', 'Whole document')],
      {
        national_strategy:
          'No European strategy on peer support is described; the guide quotes CRPD guidance that peer services should be self-directed and independent of medical professionals.',
      },
    ),
    [
      src('mhe-guide', 'What is Peer Support for mental health?'),
      src('mhe-guide', 'Supporting the supporters'),
      src('tuto3-en', 'Project outcomes'),
    ],
  ),
];
