// Scaffolds one Nx library: project.json with tags, tsconfig, barrel, and its path alias.
// Usage: node tools/scripts/scaffold-lib.mjs <dir under libs/> <scope> <type> <platform>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, scope, type, platform] = process.argv.slice(2);
if (!dir || !scope || !type || !platform) {
  console.error('usage: scaffold-lib <dir> <scope> <type> <platform>');
  process.exit(2);
}
const root = join('libs', dir);
const name = dir.replaceAll('/', '-');
const alias = `@peerhub/${dir}`;
mkdirSync(join(root, 'src'), { recursive: true });
const server = platform === 'server';
writeFileSync(
  join(root, 'project.json'),
  JSON.stringify(
    {
      name,
      $schema: '../../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${root}/src`,
      projectType: 'library',
      tags: [`scope:${scope}`, `type:${type}`, `platform:${platform}`],
      targets: {},
    },
    null,
    2,
  ) + '\n',
);
writeFileSync(
  join(root, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: server ? '../../../tsconfig.server.json' : '../../../tsconfig.base.json',
      include: ['src/**/*.ts'],
    },
    null,
    2,
  ) + '\n',
);
if (!existsSync(join(root, 'src/index.ts'))) writeFileSync(join(root, 'src/index.ts'), '');
const base = JSON.parse(readFileSync('tsconfig.base.json', 'utf8'));
base.compilerOptions.paths[alias] = [`${root}/src/index.ts`];
base.compilerOptions.paths = Object.fromEntries(Object.entries(base.compilerOptions.paths).sort());
writeFileSync('tsconfig.base.json', JSON.stringify(base, null, 2) + '\n');
execFileSync(process.execPath, [
  'node_modules/prettier/bin/prettier.cjs',
  '--write',
  '--log-level',
  'warn',
  'tsconfig.base.json',
  root,
]);
console.log(`${name} → ${alias}`);
