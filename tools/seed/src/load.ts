import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { SeedDataset } from './types';

export interface SeedReport {
  skipped: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
}

type Row = Record<string, unknown>;

const JSON_COLUMNS = new Set([
  'names',
  'role_titles',
  'sources',
  'preconditions',
  'titles',
  'labels',
  'social_work_comparison',
]);

/**
 * Inserts `row`, or updates the row with the same `key` only where a column really differs, so that
 * loading the same seed twice changes nothing (not even `updated_at`). Returns the row's id (or key).
 */
async function upsert(
  m: EntityManager,
  report: SeedReport,
  table: string,
  key: string[],
  row: Row,
  opts: { touch?: boolean; returning?: string } = {},
): Promise<string> {
  const cols = Object.keys(row);
  const values = cols.map((c) => (JSON_COLUMNS.has(c) ? JSON.stringify(row[c]) : row[c]));
  const placeholders = cols.map((c, i) => (JSON_COLUMNS.has(c) ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const updatable = cols.filter((c) => !key.includes(c));
  const returning = opts.returning ?? 'id';
  const set = [
    ...updatable.map((c) => `${c} = EXCLUDED.${c}`),
    ...(opts.touch === false ? [] : ['updated_at = now()']),
  ];
  const distinct = updatable.length
    ? `WHERE (${updatable.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${updatable.map((c) => `EXCLUDED.${c}`).join(', ')})`
    : 'WHERE false';
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${placeholders.join(', ')})
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set.join(', ')} ${distinct}
    RETURNING ${returning} AS id, (xmax = 0) AS inserted`;
  const result: { id: string; inserted: boolean }[] = await m.query(sql, values);
  if (result.length) {
    if (result[0].inserted) report.inserted++;
    else report.updated++;
    return result[0].id;
  }
  report.unchanged++;
  const where = key.map((k, i) => `${k} = $${i + 1}`).join(' AND ');
  const existing: { id: string }[] = await m.query(
    `SELECT ${returning} AS id FROM ${table} WHERE ${where}`,
    key.map((k) => row[k]),
  );
  return existing[0].id;
}

/** Makes the link rows of `ownerId` exactly `otherIds` (in order when `position` is given). */
async function syncLinks(
  m: EntityManager,
  report: SeedReport,
  table: string,
  ownerCol: string,
  ownerId: string,
  otherCol: string,
  otherIds: string[],
  withPosition = false,
): Promise<void> {
  // TypeORM answers a DELETE with [rows, affectedCount].
  const [, removed]: [unknown[], number] = await m.query(
    `DELETE FROM ${table} WHERE ${ownerCol} = $1 AND NOT (${otherCol} = ANY ($2::uuid[]))`,
    [ownerId, otherIds],
  );
  report.updated += removed;
  for (const [i, otherId] of otherIds.entries()) {
    if (withPosition) {
      await upsert(
        m,
        report,
        table,
        [ownerCol, otherCol],
        { [ownerCol]: ownerId, [otherCol]: otherId, position: i },
        { touch: false, returning: ownerCol },
      );
    } else {
      const r: unknown[] = await m.query(
        `INSERT INTO ${table} (${ownerCol}, ${otherCol}) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [ownerId, otherId],
      );
      if (r.length) report.inserted++;
      else report.unchanged++;
    }
  }
}

function need(map: Map<string, string>, slug: string, what: string, from: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`Seed: ${from} refers to unknown ${what} "${slug}"`);
  return id;
}

export function seedChecksum(data: SeedDataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/**
 * Loads the dataset idempotently inside one transaction. With `force: false` (boot), a dataset whose
 * checksum was already loaded is skipped; `force: true` compares every row anyway.
 */
export async function loadSeed(
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

    for (const c of data.countries) {
      await upsert(
        m,
        report,
        'countries',
        ['code'],
        {
          code: c.code,
          names: c.names,
          european: c.european,
          summary: c.summary,
          role_titles: c.roleTitles,
          sources: c.sources,
          verified_on: c.verifiedOn,
        },
        { returning: 'code' },
      );
      for (const d of c.dimensions) {
        await upsert(
          m,
          report,
          'country_dimensions',
          ['country_code', 'key'],
          {
            country_code: c.code,
            key: d.key,
            level: d.level,
            text: d.text,
            sources: d.sources,
            verified_on: d.verifiedOn,
          },
          { touch: false },
        );
      }
    }

    const orgIds = new Map<string, string>();
    for (const o of data.organisations) {
      const id = await upsert(m, report, 'organisations', ['slug'], {
        slug: o.slug,
        name: o.name,
        acronym: o.acronym ?? null,
        type: o.type,
        country_code: o.country,
        city: o.city,
        description: o.description,
        expertise: o.expertise,
        languages: o.languages,
        projects: o.projects,
        website: o.website,
        verified: true,
        open_to_partnership: o.openToPartnership,
        sources: o.sources,
        verified_on: o.verifiedOn,
      });
      orgIds.set(o.slug, id);
    }

    const resIds = new Map<string, string>();
    for (const r of data.resources) {
      const id = await upsert(m, report, 'resources', ['slug'], {
        slug: r.slug,
        title: r.title,
        type: r.type,
        language: r.language,
        translation_group: r.translationGroup,
        publisher: r.publisher,
        publisher_organisation_id: r.publisherOrganisation
          ? need(orgIds, r.publisherOrganisation, 'organisation', `resource ${r.slug}`)
          : null,
        year: r.year,
        audience: r.audience,
        topics: r.topics,
        competency_tags: r.competencyTags,
        url: r.url,
        description: r.description,
        sources: r.sources,
        verified_on: r.verifiedOn,
      });
      resIds.set(r.slug, id);
    }
    for (const r of data.resources) {
      const id = need(resIds, r.slug, 'resource', 'resources');
      const refs = r.references.map((s) => need(resIds, s, 'resource', `resource ${r.slug}`));
      await syncLinks(m, report, 'resource_references', 'resource_id', id, 'referenced_id', refs, true);
      const orgs = r.organisations.map((s) => need(orgIds, s, 'organisation', `resource ${r.slug}`));
      await syncLinks(m, report, 'resource_organisations', 'resource_id', id, 'organisation_id', orgs);
    }

    for (const p of data.practices) {
      const id = await upsert(m, report, 'practices', ['slug'], {
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        country_code: p.country,
        place: p.place,
        category: p.category,
        setting: p.setting,
        target_group: p.targetGroup,
        principles: p.principles,
        what_works: p.whatWorks,
        improvements: p.improvements,
        lessons: p.lessons,
        start_year: p.startYear,
        status: p.status,
        leadership: p.leadership,
        preconditions: p.preconditions,
        topics: p.topics,
        sources: p.sources,
        verified_on: p.verifiedOn,
      });
      const orgs = p.organisations.map((s) => need(orgIds, s, 'organisation', `practice ${p.slug}`));
      await syncLinks(m, report, 'practice_organisations', 'practice_id', id, 'organisation_id', orgs);
      const res = p.resources.map((s) => need(resIds, s, 'resource', `practice ${p.slug}`));
      await syncLinks(m, report, 'practice_resources', 'practice_id', id, 'resource_id', res);
    }

    const f = data.competencyFramework;
    const frameworkId = await upsert(m, report, 'competency_frameworks', ['slug'], {
      slug: f.slug,
      titles: f.title,
      description: f.description,
      social_work_comparison: f.socialWorkComparison,
      sources: f.sources,
      verified_on: f.verifiedOn,
    });
    for (const [ci, cat] of f.categories.entries()) {
      const catId = await upsert(
        m,
        report,
        'competency_categories',
        ['framework_id', 'code'],
        {
          framework_id: frameworkId,
          code: cat.code,
          position: ci,
          labels: cat.labels,
        },
        { touch: false },
      );
      for (const [ii, item] of cat.items.entries()) {
        await upsert(
          m,
          report,
          'competency_items',
          ['category_id', 'code'],
          {
            category_id: catId,
            code: item.code,
            position: ii,
            labels: item.labels,
          },
          { touch: false },
        );
      }
    }

    const t = data.trainingProfile;
    const profileId = await upsert(m, report, 'training_profiles', ['slug'], {
      slug: t.slug,
      title: t.title,
      description: t.description,
      admission: t.admission,
      max_session_hours: t.maxSessionHours,
      duration: t.duration,
      accreditation: t.accreditation,
      sources: t.sources,
      verified_on: t.verifiedOn,
    });
    for (const [ei, el] of t.elements.entries()) {
      await upsert(
        m,
        report,
        'training_elements',
        ['profile_id', 'code'],
        {
          profile_id: profileId,
          code: el.code,
          position: ei,
          titles: el.title,
          level: el.level,
          recommendation: el.recommendation,
        },
        { touch: false },
      );
    }

    await m.query(
      `INSERT INTO seed_state (name, checksum) VALUES ('knowledge-base', $1)
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()`,
      [checksum],
    );
    return report;
  });
}
