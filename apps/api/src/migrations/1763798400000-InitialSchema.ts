import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first cut of the content model (ARCHITECTURE.md): countries, organisations, resources, practices, frameworks. */
export class InitialSchema1763798400000 implements MigrationInterface {
  name = 'InitialSchema1763798400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE countries (
        code varchar(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        names jsonb NOT NULL,
        european boolean NOT NULL DEFAULT true,
        summary text NOT NULL DEFAULT '',
        role_titles jsonb NOT NULL DEFAULT '[]',
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE country_dimensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country_code varchar(2) NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
        key varchar(40) NOT NULL,
        level varchar(20) NOT NULL CHECK (level IN ('established','partial','emerging','absent','unknown')),
        text text NOT NULL,
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        UNIQUE (country_code, key)
      );
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        name text NOT NULL,
        acronym text,
        type varchar(40) NOT NULL,
        country_code varchar(2) NOT NULL REFERENCES countries(code),
        city text,
        description text NOT NULL DEFAULT '',
        expertise text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        projects text[] NOT NULL DEFAULT '{}',
        website text,
        verified boolean NOT NULL DEFAULT false,
        open_to_partnership boolean NOT NULL DEFAULT false,
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX organisations_country_idx ON organisations (country_code);
      CREATE TABLE resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        title text NOT NULL,
        type varchar(40) NOT NULL,
        language varchar(8) NOT NULL,
        translation_group varchar(120),
        publisher text NOT NULL DEFAULT '',
        publisher_organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        year int,
        audience text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        competency_tags text[] NOT NULL DEFAULT '{}',
        url text,
        description text NOT NULL DEFAULT '',
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX resources_group_idx ON resources (translation_group);
      CREATE TABLE resource_references (
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        referenced_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        PRIMARY KEY (resource_id, referenced_id)
      );
      CREATE INDEX resource_references_referenced_idx ON resource_references (referenced_id);
      CREATE TABLE resource_organisations (
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (resource_id, organisation_id)
      );
      CREATE INDEX resource_organisations_org_idx ON resource_organisations (organisation_id);
      CREATE TABLE practices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        country_code varchar(2) NOT NULL REFERENCES countries(code),
        place text,
        category varchar(40) NOT NULL CHECK (category IN ('informal_group','self_help_group','intentional_peer_support')),
        setting text NOT NULL DEFAULT '',
        target_group text NOT NULL DEFAULT '',
        principles text[] NOT NULL DEFAULT '{}',
        what_works text[] NOT NULL DEFAULT '{}',
        improvements text[] NOT NULL DEFAULT '{}',
        lessons text[] NOT NULL DEFAULT '{}',
        start_year int,
        status varchar(20) NOT NULL DEFAULT 'unknown',
        leadership varchar(20) NOT NULL DEFAULT 'unknown' CHECK (leadership IN ('peer_run','co_produced','professional_led','unknown')),
        preconditions jsonb NOT NULL DEFAULT '[]',
        topics text[] NOT NULL DEFAULT '{}',
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX practices_country_idx ON practices (country_code);
      CREATE TABLE practice_organisations (
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, organisation_id)
      );
      CREATE INDEX practice_organisations_org_idx ON practice_organisations (organisation_id);
      CREATE TABLE practice_resources (
        practice_id uuid NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, resource_id)
      );
      CREATE TABLE competency_frameworks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        titles jsonb NOT NULL,
        description text NOT NULL DEFAULT '',
        social_work_comparison jsonb NOT NULL DEFAULT '[]',
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE competency_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        framework_id uuid NOT NULL REFERENCES competency_frameworks(id) ON DELETE CASCADE,
        code varchar(20) NOT NULL,
        position int NOT NULL,
        labels jsonb NOT NULL,
        UNIQUE (framework_id, code)
      );
      CREATE TABLE competency_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES competency_categories(id) ON DELETE CASCADE,
        code varchar(20) NOT NULL,
        position int NOT NULL,
        labels jsonb NOT NULL,
        UNIQUE (category_id, code)
      );
      CREATE TABLE training_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        admission text NOT NULL DEFAULT '',
        max_session_hours numeric,
        duration text NOT NULL DEFAULT '',
        accreditation text NOT NULL DEFAULT '',
        sources jsonb NOT NULL DEFAULT '[]',
        verified_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE training_elements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_id uuid NOT NULL REFERENCES training_profiles(id) ON DELETE CASCADE,
        code varchar(20) NOT NULL,
        position int NOT NULL,
        titles jsonb NOT NULL,
        level varchar(20) NOT NULL CHECK (level IN ('basic','advanced')),
        recommendation text NOT NULL DEFAULT '',
        UNIQUE (profile_id, code)
      );
      CREATE TABLE seed_state (
        name varchar(60) PRIMARY KEY,
        checksum varchar(64) NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS seed_state, training_elements, training_profiles, competency_items, competency_categories,
        competency_frameworks, practice_resources, practice_organisations, practices, resource_organisations,
        resource_references, resources, organisations, country_dimensions, countries CASCADE;
    `);
  }
}
