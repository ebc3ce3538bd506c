import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs, IsCountryCode, SLUG_MESSAGE, SLUG_PATTERN } from '@peerhub/shared/api-core';
import { Leadership, PracticeCategory } from '../models/practice.model';

@InputType()
export class PracticeFilter {
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country code, any case (GB is read as UK).',
  })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Field(() => PracticeCategory, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeCategory)
  category?: PracticeCategory;

  @Field(() => Leadership, { nullable: true })
  @IsOptional()
  @IsEnum(Leadership)
  leadership?: Leadership;

  @Field(() => String, { nullable: true, description: 'A topic, e.g. "training".' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  topic?: string;

  @Field(() => String, { nullable: true, description: 'Slug of an organisation involved.' })
  @IsOptional()
  @MaxLength(120, { message: `filter.organisation: ${SLUG_MESSAGE}` })
  @Matches(SLUG_PATTERN, { message: `filter.organisation: ${SLUG_MESSAGE}` })
  organisation?: string;
}

@ArgsType()
export class PracticesArgs extends ConnectionArgs {
  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeFilter)
  filter?: PracticeFilter;
}
