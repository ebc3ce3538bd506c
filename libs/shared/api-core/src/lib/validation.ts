import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { badUserInput } from './errors';

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => m.replace(e.property, path));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** Global, strict validation: unknown fields rejected, every failure a BAD_USER_INPUT naming the argument. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const messages = flatten(errors);
      return badUserInput(messages.join('; '), { arguments: errors.map((e) => e.property) });
    },
  });
}

/** Lower-case words and digits joined by single hyphens, at most 120 characters. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE =
  'slug must be lower-case letters, digits and single hyphens (at most 120 characters)';

/** `(slug: String!)` for every "one record by slug" query. */
@ArgsType()
export class SlugArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(120, { message: SLUG_MESSAGE })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug!: string;
}
