import type { SeedTrainingProfile } from '../types';
import { src, VERIFIED_ON } from './sources';

/*
 * Tuto3-PAT Result 2 (Ulm University). Element titles are as printed in the English brochure's
 * Table 2. Recommendations are paraphrased. Codes: B1–B12 are the basic elements, in Table 2
 * order; A1–A3 are the advanced/specialised elements. Together they are the 15 training elements
 * the study identified. Table 1 prints descriptions for only 10 of the 15 (missing: Principles and
 * values, Health and Wellbeing, Advocacy and Rights, Planning, Psychoeducation and Knowledge).
 */

const table2 = src('tuto3-en', 'Result number II — Table 2: Consensus and recommendations');

export const trainingProfile: SeedTrainingProfile = {
  slug: 'tuto3-pat-standardized-training-profile',
  title: 'A standardized training profile for peer support workers (Tuto3-PAT Result 2)',
  description:
    "Ulm University's Section Process-Outcome Research, Dept. of Psychiatry II (Ramona Hiltensperger, Selina Girit, Ellen Epple, Bernd Puschner and the Tuto3-PAT study group) built this profile because peer support training varies widely and so does its effectiveness. The work had three steps. Step 1 collected over 60 training programmes from around the world. Step 2 compared them and found 15 general training elements present in most programmes. Step 3 asked 73 international experts and stakeholders (e.g. peer support workers, policy makers) to rate each element in a two-step Delphi survey, suggest missing elements, and relate elements to the core principles from Tuto3-PAT Result 1. The outcome is an agreed set of prioritised basic elements, elements suited to advanced training (ongoing professional development or special client groups), and practical recommendations. The brochure said a fuller description would appear on the PAT website by end of 2024 and a scientific publication was expected in 2025.",
  elements: [
    {
      code: 'B1',
      title: { en: 'Peer Support and Use of Experience' },
      level: 'basic',
      recommendation:
        "Teach the theories and concepts of peer support and peer relationships, and how to use one's own experience to help others. Let participants share personal experience in a safe setting alongside theory, and include guidance on self-disclosure.",
    },
    {
      code: 'B2',
      title: { en: 'Recovery' },
      level: 'basic',
      recommendation:
        'Introduce personal recovery, recovery experiences and recovery-focused support, using real recovery stories and strategies that build a recovery-oriented mindset.',
    },
    {
      code: 'B3',
      title: { en: 'Relationship and Roles' },
      level: 'basic',
      recommendation:
        "Give a role description for peer support workers (do's and don'ts) and explain the interpersonal and therapeutic relationship and role modelling. Use exercises on relationship dynamics, and teach how to set boundaries with clients and keep work and private life apart.",
    },
    {
      code: 'B4',
      title: { en: 'Communication' },
      level: 'basic',
      recommendation:
        'Provide a basic communication module: active and reflective communication, understanding, conflict resolution, feedback, probing and motivational interviewing. Practise through role-play and interactive exercises.',
    },
    {
      code: 'B5',
      title: { en: 'Stigma' },
      level: 'basic',
      recommendation:
        'Train in strategies to reduce stigma, and invite participants to share their own experiences of stigma and its effects.',
    },
    {
      code: 'B6',
      title: { en: 'Principles and values' },
      level: 'basic',
      recommendation:
        'Discuss the principles and values of peer support: mutuality, reciprocity, non-directiveness, strengths, progress, inclusion, diversity, validation, acceptance, hope, world view, confidentiality, empathy, empowerment and safety. Work through ethical dilemmas and have participants draft a shared code of conduct.',
    },
    {
      code: 'B7',
      title: { en: 'Inclusion and support from family and community' },
      level: 'basic',
      recommendation:
        'Stress building support systems in the family and community (connecting, networking, dialogue). Run workshops on communicating with families and engaging the community, and teach the social determinants of health.',
    },
    {
      code: 'B8',
      title: { en: 'Health and Wellbeing' },
      level: 'basic',
      recommendation:
        'Give basic training in stress management, self-care, relapse prevention and healthy living (eating, physical activity, sleep, relaxation). Run holistic wellness workshops that encourage peer support for healthy lifestyles.',
    },
    {
      code: 'B9',
      title: { en: 'Advocacy and Rights' },
      level: 'basic',
      recommendation:
        "Teach advocacy strategies, patients' rights, and the part peer supporters play in pushing for change.",
    },
    {
      code: 'B10',
      title: { en: 'Skills' },
      level: 'basic',
      recommendation:
        'Teach a range of practical skills: problem-solving and coping, technology (telephone, computer), letter writing and presentations, organisation and leadership, crisis intervention, and culturally competent service delivery. Practise them in hands-on workshops with real-life scenarios and role-play.',
    },
    {
      code: 'B11',
      title: { en: 'Planning' },
      level: 'basic',
      recommendation:
        'Cover advance planning, planning with people in crisis, activity planning, health care visits and meaningful everyday activities. Teach planning with tools such as WRAP (Wellness Recovery Action Plan) and exercises in goal setting and crisis management.',
    },
    {
      code: 'B12',
      title: { en: 'Group setting' },
      level: 'basic',
      recommendation:
        'Give basic training in designing and running groups, group dynamics and facilitating discussion, with practical exercises in managing group interaction.',
    },
    {
      code: 'A1',
      title: { en: 'Psychoeducation and Knowledge' },
      level: 'advanced',
      recommendation:
        'Develop thorough, interactive training materials on mental health topics, tailored to the populations being served.',
    },
    {
      code: 'A2',
      title: { en: 'Assessment' },
      level: 'advanced',
      recommendation:
        'Include practical sessions on assessment techniques and provide needs-assessment templates.',
    },
    {
      code: 'A3',
      title: { en: 'Workplace Training' },
      level: 'advanced',
      recommendation:
        'Use simulations and practical exercises based on workplace situations to prepare participants for real work with clients.',
    },
  ],
  admission:
    'The Delphi experts agreed on only two admission criteria: lived experience of a mental health crisis and of recovery from it, and an empathetic personality. They reached no consensus on any other criterion.',
  maxSessionHours: 4,
  duration:
    'A single training session should last no more than 4 hours. The optimal number of training sessions was not settled and needs further study.',
  accreditation:
    'Peer support training programmes should be officially accredited, and educational institutions are suitable bodies to accredit them.',
  sources: [
    src('tuto3-en', 'Result number II — Steps 1–3'),
    src('tuto3-en', 'Result number II — Table 1: Identified training elements'),
    table2,
    src('tuto3-en', 'Result number II — Admission criteria (text after Step 3)'),
    src('tuto3-en', 'Result number II — Table 2: Other training features (Duration, Accreditation)'),
  ],
  verifiedOn: VERIFIED_ON,
};
