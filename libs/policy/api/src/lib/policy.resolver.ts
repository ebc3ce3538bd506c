import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN } from '@peerhub/shared/api-core';
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

  @Field(() => String, { description: 'ISO code of the country it would move to.' })
  @IsString()
  @Matches(/^\s*[A-Za-z]{2}\s*$/, { message: 'target must be a two-letter country code' })
  target!: string;
}

@ArgsType()
export class PolicyBriefArgs {
  @Field(() => [String], { description: 'One to five ISO country codes.' })
  @IsArray()
  @ArrayMaxSize(50, { message: 'codes must list at most 5 countries' })
  @IsString({ each: true })
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
