import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchHealth, SearchService } from '@peerhub/search/api';
import { APP_CONFIG, AppConfig } from '@peerhub/shared/api-core';
import { APP_VERSION } from './version';

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; embedded: boolean; latencyMs: number | null; error?: string };
  search: SearchHealth;
}

export const DATABASE_EMBEDDED = Symbol('DATABASE_EMBEDDED');

/** What /health says in production instead of an error message (which may name hosts, roles or queries). */
export const HIDDEN_ERROR = 'unavailable';

@Controller()
export class HealthController {
  private readonly logger = new Logger('Health');
  private lastLogged: string | null = null;

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_EMBEDDED) private readonly embedded: boolean,
    private readonly searchService: SearchService,
  ) {}

  @Get('health')
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const database = await this.database();
    const search = await this.search(database.status === 'up');
    const status: Health['status'] =
      database.status === 'down' ? 'down' : search.status === 'up' ? 'ok' : 'degraded';
    res.status(status === 'down' ? 503 : 200);
    const health = {
      status,
      version: APP_VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      database,
      search,
    };
    return this.config.env === 'production' ? this.withoutErrorText(health) : health;
  }

  /** Production: each error becomes one generic word; the text goes to the log (once until it changes). */
  private withoutErrorText(health: Health): Health {
    const errors = [health.database.error, health.search.error].filter(Boolean).join('; ');
    if (errors && errors !== this.lastLogged) this.logger.warn(`/health: ${errors}`);
    this.lastLogged = errors || null;
    const hide = <T extends { error?: string }>(part: T): T =>
      part.error === undefined ? part : { ...part, error: HIDDEN_ERROR };
    return { ...health, database: hide(health.database), search: hide(health.search) };
  }

  private async database(): Promise<Health['database']> {
    const started = performance.now();
    try {
      await this.ds.query('SELECT 1');
      return {
        status: 'up',
        embedded: this.embedded,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
    } catch (e) {
      return {
        status: 'down',
        embedded: this.embedded,
        latencyMs: null,
        error: e instanceof Error ? e.message : String(e),
      };
    }
  }

  private async search(dbUp: boolean): Promise<Health['search']> {
    if (!dbUp)
      return {
        engine: 'postgres',
        status: 'down',
        configured: this.config.search.meiliHost ? 'meilisearch' : 'postgres',
        outbox: null,
      };
    return this.searchService.health();
  }
}
