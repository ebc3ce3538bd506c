import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountTokenNewEmail1796144549380 implements MigrationInterface {
  name = 'AccountTokenNewEmail1796144549380';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_tokens"
            ADD "new_email" character varying(254)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_tokens" DROP COLUMN "new_email"
        `);
  }
}
