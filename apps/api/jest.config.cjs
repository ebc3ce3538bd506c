// API unit and integration tests: real PostgreSQL (embedded, or DATABASE_URL), real AppModule.
const { pathsToModuleNameMapper } = require('ts-jest');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, '../../tsconfig.base.json'), 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/apps/api/src/**/*.spec.ts',
    '<rootDir>/libs/*/api/src/**/*.spec.ts',
    '<rootDir>/libs/shared/api-core/src/**/*.spec.ts',
    '<rootDir>/libs/shared/util/src/**/*.spec.ts',
    '<rootDir>/tools/**/*.spec.ts',
  ],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/apps/api/tsconfig.jest.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch)/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  globalSetup: '<rootDir>/apps/api/src/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/src/testing/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
};
