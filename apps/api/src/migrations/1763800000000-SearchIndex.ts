import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The built-in PostgreSQL search engine and the outbox that keeps every engine in step with the source tables:
 * - search_documents: one row per searchable record, a tsvector per document language (+ an unstemmed 'simple'
 *   layer for cross-language terms) and an accent-free text for trigram typo matching;
 * - search_lexicon: the words of the index, for typo correction and "did you mean";
 * - search_outbox: written by triggers in the same transaction as any change to an indexed table.
 */
export class SearchIndex1763800000000 implements MigrationInterface {
  name = 'SearchIndex1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE OR REPLACE FUNCTION ph_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

      CREATE TABLE search_documents (
        id text PRIMARY KEY,
        kind varchar(20) NOT NULL,
        entity_id text NOT NULL,
        slug text NOT NULL,
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        country varchar(2),
        language varchar(8) NOT NULL,
        audience text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        type text,
        year int,
        version bigint NOT NULL,
        config regconfig NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector(config, ph_unaccent(title)), 'A') ||
          setweight(to_tsvector(config, ph_unaccent(body)), 'C') ||
          setweight(to_tsvector('simple'::regconfig, ph_unaccent(title)), 'B') ||
          setweight(to_tsvector('simple'::regconfig, ph_unaccent(body)), 'D')
        ) STORED,
        search_text text GENERATED ALWAYS AS (lower(ph_unaccent(title || ' ' || body))) STORED,
        title_norm text GENERATED ALWAYS AS (lower(ph_unaccent(title))) STORED,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv);
      CREATE INDEX search_documents_trgm_idx ON search_documents USING gin (search_text gin_trgm_ops);
      CREATE INDEX search_documents_kind_idx ON search_documents (kind);
      CREATE INDEX search_documents_country_idx ON search_documents (country);
      CREATE INDEX search_documents_language_idx ON search_documents (language);

      CREATE TABLE search_lexicon (word text PRIMARY KEY);
      CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gin (word gin_trgm_ops);

      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        kind varchar(20) NOT NULL,
        entity_id text NOT NULL,
        op varchar(10) NOT NULL CHECK (op IN ('upsert', 'delete')),
        -- 'all' engines, or the one engine still owed this change (a secondary engine that failed).
        target varchar(20) NOT NULL DEFAULT 'all',
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        dead boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id) WHERE NOT dead;

      -- TG_ARGV[0] = document kind, TG_ARGV[1] = column holding the entity id, TG_ARGV[2] = 'delete' when a
      -- deleted row means the document is gone (else a change to a related row: re-index the document).
      CREATE OR REPLACE FUNCTION search_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        rec jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
        op text := CASE WHEN TG_OP = 'DELETE' AND TG_ARGV[2] = 'delete' THEN 'delete' ELSE 'upsert' END;
      BEGIN
        INSERT INTO search_outbox (kind, entity_id, op) VALUES (TG_ARGV[0], rec ->> TG_ARGV[1], op);
        IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[1]) IS DISTINCT FROM (rec ->> TG_ARGV[1]) THEN
          INSERT INTO search_outbox (kind, entity_id, op) VALUES (TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[1], 'upsert');
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER practices_search AFTER INSERT OR UPDATE OR DELETE ON practices
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('practice', 'id', 'delete');
      CREATE TRIGGER practice_organisations_search AFTER INSERT OR UPDATE OR DELETE ON practice_organisations
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('practice', 'practice_id', 'related');
      CREATE TRIGGER organisations_search AFTER INSERT OR UPDATE OR DELETE ON organisations
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('organisation', 'id', 'delete');
      CREATE TRIGGER resources_search AFTER INSERT OR UPDATE OR DELETE ON resources
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('resource', 'id', 'delete');
      CREATE TRIGGER countries_search AFTER INSERT OR UPDATE OR DELETE ON countries
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('country', 'code', 'delete');
      CREATE TRIGGER country_dimensions_search AFTER INSERT OR UPDATE OR DELETE ON country_dimensions
        FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('country', 'country_code', 'related');

      -- Records that existed before this migration: the relay indexes them on its first run.
      INSERT INTO search_outbox (kind, entity_id, op)
        SELECT 'practice', id::text, 'upsert' FROM practices
        UNION ALL SELECT 'organisation', id::text, 'upsert' FROM organisations
        UNION ALL SELECT 'resource', id::text, 'upsert' FROM resources
        UNION ALL SELECT 'country', code, 'upsert' FROM countries;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS practices_search ON practices;
      DROP TRIGGER IF EXISTS practice_organisations_search ON practice_organisations;
      DROP TRIGGER IF EXISTS organisations_search ON organisations;
      DROP TRIGGER IF EXISTS resources_search ON resources;
      DROP TRIGGER IF EXISTS countries_search ON countries;
      DROP TRIGGER IF EXISTS country_dimensions_search ON country_dimensions;
      DROP FUNCTION IF EXISTS search_outbox_enqueue();
      DROP TABLE IF EXISTS search_outbox, search_lexicon, search_documents;
      DROP FUNCTION IF EXISTS ph_unaccent(text);
    `);
  }
}
