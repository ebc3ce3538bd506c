import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@peerhub/shared/api-core';
import { APP_VERSION } from './version';

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  version: string;
  uptimeSeconds: number;
  database: { status: 'up' | 'down'; embedded: boolean; latencyMs: number | null; error?: string };
  search: {
    engine: 'postgres' | 'meilisearch';
    status: 'up' | 'degraded' | 'down';
    configured: string;
    error?: string;
  };
}

export const DATABASE_EMBEDDED = Symbol('DATABASE_EMBEDDED');

@Controller()
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_EMBEDDED) private readonly embedded: boolean,
  ) {}

  @Get('health')
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const database = await this.database();
    const search = await this.search(database.status === 'up');
    const status: Health['status'] =
      database.status === 'down' ? 'down' : search.status === 'up' ? 'ok' : 'degraded';
    res.status(status === 'down' ? 503 : 200);
    return { status, version: APP_VERSION, uptimeSeconds: Math.round(process.uptime()), database, search };
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

  /** PostgreSQL search is built in; Meilisearch, when configured, is pinged, and search falls back when it is away. */
  private async search(dbUp: boolean): Promise<Health['search']> {
    const host = this.config.search.meiliHost;
    if (!host) return { engine: 'postgres', status: dbUp ? 'up' : 'down', configured: 'postgres' };
    try {
      const r = await fetch(new URL('/health', host), { signal: AbortSignal.timeout(2000) });
      if (r.ok) return { engine: 'meilisearch', status: 'up', configured: 'meilisearch' };
      return {
        engine: 'postgres',
        status: 'degraded',
        configured: 'meilisearch',
        error: `Meilisearch answered ${r.status}`,
      };
    } catch (e) {
      return {
        engine: 'postgres',
        status: 'degraded',
        configured: 'meilisearch',
        error: `Meilisearch unreachable (${e instanceof Error ? e.message : String(e)}); searching PostgreSQL`,
      };
    }
  }
}
