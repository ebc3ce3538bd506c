import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Source } from '@peerhub/shared/api-core';

export enum ResourceType {
  GUIDE = 'guide',
  TOOLKIT = 'toolkit',
  CURRICULUM = 'curriculum',
  COMPETENCY_FRAMEWORK = 'competency_framework',
  TRAINING_PROFILE = 'training_profile',
  MOOC = 'mooc',
  PAPER = 'paper',
  POLICY = 'policy',
  NEWSLETTER = 'newsletter',
  VIDEO = 'video',
  REPORT = 'report',
  BOOK = 'book',
  BROCHURE = 'brochure',
  WEBSITE = 'website',
}
registerEnumType(ResourceType, { name: 'ResourceType' });

export enum Audience {
  POLICYMAKERS = 'policymakers',
  PRACTITIONERS = 'practitioners',
  PEER_WORKERS = 'peer_workers',
  TRAINERS = 'trainers',
  ORGANISATIONS = 'organisations',
  RESEARCHERS = 'researchers',
  GENERAL_PUBLIC = 'general_public',
}
registerEnumType(Audience, { name: 'Audience' });

@ObjectType({ description: 'A guide, curriculum, paper, newsletter… in one language.' })
export class Resource {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => ResourceType) type!: ResourceType;
  @Field(() => String, { description: 'ISO 639-1 language of this version.' }) language!: string;
  @Field(() => String, { nullable: true, description: 'Shared by the language versions of one work.' })
  translationGroup!: string | null;
  @Field(() => String) publisher!: string;
  publisherOrganisationId!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => [Audience]) audience!: Audience[];
  @Field(() => [String]) topics!: string[];
  @Field(() => [String]) competencyTags!: string[];
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { description: 'Markdown as written (plain text for most).' }) description!: string;
  @Field(() => String, { description: 'The description rendered to sanitised HTML on the server.' })
  descriptionHtml!: string;
  @Field(() => Int, { description: 'Raised at every publication.' }) version!: number;
  @Field({ description: 'When the record last changed on PeerHub.' }) updatedAt!: Date;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String) verifiedOn!: string;
}

@ObjectType()
export class ResourceConnection extends Connection(Resource) {}
