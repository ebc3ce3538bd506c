import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Source } from '@peerhub/shared/api-core';

export enum PracticeCategory {
  INFORMAL_GROUP = 'informal_group',
  SELF_HELP_GROUP = 'self_help_group',
  INTENTIONAL_PEER_SUPPORT = 'intentional_peer_support',
}
registerEnumType(PracticeCategory, {
  name: 'PracticeCategory',
  description: 'The forms of peer support in MHE’s Short Guide.',
});

export enum Leadership {
  PEER_RUN = 'peer_run',
  CO_PRODUCED = 'co_produced',
  PROFESSIONAL_LED = 'professional_led',
  UNKNOWN = 'unknown',
}
registerEnumType(Leadership, { name: 'Leadership' });

export enum PracticeStatus {
  ACTIVE = 'active',
  COMPLETED = 'completed',
  UNKNOWN = 'unknown',
}
registerEnumType(PracticeStatus, { name: 'PracticeStatus' });

export enum Principle {
  MUTUALITY = 'mutuality',
  RECIPROCITY = 'reciprocity',
  SAFETY = 'safety',
  RECOVERY_FOCUS = 'recovery_focus',
  PROGRESSIVE = 'progressive',
  INCLUSIVE = 'inclusive',
  STRENGTHS_BASED = 'strengths_based',
  NON_DIRECTIVE = 'non_directive',
}
registerEnumType(Principle, { name: 'Principle', description: 'The eight core principles of peer support.' });

export enum PreconditionKind {
  LAW = 'law',
  FUNDING = 'funding',
  TRAINING = 'training',
  ROLES = 'roles',
  ORGANISATIONS = 'organisations',
}
registerEnumType(PreconditionKind, { name: 'PreconditionKind' });

@ObjectType({ description: 'What a practice needs in place to work.' })
export class Precondition {
  @Field(() => PreconditionKind) kind!: PreconditionKind;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'A peer support practice (case study).' })
export class Practice {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Markdown as written (plain text for most).' }) summary!: string;
  @Field(() => String, { description: 'The summary rendered to sanitised HTML on the server.' })
  summaryHtml!: string;
  @Field(() => Int, { description: 'Raised at every publication.' }) version!: number;
  @Field({ description: 'When the record last changed on PeerHub.' }) updatedAt!: Date;
  @Field(() => String, { description: 'ISO code of its main country.' }) countryCode!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => PracticeCategory) category!: PracticeCategory;
  @Field(() => String) setting!: string;
  @Field(() => String) targetGroup!: string;
  @Field(() => [Principle]) principles!: Principle[];
  @Field(() => [String]) whatWorks!: string[];
  @Field(() => [String]) improvements!: string[];
  @Field(() => [String]) lessons!: string[];
  @Field(() => Int, { nullable: true }) startYear!: number | null;
  @Field(() => PracticeStatus) status!: PracticeStatus;
  @Field(() => Leadership) leadership!: Leadership;
  @Field(() => [Precondition]) preconditions!: Precondition[];
  @Field(() => [String]) topics!: string[];
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String) verifiedOn!: string;
}

@ObjectType()
export class PracticeConnection extends Connection(Practice) {}
