import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1796144246007 implements MigrationInterface {
  name = 'AuditEvents1796144246007';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "kind" character varying(40) NOT NULL,
                "account_id" uuid,
                "actor" character varying(60),
                "client_address" character varying(64),
                "detail" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_at_idx" ON "audit_events" ("at")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_account_idx" ON "audit_events" ("account_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_events"
            ADD CONSTRAINT "audit_events_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_account_id_fkey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_account_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_at_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
  }
}
