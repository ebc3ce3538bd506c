import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationArguments } from 'class-validator';
import {
  COUNTRY_CODE_RULE,
  CountryListBounds,
  checkCountryCodes,
  normaliseCountryCode,
} from '@peerhub/shared/util';

/**
 * A country-code argument or filter field: the shared rule (@peerhub/shared/util `normaliseCountryCode`) applied
 * by the validation pipe, so resolvers and services only ever see canonical codes (upper case, GB → UK).
 * Anything else is BAD_USER_INPUT "<argument> must be a two-letter ISO 3166-1 country code …".
 */
export function IsCountryCode(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => normaliseCountryCode(value) ?? value),
    ValidateBy({
      name: 'isCountryCode',
      validator: {
        validate: (value: unknown) => normaliseCountryCode(value) !== null,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'code'} must be ${COUNTRY_CODE_RULE}`,
      },
    }),
  );
}

/**
 * A list of country codes with its bounds (`COMPARE_COUNTRIES`, `BRIEF_COUNTRIES`, `FILTER_COUNTRIES`): each code
 * normalised, then one BAD_USER_INPUT naming the first problem — a malformed code, a duplicate, too few or too many.
 */
export function IsCountryCodeList(bounds: CountryListBounds): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((v: unknown) => normaliseCountryCode(v) ?? v) : value,
    ),
    ValidateBy({
      name: 'isCountryCodeList',
      constraints: [bounds],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          checkCountryCodes(value, bounds, args?.property).error === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          checkCountryCodes(args?.value, bounds, args?.property).error ?? 'invalid country codes',
      },
    }),
  );
}
