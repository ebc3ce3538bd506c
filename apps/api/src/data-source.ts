import 'reflect-metadata';
import { schemaDataSource } from './app/entities';

/**
 * The TypeORM CLI's data source (`npm run migration:generate -- Name`, `migration:run`, `migration:revert`,
 * `migration:show`; README "Adding a migration"): the server's entities and migrations on MIGRATION_DATABASE_URL
 * (the owner role) or else DATABASE_URL. The CLI loads it compiled, from dist/api/apps/api/src/data-source.js,
 * where the build (tsc, then tsc-alias) has turned the `@peerhub/*` aliases into relative paths.
 */
const url = process.env['MIGRATION_DATABASE_URL'] || process.env['DATABASE_URL'];
if (!url) {
  throw new Error(
    'set DATABASE_URL (or MIGRATION_DATABASE_URL) to the database to diff or migrate, e.g. ' +
      'postgres://postgres:postgres@127.0.0.1:54329/peerhub while `npm start` runs its embedded PostgreSQL',
  );
}

export default schemaDataSource(url);
