import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1796143587278 implements MigrationInterface {
  name = 'Accounts1796143587278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "accounts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "email_key" character varying(254) NOT NULL,
                "email_verified_at" TIMESTAMP WITH TIME ZONE,
                "password_hash" text NOT NULL,
                "display_name" character varying(60) NOT NULL,
                "real_name" character varying(120),
                "language" character varying(5) NOT NULL,
                "country_code" character varying(2),
                "roles" text array NOT NULL DEFAULT '{}',
                "suspended_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "accounts_email_key_key" UNIQUE ("email_key"),
                CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "token_hash" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "user_agent" character varying(200) NOT NULL DEFAULT '',
                CONSTRAINT "sessions_token_hash_key" UNIQUE ("token_hash"),
                CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "sessions_account_idx" ON "sessions" ("account_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "token_hash" bytea NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "account_tokens_token_hash_key" UNIQUE ("token_hash"),
                CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "account_tokens_account_idx" ON "account_tokens" ("account_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "mail_outbox" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "to_address" character varying(254) NOT NULL,
                "subject" text NOT NULL,
                "text" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "sessions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "account_tokens"
            ADD CONSTRAINT "account_tokens_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_tokens" DROP CONSTRAINT "account_tokens_account_id_fkey"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "sessions_account_id_fkey"
        `);
    await queryRunner.query(`
            DROP TABLE "mail_outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."account_tokens_account_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "account_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."sessions_account_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP TABLE "accounts"
        `);
  }
}
