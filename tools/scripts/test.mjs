// `npm test`: every check CI runs, in order, failing fast: format, lint (with module boundaries), type checks,
// schema and client drift, API unit + integration tests on real PostgreSQL (embedded, or DATABASE_URL),
// web unit tests, production builds, Playwright end-to-end in Chromium, and the compose file.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = ['node_modules/nx/dist/bin/nx.js'];
const bin = (name) => `node_modules/.bin/${name}`;
const results = [];

function run(label, cmd, args, { quiet = false } = {}) {
  const started = Date.now();
  console.log(`\n━━ ${label}`);
  const r = spawnSync(cmd, args, { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ label, ok: r.status === 0, seconds });
  if (r.status !== 0) {
    summary();
    console.error(`\n✖ ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function summary() {
  console.log('\n━━ Summary');
  for (const r of results)
    console.log(`${r.ok ? '✔' : '✖'} ${r.label.padEnd(44)} ${r.seconds.padStart(6)} s`);
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
}

if (!existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
  console.error(
    'Chromium is needed for the end-to-end tests: apt-get install -y chromium (or set CHROME_PATH)',
  );
  process.exit(1);
}

run('Format (prettier --check)', process.execPath, [bin('prettier'), '--check', '--log-level', 'warn', '.']);
// The boundaries rule reads Nx's cached project graph; a fresh clone has none until Nx computes it.
run('Project graph (nx show projects)', process.execPath, [...nx, 'show', 'projects'], { quiet: true });
// Type-aware lint opens one TypeScript program per project (about 25 now): give it room beyond Node's ~4 GB default.
run('Lint (eslint, type-aware, module boundaries)', process.execPath, [
  '--max-old-space-size=10240',
  bin('eslint'),
  '.',
]);
run('Type check: API, libs, seed', process.execPath, [bin('tsc'), '-p', 'apps/api/tsconfig.spec.json']);
run('Type check: web specs', process.execPath, [bin('tsc'), '-p', 'apps/web/tsconfig.check.json']);
run('Type check: end-to-end specs', process.execPath, [bin('tsc'), '-p', 'apps/web-e2e/tsconfig.json']);
run('Web client types match schema.graphql', process.execPath, ['tools/scripts/codegen.mjs', '--check']);
run('UI translations complete (fr, pt, no)', process.execPath, ['tools/scripts/i18n-check.mjs']);
// Built before the API tests: some of them start the compiled server as separate processes (two API processes on
// one database, production boot checks).
run('Build API', process.execPath, ['tools/scripts/build-api.mjs']);
run('API unit + integration tests (jest, PostgreSQL)', process.execPath, [
  bin('jest'),
  '-c',
  'apps/api/jest.config.cjs',
  '--ci',
]);
run('Web unit tests (jest)', process.execPath, [bin('jest'), '-c', 'apps/web/jest.config.cjs', '--ci']);
run('Build web (production, strict templates)', process.execPath, [
  ...nx,
  'build',
  'web',
  '--skip-nx-cache',
  '--outputStyle=static',
]);
run('End-to-end (Playwright, Chromium)', process.execPath, [
  bin('playwright'),
  'test',
  '-c',
  'apps/web-e2e/playwright.config.ts',
]);

// docker-compose.yml has no default secrets: `config` gets placeholders for the variables it requires (in the
// environment of that one command); check-compose.mjs then checks the structure, and that `config` without them
// fails naming each.
const { readFileSync } = await import('node:fs');
const composePlaceholders = [
  ...new Set(
    [...readFileSync('docker-compose.yml', 'utf8').matchAll(/\$\{([A-Za-z0-9_]+):?\?/g)].map(
      (m) => `${m[1]}=placeholder-for-config-check`,
    ),
  ),
];
const compose = which('docker-compose');
if (compose) {
  run('docker-compose.yml (docker-compose config)', 'env', [
    ...composePlaceholders,
    compose,
    '-f',
    'docker-compose.yml',
    'config',
    '-q',
  ]);
} else if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) {
  run('docker-compose.yml (docker compose config)', 'env', [
    ...composePlaceholders,
    'docker',
    'compose',
    '-f',
    'docker-compose.yml',
    'config',
    '-q',
  ]);
} else {
  console.log(
    '\nNo docker-compose here (apt-get install -y docker-compose): checking the compose file structurally.',
  );
}
run('docker-compose.yml (structure, no default secrets)', process.execPath, [
  'tools/scripts/check-compose.mjs',
]);
summary();
console.log('\n✔ all checks passed');
