// Regenerates apps/api/schema.graphql from the resolvers, then the web client's types from it.
import { execFileSync } from 'node:child_process';

const run = (file, ...args) => execFileSync(process.execPath, [file, ...args], { stdio: 'inherit' });
run('tools/scripts/build-api.mjs');
run('dist/api/apps/api/src/schema-cli.js', 'apps/api/schema.graphql');
run('tools/scripts/codegen.mjs');
