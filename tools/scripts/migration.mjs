// `npm run migration:<command>`: the TypeORM CLI on the API's data source (apps/api/src/data-source.ts, run compiled
// from dist/api; DATABASE_URL, or MIGRATION_DATABASE_URL when set, says which database):
//   generate <Name>  apps/api/src/migrations/<epoch>-<Name>.ts holding what the entities need beyond the database,
//                    after applying the committed migrations it lacks (as the server does at boot)
//   create <Name>    the same file with an empty up/down
//   run | revert | show
// The CLI writes the file; this script gives it its folder, registers it in apps/api/src/migrations/index.ts (the
// list the server runs, in order) and formats both with Prettier.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'apps/api/src/migrations';
const INDEX = join(DIR, 'index.ts');
const CLI = ['node_modules/typeorm/cli.js'];
const DATA_SOURCE = ['-d', 'dist/api/apps/api/src/data-source.js'];
const [command, name] = process.argv.slice(2);

/** Runs node with `args`; a failure ends this script with the child's exit code (the child has said why). */
function node(args, { quiet = false } = {}) {
  try {
    return execFileSync(process.execPath, args, { encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  } catch (e) {
    if (quiet) process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`);
    process.exit(e.status ?? 1);
  }
}

if (!['generate', 'create', 'run', 'revert', 'show'].includes(command)) {
  console.error(
    'usage: npm run migration:generate|create -- PascalCaseName, npm run migration:run|revert|show',
  );
  process.exit(2);
}
const writes = command === 'generate' || command === 'create';
if (writes && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error(`usage: npm run migration:${command} -- PascalCaseName`);
  process.exit(2);
}

if (command === 'create') node([...CLI, 'migration:create', join(DIR, name)]);
else {
  node(['node_modules/nx/dist/bin/nx.js', 'run', 'api:build', '--outputStyle=static'], { quiet: true });
  if (command === 'generate') {
    // The CLI logs every statement it runs: keep only the names of the migrations it applied.
    const out = node([...CLI, 'migration:run', '-t', 'each', ...DATA_SOURCE], { quiet: true });
    for (const line of out.split('\n')) if (/^Migration \w+ has been executed/.test(line)) console.log(line);
    node([...CLI, 'migration:generate', join(DIR, name), '--pretty', ...DATA_SOURCE]);
  } else if (command === 'run') node([...CLI, 'migration:run', '-t', 'each', ...DATA_SOURCE]);
  else node([...CLI, `migration:${command}`, ...DATA_SOURCE]);
}

if (writes) {
  const index = readFileSync(INDEX, 'utf8');
  const file = readdirSync(DIR)
    .filter((f) => f.endsWith(`-${name}.ts`) && !index.includes(`'./${f.slice(0, -3)}'`))
    .sort()
    .pop();
  const cls = /export class (\w+)/.exec(readFileSync(join(DIR, file), 'utf8'))[1];
  const registered = index
    .replace(/^((?:import .*\n)+)/, `$1import { ${cls} } from './${file.slice(0, -3)}';\n`)
    .replace(
      /export const MIGRATIONS = \[([^\]]*)\];/,
      (_, list) => `export const MIGRATIONS = [${list.trim().replace(/,$/, '')}, ${cls}];`,
    );
  writeFileSync(INDEX, registered);
  node(['node_modules/prettier/bin/prettier.cjs', '--write', '--log-level', 'warn', join(DIR, file), INDEX]);
  console.log(`${join(DIR, file)} registered in ${INDEX}`);
}
