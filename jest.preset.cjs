// Jest for every project, one function per platform; each project's jest.config.cjs calls one with its own folder,
// so Nx runs and caches each project's tests on their own (`nx affected -t test` runs only what a change can break).
// server: API app, api libs, shared util, seed — ts-jest without type checking (the `typecheck` targets do that).
// web: web app, data-access, feature and ui libs — Angular in jsdom with jest-preset-angular, zoneless.
const { pathsToModuleNameMapper } = require('ts-jest');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const workspaceRoot = __dirname;
const { compilerOptions } = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
const moduleNameMapper = pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${workspaceRoot}/` });

function serverJestConfig(projectRoot, overrides = {}) {
  return {
    rootDir: projectRoot,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: {
      '^.+\\.[tj]s$': ['ts-jest', { tsconfig: join(workspaceRoot, 'apps/api/tsconfig.jest.json') }],
    },
    // meilisearch ships ES modules only.
    transformIgnorePatterns: ['/node_modules/(?!(meilisearch)/)'],
    moduleNameMapper,
    ...overrides,
  };
}

function webJestConfig(projectRoot, overrides = {}) {
  return {
    rootDir: projectRoot,
    preset: 'jest-preset-angular',
    testEnvironment: 'jsdom',
    setupFilesAfterEnv: [join(workspaceRoot, 'apps/web/src/test-setup.ts')],
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: {
      '^.+\\.(ts|js|mjs|html|svg)$': [
        'jest-preset-angular',
        {
          tsconfig: join(workspaceRoot, 'apps/web/tsconfig.spec.json'),
          stringifyContentPathRegex: '\\.(html|svg)$',
        },
      ],
    },
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
    moduleNameMapper,
    ...overrides,
  };
}

module.exports = { serverJestConfig, webJestConfig };
