// Runs the API from its TypeScript sources, for tests that spawn a real process (the boot checks):
//   node -r ./apps/api/src/testing/ts-register.cjs apps/api/src/main.ts
// Each .ts file is transpiled on its own when required (as ts-jest does with isolatedModules, decorator metadata
// included); `@peerhub/*` imports resolve through tsconfig.base.json's paths. No type checking: tsc does that.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '../../../..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: options,
  });
  module._compile(outputText, filename);
};
