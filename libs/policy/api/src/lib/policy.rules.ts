import { DimensionKey, DimensionLevel } from '@peerhub/countries/api';
import { PreconditionKind } from '@peerhub/practices/api';
import { DIMENSION_ORDER, byDimensionOrder } from '@peerhub/shared/util';
import { BriefTopic, PreconditionStatus } from './policy.models';

/** Levels from strongest to weakest; `unknown` is not on the scale. */
const SCALE: DimensionLevel[] = [
  DimensionLevel.ESTABLISHED,
  DimensionLevel.PARTIAL,
  DimensionLevel.EMERGING,
  DimensionLevel.ABSENT,
];

export interface Requirement {
  key: DimensionKey;
  /** The lowest level that counts as in place. */
  required: DimensionLevel;
}

/**
 * Which profile dimensions answer each kind of precondition, and how strong they must be.
 * A law precondition needs the role recognised nationally (established) or at least a national strategy in part;
 * the others need the thing in place at least in some regions or services (partial).
 */
export const PRECONDITION_RULES: Record<PreconditionKind, Requirement[]> = {
  [PreconditionKind.LAW]: [
    { key: DimensionKey.ROLE_RECOGNITION, required: DimensionLevel.ESTABLISHED },
    { key: DimensionKey.NATIONAL_STRATEGY, required: DimensionLevel.PARTIAL },
  ],
  [PreconditionKind.FUNDING]: [
    { key: DimensionKey.EMPLOYMENT, required: DimensionLevel.PARTIAL },
    { key: DimensionKey.PAY, required: DimensionLevel.PARTIAL },
  ],
  [PreconditionKind.TRAINING]: [
    { key: DimensionKey.TRAINING_AVAILABILITY, required: DimensionLevel.PARTIAL },
    { key: DimensionKey.ACCREDITATION, required: DimensionLevel.PARTIAL },
  ],
  [PreconditionKind.ROLES]: [
    { key: DimensionKey.ROLE_RECOGNITION, required: DimensionLevel.PARTIAL },
    { key: DimensionKey.EMPLOYMENT, required: DimensionLevel.PARTIAL },
  ],
  [PreconditionKind.ORGANISATIONS]: [
    { key: DimensionKey.PEER_ASSOCIATIONS, required: DimensionLevel.PARTIAL },
  ],
};

/** Whether `level` reaches `required`; unknown stays unknown. */
export function judge(level: DimensionLevel, required: DimensionLevel): PreconditionStatus {
  if (level === DimensionLevel.UNKNOWN) return PreconditionStatus.UNKNOWN;
  return SCALE.indexOf(level) <= SCALE.indexOf(required)
    ? PreconditionStatus.MET
    : PreconditionStatus.NOT_MET;
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
