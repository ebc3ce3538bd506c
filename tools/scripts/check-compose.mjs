// Checks docker-compose.yml beyond what `docker-compose config` says (and in its place where no docker-compose
// binary exists): it parses, every service has an image or build and a healthcheck (one-shot services others wait
// for with service_completed_successfully excepted), every named volume is declared, depends_on names real services.
// And it has no default secrets: every secret is required (`${NAME:?message}`), none has a fallback value,
// Meilisearch runs in production mode, the API never gets the master key. Where docker-compose (or `docker compose`)
// is installed, `config` without the secrets must fail, and without any one of them must fail naming it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The secrets the stack must be given: no default may stand in for any of them. */
const REQUIRED_SECRETS = [
  'POSTGRES_PASSWORD',
  'PEERHUB_OWNER_DB_PASSWORD',
  'PEERHUB_APP_DB_PASSWORD',
  'MEILI_MASTER_KEY',
];

const file = 'docker-compose.yml';
const text = readFileSync(file, 'utf8');
const doc = parse(text);
const problems = [];
const services = doc?.services ?? {};
const required = ['postgres', 'meilisearch', 'redis', 'api', 'web'];
for (const name of required) if (!services[name]) problems.push(`service "${name}" is missing`);
const declared = new Set(Object.keys(doc?.volumes ?? {}));
const oneShot = new Set(
  Object.values(services).flatMap((s) =>
    Object.entries(s.depends_on ?? {})
      .filter(([, d]) => d?.condition === 'service_completed_successfully')
      .map(([dep]) => dep),
  ),
);
for (const [name, s] of Object.entries(services)) {
  if (!s.image && !s.build) problems.push(`${name}: needs an image or a build`);
  if (!s.healthcheck?.test && !oneShot.has(name)) problems.push(`${name}: has no healthcheck`);
  for (const v of s.volumes ?? []) {
    const source = String(v).split(':')[0];
    if (!source.startsWith('.') && !source.startsWith('/') && !declared.has(source))
      problems.push(`${name}: volume "${source}" is not declared`);
  }
  for (const dep of Object.keys(s.depends_on ?? {}))
    if (!services[dep]) problems.push(`${name}: depends on unknown "${dep}"`);
}

// --- no default secrets ---
const requiredVars = new Set([...text.matchAll(/\$\{([A-Za-z0-9_]+):?\?/g)].map((m) => m[1]));
for (const name of REQUIRED_SECRETS)
  if (!requiredVars.has(name)) problems.push(`${name} must be required: \${${name}:?set ${name} …}`);
for (const name of new Set([...text.matchAll(/\$\{([A-Za-z0-9_]+):?-/g)].map((m) => m[1])))
  if (/PASSWORD|SECRET|TOKEN|KEY/i.test(name)) problems.push(`${name} must not have a default value`);
const env = (name) => services[name]?.environment ?? {};
if (env('meilisearch').MEILI_ENV !== 'production') problems.push('meilisearch: MEILI_ENV must be production');
if (JSON.stringify(env('api')).includes('MEILI_MASTER_KEY'))
  problems.push('api: must not be given MEILI_MASTER_KEY (it gets its own scoped key)');

if (problems.length) {
  console.error(problems.map((p) => `${file}: ${p}`).join('\n'));
  process.exit(1);
}

// --- and compose itself refuses to start without them ---
function composeCommand() {
  if (spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' }).stdout?.trim())
    return ['docker-compose'];
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0)
    return ['docker', 'compose'];
  return null;
}

const compose = composeCommand();
if (!compose) {
  console.log(
    `${file}: ${Object.keys(services).length} services, ${declared.size} named volumes, secrets required — structure OK ` +
      '(no docker-compose here to try it without them)',
  );
  process.exit(0);
}

// An empty env file, so a developer's .env beside the compose file cannot supply what is being left out.
const dir = mkdtempSync(join(tmpdir(), 'peerhub-compose-'));
const emptyEnvFile = join(dir, 'empty.env');
writeFileSync(emptyEnvFile, '');
const withoutSecrets = Object.fromEntries(Object.entries(process.env).filter(([k]) => !requiredVars.has(k)));
function config(given) {
  const r = spawnSync(
    compose[0],
    [...compose.slice(1), '--env-file', emptyEnvFile, '-f', file, 'config', '-q'],
    { encoding: 'utf8', env: { ...withoutSecrets, ...given } },
  );
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
const placeholder = (names) => Object.fromEntries(names.map((n) => [n, `placeholder-${n.toLowerCase()}`]));
try {
  const none = config({});
  if (none.status === 0) problems.push('`config` without any secret set succeeds');
  else if (![...requiredVars].some((n) => none.output.includes(n)))
    problems.push(`\`config\` without secrets fails without naming one: ${none.output.trim()}`);
  for (const missing of requiredVars) {
    const r = config(placeholder([...requiredVars].filter((n) => n !== missing)));
    if (r.status === 0) problems.push(`\`config\` without ${missing} succeeds`);
    else if (!r.output.includes(`set ${missing}`))
      problems.push(`\`config\` without ${missing} fails without naming it: ${r.output.trim()}`);
  }
  const all = config(placeholder([...requiredVars]));
  if (all.status !== 0) problems.push(`\`config\` with every secret set fails: ${all.output.trim()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.map((p) => `${file}: ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `${file}: ${Object.keys(services).length} services, ${declared.size} named volumes — structure OK; ` +
    `${compose.join(' ')} config refuses to run without ${[...requiredVars].join(', ')} and names each`,
);
