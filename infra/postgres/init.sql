-- Extensions the search engine uses (issue: PostgreSQL search). Created once when the volume is new;
-- harmless where they already exist.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
