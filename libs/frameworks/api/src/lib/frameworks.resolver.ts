import { Args, ArgsType, Field, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_MESSAGE, SLUG_PATTERN, pickLocalized } from '@peerhub/shared/api-core';
import { LANGUAGES } from '@peerhub/shared/util';
import {
  CompetencyCategory,
  CompetencyFramework,
  CompetencyItem,
  TrainingElement,
  TrainingProfile,
} from './models/framework.models';
import { FrameworksService } from './frameworks.service';

const LANG_MESSAGE = `lang must be one of ${LANGUAGES.join(', ')}`;

@ArgsType()
class SlugArgs {
  @Field(() => String, { nullable: true, description: 'Slug; the first one (Tuto3-PAT) when absent.' })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: SLUG_MESSAGE })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;
}

@ArgsType()
class LabelArgs {
  @Field(() => String, {
    nullable: true,
    description: 'en, no or pt (the framework’s languages); fr falls back to English.',
  })
  @IsOptional()
  @IsIn(LANGUAGES, { message: LANG_MESSAGE })
  lang?: string;
}

@Resolver(() => CompetencyFramework)
export class CompetencyFrameworkResolver {
  constructor(private readonly frameworks: FrameworksService) {}

  @Query(() => CompetencyFramework)
  competencyFramework(@Args() args: SlugArgs): Promise<CompetencyFramework> {
    return this.frameworks.framework(args.slug);
  }

  @ResolveField(() => String)
  title(@Parent() f: CompetencyFramework, @Args() args: LabelArgs): string {
    return pickLocalized(f.titlesMap, args.lang);
  }
}

@Resolver(() => CompetencyCategory)
export class CompetencyCategoryResolver {
  @ResolveField(() => String)
  label(@Parent() c: CompetencyCategory, @Args() args: LabelArgs): string {
    return pickLocalized(c.labelsMap, args.lang);
  }
}

@Resolver(() => CompetencyItem)
export class CompetencyItemResolver {
  @ResolveField(() => String)
  label(@Parent() i: CompetencyItem, @Args() args: LabelArgs): string {
    return pickLocalized(i.labelsMap, args.lang);
  }
}

@Resolver(() => TrainingProfile)
export class TrainingProfileResolver {
  constructor(private readonly frameworks: FrameworksService) {}

  @Query(() => TrainingProfile)
  trainingProfile(@Args() args: SlugArgs): Promise<TrainingProfile> {
    return this.frameworks.trainingProfile(args.slug);
  }
}

@Resolver(() => TrainingElement)
export class TrainingElementResolver {
  @ResolveField(() => String)
  title(@Parent() e: TrainingElement, @Args() args: LabelArgs): string {
    return pickLocalized(e.titlesMap, args.lang);
  }
}
