import { Injectable } from '@nestjs/common';
import type { SourceRef } from '@peerhub/shared/api-core';
import { EntityManager } from 'typeorm';
import { CountryDimensionEntity } from './entities/country-dimension.entity';

/** A country fact as a proposal carries it. */
export interface CountryFactContent {
  level: string;
  text: string;
  sources: SourceRef[];
  /** The day the proposer checked the source (ISO date). */
  checkedOn: string;
}

/**
 * The countries domain's write path for accepted fact proposals: one dimension of one country, inside the caller's
 * transaction (the search outbox follows by trigger in it).
 */
@Injectable()
export class CountriesWriter {
  /** The fact's row id, content and version; null when the country has no such dimension. */
  async fact(
    m: EntityManager,
    countryCode: string,
    key: string,
  ): Promise<{ id: string; version: number; content: CountryFactContent } | null> {
    const row = await m.getRepository(CountryDimensionEntity).findOneBy({ countryCode, key });
    if (!row) return null;
    return {
      id: row.id,
      version: row.version,
      content: {
        level: row.level,
        text: row.text,
        sources: row.sources,
        checkedOn: typeof row.verifiedOn === 'string' ? row.verifiedOn.slice(0, 10) : String(row.verifiedOn),
      },
    };
  }

  /** The fact with this row id (for a revision that names it). */
  async factById(
    m: EntityManager,
    id: string,
  ): Promise<{ countryCode: string; key: string; version: number; content: CountryFactContent } | null> {
    const row = await m.getRepository(CountryDimensionEntity).findOneBy({ id });
    if (!row) return null;
    const fact = await this.fact(m, row.countryCode, row.key);
    return (
      fact && { countryCode: row.countryCode, key: row.key, version: fact.version, content: fact.content }
    );
  }

  /** Publishes an accepted proposal at `expectedVersion`; the new version, or null when the fact moved on meanwhile. */
  async publish(
    m: EntityManager,
    id: string,
    expectedVersion: number,
    content: CountryFactContent,
  ): Promise<number | null> {
    const result = await m
      .getRepository(CountryDimensionEntity)
      .createQueryBuilder()
      .update()
      .set({
        level: content.level,
        text: content.text,
        sources: content.sources,
        verifiedOn: content.checkedOn,
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :v', { id, v: expectedVersion })
      .execute();
    return result.affected ? expectedVersion + 1 : null;
  }
}
