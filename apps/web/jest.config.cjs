// Web unit tests: Angular components, pipes and stores in jsdom (jest-preset-angular, zoneless).
const { pathsToModuleNameMapper } = require('ts-jest');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, '../../tsconfig.base.json'), 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  rootDir: '../..',
  preset: 'jest-preset-angular',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/apps/web/src/test-setup.ts'],
  testMatch: [
    '<rootDir>/apps/web/src/**/*.spec.ts',
    '<rootDir>/libs/*/data-access/src/**/*.spec.ts',
    '<rootDir>/libs/*/feature/src/**/*.spec.ts',
    '<rootDir>/libs/*/ui/src/**/*.spec.ts',
  ],
  transform: {
    '^.+\\.(ts|js|mjs|html|svg)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/apps/web/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
};
