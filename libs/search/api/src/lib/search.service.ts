import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Gate } from '@peerhub/shared/api-core';
import { SearchDocuments } from './documents';
import { MeilisearchEngine } from './meilisearch-engine';
import { OutboxRelay, OutboxStats } from './outbox-relay';
import { PostgresSearchEngine, queryWords } from './postgres-engine';
import { SearchEngine, SearchRequest, SearchResponse } from './search-engine';

/**
 * What a search document holds and how it is derived (kind-scoped types, the controlled topic vocabulary…). Bump it
 * when that changes: at boot the API finds the index built with an older format and rebuilds it once (one replica
 * does, under an advisory lock), so a deploy never needs a manual `npm run reindex`. Kept as the comment of the
 * `search_documents` table, which the search domain owns.
 */
export const SEARCH_DOCUMENT_FORMAT = 2;
const FORMAT_LOCK = 4242003;

/** At most this many searches run at once per process; the rest wait, so searches cannot take every connection. */
export const MAX_CONCURRENT_SEARCHES = 4;
/** How long a search may wait for its turn before the API answers "busy". */
export const SEARCH_QUEUE_TIMEOUT_MS = 10_000;

export interface SearchHealth {
  engine: 'postgres' | 'meilisearch';
  configured: 'postgres' | 'meilisearch';
  status: 'up' | 'degraded' | 'down';
  error?: string;
  outbox: OutboxStats | null;
}

/**
 * Chooses the engine: Meilisearch when MEILI_HOST is set and answering, PostgreSQL otherwise (always kept
 * current, so it can take over at any moment). Search never makes a write fail: writes only touch the outbox.
 */
@Injectable()
export class SearchService implements OnModuleDestroy {
  private readonly logger = new Logger('Search');
  readonly postgres: PostgresSearchEngine;
  readonly meili: MeilisearchEngine | null;
  readonly relay: OutboxRelay;
  private readonly gate = new Gate(MAX_CONCURRENT_SEARCHES, {
    timeoutMs: SEARCH_QUEUE_TIMEOUT_MS,
    busy: 'Search is busy right now; please try again in a moment.',
  });

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    readonly documents: SearchDocuments,
  ) {
    this.postgres = new PostgresSearchEngine(ds);
    const { meiliHost, meiliApiKey } = config.search;
    this.meili = meiliHost ? new MeilisearchEngine(meiliHost, meiliApiKey) : null;
    this.relay = new OutboxRelay(ds, documents, () => this.engines());
  }

  engines(): SearchEngine[] {
    return this.meili ? [this.postgres, this.meili] : [this.postgres];
  }

  /** Indexes whatever is waiting, then keeps relaying in the background. */
  async start(): Promise<void> {
    if (this.meili)
      await this.meili
        .prepare()
        .catch((e: unknown) => this.logger.warn(`Meilisearch not ready: ${String(e)}`));
    await this.rebuildIfFormatChanged();
    await this.relay.drainAll();
    if (this.config.search.relay) this.relay.start();
  }

  /** Rebuilds an index made with an older SEARCH_DOCUMENT_FORMAT (an empty one is only marked: the outbox fills it). */
  async rebuildIfFormatChanged(): Promise<boolean> {
    const marker = `format ${SEARCH_DOCUMENT_FORMAT}`;
    const stored = async () =>
      (
        (await this.ds.query(
          `SELECT obj_description('search_documents'::regclass, 'pg_class') AS format`,
        )) as { format: string | null }[]
      )[0].format;
    if ((await stored()) === marker) return false;
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      // One replica rebuilds; the others wait for it and then find the new format.
      await runner.query('SELECT pg_advisory_lock($1)', [FORMAT_LOCK]);
      if ((await stored()) === marker) return false;
      const [{ any, owns }]: { any: boolean; owns: boolean }[] = await runner.query(
        `SELECT EXISTS (SELECT 1 FROM search_documents) AS any,
                pg_has_role(current_user, (SELECT tableowner FROM pg_tables
                  WHERE tablename = 'search_documents' AND schemaname = current_schema()), 'MEMBER') AS owns`,
      );
      if (!owns) {
        // Split roles (MIGRATION_DATABASE_URL): only the owner may replace the table.
        if (any) this.logger.warn(`The search index is older than ${marker}: run \`npm run reindex\``);
        return false;
      }
      if (any) {
        this.logger.log(`Search documents are older than ${marker}: rebuilding the index`);
        try {
          await this.reindex();
        } catch (e) {
          // Search keeps answering from the old index; the next boot (or `npm run reindex`) tries again.
          this.logger.warn(`Rebuilding the index failed: ${String(e)}`);
          return false;
        }
      }
      await runner.query(`COMMENT ON TABLE search_documents IS '${marker}'`);
      return any;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [FORMAT_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay.stop();
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    return this.gate.run(() => this.searchNow(request));
  }

  private async searchNow(request: SearchRequest): Promise<SearchResponse> {
    // A keyset cursor is a position in PostgreSQL's ranking: only that engine can continue it (Meilisearch pages by
    // offset). PostgreSQL is always current, so a list begun there while Meilisearch was down ends there.
    if (this.meili && !request.after) {
      try {
        return await this.meili.search(request);
      } catch (e) {
        this.logger.warn(
          `Meilisearch failed, answering from PostgreSQL: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
    return this.postgres.search(request);
  }

  /** Indexed words close to the query's words that are not indexed themselves ("did you mean"). */
  async suggestions(query: string): Promise<string[]> {
    const fixes = await this.postgres.corrections(queryWords(query));
    return [...new Set([...fixes.values()].flat())].slice(0, 6);
  }

  /** Rebuilds every engine from PostgreSQL into a fresh index and swaps it in. */
  async reindex(): Promise<{ engine: string; indexed: number }[]> {
    const [{ version }]: { version: string }[] = await this.ds.query(
      `SELECT coalesce((SELECT last_value FROM search_outbox_id_seq), 0)::text AS version`,
    );
    const out: { engine: string; indexed: number }[] = [];
    for (const engine of this.engines()) {
      const { indexed } = await engine.rebuild(this.documents.allDocuments(Number(version)));
      out.push({ engine: engine.name, indexed });
    }
    await this.ds.query(`COMMENT ON TABLE search_documents IS 'format ${SEARCH_DOCUMENT_FORMAT}'`);
    return out;
  }

  async health(): Promise<SearchHealth> {
    const outbox = await this.relay.stats().catch(() => null);
    const pg = await this.postgres.health();
    if (!this.meili) {
      return {
        engine: 'postgres',
        configured: 'postgres',
        status: pg.status === 'up' && !outbox?.dead ? 'up' : pg.status === 'up' ? 'degraded' : 'down',
        outbox,
      };
    }
    const meili = await this.meili.health();
    if (meili.status === 'up')
      return {
        engine: 'meilisearch',
        configured: 'meilisearch',
        status: outbox?.dead ? 'degraded' : 'up',
        outbox,
      };
    return {
      engine: 'postgres',
      configured: 'meilisearch',
      status: pg.status === 'up' ? 'degraded' : 'down',
      error: `Meilisearch unreachable (${meili.detail ?? 'no answer'}); searching PostgreSQL`,
      outbox,
    };
  }
}
