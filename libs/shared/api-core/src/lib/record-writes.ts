import slugify from 'slugify';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The write path every contributed record shares (practices, resources, organisation profiles): a publication is
 * an insert at version 1 or an update at the version the revision was written from, so an edit made from an older
 * version is a conflict, never an overwrite; archiving sets `archived_at` (TypeORM's soft delete), which takes the
 * record out of every entity query, and the search outbox follows by trigger in the caller's transaction.
 */

/** Publishes `row` as record `id`: inserted with `slug` when `expectedVersion` is null. The new version, or null on a conflict. */
export async function publishVersioned<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  slug: string,
  expectedVersion: number | null,
  row: Record<string, unknown>,
): Promise<number | null> {
  const repo = m.getRepository(entity);
  if (expectedVersion === null) {
    await repo.insert({ id, slug, version: 1, ...row } as never);
    return 1;
  }
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ ...row, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :v', { id, v: expectedVersion })
    .execute();
  return result.affected ? expectedVersion + 1 : null;
}

/** A slug free for a new record, from its title (`-2`, `-3`… when taken, archived records included). */
export async function freeSlug<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  title: string,
  fallback: string,
): Promise<string> {
  // slugify: a maintained transliteration table (ł → l, ø → o, ß → ss…), so Polish or Norwegian titles make readable addresses.
  const base =
    slugify(title, { lower: true, strict: true, trim: true }).slice(0, 80).replace(/-+$/, '') || fallback;
  // New records of one table take their addresses one at a time (to the end of the publishing transaction), so two
  // titles making the same address never meet at the unique key: the second sees the first's slug and takes the next.
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `slug:${m.getRepository(entity).metadata.tableName}`,
  ]);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await m.getRepository(entity).exists({ where: { slug } as never, withDeleted: true }))) return slug;
  }
}

/** Archives (or brings back) record `id`; false when it is not there or already in that state. */
export async function setArchived<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  archived: boolean,
): Promise<boolean> {
  const result = await m
    .getRepository(entity)
    .createQueryBuilder()
    .update()
    .set({ archivedAt: archived ? () => 'now()' : null } as never)
    .where(`id = :id AND archived_at IS ${archived ? '' : 'NOT '}NULL`, { id })
    .execute();
  return !!result.affected;
}

/** Slug and archived state of these records, by id. */
export async function slugStates<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
): Promise<Map<string, { slug: string; archived: boolean }>> {
  if (!ids.length) return new Map();
  const rows = await m
    .getRepository(entity)
    .createQueryBuilder('x')
    .withDeleted()
    .select(['x.id AS id', 'x.slug AS slug', 'x.archived_at IS NOT NULL AS archived'])
    .where('x.id IN (:...ids)', { ids })
    .getRawMany<{ id: string; slug: string; archived: boolean }>();
  return new Map(rows.map((r) => [r.id, { slug: r.slug, archived: r.archived }]));
}

/** Archived records of a table, most recently archived first; `title` names its title column. */
export function archivedList<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  title: string,
  limit: number,
): Promise<{ id: string; slug: string; title: string; archivedAt: Date }[]> {
  return m
    .getRepository(entity)
    .createQueryBuilder('x')
    .withDeleted()
    .select(['x.id AS id', 'x.slug AS slug', `x.${title} AS title`, 'x.archived_at AS "archivedAt"'])
    .where('x.archived_at IS NOT NULL')
    .orderBy('x.archived_at', 'DESC')
    .limit(limit)
    .getRawMany();
}

/** What contributions ask of a domain's writer: each contributed kind has one. */
export interface RecordWriter<C> {
  /** The record's current content and version (archived ones too), or null when it does not exist. */
  current(
    m: EntityManager,
    id: string,
  ): Promise<{ content: C; version: number; slug: string; archived: boolean } | null>;
  /** Publishes `content` at `expectedVersion` (null: new, inserted with `slug`); the new version or null on a conflict. */
  publish(
    m: EntityManager,
    id: string,
    slug: string,
    expectedVersion: number | null,
    content: C,
  ): Promise<number | null>;
  freeSlug(m: EntityManager, title: string): Promise<string>;
  /** Slug and archived state by id, archived records included. */
  slugsOf(ids: readonly string[]): Promise<Map<string, { slug: string; archived: boolean }>>;
  archive(m: EntityManager, id: string, archived: boolean): Promise<boolean>;
  /** Archived records, most recently archived first. */
  archivedList(
    m: EntityManager,
    limit: number,
  ): Promise<{ id: string; slug: string; title: string; archivedAt: Date }[]>;
}
