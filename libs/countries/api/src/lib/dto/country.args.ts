import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';

export const COUNTRY_CODE_PATTERN = /^[A-Za-z]{2}$/;
export const COUNTRY_CODE_MESSAGE = 'must be a two-letter country code such as "PL"';

@ArgsType()
export class CountryArgs {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "PL".' })
  @IsString()
  @Matches(COUNTRY_CODE_PATTERN, { message: `code ${COUNTRY_CODE_MESSAGE}` })
  code!: string;
}

@ArgsType()
export class CountriesArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only European (true) or only non-European (false).' })
  @IsOptional()
  @IsBoolean()
  european?: boolean;
}
