import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-client rate-limit counters shared by every API process (rate-limiter-flexible's PostgreSQL store; its
 * column layout). Created here so the application role needs no DDL rights. Unlogged: counters are worth
 * nothing after a crash, and unlogged writes are cheaper.
 */
export class RateLimits1764500000000 implements MigrationInterface {
  name = 'RateLimits1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      CREATE INDEX rate_limits_expire ON rate_limits (expire);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
