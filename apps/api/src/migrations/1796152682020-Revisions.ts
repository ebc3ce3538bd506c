import { MigrationInterface, QueryRunner } from 'typeorm';

export class Revisions1796152682020 implements MigrationInterface {
  name = 'Revisions1796152682020';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(20) NOT NULL,
                "record_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "state" character varying(20) NOT NULL,
                "data" jsonb NOT NULL,
                "base_version" integer,
                "lock_version" integer NOT NULL DEFAULT '1',
                "author_id" uuid,
                "organisation_id" uuid,
                "reason" text NOT NULL DEFAULT '',
                "review_comment" text NOT NULL DEFAULT '',
                "reviewer_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "revisions_record_number_key" UNIQUE ("kind", "record_id", "number"),
                CONSTRAINT "revisions_state_check" CHECK (
                    state IN (
                        'draft',
                        'submitted',
                        'changes_requested',
                        'published',
                        'rejected',
                        'superseded'
                    )
                ),
                CONSTRAINT "revisions_kind_check" CHECK (kind IN ('practice', 'country_fact')),
                CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "revisions_author_idx" ON "revisions" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "revisions_state_idx" ON "revisions" ("state", "submitted_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "country_dimensions"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "practices"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "revisions"
            ADD CONSTRAINT "revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "revisions"
            ADD CONSTRAINT "revisions_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "revisions"
            ADD CONSTRAINT "revisions_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "accounts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "revisions" DROP CONSTRAINT "revisions_reviewer_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "revisions" DROP CONSTRAINT "revisions_organisation_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "revisions" DROP CONSTRAINT "revisions_author_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "practices" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "country_dimensions" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."revisions_state_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."revisions_author_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "revisions"
        `);
  }
}
