import { EntityManager } from 'typeorm';
import { SourceRef } from './sourced';

/**
 * Idempotent writes for loading reference data (the seed). Each domain calls these on its own tables, inside the
 * loader's transaction; they never name a table themselves.
 */

export interface SeedReport {
  skipped: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The facts every seeded record carries. */
export interface SeedSourced {
  sources: SourceRef[];
  verifiedOn: string;
}

export interface UpsertOptions {
  /** Columns stored as jsonb. */
  json?: readonly string[];
  /** Set `updated_at = now()` on a real change (default true). */
  touch?: boolean;
  /** Column returned as the row's id (default `id`). */
  returning?: string;
  /** Columns written when the row is new only: the site owns them afterwards (an organisation's verified mark). */
  insertOnly?: readonly string[];
  /**
   * The table has a `version` raised by each reviewed edit on the site: a row at version > 1 is the site's, and the
   * seed leaves it as it is (a re-run never overwrites what contributors changed and reviewers approved).
   */
  versioned?: boolean;
}

/**
 * Inserts `row` into `table`, or updates the row with the same `key` only where a column really differs, so
 * that loading the same data twice changes nothing (not even `updated_at`). Returns the row's id (or key).
 */
export async function upsertRow(
  m: EntityManager,
  report: SeedReport,
  table: string,
  key: readonly string[],
  row: Record<string, unknown>,
  opts: UpsertOptions = {},
): Promise<string> {
  const json = new Set(opts.json ?? []);
  const cols = Object.keys(row);
  const values = cols.map((c) => (json.has(c) ? JSON.stringify(row[c]) : row[c]));
  const placeholders = cols.map((c, i) => (json.has(c) ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const updatable = cols.filter((c) => !key.includes(c) && !(opts.insertOnly ?? []).includes(c));
  const returning = opts.returning ?? 'id';
  const set = [
    ...updatable.map((c) => `${c} = EXCLUDED.${c}`),
    ...(opts.touch === false ? [] : ['updated_at = now()']),
  ];
  const distinct = updatable.length
    ? `WHERE (${updatable.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${updatable.map((c) => `EXCLUDED.${c}`).join(', ')})${opts.versioned ? ` AND ${table}.version = 1` : ''}`
    : 'WHERE false';
  const result: { id: string; inserted: boolean }[] = await m.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${placeholders.join(', ')})
     ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set.join(', ')} ${distinct}
     RETURNING ${returning} AS id, (xmax = 0) AS inserted`,
    values,
  );
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

/** Whether a versioned record has been edited on the site since it was seeded (its links are the site's then). */
export async function editedOnSite(m: EntityManager, table: string, id: string): Promise<boolean> {
  const rows: { version: number }[] = await m.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return (rows[0]?.version ?? 1) > 1;
}

/** Makes the link rows of `ownerId` in `table` exactly `otherIds` (in order when `withPosition`). */
export async function syncLinks(
  m: EntityManager,
  report: SeedReport,
  table: string,
  ownerCol: string,
  ownerId: string,
  otherCol: string,
  otherIds: readonly string[],
  withPosition = false,
): Promise<void> {
  // TypeORM answers a DELETE with [rows, affectedCount].
  const [, removed]: [unknown[], number] = await m.query(
    `DELETE FROM ${table} WHERE ${ownerCol} = $1 AND NOT (${otherCol} = ANY ($2::uuid[]))`,
    [ownerId, [...otherIds]],
  );
  report.updated += removed;
  for (const [i, otherId] of otherIds.entries()) {
    if (withPosition) {
      await upsertRow(
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
