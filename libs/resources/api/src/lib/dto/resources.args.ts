import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@peerhub/shared/api-core';
import { Audience, ResourceType } from '../models/resource.model';

@InputType()
export class ResourceFilter {
  @Field(() => ResourceType, { nullable: true })
  @IsOptional()
  @IsEnum(ResourceType)
  type?: ResourceType;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code, e.g. "pt".' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'filter.language must be a two-letter language code such as "pt"' })
  language?: string;

  @Field(() => Audience, { nullable: true })
  @IsOptional()
  @IsEnum(Audience)
  audience?: Audience;

  @Field(() => String, { nullable: true, description: 'A topic, e.g. "training".' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  topic?: string;
}

@ArgsType()
export class ResourcesArgs extends ConnectionArgs {
  @Field(() => ResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResourceFilter)
  filter?: ResourceFilter;
}
