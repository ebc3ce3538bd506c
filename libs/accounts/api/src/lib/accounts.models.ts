import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { MutationPayload } from '@peerhub/shared/api-core';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Membership } from './memberships.models';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords';

/** A password being chosen (sign-up, reset, change): a GraphQL string field within the length rules. */
function ChosenPassword(field: string): PropertyDecorator {
  return applyDecorators(
    Field(),
    IsString(),
    MinLength(PASSWORD_MIN, { message: `${field} must be at least ${PASSWORD_MIN} characters` }),
    MaxLength(PASSWORD_MAX, { message: `${field} must be at most ${PASSWORD_MAX} characters` }),
  );
}

/** The UI languages a member may choose (mail and pages in it). */
export const ACCOUNT_LANGUAGES = ['en', 'fr', 'pt', 'no'] as const;

@ObjectType({ description: 'The signed-in member, as only they see themselves.' })
export class Me {
  @Field(() => ID) id!: string;
  @Field({ description: 'The address they sign in with; never shown to others.' }) email!: string;
  @Field({ description: 'Shown with what they write; may be a pseudonym.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'Never shown unless they choose.' }) realName!:
    string | null;
  @Field({ description: 'Shown next to the display name only when true (their choice; false by default).' })
  showRealName!: boolean;
  @Field({ description: 'en, fr, pt or no: their pages and mail.' }) language!: string;
  @Field(() => String, { nullable: true, description: 'ISO code of their country, if they gave one.' })
  countryCode!: string | null;
  @Field(() => [String], { description: 'moderator, admin.' }) roles!: string[];
  @Field({
    description:
      'Suspended by an admin: they can still read, download and delete their data and sign out, nothing more.',
  })
  suspended!: boolean;
}

@InputType()
export class SignUpInput {
  @Field()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;
  @ChosenPassword('password')
  password!: string;
  @Field({ description: 'Public; may be a pseudonym (2–60 characters).' })
  @IsString()
  @MinLength(2, { message: 'displayName must be 2 to 60 characters' })
  @MaxLength(60, { message: 'displayName must be 2 to 60 characters' })
  displayName!: string;
  @Field({ description: 'en, fr, pt or no.' })
  @IsIn(ACCOUNT_LANGUAGES, { message: 'language must be en, fr, pt or no' })
  language!: string;
}

@ObjectType()
export class SignUpPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True once the input was valid: a confirmation link is on its way to the address. The same answer whether or not the address already has an account. Null when `errors` is not empty.',
  })
  accepted!: boolean | null;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the confirmation link.' }) @IsString() @MaxLength(100) token!: string;
}

@ObjectType()
export class VerifyEmailPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the address is confirmed (the member may now sign in); null when `errors` is not empty.',
  })
  verified!: boolean | null;
}

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX) password!: string;
}

@ObjectType()
export class SignInPayload extends MutationPayload {
  @Field(() => Me, { nullable: true }) me!: Me | null;
}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, description: 'End every session of the account, not only this one.' })
  @IsOptional()
  @IsBoolean()
  everywhere?: boolean;
}

@ObjectType()
export class SignOutPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description: 'True once signed out; null when `errors` is not empty.',
  })
  signedOut!: boolean | null;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @IsString() @MaxLength(254) email!: string;
}

@ObjectType()
export class RequestPasswordResetPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True once asked: if the address has an account, a link is on its way. The same answer whether or not it has one.',
  })
  accepted!: boolean | null;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' }) @IsString() @MaxLength(100) token!: string;
  @ChosenPassword('newPassword')
  newPassword!: string;
}

@ObjectType()
export class ResetPasswordPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True once the password is changed (every session of the account has ended); null on errors.',
  })
  reset!: boolean | null;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(PASSWORD_MAX) currentPassword!: string;
  @ChosenPassword('newPassword')
  newPassword!: string;
}

@ObjectType()
export class ChangePasswordPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description: "True once changed (the account's other sessions have ended); null on errors.",
  })
  changed!: boolean | null;
}

@ObjectType({ description: 'One signed-in device of the member.' })
export class SessionInfo {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() lastSeenAt!: Date;
  @Field({ description: 'The browser as it named itself (User-Agent, first 200 characters).' })
  userAgent!: string;
  @Field({ description: 'True for the session of this request.' }) current!: boolean;
}

@ObjectType({ description: 'A security event of the member’s account (the audit log).' })
export class AccountEvent {
  @Field() at!: Date;
  @Field({
    description:
      'email_verified, signed_in, signed_out_everywhere, password_reset, password_changed, email_changed, role_granted, role_revoked, account_suspended, account_unsuspended, membership_requested, membership_approved, membership_declined, membership_ended.',
  })
  kind!: string;
  @Field(() => String, { nullable: true, description: 'The network address the request came from, if any.' })
  clientAddress!: string | null;
}

@ObjectType({
  description: 'Everything PeerHub holds about the member (GDPR art. 15 and 20): the “download my data”.',
})
export class MyData {
  @Field() generatedAt!: Date;
  @Field(() => Me) account!: Me;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) emailVerifiedAt!: Date | null;
  @Field(() => [SessionInfo]) sessions!: SessionInfo[];
  @Field(() => [AccountEvent]) events!: AccountEvent[];
  @Field(() => [Membership], { description: 'Organisation memberships and requests, with their messages.' })
  memberships!: Membership[];
}

@InputType()
export class EndSessionInput {
  @Field(() => ID) @IsString() @MaxLength(40) id!: string;
}

@ObjectType()
export class EndSessionPayload extends MutationPayload {
  @Field(() => Boolean, { nullable: true, description: 'True once that session has ended; null on errors.' })
  ended!: boolean | null;
}

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'The current password, to confirm.' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@ObjectType()
export class DeleteAccountPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True once the account and its personal data are erased (the session cookie is cleared); null on errors.',
  })
  deleted!: boolean | null;
}

@InputType()
export class RequestEmailChangeInput {
  @Field()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'newEmail must be an email address' })
  newEmail!: string;
  @Field({ description: 'The current password, to confirm.' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@ObjectType()
export class RequestEmailChangePayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True once a confirmation link is on its way to the new address (the change waits for it); null on errors.',
  })
  accepted!: boolean | null;
}

@InputType()
export class ConfirmEmailChangeInput {
  @Field({ description: 'The token from the link mailed to the new address.' })
  @IsString()
  @MaxLength(100)
  token!: string;
}

@ObjectType()
export class ConfirmEmailChangePayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description: 'True once the account signs in with the new address; null on errors.',
  })
  changed!: boolean | null;
}

@InputType()
export class UpdateProfileInput {
  @Field({ description: 'Public; may be a pseudonym (2–60 characters).' })
  @IsString()
  @MinLength(2, { message: 'displayName must be 2 to 60 characters' })
  @MaxLength(60, { message: 'displayName must be 2 to 60 characters' })
  displayName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Optional (at most 120 characters); empty removes it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'realName must be at most 120 characters' })
  realName?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Show the real name next to the display name.' })
  @IsBoolean()
  showRealName = false;
  @Field({ description: 'en, fr, pt or no.' })
  @IsIn(ACCOUNT_LANGUAGES, { message: 'language must be en, fr, pt or no' })
  language!: string;
  @Field(() => String, { nullable: true, description: 'ISO code of their country; empty or null for none.' })
  @IsOptional()
  @IsString()
  @MaxLength(2, { message: 'countryCode must be a two-letter country code' })
  countryCode?: string | null;
}

@ObjectType()
export class UpdateProfilePayload extends MutationPayload {
  @Field(() => Me, { nullable: true, description: 'The member as saved; null on errors.' }) me!: Me | null;
}

@ObjectType({ description: 'A mail kept by the development mailbox (no SMTP server configured).' })
export class KeptMail {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
}
