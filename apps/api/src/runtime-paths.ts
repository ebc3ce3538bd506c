/**
 * Resolves `@peerhub/*` imports in the compiled server (dist/api), where TypeScript's `paths` no longer
 * apply: each alias maps to the compiled barrel of its lib. Under ts-jest the moduleNameMapper does this.
 */
import Module from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const distRoot = join(__dirname, '../../..'); // dist/api/apps/api/src → dist/api
const manifest = join(distRoot, 'paths.json');
if (existsSync(manifest)) {
  const paths = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
  type Resolve = (request: string, ...rest: unknown[]) => string;
  const mod = Module as unknown as { _resolveFilename: Resolve };
  const original = mod._resolveFilename;
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    const target = paths[request];
    return original.call(this, target ? join(distRoot, target) : request, ...rest);
  };
}
