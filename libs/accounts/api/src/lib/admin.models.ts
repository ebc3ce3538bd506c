import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organisation } from '@peerhub/organisations/api';
import { Connection, MutationPayload, PageArgs } from '@peerhub/shared/api-core';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

export enum SiteRole {
  MODERATOR = 'moderator',
  ADMIN = 'admin',
}
registerEnumType(SiteRole, { name: 'SiteRole', description: 'Site-wide roles on top of being a member.' });

@ObjectType({
  description: 'A member as admins see them (the admin pages): no message, no password, no session.',
})
export class AccountSummary {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [String], { description: 'moderator, admin.' }) roles!: string[];
  @Field() emailVerified!: boolean;
  @Field() suspended!: boolean;
  @Field() createdAt!: Date;
  @Field(() => [String], { description: 'Slugs of the organisations they edit for.' }) editorOf!: string[];
}

@ObjectType()
export class AccountSummaryConnection extends Connection(AccountSummary) {}

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of an address or a display name (case-insensitive).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  query?: string | null;
}

@ObjectType({ description: 'One security event of the audit log.' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field({
    description:
      'email_verified, signed_in, signed_out_everywhere, password_reset, password_changed, email_changed, role_granted, role_revoked, account_suspended, account_unsuspended, account_deleted, membership_requested, membership_approved, membership_declined, membership_ended, organisation_verified, organisation_unverified.',
  })
  kind!: string;
  @Field(() => ID, { nullable: true, description: 'Whose account it concerns; null once it is deleted.' })
  accountId!: string | null;
  @Field(() => String, { nullable: true }) accountName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who did it when not the account itself: an account id, or "cli".',
  })
  actor!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The display name of the actor account, if it still exists.',
  })
  actorName!: string | null;
  @Field(() => String, { nullable: true, description: 'The client address of the request, if any.' })
  clientAddress!: string | null;
  @Field({ description: 'Details as JSON text (role, organisation, reason).' }) detail!: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this kind of event.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this account.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  accountId?: string | null;
}

@InputType()
export class SetMemberRoleInput {
  @Field(() => ID) @IsString() @MaxLength(40) accountId!: string;
  @Field(() => SiteRole) @IsEnum(SiteRole, { message: 'role must be MODERATOR or ADMIN' }) role!: SiteRole;
  @Field({ description: 'True gives the role, false takes it.' }) @IsBoolean() granted!: boolean;
}

@ObjectType()
export class SetMemberRolePayload extends MutationPayload {
  @Field(() => AccountSummary, { nullable: true }) account!: AccountSummary | null;
}

@InputType()
export class SuspendMemberInput {
  @Field(() => ID) @IsString() @MaxLength(40) accountId!: string;
  @Field({ description: 'True suspends, false lifts the suspension.' }) @IsBoolean() suspended!: boolean;
  @Field(() => String, {
    defaultValue: '',
    description: 'Why (kept in the audit log; at most 500 characters).',
  })
  @IsString()
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason = '';
}

@ObjectType()
export class SuspendMemberPayload extends MutationPayload {
  @Field(() => AccountSummary, { nullable: true }) account!: AccountSummary | null;
}

@InputType()
export class VerifyOrganisationInput {
  @Field() @IsString() @MaxLength(200) organisationSlug!: string;
  @Field({ description: 'True marks it verified, false takes the mark away.' })
  @IsBoolean()
  verified!: boolean;
}

@ObjectType()
export class VerifyOrganisationPayload extends MutationPayload {
  @Field(() => Organisation, { nullable: true }) organisation!: Organisation | null;
}
