import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Gate } from '@peerhub/shared/api-core';
import { SearchDocuments } from './documents';
import { MeilisearchEngine } from './meilisearch-engine';
import { OutboxRelay, OutboxStats } from './outbox-relay';
import { PostgresSearchEngine, queryWords } from './postgres-engine';
import { SearchEngine, SearchRequest, SearchResponse } from './search-engine';

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
    await this.relay.drainAll();
    if (this.config.search.relay) this.relay.start();
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
