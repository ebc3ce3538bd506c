import { Field, ObjectType } from '@nestjs/graphql';
import { Source } from '@peerhub/shared/api-core';
import { Country, DimensionKey, DimensionLevel } from './country.model';

@ObjectType({ description: 'One country’s value for one dimension, with its sources.' })
export class ComparisonCell {
  @Field(() => String) countryCode!: string;
  @Field(() => DimensionLevel) level!: DimensionLevel;
  @Field(() => String) text!: string;
  @Field(() => [Source]) sources!: Source[];
  @Field(() => String, { nullable: true }) verifiedOn!: string | null;
}

@ObjectType({ description: 'One dimension across the compared countries.' })
export class ComparisonRow {
  @Field(() => DimensionKey) key!: DimensionKey;
  @Field(() => Boolean, { description: 'True when the countries’ levels are not all the same.' })
  differs!: boolean;
  @Field(() => [ComparisonCell], { description: 'In the order the countries were asked for.' })
  cells!: ComparisonCell[];
}

@ObjectType({ description: 'Countries side by side, dimension by dimension.' })
export class CountryComparison {
  @Field(() => [Country]) countries!: Country[];
  @Field(() => [ComparisonRow]) rows!: ComparisonRow[];
  @Field(() => String, { description: 'The most recent verified-on date among the cells ("data as of").' })
  dataAsOf!: string;
}
