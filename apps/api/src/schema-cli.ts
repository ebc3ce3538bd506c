import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@peerhub/shared/api-core';
import { buildSchemaSdl } from './app/bootstrap';

/** Writes the GraphQL schema the resolvers build to the path given (apps/api/schema.graphql). */
buildSchemaSdl(loadConfig({}))
  .then((sdl) => {
    writeFileSync(process.argv[2] ?? 'apps/api/schema.graphql', sdl);
    console.log(`schema written to ${process.argv[2] ?? 'apps/api/schema.graphql'}`);
    process.exit(0);
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
