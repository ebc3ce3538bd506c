import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organisation } from '@peerhub/organisations/api';
import { Connection, MutationPayload, PageArgs } from '@peerhub/shared/api-core';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export enum MembershipKind {
  JOIN = 'join',
  CLAIM = 'claim',
}
registerEnumType(MembershipKind, {
  name: 'MembershipKind',
  description:
    'JOIN: edit alongside its editors · CLAIM: I represent an organisation that has no editor on PeerHub yet',
});

export enum MembershipStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  DECLINED = 'declined',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'PENDING: waiting for its editors or an admin · APPROVED: the member edits for it · DECLINED',
});

/** The longest message a member may send with a request. */
export const MEMBERSHIP_MESSAGE_MAX = 1000;

@ObjectType({ description: 'Someone who asked to edit for an organisation: their public name only.' })
export class MemberProfile {
  @Field(() => ID) id!: string;
  @Field({ description: 'Public; may be a pseudonym.' }) displayName!: string;
}

@ObjectType({
  description:
    'A member’s editor membership of an organisation, asked for and then approved or declined. Seen by the member and by those who edit for the organisation.',
})
export class Membership {
  @Field(() => ID) id!: string;
  @Field(() => MembershipKind) kind!: MembershipKind;
  @Field(() => MembershipStatus) status!: MembershipStatus;
  @Field({ description: 'What the member wrote with the request (plain text).' }) message!: string;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => MemberProfile, { description: 'Null once the account is deleted.', nullable: true })
  member!: MemberProfile | null;
}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}

@ArgsType()
export class OrganisationMembershipsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'One organisation (its slug); without it, every organisation the viewer edits for.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisationSlug?: string | null;

  @Field(() => MembershipStatus, { nullable: true, description: 'Only this status; all without it.' })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus | null;
}

@InputType()
export class RequestMembershipInput {
  @Field({ description: 'The organisation’s slug.' })
  @IsString()
  @MaxLength(200)
  organisationSlug!: string;

  @Field(() => MembershipKind, { defaultValue: MembershipKind.JOIN })
  @IsEnum(MembershipKind, { message: 'kind must be JOIN or CLAIM' })
  kind: MembershipKind = MembershipKind.JOIN;

  @Field({
    description: `Who you are there and why you ask (10–${MEMBERSHIP_MESSAGE_MAX} characters); read by its editors or an admin.`,
  })
  @IsString()
  @MinLength(10, { message: `message must be 10 to ${MEMBERSHIP_MESSAGE_MAX} characters` })
  @MaxLength(MEMBERSHIP_MESSAGE_MAX, {
    message: `message must be 10 to ${MEMBERSHIP_MESSAGE_MAX} characters`,
  })
  message!: string;
}

@ObjectType()
export class RequestMembershipPayload extends MutationPayload {
  @Field(() => Membership, { nullable: true, description: 'The pending request; null on errors.' })
  membership!: Membership | null;
}

@InputType()
export class DecideMembershipInput {
  @Field(() => ID) @IsString() @MaxLength(40) membershipId!: string;
  @Field({ description: 'True approves (the member becomes an editor), false declines.' })
  @IsBoolean()
  approve!: boolean;
}

@ObjectType()
export class DecideMembershipPayload extends MutationPayload {
  @Field(() => Membership, { nullable: true, description: 'The request as decided; null on errors.' })
  membership!: Membership | null;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID) @IsString() @MaxLength(40) membershipId!: string;
}

@ObjectType()
export class EndMembershipPayload extends MutationPayload {
  @Field(() => Boolean, {
    nullable: true,
    description: 'True once the request is withdrawn or the editor has left; null on errors.',
  })
  ended!: boolean | null;
}
