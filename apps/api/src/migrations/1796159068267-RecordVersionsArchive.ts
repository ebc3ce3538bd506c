import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordVersionsArchive1796159068267 implements MigrationInterface {
  name = 'RecordVersionsArchive1796159068267';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Resources and organisation profiles are written through revisions too (issue 13).
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "revisions_kind_check"`);
    await queryRunner.query(`
            ALTER TABLE "revisions"
            ADD CONSTRAINT "revisions_kind_check" CHECK (kind IN ('practice', 'resource', 'organisation', 'country_fact'))
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "practices"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "resources"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "resources"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "revisions" WHERE kind IN ('resource', 'organisation')`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "revisions_kind_check"`);
    await queryRunner.query(`
            ALTER TABLE "revisions"
            ADD CONSTRAINT "revisions_kind_check" CHECK (kind IN ('practice', 'country_fact'))
        `);
    await queryRunner.query(`
            ALTER TABLE "resources" DROP COLUMN "archived_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "resources" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "practices" DROP COLUMN "archived_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "archived_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "version"
        `);
  }
}
