import { MigrationInterface, QueryRunner } from 'typeorm';

export class Memberships1796148999902 implements MigrationInterface {
  name = 'Memberships1796148999902';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "organisation_memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "kind" character varying(10) NOT NULL,
                "status" character varying(10) NOT NULL,
                "message" text NOT NULL DEFAULT '',
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by" uuid,
                CONSTRAINT "organisation_memberships_account_organisation_key" UNIQUE ("account_id", "organisation_id"),
                CONSTRAINT "organisation_memberships_status_check" CHECK (status IN ('pending', 'approved', 'declined')),
                CONSTRAINT "organisation_memberships_kind_check" CHECK (kind IN ('join', 'claim')),
                CONSTRAINT "organisation_memberships_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "organisation_memberships_organisation_idx" ON "organisation_memberships" ("organisation_id", "status")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships"
            ADD CONSTRAINT "organisation_memberships_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships"
            ADD CONSTRAINT "organisation_memberships_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships"
            ADD CONSTRAINT "organisation_memberships_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "accounts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships" DROP CONSTRAINT "organisation_memberships_decided_by_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships" DROP CONSTRAINT "organisation_memberships_organisation_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships" DROP CONSTRAINT "organisation_memberships_account_id_fkey"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."organisation_memberships_organisation_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_memberships"
        `);
  }
}
