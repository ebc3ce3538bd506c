import type { SeedPractice } from '../types';
import { src, VERIFIED_ON } from './sources';

/*
 * Practices. `principles` lists only those of the guide's 8 core principles (mutuality,
 * reciprocity, safety, recovery focus, progressive, inclusive, strengths-based, non-directive)
 * that the seed description of the practice clearly supports; the list may be empty.
 * `category` follows the guide's three forms of peer support. `leadership` is 'unknown' unless the
 * seeds say who runs the practice.
 */

export const practices: SeedPractice[] = [
  // ---------------------------------------------------------------- Annex I — United Kingdom
  {
    slug: 'uk-common-sense-group-watford',
    title: 'Common Sense Group (CSG) — Shared Experiences and Local Mental Health Systems Project, Watford',
    summary:
      'A non-hierarchical group that meets twice a month in a central civic venue in Watford, as part of the Shared Experiences and Local Mental Health Systems Project (UK). Members are people with experience of mental illness, mental health professionals (including peer support workers), local council representatives and local voluntary organisations. Each member is invited to share life experiences in a confidential, respectful, non-judgmental setting. Alex, a peer support worker who became unwell soon after starting her job, found in this space, where professional roles and qualifications did not count, the chance to talk on equal terms and find her voice again.',
    country: 'UK',
    place: 'Watford',
    organisations: [],
    category: 'informal_group',
    setting: 'Community group meeting in a central civic location, outside the mental health service',
    targetGroup:
      'People with experience of mental illness, mental health team members (including peer support workers), local council representatives and local voluntary organisations',
    principles: ['mutuality', 'safety', 'inclusive', 'recovery_focus'],
    whatWorks: [
      'A space outside the service where professional roles and qualifications do not matter, so relationships can be discussed on equal terms',
      'Confidential, respectful and non-judgmental sharing of life experiences',
      'Members describe it as inclusive, empathetic, empowering, authentic and truly co-produced',
      'For Alex, taking part restored hope, self-worth and purpose, supported her recovery after a relapse and gave her confidence and skills to progress in her career',
      'Brings the whole community, including the local authority, into positive mental health',
    ],
    improvements: [],
    lessons: [
      'Peer support workers can become unwell and lose their footing within their own teams; an outside, non-hierarchical forum can help them regain their voice',
      'Co-production between people with lived experience, professionals, councils and voluntary organisations can build hope that services will change',
    ],
    startYear: null,
    status: 'active',
    leadership: 'co_produced',
    preconditions: [
      {
        kind: 'organisations',
        text: 'Involvement of the mental health team, the local council and local voluntary organisations, plus a central civic meeting place.',
      },
      {
        kind: 'roles',
        text: 'Peer support workers are part of the local mental health team and take part alongside other members.',
      },
    ],
    topics: ['co-production', 'community', 'recovery', 'informal group', 'SE&LMHS'],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Annex I — United Kingdom'), src('mhe-guide', 'Teamwork challenges')],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- Annex I — Greece
  {
    slug: 'gr-peer-mentoring-social-cooperatives',
    title: 'Peer mentoring for work adaptation in Social Cooperatives of Limited Liability (Greece)',
    summary:
      'In many Greek non-governmental organisations, peer supporters work closely with other users as mentors or trainers. They help them adjust to the workplace, notably in Social Cooperatives of Limited Liability, and support their social integration. Often this is done out of solidarity and unpaid; in other cases mentoring is part of a paid job in the cooperative. The case comes from the Society of Social Psychiatry P. Sakellaropoulos.',
    country: 'GR',
    place: null,
    organisations: ['society-social-psychiatry-sakellaropoulos'],
    category: 'intentional_peer_support',
    setting: 'Non-governmental organisations and Social Cooperatives of Limited Liability (work settings)',
    targetGroup: 'Service users entering work in social cooperatives or seeking social integration',
    principles: [],
    whatWorks: [
      'Close peer mentoring and training that helps users adjust to a work environment',
      'Peer support that goes with users through social integration',
    ],
    improvements: ['In many cases the support rests on solidarity and is not a paid job'],
    lessons: [
      'Peer mentoring can be built into paid positions within Social Cooperatives of Limited Liability',
    ],
    startYear: null,
    status: 'unknown',
    leadership: 'unknown',
    preconditions: [
      {
        kind: 'organisations',
        text: 'Non-governmental organisations and Social Cooperatives of Limited Liability that host the mentoring.',
      },
      {
        kind: 'funding',
        text: 'Paid mentoring exists only where the cooperative makes it part of a paid position; otherwise it is voluntary.',
      },
    ],
    topics: ['employment', 'social-cooperatives', 'mentoring', 'social integration'],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Annex I — Greece')],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- Annex I — Poland
  {
    slug: 'pl-recovery-assistants',
    title: 'Recovery assistants (asystent zdrowienia) in the Polish psychiatric care reform',
    summary:
      "Over the past eight years the recovery assistant (Polish title: asystent zdrowienia) has become popular in Poland and a built-in part of the psychiatric care reform. The Minister of Health's regulation of April 27, 2018 on the pilot programme in mental health centres included recovery assistants as essential staff. In 2021 the profession was introduced in public mental health services, and in 2022 its tasks and responsibilities were defined in a qualification framework for recovery assistants. In practice the role is being rolled out fairly informally, without systemic support. Few institutions run recovery assistant courses (paid, or free when EU-funded), and mostly within a biomedical framework. Case contributed by the Human Foundation.",
    country: 'PL',
    place: null,
    organisations: ['human-foundation', 'polish-ministry-of-health'],
    category: 'intentional_peer_support',
    setting: 'Mental health centres in the pilot programme and public mental health services',
    targetGroup: 'Users of public mental health services',
    principles: ['recovery_focus'],
    whatWorks: [
      'The recovery assistant is named in the April 27, 2018 regulation on the pilot programme as essential staff of mental health centres',
      'Recovery assistant became a profession in public mental health services in 2021',
      'A qualification framework defining tasks and responsibilities followed in 2022',
    ],
    improvements: [
      'The profession is being introduced rather informally, with no systemic support',
      'Only a few institutions run recovery assistant courses',
      'Training is mostly set within the biomedical framework',
    ],
    lessons: [
      'Legal recognition (a ministerial regulation, a profession, a qualification framework) does not guarantee systemic implementation support',
      'EU project funding can make training free to participants',
    ],
    startYear: 2018,
    status: 'active',
    leadership: 'unknown',
    preconditions: [
      {
        kind: 'law',
        text: 'Minister of Health regulation of April 27, 2018 on the pilot programme in mental health centres, naming recovery assistants as essential staff.',
      },
      {
        kind: 'roles',
        text: 'Profession of recovery assistant introduced in public mental health services in 2021; scope of tasks and responsibilities (qualification framework) defined in 2022.',
      },
      {
        kind: 'training',
        text: 'Recovery assistant courses, paid or free (EU-project funded), run by a few institutions.',
      },
      {
        kind: 'funding',
        text: 'Some courses are funded by EU projects; the guide notes an absence of systemic support for implementation.',
      },
    ],
    topics: ['recovery', 'employment', 'psychiatric care reform', 'training', 'qualification framework'],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Annex I — Poland, Human Foundation')],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- Annex I — Italy, Diritti alla Follia / EX-IN
  {
    slug: 'it-diritti-alla-follia-ex-in',
    title: 'EX-IN (EXperience INvolvement) training and the situation of ESPs in Italy — Diritti alla Follia',
    summary:
      'Italy has had a single edition of \'EX-IN\' (EXperience INvolvement) training, in 2022-23. The Italian Ministry of Health funded it, and the contributor from Diritti alla Follia calls it the first and only training course at European level that is independent of mental health services. The contributor took part and qualified as a "Recovery Facilitator". Italian peers, known as ESPs (Experts in Peer Support or Experts by Experience), are only partly recognised. Some trained peers work in organisations or cooperatives that collaborate with services; others are trainees inside facilities. Traineeships can last for years, paid about 3 euros per hour or through work grants or expense reimbursement; few peers have a real salary and most volunteer. There is no real supervision, only a form of covert observation, and many ESPs still defer to professionals. On May 18, 2024 Peer-ESPs founded AIPESP, a professional organisation seeking institutional recognition.',
    country: 'IT',
    place: null,
    organisations: ['diritti-alla-follia', 'italian-ministry-of-health', 'aipesp'],
    category: 'intentional_peer_support',
    setting:
      'Independent training course; peers then work in organisations or cooperatives that collaborate with mental health services, or as trainees within facilities',
    targetGroup:
      'People with lived experience training to become ESPs (Experts in Peer Support / Experts by Experience)',
    principles: [],
    whatWorks: [
      'A training course independent of mental health services (EX-IN 2022-23), funded by the Italian Ministry of Health',
      'Graduates obtain a "Recovery Facilitator" qualification',
      'Peer-ESPs organised themselves professionally: AIPESP was founded on May 18, 2024 with a board made up only of Peer-ESPs',
    ],
    improvements: [
      'Only one training edition has taken place (2022-23)',
      'Traineeships can last years, paid about 3 euros per hour or through work grants or expense reimbursement; most ESPs volunteer',
      'Few peers get a real salary, and only when they hold certain professional qualifications',
      'No real supervision, only a form of covert observation',
      "ESPs are only partly recognised, feel practitioners' influence, and many still defer to professionals",
    ],
    lessons: [
      'Training independent of services is possible with public funding, but a single edition does not create a workforce',
      'Peer workers organising themselves professionally is one route towards institutional recognition',
    ],
    startYear: 2022,
    status: 'completed',
    leadership: 'unknown',
    preconditions: [
      { kind: 'funding', text: 'The EX-IN edition was financed by the Italian Ministry of Health.' },
      {
        kind: 'training',
        text: 'EX-IN (EXperience INvolvement) course, 2022-23, leading to a "Recovery Facilitator" qualification.',
      },
      {
        kind: 'roles',
        text: 'ESPs are only partially recognised; paid positions exist only where peers fit certain professional qualifications.',
      },
      {
        kind: 'organisations',
        text: 'Organisations and cooperatives that collaborate with services host trained peers; AIPESP (founded May 18, 2024) seeks institutional recognition.',
      },
    ],
    topics: ['training', 'EX-IN', 'ESP', 'recognition', 'pay', 'supervision', 'peer associations'],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Annex I — Italy, Diritti alla Follia')],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- Annex I — Italy, AISMe / Prato
  {
    slug: 'it-aisme-prato-selmhs',
    title: 'Shared Experiences and Local Mental Health Systems project (SE&LMHS), Prato — AISMe',
    summary:
      'In 2001 the Prato Mental health service, AISMe, Mental Health Europe, ENUSP and many other organisations jointly launched the Shared Experiences and Local mental Health Systems project (SE&LMHS). Its aim was to build new relationships between services, associations and local governments. The project set out its core ideas in theory and practice: Shared Experience, the Local Mental Health System and an Intermediate Area between services and the community. The intention was for democratic peer relationships among all participants and no "them and us" relationship. AISMe reports that services are still too authoritarian, paternalistic and illness-focused for psychosocially oriented experts by experience, who can currently work only in organisations other than the services.',
    country: 'IT',
    place: 'Prato, Tuscany Region',
    organisations: ['aisme', 'prato-mental-health-service', 'mental-health-europe', 'enusp'],
    category: 'intentional_peer_support',
    setting:
      'Local mental health system: services, associations and local government, with an intermediate area between services and the community',
    targetGroup:
      'People with lived experience, services, associations and local governments in the Prato area',
    principles: ['mutuality', 'inclusive'],
    whatWorks: [
      'A joint launch by the local mental health service, a local association and European networks (MHE, ENUSP)',
      'Clear concepts: Shared Experience, the Local Mental Health System and the Intermediate Area between services and community',
      'Democratic peer relationships among all participants, with the "them and us" divide rejected',
    ],
    improvements: [
      'Services are too authoritarian and paternalistic, and mostly follow the diagnostic and therapeutic illness model',
      'Psychosocially oriented experts by experience can currently work only in organisations other than the services',
      'Relations with mainstream services are sometimes hard, especially where psychosocial aspects are neglected or seen only as consequences of individual psychopathology',
    ],
    lessons: [
      'Peer roles grounded in a psychosocial approach clash with services organised around the illness model',
      'Partnerships between services, associations and local government can frame peer relationships across a whole local system',
    ],
    startYear: 2001,
    status: 'unknown',
    leadership: 'co_produced',
    preconditions: [
      {
        kind: 'organisations',
        text: 'Joint commitment of the local mental health service, associations (AISMe), local governments and European networks (MHE, ENUSP).',
      },
      {
        kind: 'roles',
        text: 'Experts by experience currently work only in organisations other than the mental health services.',
      },
    ],
    topics: [
      'SE&LMHS',
      'local mental health systems',
      'shared experience',
      'psychosocial approach',
      'experts by experience',
    ],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Annex I — Italy, AISMe (Tuscany Region)')],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- Tuto3-PAT
  {
    slug: 'tuto3-pat-peer-and-team-support',
    title: 'Tuto3-PAT — Peer and Team Support in mental health (Erasmus+ KA220)',
    summary:
      "Erasmus+ KA220 project (2021-1-BE01-KA220-VET-000034852), co-funded by the EU, that ran for 36 months until January 2025 under the coordination of the Centre Neuro-Psychiatrique Saint-Martin in Namur. Partners were hospitals, associations of peer support workers and universities from Belgium, France, Romania, Spain, Norway, Germany and Canada. The project aimed to professionalise peer support work by building peer support into care pathways, strengthening peer workers' employment through a clearer professional profile and suitable training, and preparing teams to welcome them. It produced five results: a competency framework, a standardized training profile, training material for mental health professionals, a methodological framework for team integration, and a MOOC. NGOs in the partnership validated the tools against peer workers' experience.",
    country: 'BE',
    place: 'Namur (coordination)',
    organisations: [
      'centre-neuro-psychiatrique-saint-martin',
      'epsm-lille-metropole',
      'universitatea-aurel-vlaicu-arad',
      'peer-and-team-support-asbl',
      'haute-ecole-province-de-namur',
      'espairs',
      'grupo-investigacion-salud-mental-primera-persona',
      'ciusss-est-de-l-ile-de-montreal',
      'inland-norway-university',
      'ulm-university',
      'erfaringscentrum',
    ],
    category: 'intentional_peer_support',
    setting: 'Mental health care pathways and care teams; education and training institutions',
    targetGroup:
      'Peer support workers, trainers, institutions, care teams and associations of peer support workers in Europe and beyond',
    principles: [
      'mutuality',
      'reciprocity',
      'non_directive',
      'strengths_based',
      'progressive',
      'inclusive',
      'safety',
      'recovery_focus',
    ],
    whatWorks: [
      "Tools developed with peer workers' associations and validated against peer workers' experience",
      'A competency framework of 12 categories and 63 items, adapted from the SAMHSA framework and compared with social-work competencies from the partner countries',
      'A training profile based on more than 60 programmes and a Delphi consensus of 73 international experts',
      'A Canadian partner, in line with the goal of connecting with world leaders (Canada) on recovery and peer support worker training',
    ],
    improvements: [
      'The Delphi survey reached no consensus on admission criteria beyond lived experience of crisis and recovery plus an empathetic personality',
      'The best number of training sessions still needs to be established',
    ],
    lessons: [
      'The project treats integration as a team process: the whole team is to be accompanied throughout, not only the peer worker',
      'A recognised competency framework can help peer work be recognised and improve employment chances across Europe',
      'Peer support workers are "part of the care team, but not a carer": they complement other professions rather than replace them',
    ],
    startYear: 2022,
    status: 'completed',
    leadership: 'co_produced',
    preconditions: [
      { kind: 'funding', text: 'Erasmus+ KA220 co-funding from the European Union.' },
      {
        kind: 'training',
        text: 'Standardized training profile with basic and advanced elements; training should be officially accredited, preferably by educational institutions.',
      },
      {
        kind: 'roles',
        text: 'A clear professional profile and competency framework for peer support workers.',
      },
      {
        kind: 'organisations',
        text: 'Teams prepared and accompanied to welcome peer workers; associations of peer support workers involved in producing and validating tools.',
      },
    ],
    topics: [
      'training',
      'employment',
      'competency framework',
      'team integration',
      'professionalisation',
      'MOOC',
    ],
    resources: [
      'tuto3-pat-brochure-en',
      'tuto3-pat-brochure-no',
      'tuto3-pat-brochure-pt',
      'tuto3-pat-summary-fr',
      'tuto3-pat-result-1-competency-framework',
      'tuto3-pat-result-2-training-profile',
      'tuto3-pat-result-3-training-material-professionals',
      'tuto3-pat-result-4-integration-framework',
      'tuto3-pat-result-5-mooc',
    ],
    sources: [
      src('tuto3-en', 'Support and duration of the project; Partnership; Goals; Results'),
      src('tuto3-en', 'Result number II — Table 2 (principles and values)'),
      src('tuto3-no', 'Spesifikt om resultat nr 1; Sammenligning'),
      src('tuto3-pt', 'Comparação das competências'),
      src('tuto3-fr', 'Résumé du projet'),
    ],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- HelpEx
  {
    slug: 'helpex-ex-patients-helping-process',
    title:
      'HelpEx — European Qualification of Ex-Patients in the Helping Process of Rehabilitation and Recovery',
    summary:
      'Erasmus+ co-funded project in which mental health and addiction organisations exchange experience on the peer-to-peer model: bringing "experience expertise" into therapeutic programmes for people with mental illness or addiction. Issue 3 of the newsletter (Spring 2022) describes the peer–client relationship as one of equals, based on reciprocity and a shared journey. It lists the questions raised when ex-patients join professional teams, drawing on internal training at the French partner CEID-Addictions. Participants included both peers and people with academic training; one peer was Christine Sacco of Caritas Malta.',
    country: 'DE',
    place: null,
    organisations: ['caritas-bavaria', 'caritas-malta', 'ceid-addictions'],
    category: 'intentional_peer_support',
    setting: 'Mental health, addiction and social work organisations and their therapeutic programmes',
    targetGroup:
      'People with mental health problems or addictions, ex-patients becoming peer helpers, and professional teams',
    principles: ['reciprocity', 'mutuality'],
    whatWorks: [
      'Relationships with people who share a common history build a sense of belonging and motivation to change',
      'Peer-to-peer work can reduce feelings of rejection, stigma or disapproval and ease communication',
      'Peers share positive recovery stories and help counter myths and misconceptions about living with mental illness',
      'Exchange between peers and academically trained participants from several countries was valued by participants',
    ],
    improvements: [
      'Implementation raises organisational, educational, financial and content challenges',
      'Some professionals have concerns about ex-patients joining the team as colleagues',
      'Open questions on how to treat peer colleagues, what training they need, how to prepare professional–peer cooperation, and what to offer peers not ready for university-level education',
    ],
    lessons: [
      "Getting peer help accepted by professional teams is central, as CEID-Addictions' general manager Dr. Delile stressed",
      'Carrying solutions developed jointly by partners into each organisation is a complex process',
    ],
    startYear: null,
    status: 'unknown',
    leadership: 'co_produced',
    preconditions: [
      { kind: 'funding', text: 'Co-funded by the Erasmus+ Programme of the European Union.' },
      {
        kind: 'training',
        text: 'Training for peers, including routes for peers not ready or able to study at university level (an open question in the project).',
      },
      {
        kind: 'organisations',
        text: 'Professional teams prepared to welcome ex-patients as colleagues; internal training such as that run by CEID-Addictions.',
      },
    ],
    topics: ['addiction', 'experience expertise', 'team integration', 'stigma', 'training'],
    resources: ['helpex-newsletter-3-spring-2022'],
    sources: [src('helpex-3', 'Whole newsletter (Issue 3, Spring 2022)')],
    verifiedOn: VERIFIED_ON,
  },
  {
    slug: 'fr-ceid-addictions-peer-helpers-in-teams',
    title: 'Introducing peer helpers into professional teams — CEID-Addictions internal training (HelpEx)',
    summary:
      "Within HelpEx, the French partner CEID-Addictions ran internal training to prepare for former patients joining its professional teams as peer helpers. The process raised doubts and questions. How can professionals' concerns about new ex-patient colleagues be addressed? Should peers be treated more gently or like any other colleague? What training should peers receive, and how should professional–peer cooperation be prepared? What should be offered to peers who are not ready for university-level education? Its general manager, Dr. Delile, calls the project central to developing the peer help approach in the organisation and to its acceptance by professional teams.",
    country: 'FR',
    place: null,
    organisations: ['ceid-addictions'],
    category: 'intentional_peer_support',
    setting: 'Addiction services — professional teams',
    targetGroup: 'Professional staff and ex-patients joining teams as peer helpers',
    principles: [],
    whatWorks: [
      "Internal training that brings professionals' questions and concerns into the open before peers join",
    ],
    improvements: [
      'Some professionals are uneasy about ex-patients joining the team',
      'No settled answer yet on training for peers and on routes for peers not ready for university-level education',
    ],
    lessons: [
      'Acceptance by professional teams is central to developing a peer help approach within an organisation',
    ],
    startYear: null,
    status: 'unknown',
    leadership: 'unknown',
    preconditions: [
      {
        kind: 'training',
        text: 'Internal training for professional teams; appropriate training pathways for peers.',
      },
      {
        kind: 'organisations',
        text: 'Leadership commitment (the general manager) to the peer help approach.',
      },
    ],
    topics: ['addiction', 'team integration', 'training'],
    resources: ['helpex-newsletter-3-spring-2022'],
    sources: [
      src(
        'helpex-3',
        'Challenges related to the implementation of the peer to peer model in different organizations',
      ),
    ],
    verifiedOn: VERIFIED_ON,
  },

  // ---------------------------------------------------------------- Other practices named in the MHE guide
  {
    slug: 'uk-sussex-peer-support-partnership',
    title: 'Sussex Peer Support Partnership',
    summary:
      'Partnership of 13 different organisations in Sussex, given in the guide as an example of services new to peer support partnering with more experienced ones for mutual learning, on the view that the usual problems can now be foreseen. It is described in Faulkner (2021), "Principled Ways of Working: Peer Support in Sussex".',
    country: 'UK',
    place: 'Sussex',
    organisations: ['sussex-peer-support-partnership'],
    category: 'intentional_peer_support',
    setting: 'Partnership between mental health services and organisations',
    targetGroup: 'Organisations introducing or developing peer support',
    principles: [],
    whatWorks: ['Services new to peer support learn from services that have done it longer'],
    improvements: [],
    lessons: [
      'Integration problems are now predictable enough to be anticipated through partnership and mutual learning',
    ],
    startYear: null,
    status: 'unknown',
    leadership: 'unknown',
    preconditions: [
      {
        kind: 'organisations',
        text: 'A partnership of 13 different organisations willing to share experience.',
      },
    ],
    topics: ['partnership', 'mutual learning', 'implementation'],
    resources: ['faulkner-2021-principled-ways-of-working-sussex', 'mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Supporting the supporters'), src('mhe-guide', 'Bibliography (8)')],
    verifiedOn: VERIFIED_ON,
  },
  {
    slug: 'ie-hse-national-peer-support',
    title: "Ireland's national roll-out of peer support in HSE mental health services",
    summary:
      'In Ireland peer support is part of the national mental health strategy, and a national initiative aims to embed Recovery and Peer Support in mainstream mental health services. It has produced guidance, including a 2015 HSE guidance paper from the National Office for Advancing Recovery, a toolkit for peer support workers in the Health Service Executive, an impact report, an international scoping review and Covid-19 distance-working guidance. A small study by Ciara Glynn, a peer support worker in Ireland, found pride and satisfaction in the role. It also found struggle, described as a "battle", to integrate into teams without a recovery orientation; some peer workers felt recruitment should pause until this is fixed, and the role\'s future remains uncertain.',
    country: 'IE',
    place: null,
    organisations: ['hse-ireland', 'national-office-advancing-recovery-ireland'],
    category: 'intentional_peer_support',
    setting: 'Mainstream public mental health services (Health Service Executive)',
    targetGroup: 'Users of HSE mental health services; peer support workers and teams',
    principles: ['recovery_focus'],
    whatWorks: [
      'Peer support is written into the national mental health strategy',
      'A body of national guidance and evidence useful for building a business case',
      'Peer workers report pride and satisfaction in the role',
    ],
    improvements: [
      'Integration into teams without a recovery orientation is described as a "battle"',
      'Some peer workers suggested pausing recruitment until integration problems are addressed',
      'Uncertainty about how the role will develop in Ireland continues',
    ],
    lessons: [
      'National strategy and guidance alone do not settle how peers fit into medically oriented teams',
    ],
    startYear: null,
    status: 'active',
    leadership: 'unknown',
    preconditions: [
      {
        kind: 'law',
        text: 'Policy basis rather than legislation: peer support is part of the national mental health strategy (the guide mentions no specific law).',
      },
      {
        kind: 'organisations',
        text: 'HSE Mental Health Division and its National Office for Advancing Recovery in Ireland.',
      },
      {
        kind: 'training',
        text: 'A peer support course at DCU is mentioned by a peer worker quoted in the guide.',
      },
      {
        kind: 'roles',
        text: 'Guidance paper with role and job description content (Naughton, Collins & Ryan, 2015).',
      },
    ],
    topics: ['national strategy', 'recovery', 'employment', 'team integration'],
    resources: [
      'naughton-2015-peer-support-workers-guidance-paper',
      'ie-peer-support-workers-impact-report',
      'hse-toolkit-peer-support-workers',
      'peer-support-work-international-scoping-review',
      'peer-support-distance-working-covid19',
      'glynn-2023-battle-of-the-peer',
    ],
    sources: [
      src('mhe-guide', 'The beginnings of intentional peer support'),
      src('mhe-guide', 'Further Resources'),
      src('mhe-guide', 'Why we need Peer Support in Mental Health — Ciara Glynn'),
      src('mhe-guide', 'Integrating PrSWs into mental health teams'),
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    slug: 'recovery-colleges',
    title: 'Recovery Colleges co-produced and taught by peer support workers',
    summary:
      'The guide notes that in Recovery Colleges in the UK, Spain and many other places, peer support workers have co-produced and taught modules on peer support work and run train-the-trainer sessions. ImROC in England publishes material on Recovery Colleges.',
    country: 'UK',
    place: null,
    organisations: ['imroc'],
    category: 'intentional_peer_support',
    setting: 'Recovery Colleges (education settings linked to mental health services)',
    targetGroup: 'Peer support workers, trainers and others learning about peer support work',
    principles: ['recovery_focus'],
    whatWorks: [
      'Peer support workers co-produce and teach modules on peer support work',
      'Train-the-trainer sessions organised by peer support workers',
    ],
    improvements: [],
    lessons: ['Trainers with lived experience are a resource for training peers and professionals alike'],
    startYear: null,
    status: 'active',
    leadership: 'co_produced',
    preconditions: [
      {
        kind: 'training',
        text: 'Modules and train-the-trainer sessions co-produced and delivered by peer support workers.',
      },
    ],
    topics: ['training', 'Recovery Colleges', 'co-production', 'train-the-trainer'],
    resources: ['imroc-website', 'mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Training peer support workers'), src('mhe-guide', 'Further Resources')],
    verifiedOn: VERIFIED_ON,
  },
  {
    slug: 'hearing-voices-self-help-groups',
    title: 'Hearing Voices Network self-help groups',
    summary:
      "Self-help groups offer mutual support and education around a particular experience, here hearing voices, through empathy, discussion and self-advocacy. The guide presents the Hearing Voices Network, linked to the International Hearing Voices Movement, as a group formed in reaction to a purely medical approach. It rejects an illness-based view of psychosocial problems and values its independence from mental health services, while recognising that services often matter in members' lives. The guide names no country for it.",
    country: 'EU',
    place: null,
    organisations: ['hearing-voices-network'],
    category: 'self_help_group',
    setting: 'Independent self-help groups outside mental health services',
    targetGroup: 'People who hear voices, and the public including families and carers',
    principles: ['mutuality'],
    whatWorks: [
      'Mutual support and education built on empathy, discussion and self-advocacy',
      'Educating members and the public, including families and carers, about the experience and its personal and social consequences',
    ],
    improvements: [],
    lessons: [
      'Independence from services can matter to members who found a purely medical approach inadequate',
    ],
    startYear: null,
    status: 'active',
    leadership: 'peer_run',
    preconditions: [
      { kind: 'organisations', text: 'A user-led network independent of mental health services.' },
    ],
    topics: ['self-help', 'hearing voices', 'non-medical approaches'],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [
      src('mhe-guide', 'Different ways of engaging in Peer Support — 2) Self-help groups'),
      src('mhe-guide', 'What is Peer Support for mental health?'),
    ],
    verifiedOn: VERIFIED_ON,
  },
  {
    slug: 'eu-peer-support-sharing-practices',
    title: 'Peer Support Sharing practices in Mental Health (European partnership)',
    summary:
      'Multinational European partnership project, mentioned in the guide, whose mission is to share and strengthen peer support in mental health by making information available to all and encouraging knowledge exchange across Europe and beyond.',
    country: 'EU',
    place: null,
    organisations: ['peer-support-sharing-practices-in-mental-health'],
    category: 'intentional_peer_support',
    setting: 'European knowledge-exchange partnership',
    targetGroup: 'Everyone interested in mental health peer support in Europe and beyond',
    principles: [],
    whatWorks: ['Open access to information and knowledge exchange across countries'],
    improvements: [],
    lessons: [
      'Services new to peer support can learn from those with longer experience, including across borders',
    ],
    startYear: null,
    status: 'unknown',
    leadership: 'unknown',
    preconditions: [{ kind: 'organisations', text: 'A multinational partnership of organisations.' }],
    topics: ['knowledge exchange', 'European cooperation'],
    resources: ['mhe-short-guide-peer-support-2024'],
    sources: [src('mhe-guide', 'Supporting the supporters')],
    verifiedOn: VERIFIED_ON,
  },
];
