-- PeerHub's two database roles, run as a superuser on PeerHub's database (psql ≥ 15, for \getenv):
--   peerhub_owner  owns the database, the schema and every table: migrations (MIGRATION_DATABASE_URL) and
--                  `npm run reindex` (which swaps a table) run as it.
--   peerhub_app    the API's own connection (DATABASE_URL): CONNECT, USAGE on the schema, SELECT/INSERT/UPDATE/
--                  DELETE on tables, USAGE/SELECT on sequences — today's tables and every table a migration adds.
-- Neither is a superuser, can create roles or databases, or bypass row security; nobody else may connect.
-- Passwords come from the environment (never from this file):
--   PEERHUB_OWNER_DB_PASSWORD=… PEERHUB_APP_DB_PASSWORD=… psql -d peerhub -f infra/postgres/roles.sql
-- In the compose stack the postgres container runs it once, when its volume is new (docker-entrypoint-initdb.d).
-- Safe to run again: it creates what is missing and resets both passwords.
-- Other role names: psql -v owner=… -v app=… (the API tests do, to leave the server's own roles alone).
\set ON_ERROR_STOP on
\if :{?owner}
\else
\set owner peerhub_owner
\endif
\if :{?app}
\else
\set app peerhub_app
\endif
\getenv owner_password PEERHUB_OWNER_DB_PASSWORD
\getenv app_password PEERHUB_APP_DB_PASSWORD

SELECT :{?owner_password} AND :{?app_password} AS passwords_set \gset
\if :passwords_set
SELECT length(:'owner_password') >= 12 AND length(:'app_password') >= 12 AS passwords_long \gset
\else
\set passwords_long false
\endif
\if :passwords_long
\else
DO $$ BEGIN
  RAISE EXCEPTION 'set PEERHUB_OWNER_DB_PASSWORD and PEERHUB_APP_DB_PASSWORD (12 characters or more) in the environment of psql';
END $$;
\endif

SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'owner_password';
ALTER ROLE :"app" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'app_password';

-- The database: the owner owns it; of the others only the app may connect (no TEMP for anyone else either).
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app') \gexec

-- The schema: only the owner creates in it (PostgreSQL < 15 let everyone).
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- A database migrated before these roles existed (by a superuser, say): its tables, sequences and functions in
-- public become the owner's, so later migrations can change them (an extension's own objects stay as they are).
SELECT format('ALTER TABLE public.%I OWNER TO %I', c.relname, :'owner')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> :'owner'::regrole
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
\gexec
SELECT format('ALTER SEQUENCE public.%I OWNER TO %I', c.relname, :'owner')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> :'owner'::regrole
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                   AND d.deptype IN ('a', 'i', 'e'))
\gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'owner')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public' AND p.proowner <> :'owner'::regrole
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
\gexec

-- Tables and sequences that already exist …
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
-- … and every table and sequence the owner creates from now on (migrations, the reindex swap).
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"app";
