import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCountryCodeList, PageArgs, PageInfo } from '@peerhub/shared/api-core';
import { FILTER_COUNTRIES } from '@peerhub/shared/util';

export enum SearchKindEnum {
  PRACTICE = 'practice',
  ORGANISATION = 'organisation',
  RESOURCE = 'resource',
  COUNTRY = 'country',
}
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'The kind of record a search hit is.' });

export const MAX_QUERY_LENGTH = 300;

@InputType({ description: 'Values are OR-ed within a field and AND-ed across fields.' })
export class SearchFilterInput {
  @Field(() => [SearchKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(SearchKindEnum, { each: true })
  kind?: SearchKindEnum[];

  @Field(() => [String], {
    nullable: true,
    description: `ISO 3166-1 alpha-2 country codes, any case (GB is read as UK); at most ${FILTER_COUNTRIES.max}.`,
  })
  @IsOptional()
  @IsCountryCodeList(FILTER_COUNTRIES)
  country?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 language codes.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'filter.language values must be two-letter language codes' })
  language?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  audience?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Topics of the controlled search vocabulary (training, recovery, employment, policy, co-production, ' +
      'supervision, rights, addiction, youth, research, hearing-voices, family, competencies), as the topic facet ' +
      'lists them; a record’s own free-text tags are not topics. Unknown values match nothing.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  topic?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Types scoped by kind, as the type facet lists them: `practice:<practice form>`, `organisation:<organisation ' +
      'type>`, `resource:<document type>` (e.g. `resource:guide`). A type narrows its own kind only and brings that ' +
      'kind in: kind [PRACTICE] with type [resource:guide] finds every practice and the guides. A value naming no ' +
      'kind matches nothing. (Before: bare types such as `guide`, which mixed the kinds.)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  type?: string[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1800, { each: true })
  @Max(2200, { each: true })
  year?: number[];
}

/** `search(query, filter, first, after)`: the page arguments are every connection's (PageArgs). */
@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, {
    defaultValue: '',
    description: 'Free text in any language; empty = browse everything.',
  })
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH, { message: `query must be at most ${MAX_QUERY_LENGTH} characters` })
  query = '';

  @Field(() => SearchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilterInput)
  filter?: SearchFilterInput;
}

@ObjectType()
export class SearchHitModel {
  @Field(() => SearchKindEnum) kind!: SearchKindEnum;
  @Field(() => ID, { description: 'Id of the record (a country’s ISO code for countries).' }) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'HTML-escaped text with the matches wrapped in <mark>.' })
  snippet!: string;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String) language!: string;
  @Field(() => Float) score!: number;
}

@ObjectType()
export class FacetValueModel {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class FacetModel {
  @Field(() => String, {
    description:
      'kind, country, language, audience, topic, type or year. Type values are scoped by kind (`resource:guide`); ' +
      'topic values are the controlled vocabulary’s ids. Each facet is counted without its own filter (and type ' +
      'without kind), so a count says how many records ticking that value would show of it.',
  })
  field!: string;
  @Field(() => [FacetValueModel]) values!: FacetValueModel[];
}

@ObjectType()
export class SearchResultModel {
  @Field(() => Int) total!: number;
  @Field(() => [SearchHitModel]) hits!: SearchHitModel[];
  @Field(() => [FacetModel]) facets!: FacetModel[];
  @Field(() => String, { description: 'The engine that answered: postgres or meilisearch.' }) engine!: string;
  @Field(() => Float) tookMs!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => [String], {
    description: 'Nearby indexed words when a query word matched nothing ("did you mean").',
  })
  suggestions!: string[];
}
