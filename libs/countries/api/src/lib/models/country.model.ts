import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedString, Source } from '@peerhub/shared/api-core';

export enum DimensionKey {
  ROLE_RECOGNITION = 'role_recognition',
  NATIONAL_STRATEGY = 'national_strategy',
  TRAINING_AVAILABILITY = 'training_availability',
  ACCREDITATION = 'accreditation',
  TRAINING_INDEPENDENCE = 'training_independence',
  EMPLOYMENT = 'employment',
  PAY = 'pay',
  SUPERVISION = 'supervision',
  PEER_ASSOCIATIONS = 'peer_associations',
  SETTINGS = 'settings',
}
registerEnumType(DimensionKey, { name: 'DimensionKey', description: 'A dimension of a country profile.' });

export enum DimensionLevel {
  ESTABLISHED = 'established',
  PARTIAL = 'partial',
  EMERGING = 'emerging',
  ABSENT = 'absent',
  UNKNOWN = 'unknown',
}
registerEnumType(DimensionLevel, {
  name: 'DimensionLevel',
  description:
    'established: in place nationally · partial: some regions or services · emerging: pilots · absent · unknown: the sources are silent',
});

@ObjectType({ description: 'A local title of the peer support role.' })
export class RoleTitle {
  @Field(() => String) title!: string;
  @Field(() => String) language!: string;
  @Field(() => String, { nullable: true, description: 'English gloss.' }) gloss!: string | null;
}

@ObjectType({ description: 'One sourced dimension of a country profile.' })
export class CountryDimension {
  @Field(() => DimensionKey) key!: DimensionKey;
  @Field(() => DimensionLevel) level!: DimensionLevel;
  @Field(() => String) text!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String, { description: 'ISO date the dimension was last checked against its sources.' })
  verifiedOn!: string;
}

@ObjectType({ description: 'A country profile.' })
export class Country {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code (UK for the United Kingdom).' }) code!: string;
  @Field(() => String, { description: 'Name in the requested language (English by default).' }) name!: string;
  @Field(() => [LocalizedString]) names!: LocalizedString[];
  @Field(() => Boolean) european!: boolean;
  @Field(() => String) summary!: string;
  @Field(() => [RoleTitle]) roleTitles!: RoleTitle[];
  @Field(() => [CountryDimension]) dimensions!: CountryDimension[];
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String) verifiedOn!: string;
}
