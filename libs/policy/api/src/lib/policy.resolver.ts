import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsString, Matches, MaxLength } from 'class-validator';
import { IsCountryCode, IsCountryCodeList, SLUG_PATTERN } from '@peerhub/shared/api-core';
import { BRIEF_COUNTRIES } from '@peerhub/shared/util';
import { BriefTopic, PolicyBrief, Transferability } from './policy.models';
import { PolicyService } from './policy.service';

@ArgsType()
export class TransferabilityArgs {
  @Field(() => String, { description: 'Slug of the practice to transfer.' })
  @IsString()
  @MaxLength(120, { message: 'practice must be a slug of at most 120 characters' })
  @Matches(SLUG_PATTERN, {
    message: 'practice must be a slug: lower-case letters, digits and single hyphens',
  })
  practice!: string;

  @Field(() => String, {
    description: 'ISO 3166-1 alpha-2 code of the country it would move to, any case (GB is read as UK).',
  })
  @IsCountryCode()
  target!: string;
}

@ArgsType()
export class PolicyBriefArgs {
  @Field(() => [String], {
    description: `${BRIEF_COUNTRIES.min} to ${BRIEF_COUNTRIES.max} distinct ISO 3166-1 alpha-2 codes, any case (GB is read as UK).`,
  })
  @IsCountryCodeList(BRIEF_COUNTRIES)
  codes!: string[];

  @Field(() => BriefTopic, { defaultValue: BriefTopic.ALL })
  @IsEnum(BriefTopic)
  topic!: BriefTopic;
}

@Resolver()
export class PolicyResolver {
  constructor(private readonly policy: PolicyService) {}

  @Query(() => Transferability, {
    description:
      'Each precondition of a practice against a target country’s profile: met, not met or unknown, with the evidence.',
  })
  transferability(@Args() args: TransferabilityArgs): Promise<Transferability> {
    return this.policy.transferability(args.practice, args.target);
  }

  @Query(() => PolicyBrief, {
    description:
      'A policy brief: one to five countries compared on a topic, with the practices and resources on it.',
  })
  policyBrief(@Args() args: PolicyBriefArgs): Promise<PolicyBrief> {
    return this.policy.brief(args.codes, args.topic);
  }
}
