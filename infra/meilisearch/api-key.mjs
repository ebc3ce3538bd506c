// One-shot (compose service `meili-keys`, image node:20): gives the API its own Meilisearch API key, so the API
// never holds the master key. Uses the master key once, to create (or keep) a key that
//   - may only touch PeerHub's indexes: `documents`, and the `documents_<time>` a reindex builds and swaps in;
//   - may only do what libs/search/api/src/lib/meilisearch-engine.ts calls: search; documents.add,
//     documents.get (stored versions), documents.delete; indexes.create, indexes.delete, indexes.swap (prepare,
//     reindex); settings.update; tasks.get (waiting for every task). /health needs no key.
// The key has a fixed uid, so its value (HMAC-SHA256 of the uid, keyed with the master key) is the same on every
// run; a key whose rights differ from the list below is replaced. The value goes to MEILI_API_KEY_FILE (a volume
// the API mounts read-only), readable only by the API's user (node, uid 1000); it is never printed.
import { chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const KEY_UID = '0996646a-7dd1-485f-95ab-3f590a032019';
export const KEY_NAME = 'peerhub-api';
export const INDEXES = ['documents', 'documents_*'];
export const ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.delete',
  'indexes.swap',
  'settings.update',
  'tasks.get',
];

const host = (process.env.MEILI_HOST ?? 'http://meilisearch:7700').replace(/\/+$/, '');
const master = process.env.MEILI_MASTER_KEY ?? '';
const out = process.env.MEILI_API_KEY_FILE ?? '/run/peerhub/meili-api-key';
const uid = process.env.MEILI_API_KEY_UID ?? KEY_UID;

function fail(message) {
  console.error(`meili-keys: ${message}`);
  process.exit(1);
}

async function call(method, path, body) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${host}${path}`, {
        method,
        headers: { authorization: `Bearer ${master}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    } catch (e) {
      if (attempt >= 30) fail(`Meilisearch at ${host} does not answer (${e.cause?.code ?? e.message})`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

const same = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());

if (master.length < 16) fail('MEILI_MASTER_KEY must be set (16 bytes or more)');
let key = await call('GET', `/keys/${uid}`);
if (key.status === 200 && !(same(key.body.actions, ACTIONS) && same(key.body.indexes, INDEXES))) {
  const gone = await call('DELETE', `/keys/${uid}`);
  if (gone.status !== 204)
    fail(`cannot replace the outdated key ${uid} (HTTP ${gone.status}: ${gone.body?.message})`);
  key = { status: 404 };
}
if (key.status === 404) {
  key = await call('POST', '/keys', {
    uid,
    name: KEY_NAME,
    description: 'PeerHub API: PeerHub indexes only (created by the meili-keys compose service)',
    actions: ACTIONS,
    indexes: INDEXES,
    expiresAt: null,
  });
}
if (key.status !== 200 && key.status !== 201)
  fail(`cannot create the API key (HTTP ${key.status}: ${key.body?.message ?? 'no answer'})`);

mkdirSync(dirname(out), { recursive: true });
rmSync(out, { force: true });
writeFileSync(out, `${key.body.key}\n`, { mode: 0o400 });
try {
  chownSync(out, 1000, 1000); // the API image runs as `node`
} catch {
  // not root: the file stays the caller's own
}
console.log(
  `meili-keys: key "${KEY_NAME}" (${uid}) on ${INDEXES.join(', ')}: ${ACTIONS.join(', ')} → ${out}`,
);
