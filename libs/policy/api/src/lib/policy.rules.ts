import { DimensionKey, DimensionLevel } from '@peerhub/countries/api';
import { PreconditionKind } from '@peerhub/practices/api';
import { DIMENSION_ORDER, byDimensionOrder } from '@peerhub/shared/util';
import { BriefTopic, PreconditionStatus, UnjudgedReason } from './policy.models';

/** Levels from strongest to weakest; `unknown` is not on the scale. */
const SCALE: DimensionLevel[] = [
  DimensionLevel.ESTABLISHED,
  DimensionLevel.PARTIAL,
  DimensionLevel.EMERGING,
  DimensionLevel.ABSENT,
];

export interface Requirement {
  key: DimensionKey;
}

/**
 * Which profile dimensions answer each kind of precondition. The bar is not fixed here: each dimension of the target
 * is compared with the same dimension of the practice's own country (see `judge`).
 */
export const PRECONDITION_RULES: Record<PreconditionKind, Requirement[]> = {
  [PreconditionKind.LAW]: [{ key: DimensionKey.ROLE_RECOGNITION }, { key: DimensionKey.NATIONAL_STRATEGY }],
  [PreconditionKind.FUNDING]: [{ key: DimensionKey.EMPLOYMENT }, { key: DimensionKey.PAY }],
  [PreconditionKind.TRAINING]: [
    { key: DimensionKey.TRAINING_AVAILABILITY },
    { key: DimensionKey.ACCREDITATION },
  ],
  [PreconditionKind.ROLES]: [{ key: DimensionKey.ROLE_RECOGNITION }, { key: DimensionKey.EMPLOYMENT }],
  [PreconditionKind.ORGANISATIONS]: [{ key: DimensionKey.PEER_ASSOCIATIONS }],
};

/**
 * The target against what the origin country actually shows: met when the target's level is at least the origin's,
 * not met only when the origin shows a level the target lacks, and unknown (cannot be judged) when either level is
 * not documented — a target is never held to a bar the origin never showed.
 */
export function judge(
  target: DimensionLevel,
  origin: DimensionLevel,
): { status: PreconditionStatus; unjudgedBecause: UnjudgedReason | null } {
  if (origin === DimensionLevel.UNKNOWN)
    return { status: PreconditionStatus.UNKNOWN, unjudgedBecause: UnjudgedReason.ORIGIN_UNKNOWN };
  if (target === DimensionLevel.UNKNOWN)
    return { status: PreconditionStatus.UNKNOWN, unjudgedBecause: UnjudgedReason.TARGET_UNKNOWN };
  return {
    status:
      SCALE.indexOf(target) <= SCALE.indexOf(origin) ? PreconditionStatus.MET : PreconditionStatus.NOT_MET,
    unjudgedBecause: null,
  };
}

/** not met if any part is not met; unknown if none is not met and one is unknown; met otherwise (and never when empty). */
export function combine(statuses: PreconditionStatus[]): PreconditionStatus {
  if (statuses.includes(PreconditionStatus.NOT_MET)) return PreconditionStatus.NOT_MET;
  if (!statuses.length || statuses.includes(PreconditionStatus.UNKNOWN)) return PreconditionStatus.UNKNOWN;
  return PreconditionStatus.MET;
}

/** The dimensions each brief topic covers (in DIMENSION_ORDER, as the brief's rows), and the words that make a practice or resource topical. */
const TOPICS: Record<BriefTopic, { dimensions: DimensionKey[]; terms: string[] }> = {
  [BriefTopic.ALL]: { dimensions: [...DIMENSION_ORDER] as DimensionKey[], terms: [] },
  [BriefTopic.RECOGNITION]: {
    dimensions: [DimensionKey.ROLE_RECOGNITION, DimensionKey.NATIONAL_STRATEGY, DimensionKey.ACCREDITATION],
    terms: [
      'recognition',
      'law',
      'regulation',
      'policy',
      'strategy',
      'qualification',
      'role definition',
      'terminology',
    ],
  },
  [BriefTopic.TRAINING]: {
    dimensions: [
      DimensionKey.TRAINING_AVAILABILITY,
      DimensionKey.ACCREDITATION,
      DimensionKey.TRAINING_INDEPENDENCE,
    ],
    terms: [
      'training',
      'curricul',
      'competenc',
      'course',
      'trainer',
      'education',
      'qualification',
      'accreditation',
      'recovery college',
    ],
  },
  [BriefTopic.EMPLOYMENT]: {
    dimensions: [DimensionKey.EMPLOYMENT, DimensionKey.PAY, DimensionKey.SUPERVISION, DimensionKey.SETTINGS],
    terms: [
      'employment',
      'pay',
      'salar',
      'team integration',
      'supervision',
      'recruitment',
      'work',
      'job',
      'team support',
    ],
  },
  [BriefTopic.ORGANISING]: {
    dimensions: [DimensionKey.PEER_ASSOCIATIONS, DimensionKey.ROLE_RECOGNITION],
    terms: [
      'association',
      'network',
      'partnership',
      'self-help',
      'peer-run',
      'co-production',
      'mutual learning',
      'advocacy',
    ],
  },
};
export const BRIEF_TOPICS: Record<BriefTopic, { dimensions: DimensionKey[]; terms: string[] }> =
  Object.fromEntries(
    Object.entries(TOPICS).map(([topic, t]) => [
      topic,
      { ...t, dimensions: byDimensionOrder(t.dimensions, (k) => k) },
    ]),
  ) as Record<BriefTopic, { dimensions: DimensionKey[]; terms: string[] }>;

/** True when a word of the item's title or topics starts with one of the topic's terms (every item for ALL). */
export function onTopic(topic: BriefTopic, item: { title: string; topics: string[] }): boolean {
  const terms = BRIEF_TOPICS[topic].terms;
  if (!terms.length) return true;
  const haystack = [item.title, ...item.topics].join(' \n ').toLowerCase();
  return terms.some((t) => new RegExp(`(^|[^\\p{L}])${t}`, 'u').test(haystack));
}
