// Compiles the API and the libs it imports with tsc into dist/api, and writes dist/api/paths.json so the
// compiled server resolves `@peerhub/*` aliases (see apps/api/src/runtime-paths.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist/api', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'apps/api/tsconfig.app.json'], {
  stdio: 'inherit',
});
const { compilerOptions } = JSON.parse(readFileSync('tsconfig.base.json', 'utf8'));
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, target.replace(/\.ts$/, '.js')]),
);
writeFileSync('dist/api/paths.json', JSON.stringify(paths, null, 2));
writeFileSync('dist/api/package.json', JSON.stringify({ type: 'commonjs' }));
console.log('api built → dist/api/apps/api/src/main.js');
