// Fallback check of docker-compose.yml where no docker-compose binary exists: it parses, every service
// has an image or build and a healthcheck, every named volume is declared, depends_on names real services.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const doc = parse(readFileSync('docker-compose.yml', 'utf8'));
const problems = [];
const services = doc?.services ?? {};
const required = ['postgres', 'meilisearch', 'redis', 'api', 'web'];
for (const name of required) if (!services[name]) problems.push(`service "${name}" is missing`);
const declared = new Set(Object.keys(doc?.volumes ?? {}));
for (const [name, s] of Object.entries(services)) {
  if (!s.image && !s.build) problems.push(`${name}: needs an image or a build`);
  if (!s.healthcheck?.test) problems.push(`${name}: has no healthcheck`);
  for (const v of s.volumes ?? []) {
    const source = String(v).split(':')[0];
    if (!source.startsWith('.') && !source.startsWith('/') && !declared.has(source))
      problems.push(`${name}: volume "${source}" is not declared`);
  }
  for (const dep of Object.keys(s.depends_on ?? {}))
    if (!services[dep]) problems.push(`${name}: depends on unknown "${dep}"`);
}
if (problems.length) {
  console.error(problems.map((p) => `docker-compose.yml: ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `docker-compose.yml: ${Object.keys(services).length} services, ${declared.size} named volumes — structure OK`,
);
