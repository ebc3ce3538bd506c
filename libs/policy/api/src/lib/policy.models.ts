import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Source } from '@peerhub/shared/api-core';
import { ComparisonRow, Country, DimensionKey, DimensionLevel } from '@peerhub/countries/api';
import { Practice, PreconditionKind } from '@peerhub/practices/api';
import { Resource } from '@peerhub/resources/api';

export enum PreconditionStatus {
  MET = 'met',
  NOT_MET = 'not_met',
  UNKNOWN = 'unknown',
}
registerEnumType(PreconditionStatus, {
  name: 'PreconditionStatus',
  description:
    'met: the target country’s level is at least the origin country’s · not_met: the origin shows a level the target lacks · unknown: cannot be judged, because the origin’s or the target’s level is not documented',
});

export enum UnjudgedReason {
  ORIGIN_UNKNOWN = 'origin_unknown',
  TARGET_UNKNOWN = 'target_unknown',
}
registerEnumType(UnjudgedReason, {
  name: 'UnjudgedReason',
  description:
    'Why a check cannot be judged: origin_unknown — the practice’s own country’s level is not documented, so there is no bar to compare with · target_unknown — the target country’s level is not documented',
});

export enum BriefTopic {
  ALL = 'all',
  RECOGNITION = 'recognition',
  TRAINING = 'training',
  EMPLOYMENT = 'employment',
  ORGANISING = 'organising',
}
registerEnumType(BriefTopic, {
  name: 'BriefTopic',
  description:
    'recognition: law, strategy, accreditation · training: availability, accreditation, independence · employment: jobs, pay, supervision, settings · organising: peer associations and recognition · all: every dimension',
});

@ObjectType({
  description: 'One profile dimension of the target country, read against what a precondition needs.',
})
export class TransferEvidence {
  @Field(() => DimensionKey) key!: DimensionKey;
  @Field(() => DimensionLevel, { description: 'The target country’s level.' }) level!: DimensionLevel;
  @Field(() => DimensionLevel, {
    description:
      'The lowest level that counts as met: the origin country’s own level (unknown when it is not documented, and the check cannot be judged).',
  })
  required!: DimensionLevel;
  @Field(() => PreconditionStatus) status!: PreconditionStatus;
  @Field(() => UnjudgedReason, {
    nullable: true,
    description: 'Set when status is unknown: why this dimension cannot be judged.',
  })
  unjudgedBecause!: UnjudgedReason | null;
  @Field(() => DimensionLevel, { description: 'The level in the practice’s own country, for contrast.' })
  originLevel!: DimensionLevel;
  @Field(() => String, { description: 'The target profile’s text for this dimension.' }) text!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String, { nullable: true }) verifiedOn!: string | null;
}

@ObjectType({ description: 'One precondition of the practice against the target country.' })
export class TransferCheck {
  @Field(() => PreconditionKind) kind!: PreconditionKind;
  @Field(() => String, { description: 'What the practice needed where it started.' }) text!: string;
  @Field(() => PreconditionStatus, {
    description:
      'not_met when any evidence is not met; unknown (cannot be judged) when none is not met but one cannot be judged; else met.',
  })
  status!: PreconditionStatus;
  @Field(() => [TransferEvidence]) evidence!: TransferEvidence[];
}

@ObjectType({ description: 'What it would take to transfer a practice to another country.' })
export class Transferability {
  @Field(() => Practice) practice!: Practice;
  @Field(() => Country) origin!: Country;
  @Field(() => Country) target!: Country;
  @Field(() => [TransferCheck], { description: 'One per precondition of the practice, in its order.' })
  checks!: TransferCheck[];
  @Field(() => String, { description: 'The most recent verified-on date among the evidence.' })
  dataAsOf!: string;
}

export enum BriefResourceReason {
  PRACTICE = 'practice',
  COUNTRY = 'country',
  GENERAL = 'general',
}
registerEnumType(BriefResourceReason, {
  name: 'BriefResourceReason',
  description:
    'practice: linked to a practice in the brief · country: by or with an organisation in one of its countries · general: on the topic and not about a country outside the brief',
});

@ObjectType({ description: 'A resource in a brief, with why it is there.' })
export class BriefResource {
  @Field(() => Resource) resource!: Resource;
  @Field(() => BriefResourceReason) reason!: BriefResourceReason;
}

@ObjectType({
  description: 'A print-ready policy brief: countries compared on one topic, with practices and resources.',
})
export class PolicyBrief {
  @Field(() => BriefTopic) topic!: BriefTopic;
  @Field(() => [DimensionKey], { description: 'The dimensions the topic covers, in profile order.' })
  dimensions!: DimensionKey[];
  @Field(() => [Country]) countries!: Country[];
  @Field(() => [ComparisonRow]) rows!: ComparisonRow[];
  @Field(() => [Practice], { description: 'Practices in these countries (or Europe-wide) on the topic.' })
  practices!: Practice[];
  @Field(() => [BriefResource], {
    description:
      'Resources linked to those practices, then resources on the topic from these countries, then other resources on the topic.',
  })
  resources!: BriefResource[];
  @Field(() => String, { description: 'The most recent verified-on date among everything in the brief.' })
  dataAsOf!: string;
}
