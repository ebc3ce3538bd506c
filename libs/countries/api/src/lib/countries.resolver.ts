import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { GraphqlContext } from '@peerhub/shared/api-core';
import { LANGUAGES } from '@peerhub/shared/util';
import { CompareCountriesArgs, CountriesArgs, CountryArgs } from './dto/country.args';
import { countryLoader, dimensionsLoader } from './countries.loaders';
import { CountryView, toCountry } from './countries.mapper';
import { CountriesService } from './countries.service';
import { Country, CountryDimension } from './models/country.model';
import { CountryComparison } from './models/comparison.model';
import { buildComparison } from './countries.compare';

@ArgsType()
export class LangArgs {
  @Field(() => String, { nullable: true, description: 'Language: en, fr, pt or no. English when absent.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: string;
}

@Resolver(() => Country)
export class CountriesResolver {
  constructor(private readonly countriesService: CountriesService) {}

  @Query(() => [Country], { description: 'Every profiled country, by code.' })
  async countries(@Args() args: CountriesArgs): Promise<CountryView[]> {
    return (await this.countriesService.list(args.european)).map(toCountry);
  }

  @Query(() => Country, { description: 'One country by ISO code; NOT_FOUND when it is not profiled.' })
  async country(@Args() args: CountryArgs, @Context() ctx: GraphqlContext): Promise<CountryView> {
    const found = await countryLoader(ctx, this.countriesService).load(args.code.toUpperCase());
    if (found) return found;
    return toCountry(await this.countriesService.get(args.code)); // throws NOT_FOUND
  }

  @Query(() => CountryComparison, {
    description: 'Two to five countries side by side, every dimension with its level, text and sources.',
  })
  async compareCountries(@Args() args: CompareCountriesArgs): Promise<CountryComparison> {
    const wanted = args.codes; // canonical and bounded by the args class
    const [countries, dimensions] = await Promise.all([
      this.countriesService.byCodes(wanted),
      this.countriesService.dimensionsOf(wanted),
    ]);
    return buildComparison(wanted, countries, dimensions);
  }

  @ResolveField(() => String)
  name(@Parent() country: CountryView, @Args() args: LangArgs): string {
    return (args.lang && country.namesMap[args.lang]) || country.namesMap['en'] || country.code;
  }

  @ResolveField(() => [CountryDimension])
  dimensions(@Parent() country: CountryView, @Context() ctx: GraphqlContext): Promise<CountryDimension[]> {
    return dimensionsLoader(ctx, this.countriesService).load(country.code);
  }
}
