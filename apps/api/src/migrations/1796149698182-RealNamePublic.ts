import { MigrationInterface, QueryRunner } from 'typeorm';

export class RealNamePublic1796149698182 implements MigrationInterface {
  name = 'RealNamePublic1796149698182';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "accounts"
            ADD "real_name_public" boolean NOT NULL DEFAULT false
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "accounts" DROP COLUMN "real_name_public"
        `);
  }
}
