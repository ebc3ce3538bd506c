// API integration tests: the real AppModule on real PostgreSQL (embedded, or DATABASE_URL; each test file gets its
// own database on that server, see src/testing/test-app.ts). Some start the compiled server as separate processes,
// so Nx builds the API first (project.json: test dependsOn build).
module.exports = require('../../jest.preset.cjs').serverJestConfig(__dirname, {
  displayName: 'api',
  globalSetup: '<rootDir>/src/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/src/testing/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
});
