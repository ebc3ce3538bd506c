import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Source } from '@peerhub/shared/api-core';

export enum OrganisationType {
  NGO = 'ngo',
  UNIVERSITY = 'university',
  HEALTH_SERVICE = 'health_service',
  PEER_ASSOCIATION = 'peer_association',
  USER_LED = 'user_led',
  TRAINING_PROVIDER = 'training_provider',
  PUBLIC_BODY = 'public_body',
  NETWORK = 'network',
}
registerEnumType(OrganisationType, { name: 'OrganisationType' });

@ObjectType({ description: 'An organisation active in peer support.' })
export class Organisation {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => OrganisationType) type!: OrganisationType;
  @Field(() => String, { description: 'ISO code of its country.' }) countryCode!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { description: 'Markdown as written (plain text for most).' }) description!: string;
  @Field(() => String, { description: 'The description rendered to sanitised HTML on the server.' })
  descriptionHtml!: string;
  @Field(() => Int, { description: 'Raised at every publication.' }) version!: number;
  @Field({ description: 'When the record last changed on PeerHub.' }) updatedAt!: Date;
  @Field(() => [String]) expertise!: string[];
  @Field(() => [String]) languages!: string[];
  @Field(() => [String], { description: 'Projects it takes part in, e.g. Tuto3-PAT, HelpEx.' })
  projects!: string[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => Boolean) verified!: boolean;
  @Field(() => Boolean) openToPartnership!: boolean;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String) verifiedOn!: string;
}

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}
