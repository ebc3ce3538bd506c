// Regenerates apps/api/schema.graphql from the resolvers, then the web client's types from it.
import { execFileSync } from 'node:child_process';

const run = (file, ...args) => execFileSync(process.execPath, [file, ...args], { stdio: 'inherit' });
run('node_modules/nx/dist/bin/nx.js', 'run', 'api:build', '--outputStyle=static');
run('dist/api/apps/api/src/schema-cli.js', 'apps/api/schema.graphql');
run('tools/scripts/codegen.mjs');
