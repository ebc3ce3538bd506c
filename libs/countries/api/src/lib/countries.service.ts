import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { notFound } from '@peerhub/shared/api-core';
import { CountryDimensionEntity } from './entities/country-dimension.entity';
import { CountryEntity } from './entities/country.entity';

@Injectable()
export class CountriesService {
  constructor(private readonly ds: DataSource) {}

  list(european?: boolean): Promise<CountryEntity[]> {
    return this.ds.getRepository(CountryEntity).find({
      where: european === undefined ? {} : { european },
      order: { code: 'ASC' },
    });
  }

  async get(code: string): Promise<CountryEntity> {
    const found = await this.ds.getRepository(CountryEntity).findOneBy({ code: code.toUpperCase() });
    if (!found) throw notFound(`No country with code "${code.toUpperCase()}"`);
    return found;
  }

  byCodes(codes: readonly string[]): Promise<CountryEntity[]> {
    return this.ds.getRepository(CountryEntity).findBy({ code: In([...codes]) });
  }

  dimensionsOf(codes: readonly string[]): Promise<CountryDimensionEntity[]> {
    return this.ds
      .getRepository(CountryDimensionEntity)
      .find({ where: { countryCode: In([...codes]) }, order: { key: 'ASC' } });
  }
}
