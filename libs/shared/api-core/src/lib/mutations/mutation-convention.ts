import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  Type,
  UseInterceptors,
} from '@nestjs/common';
import { Field, GqlExecutionContext, InputType, Int, ObjectType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { IsInt, Max, Min, ValidationError, validate } from 'class-validator';
import { Observable, catchError, from, map, of, switchMap, throwError } from 'rxjs';

/**
 * Stable codes of FieldError (a form picks its own words by code; `message` is the server's English):
 * REQUIRED · TOO_LONG · TOO_SHORT · OUT_OF_RANGE · INVALID · UNKNOWN_FIELD · TAKEN · NOT_FOUND · CONFLICT.
 */
export type FieldErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'OUT_OF_RANGE'
  | 'INVALID'
  | 'UNKNOWN_FIELD'
  | 'TAKEN'
  | 'NOT_FOUND'
  | 'CONFLICT';

@ObjectType({
  description: 'A problem with one field of a mutation’s input, for the form to show next to it.',
})
export class FieldError {
  @Field({
    description:
      'Path of the field in the input, dot-separated (`title`, `sources.0.url`); `expectedVersion` when the record changed meanwhile.',
  })
  field!: string;

  @Field({ description: 'What is wrong, in English (forms may word it themselves from `code`).' })
  message!: string;

  @Field({
    description:
      'REQUIRED, TOO_LONG, TOO_SHORT, OUT_OF_RANGE, INVALID, UNKNOWN_FIELD, TAKEN, NOT_FOUND or CONFLICT (the record changed since `expectedVersion`).',
  })
  code!: FieldErrorCode;
}

/**
 * The base of every mutation payload: `XPayload { errors: [FieldError!]!, <the record>: X }`. `errors` is empty
 * on success; otherwise the record is null and nothing was written.
 */
@ObjectType({ isAbstract: true })
export abstract class MutationPayload {
  @Field(() => [FieldError], {
    description:
      'Empty when the mutation succeeded; otherwise why not, field by field (nothing was written).',
  })
  errors!: FieldError[];
}

/** The base of every input that edits a versioned record: optimistic concurrency through `expectedVersion`. */
@InputType({ isAbstract: true })
export abstract class VersionedInput {
  @Field(() => Int, {
    description:
      'The `version` of the record the form was filled from. If the record has changed since, nothing is written and `errors` holds a CONFLICT on `expectedVersion`.',
  })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

/** What a service throws when the input cannot be applied: the payload's `errors`, nothing written. */
export class UserInputErrors extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'UserInputErrors';
  }
}

export function fieldError(field: string, code: FieldErrorCode, message: string): FieldError {
  return { field, code, message };
}

/** Throws CONFLICT on `expectedVersion` when the record moved on since the form read it. */
export function assertVersion(expectedVersion: number, currentVersion: number): void {
  if (expectedVersion !== currentVersion)
    throw new UserInputErrors([
      fieldError(
        'expectedVersion',
        'CONFLICT',
        `Someone changed this record after you opened it (version ${currentVersion}, you edited version ${expectedVersion}); reload it and apply your change again.`,
      ),
    ]);
}

const CODE_OF_CONSTRAINT: Record<string, FieldErrorCode> = {
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  arrayNotEmpty: 'REQUIRED',
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  arrayMinSize: 'TOO_SHORT',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  whitelistValidation: 'UNKNOWN_FIELD',
};

/** class-validator's errors, one FieldError per broken constraint, paths relative to the input (`sources.0.url`). */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) =>
      fieldError(path, CODE_OF_CONSTRAINT[constraint] ?? 'INVALID', message.replace(e.property, path)),
    );
    return [...own, ...toFieldErrors(e.children ?? [], path)];
  });
}

/**
 * Validates a mutation input the way the global ValidationPipe does (whitelist, unknown fields refused, nested
 * inputs through `@ValidateNested() @Type(() => X)`), but answers per field instead of throwing.
 */
export async function validateInput(inputClass: Type<object>, value: unknown): Promise<FieldError[]> {
  if (value === null || typeof value !== 'object')
    return [fieldError('input', 'REQUIRED', 'input must be an object')];
  const instance = plainToInstance(inputClass, { ...(value as Record<string, unknown>) });
  return toFieldErrors(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }));
}

@Injectable()
class PayloadErrorsInterceptor implements NestInterceptor {
  constructor(
    private readonly inputClass: Type<object>,
    private readonly argument: string,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
    // Interceptors run before pipes: an input that would fail the global ValidationPipe is answered here,
    // field by field, and the resolver never runs.
    return from(validateInput(this.inputClass, args[this.argument])).pipe(
      switchMap((errors) =>
        errors.length
          ? of({ errors })
          : next.handle().pipe(
              map((payload: unknown) => ({ errors: [], ...(payload as object) })),
              catchError((e: unknown) =>
                e instanceof UserInputErrors ? of({ errors: e.errors }) : throwError(() => e),
              ),
            ),
      ),
    );
  }
}

/**
 * Makes a mutation follow the convention: its `input` argument's validation errors, and any UserInputErrors its
 * service throws (TAKEN, CONFLICT…), come back in the payload's `errors` instead of as a request error.
 *
 * ```ts
 * @Mutation(() => UpdatePracticePayload)
 * @Can('organisation:edit')
 * @PayloadErrors(UpdatePracticeInput)
 * updatePractice(@Args('input') input: UpdatePracticeInput, @CurrentViewer() viewer: Viewer) { … }
 * ```
 */
export function PayloadErrors(inputClass: Type<object>, argument = 'input'): MethodDecorator {
  return UseInterceptors(new PayloadErrorsInterceptor(inputClass, argument));
}
