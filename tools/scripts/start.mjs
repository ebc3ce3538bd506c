// `npm start`: builds the API and the web app, then serves both from one process on PORT (3000).
// With no DATABASE_URL the API starts an embedded PostgreSQL under .data/pg, migrates and seeds it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const step = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
};

// Nx builds both (in parallel, from its cache when nothing changed since the last build).
if (process.env.SKIP_BUILD !== 'true') {
  step('Building the API and the web app', process.execPath, [
    'node_modules/nx/dist/bin/nx.js',
    'run-many',
    '-t',
    'build',
    '--projects=api,web',
    '--outputStyle=static',
  ]);
}
const webDist = resolve(process.env.WEB_DIST ?? 'dist/web/browser');
if (!existsSync(webDist)) console.warn(`No web build at ${webDist}: serving the API only`);
console.log('\n▶ Starting PeerHub Europe');
const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, WEB_DIST: webDist, NODE_ENV: process.env.NODE_ENV ?? 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
