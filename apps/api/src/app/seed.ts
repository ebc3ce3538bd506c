import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CountriesSeeder } from '@peerhub/countries/api';
import { FrameworksSeeder } from '@peerhub/frameworks/api';
import { OrganisationsSeeder } from '@peerhub/organisations/api';
import { PracticesSeeder } from '@peerhub/practices/api';
import { ResourcesSeeder } from '@peerhub/resources/api';
import { SeedReport } from '@peerhub/shared/api-core';
import { SeedDataset, seedChecksum } from '@peerhub/tools/seed';

function need(ids: Map<string, string>, slug: string, what: string, from: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed: ${from} refers to unknown ${what} "${slug}"`);
  return id;
}

/**
 * Loads the seed dataset through each domain's own write path, in dependency order (countries → organisations →
 * resources → practices; frameworks), inside one transaction, idempotently. The server owns only `seed_state`
 * (which dataset was loaded); slugs are turned into ids here, from what each domain answered.
 * With `force: false` (boot), a dataset whose checksum was already loaded is skipped; `force: true` compares
 * every row anyway.
 */
export async function loadSeed(
  app: INestApplicationContext,
  ds: DataSource,
  data: SeedDataset,
  opts: { force?: boolean } = {},
): Promise<SeedReport> {
  const report: SeedReport = { skipped: false, inserted: 0, updated: 0, unchanged: 0 };
  const checksum = seedChecksum(data);
  return ds.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock(4242001)'); // one loader at a time
    if (!opts.force) {
      const state: { checksum: string }[] = await m.query(
        `SELECT checksum FROM seed_state WHERE name = 'knowledge-base'`,
      );
      if (state[0]?.checksum === checksum) return { ...report, skipped: true };
    }

    await app.get(CountriesSeeder).upsert(m, report, data.countries);
    const orgIds = await app.get(OrganisationsSeeder).upsert(m, report, data.organisations);
    const resIds = await app.get(ResourcesSeeder).upsert(
      m,
      report,
      data.resources.map((r) => ({
        ...r,
        publisherOrganisationId: r.publisherOrganisation
          ? need(orgIds, r.publisherOrganisation, 'organisation', `resource ${r.slug}`)
          : null,
        organisationIds: r.organisations.map((s) => need(orgIds, s, 'organisation', `resource ${r.slug}`)),
      })),
    );
    await app.get(PracticesSeeder).upsert(
      m,
      report,
      data.practices.map((p) => ({
        ...p,
        organisationIds: p.organisations.map((s) => need(orgIds, s, 'organisation', `practice ${p.slug}`)),
        resourceIds: p.resources.map((s) => need(resIds, s, 'resource', `practice ${p.slug}`)),
      })),
    );
    await app.get(FrameworksSeeder).upsert(m, report, data.competencyFramework, data.trainingProfile);

    await m.query(
      `INSERT INTO seed_state (name, checksum) VALUES ('knowledge-base', $1)
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
      [checksum],
    );
    return report;
  });
}
