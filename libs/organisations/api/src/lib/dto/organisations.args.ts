import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs, IsCountryCode } from '@peerhub/shared/api-core';
import { OrganisationType } from '../models/organisation.model';

@InputType()
export class OrganisationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country code, any case (GB is read as UK).',
  })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @Field(() => String, { nullable: true, description: 'A project name, e.g. "Tuto3-PAT".' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  project?: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language the organisation works in.' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'filter.language must be a two-letter language code such as "pl"' })
  language?: string;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilter)
  filter?: OrganisationFilter;
}
