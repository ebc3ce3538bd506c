import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedString, Source } from '@peerhub/shared/api-core';

@ObjectType()
export class CompetencyItem {
  @Field(() => ID, { description: 'The item number, e.g. "3.4".' }) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Label in the requested language (English by default).' })
  label!: string;
  @Field(() => [LocalizedString]) labels!: LocalizedString[];
  labelsMap!: Record<string, string>;
}

@ObjectType()
export class CompetencyCategory {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => [LocalizedString]) labels!: LocalizedString[];
  @Field(() => [CompetencyItem]) items!: CompetencyItem[];
  labelsMap!: Record<string, string>;
}

@ObjectType()
export class SocialWorkComparison {
  @Field(() => String) aspect!: string;
  @Field(() => String) peerSupport!: string;
  @Field(() => String) socialWork!: string;
}

@ObjectType({ description: 'The Tuto3-PAT competency framework for peer support workers.' })
export class CompetencyFramework {
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => [LocalizedString]) titles!: LocalizedString[];
  @Field(() => String) description!: string;
  @Field(() => [CompetencyCategory]) categories!: CompetencyCategory[];
  @Field(() => [SocialWorkComparison]) socialWorkComparison!: SocialWorkComparison[];
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String) verifiedOn!: string;
  titlesMap!: Record<string, string>;
}

export enum TrainingLevel {
  BASIC = 'basic',
  ADVANCED = 'advanced',
}
registerEnumType(TrainingLevel, { name: 'TrainingLevel' });

@ObjectType()
export class TrainingElement {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => [LocalizedString]) titles!: LocalizedString[];
  @Field(() => TrainingLevel) level!: TrainingLevel;
  @Field(() => String) recommendation!: string;
  titlesMap!: Record<string, string>;
}

@ObjectType({ description: 'The Tuto3-PAT standardised training profile.' })
export class TrainingProfile {
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => [TrainingElement]) elements!: TrainingElement[];
  @Field(() => String) admission!: string;
  @Field(() => Float, { nullable: true, description: 'Longest recommended session, in hours.' })
  maxSessionHours!: number | null;
  @Field(() => String) duration!: string;
  @Field(() => String) accreditation!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String) verifiedOn!: string;
}
