import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsCountryCode, IsCountryCodeList } from '@peerhub/shared/api-core';
import { COMPARE_COUNTRIES } from '@peerhub/shared/util';

@ArgsType()
export class CountryArgs {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, any case, e.g. "PL" (GB is read as UK).' })
  @IsCountryCode()
  code!: string;
}

@ArgsType()
export class CountriesArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only European (true) or only non-European (false).' })
  @IsOptional()
  @IsBoolean()
  european?: boolean;
}

@ArgsType()
export class CompareCountriesArgs {
  @Field(() => [String], {
    description: `${COMPARE_COUNTRIES.min} to ${COMPARE_COUNTRIES.max} distinct ISO 3166-1 alpha-2 codes, any case (GB is read as UK), in the order to show them.`,
  })
  @IsCountryCodeList(COMPARE_COUNTRIES)
  codes!: string[];
}
