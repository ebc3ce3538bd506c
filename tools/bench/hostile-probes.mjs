// The attacker's probes of issue 9, against a running API: prints one line per probe with the HTTP status, the
// error code, the time and the size of the answer. Not a test (the tests are apps/api/src/app/hostile-input.spec.ts
// and rate-limit.spec.ts); a way to compare two builds.
//   node tools/bench/hostile-probes.mjs [http://127.0.0.1:3000]
const base = process.argv[2] ?? 'http://127.0.0.1:3000';

async function send(label, init, path = '/graphql') {
  const started = performance.now();
  let status = 0;
  let text = '';
  try {
    const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(60_000) });
    status = res.status;
    text = await res.text();
  } catch (e) {
    text = `(${e.name}: ${e.message})`;
  }
  const ms = performance.now() - started;
  let code = '-';
  try {
    const body = JSON.parse(text);
    code =
      [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? '?'))].join('+') ||
      (body.data ? 'data' : '-');
  } catch {
    code =
      text.startsWith('<!doctype') || text.startsWith('<!DOCTYPE')
        ? 'html'
        : text.slice(0, 30).replace(/\s+/g, ' ');
  }
  console.log(
    `${label.padEnd(46)} ${String(status).padStart(3)}  ${code.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms ${String(text.length).padStart(9)} B`,
  );
  return { status, text, ms };
}

const gql = (body, headers = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

const fan = (levels) => {
  const frags = [`fragment F${levels} on Query { countries { code } }`];
  for (let i = levels - 1; i >= 0; i--) frags.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query Fan { ...F0 }\n${frags.join('\n')}`;
};

console.log(`probes against ${base}`);
await send('warm-up', gql({ query: '{ countries { code } }' }));
await send('fragment fan-out 2^16', gql({ query: fan(16) }));
await send('fragment fan-out 2^20', gql({ query: fan(20) }));
await send('fragment fan-out 2^22', gql({ query: fan(22) }));
const nodes = `{ practices(first: 100) { edges { node { title organisations { name practices { title } } ${'__typename '.repeat(9000)} } } } }`;
await send('cost bypass: > 10,000 AST nodes', gql({ query: nodes }));
await send(
  'cost bypass: first: $n with n = null',
  gql({
    query: `query($n: Int) { practices(first: $n) { edges { node { organisations { practices { slug organisations { practices { slug organisations { name } } } } } } } } }`,
    variables: { n: null },
  }),
);
await send(
  '500 aliases of search',
  gql({
    query: `{ ${Array.from({ length: 500 }, (_, i) => `s${i}: search(query: "peer ${i}") { total }`).join(' ')} }`,
  }),
);
for (const [label, query] of [
  ['NUL in practices topic', '{ practices(filter: { topic: "a\\u0000b" }) { totalCount } }'],
  ['NUL in resources topic', '{ resources(filter: { topic: "a\\u0000b" }) { totalCount } }'],
  ['NUL in organisations project', '{ organisations(filter: { project: "a\\u0000b" }) { totalCount } }'],
])
  await send(label, gql({ query }));
for (const [label, query, variables] of [
  ['null first', 'query($n: Int) { practices(first: $n) { totalCount } }', { n: null }],
  ['null query', 'query($q: String) { search(query: $q) { total } }', { q: null }],
  ['null sort', 'query($s: ListSort) { practices(sort: $s) { totalCount } }', { s: null }],
  ['null topic', 'query($t: BriefTopic) { policyBrief(codes: ["PL"], topic: $t) { dataAsOf } }', { t: null }],
])
  await send(label, gql({ query, variables }));
await send('CSRF: text/plain POST', {
  method: 'POST',
  headers: { 'content-type': 'text/plain' },
  body: JSON.stringify({ query: '{ countries { code } }' }),
});
await send(
  'CSRF: GET without preflight header',
  { method: 'GET' },
  `/graphql?query=${encodeURIComponent('{ countries { code } }')}`,
);
await send(
  'body of 300 kB',
  gql({ query: '{ countries { code } }', variables: { pad: 'x'.repeat(300_000) } }),
);
await send('malformed JSON', gql('{"query": "{ countries'));
await send(
  'JSON-array batch',
  gql([{ query: '{ countries { code } }' }, { query: '{ countries { code } }' }]),
);
for (const path of ['/en/x.js.map', '/en/%2e%2e/%2e%2e/etc/passwd', '/.env', '/en/.git/config'])
  await send(`GET ${path}`, { method: 'GET', headers: { accept: 'text/html' } }, path);
const page = await fetch(`${base}/en/`);
console.log(
  `headers of /en/: csp=${page.headers.get('content-security-policy') ? 'yes' : 'no'} nosniff=${page.headers.get('x-content-type-options') ?? 'no'} referrer=${page.headers.get('referrer-policy') ?? 'no'}`,
);
const health = await fetch(`${base}/health`);
console.log(`/health: ${health.status} ${(await health.text()).slice(0, 160)}`);
let limited = 0;
const burst = await Promise.all(
  Array.from({ length: 700 }, () => fetch(`${base}/graphql`, gql({ query: '{ __typename }' }))),
);
for (const r of burst) if (r.status === 429) limited++;
console.log(`700 requests at once from one client: ${limited} answered 429`);
