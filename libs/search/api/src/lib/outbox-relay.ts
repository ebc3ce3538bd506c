import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SearchDocuments } from './documents';
import { SEARCH_INDEX_LOCK } from './postgres-engine';
import { SEARCH_KINDS, SearchEngine, SearchKind } from './search-engine';

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 1000);
}

export interface RelayOptions {
  batchSize: number;
  /** After this many failed attempts an outbox row is dead-lettered (kept, flagged, reported by /health). */
  maxAttempts: number;
  /** First retry delay; doubles on each attempt, capped at 5 minutes. */
  baseDelayMs: number;
  pollMs: number;
}

export const DEFAULT_RELAY_OPTIONS: RelayOptions = {
  batchSize: 200,
  maxAttempts: 8,
  baseDelayMs: 1000,
  pollMs: 500,
};

interface OutboxRow {
  id: string;
  kind: SearchKind;
  entity_id: string;
  op: 'upsert' | 'delete';
  attempts: number;
  target: string;
}

export interface OutboxStats {
  pending: number;
  dead: number;
  oldestPendingSeconds: number | null;
}

/**
 * Drains search_outbox into the engines. A batch is claimed with FOR UPDATE SKIP LOCKED inside a transaction
 * and deleted only once the engines accepted it, so a crash mid-batch leaves the rows to the next run; engines
 * upsert by version, so replaying a batch changes nothing twice. Failures back off exponentially, then
 * dead-letter. The first engine (PostgreSQL, the fallback) must accept a batch; when only a secondary engine
 * (Meilisearch) fails, the change is kept for that engine alone, so an outage there never holds search back.
 */
export class OutboxRelay {
  private readonly logger = new Logger('SearchOutbox');
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = true;

  constructor(
    private readonly ds: DataSource,
    private readonly documents: SearchDocuments,
    private readonly engines: () => SearchEngine[],
    private readonly options: RelayOptions = DEFAULT_RELAY_OPTIONS,
  ) {}

  /** Processes at most one batch. Returns how many outbox rows it consumed (0 when idle or locked out). */
  async drainOnce(): Promise<{ processed: number; failed: number; consumed: number }> {
    return this.ds.transaction(async (m) => {
      const [{ locked }]: { locked: boolean }[] = await m.query(
        'SELECT pg_try_advisory_xact_lock_shared($1) AS locked',
        [SEARCH_INDEX_LOCK],
      );
      if (!locked) return { processed: 0, failed: 0, consumed: 0 }; // a rebuild is swapping the index
      const rows: OutboxRow[] = await m.query(
        `SELECT id, kind, entity_id, op, attempts, target FROM search_outbox
         WHERE NOT dead AND next_attempt_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize],
      );
      if (!rows.length) return { processed: 0, failed: 0, consumed: 0 };
      const engines = this.engines();
      const [primary, ...secondaries] = engines;
      const forEngine = (name: string) => rows.filter((r) => r.target === 'all' || r.target === name);
      try {
        await this.apply(forEngine(primary.name), primary);
      } catch (e) {
        await this.retry(m, rows, e);
        return { processed: 0, failed: rows.length, consumed: 0 };
      }
      let failed = 0;
      for (const engine of secondaries) {
        const mine = forEngine(engine.name);
        try {
          await this.apply(mine, engine);
        } catch (e) {
          failed += mine.length;
          // Owed to this engine only: a fresh row per change, retried later on its own.
          await m.query(
            `INSERT INTO search_outbox (kind, entity_id, op, target, attempts, last_error, dead, next_attempt_at)
             SELECT kind, entity_id, op, $2, attempts + 1, $3, attempts + 1 >= $4,
                    now() + make_interval(secs => greatest(1, least(300, $5::float * power(2, attempts) / 1000)))
             FROM search_outbox WHERE id = ANY ($1::bigint[])`,
            [
              mine.map((r) => r.id),
              engine.name,
              errorText(e),
              this.options.maxAttempts,
              this.options.baseDelayMs,
            ],
          );
        }
      }
      // Rows aimed at an engine that is no longer configured have nothing left to do.
      await m.query('DELETE FROM search_outbox WHERE id = ANY ($1::bigint[])', [rows.map((r) => r.id)]);
      return { processed: rows.length - failed, failed, consumed: rows.length };
    });
  }

  private async retry(m: EntityManager, rows: OutboxRow[], e: unknown): Promise<void> {
    const message = errorText(e);
    this.logger.warn(`indexing ${rows.length} changes failed: ${message}`);
    await m.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
         dead = attempts + 1 >= $3,
         next_attempt_at = now() + make_interval(secs => greatest(1, least(300, $4::float * power(2, attempts) / 1000)))
       WHERE id = ANY ($1::bigint[])`,
      [rows.map((r) => r.id), message, this.options.maxAttempts, this.options.baseDelayMs],
    );
  }

  /** The latest change per document wins; a document whose row is gone is deleted. */
  private async apply(rows: OutboxRow[], engine: SearchEngine): Promise<void> {
    if (!rows.length) return;
    const latest = new Map<string, OutboxRow>();
    for (const r of rows) latest.set(`${r.kind}:${r.entity_id}`, r);
    const version = Math.max(...rows.map((r) => Number(r.id)));
    for (const kind of SEARCH_KINDS) {
      const mine = [...latest.values()].filter((r) => r.kind === kind);
      if (!mine.length) continue;
      const upserts = mine.filter((r) => r.op === 'upsert').map((r) => r.entity_id);
      const docs = await this.documents.documentsFor(kind, upserts, version);
      const found = new Set(docs.map((d) => d.entityId));
      const gone = mine
        .filter((r) => r.op === 'delete' || !found.has(r.entity_id))
        .map((r) => `${kind}:${r.entity_id}`);
      await engine.index(docs);
      await engine.delete(gone);
    }
  }

  /** Drains everything that is due (boot, tests); returns how many changes every engine accepted. */
  async drainAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const { processed, consumed } = await this.drainOnce();
      total += processed;
      if (consumed === 0) return total;
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      this.running = true;
      let again = false;
      try {
        const { consumed } = await this.drainOnce();
        again = consumed === this.options.batchSize;
      } catch (e) {
        this.logger.warn(`outbox relay: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        this.running = false;
      }
      if (!this.stopped) this.timer = setTimeout(() => void tick(), again ? 0 : this.options.pollMs);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  async stats(): Promise<OutboxStats> {
    const [row]: { pending: number; dead: number; oldest: number | null }[] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE NOT dead)::int AS pending, count(*) FILTER (WHERE dead)::int AS dead,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE NOT dead))::float AS oldest
       FROM search_outbox`,
    );
    return {
      pending: row.pending,
      dead: row.dead,
      oldestPendingSeconds: row.oldest === null ? null : Math.round(row.oldest),
    };
  }
}
