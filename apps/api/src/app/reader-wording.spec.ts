import { EDITOR_WORDING } from '@peerhub/tools/seed';
import { rootFieldRules } from '@peerhub/shared/api-core';
import { TestApp, startTestApp } from '../testing/test-app';

/**
 * Readers never see editor notes or file names. This walks the schema by introspection, asks every record of
 * every kind for every field it has (a field added tomorrow is asked for without touching this file), and looks
 * for wording meant for the people who wrote the seed: file names, "(checked)" markers, notes on what a document
 * leaves out.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
interface SchemaType {
  kind: string;
  name: string;
  fields: Field[] | null;
  possibleTypes: { name: string }[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } types {
  kind name possibleTypes { name }
  fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
} } }`;

function named(t: TypeRef): TypeRef {
  return t.ofType ? named(t.ofType) : t;
}
const required = (a: InputValue) => a.type.kind === 'NON_NULL' && a.defaultValue === null;

/** Builds selection sets from the introspected schema. */
class Selections {
  readonly types = new Map<string, SchemaType>();
  /** Object types whose fields some query selected. */
  readonly expanded = new Set<string>();

  constructor(types: SchemaType[]) {
    for (const t of types) this.types.set(t.name, t);
  }

  /** A record kind is a type with a global id; nested records are named by it and asked for on their own. */
  isRecord(name: string): boolean {
    return !!this.types.get(name)?.fields?.some((f) => f.name === 'nodeId');
  }

  /**
   * Every field of `typeName` that needs no argument. A record reached inside another record is selected by its
   * `nodeId` only (its own query covers its fields); value types (dimensions, sources, rows…) are expanded.
   */
  of(typeName: string, insideRecord = false, path: string[] = [], alias = ''): string {
    const type = this.types.get(typeName);
    if (!type) throw new Error(`no type ${typeName}`);
    if (type.kind === 'UNION' || type.kind === 'INTERFACE') {
      // Each member's fields under its own aliases: same-named fields of different types cannot share a name.
      const parts = (type.possibleTypes ?? []).map(
        (p) => `... on ${p.name} ${this.of(p.name, insideRecord, path, `${p.name}_`)}`,
      );
      return `{ __typename ${parts.join(' ')} }`;
    }
    if (insideRecord && this.isRecord(typeName)) return `{ ${alias ? `${alias}nodeId: ` : ''}nodeId }`;
    if (path.includes(typeName)) throw new Error(`value type cycle: ${[...path, typeName].join(' → ')}`);
    this.expanded.add(typeName);
    const inside = insideRecord || this.isRecord(typeName);
    const fields: string[] = [];
    for (const f of type.fields ?? []) {
      if (f.args.some(required)) continue;
      // The viewer's own request to edit for an organisation: null for this anonymous reader, and a Membership
      // leads back to its Organisation.
      if (typeName === 'Organisation' && f.name === 'myMembership') continue;
      const target = named(f.type);
      const name = alias ? `${alias}${f.name}: ${f.name}` : f.name;
      if (target.kind === 'SCALAR' || target.kind === 'ENUM') fields.push(name);
      else fields.push(`${name} ${this.of(target.name!, inside, [...path, typeName])}`);
    }
    return `{ ${fields.join(' ')} }`;
  }
}

/** Every string in a GraphQL answer, with its path. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('reader-facing wording (every string field of every record)', () => {
  let t: TestApp;
  let schema: Selections;
  let rootFields: Field[];
  let queryType: string;
  const answers: { query: string; data: unknown }[] = [];

  async function ask(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const { status, body } = await t.gql(query, variables);
    if (body.errors?.length || status !== 200)
      throw new Error(`${status} ${JSON.stringify(body.errors)} for ${query.slice(0, 200)}`);
    answers.push({ query, data: body.data });
    return body.data;
  }

  /** Every page of a root list field (a connection is followed to its last page). */
  async function askAll(field: Field): Promise<unknown[]> {
    const type = schema.types.get(named(field.type).name!)!;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return [(await ask(`{ ${field.name} }`))[field.name]];
    const paged =
      field.args.some((a) => a.name === 'first') && type.fields?.some((f) => f.name === 'pageInfo');
    if (!paged) {
      const data = await ask(`{ ${field.name} ${schema.of(type.name)} }`);
      const v = data[field.name];
      return Array.isArray(v) ? v : [v];
    }
    const out: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await ask(
        `query($after: String) { ${field.name}(first: 100, after: $after) ${schema.of(type.name)} }`,
        { after },
      );
      const page = data[field.name];
      out.push(page);
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    t = await startTestApp({
      SEARCH_RELAY: 'false',
      RATE_LIMIT_REQUESTS: '100000',
      RATE_LIMIT_SEARCHES: '100000',
      GRAPHQL_MAX_DEPTH: '30',
      GRAPHQL_MAX_COMPLEXITY: '1000000',
      GRAPHQL_MAX_TOKENS: '100000',
      GRAPHQL_MAX_ALIASES: '1000',
    });
    const { body } = await t.gql(INTROSPECTION);
    schema = new Selections(body.data.__schema.types);
    queryType = body.data.__schema.queryType.name;
    rootFields = schema.types.get(queryType)!.fields!;
  }, 120000);
  afterAll(async () => {
    await t?.close();
  });

  it('asks every root field for every field of every record, and finds no editor wording', async () => {
    const root = (name: string) => rootFields.find((f) => f.name === name)!;
    const listed = new Set<string>();

    // Root fields that need no argument: everything they list (countries, the lists, search, frameworks…). Not the
    // queries for editors and admins (a rule other than public:read: not reader-facing), nor a member's own account
    // (null or empty for this anonymous reader), nor the development mailbox, nor contribution histories (a
    // published revision holds its record's text, asked above; this database has none yet).
    const rules = rootFieldRules();
    const ownOrDev = new Set([
      'me',
      'myData',
      'mySessions',
      'myMemberships',
      'myContributions',
      'devMailbox',
      'revision',
      'revisions',
      'revisionDiff',
    ]);
    const forReaders = (x: Field) => rules.get(`Query.${x.name}`) === 'public:read' && !ownOrDev.has(x.name);
    for (const f of rootFields.filter((x) => !forReaders(x))) {
      schema.of(named(f.type).name!); // their types count as seen; their answers are not the knowledge base
      listed.add(f.name);
    }
    for (const f of rootFields.filter((x) => !x.args.some(required) && forReaders(x))) {
      await askAll(f);
      listed.add(f.name);
    }
    const countries: { code: string; nodeId: string; european: boolean }[] = (
      await ask('{ countries { code nodeId european } }')
    ).countries;
    const slugs = async (field: string) =>
      (await ask(`{ ${field}(first: 100) { edges { node { slug nodeId } } } }`))[field].edges.map(
        (e: { node: { slug: string; nodeId: string } }) => e.node,
      ) as { slug: string; nodeId: string }[];
    const organisations = await slugs('organisations');
    const practices = await slugs('practices');
    const resources = await slugs('resources');
    const practiceCountry = new Map<string, string>(
      (await ask('{ practices(first: 100) { edges { node { slug countryCode } } } }')).practices.edges.map(
        (e: { node: { slug: string; countryCode: string } }) => [e.node.slug, e.node.countryCode],
      ),
    );
    const codes = countries.map((c) => c.code);
    const groups: string[][] = [];
    for (let i = 0; i < codes.length; i += 5) groups.push(codes.slice(i, i + 5));
    if (groups.at(-1)!.length < 2) groups[groups.length - 1].unshift(codes[0]);

    // Root fields that name one record (or a set of countries): each record, each country group, each pair.
    const byArgs: Record<string, Record<string, unknown>[]> = {
      country: codes.map((code) => ({ code })),
      organisation: organisations.map((o) => ({ slug: o.slug })),
      practice: practices.map((p) => ({ slug: p.slug })),
      resource: resources.map((r) => ({ slug: r.slug })),
      node: [...countries, ...organisations, ...practices, ...resources].map((r) => ({ id: r.nodeId })),
      compareCountries: groups.map((g) => ({ codes: g })),
      policyBrief: groups.map((g) => ({ codes: g })),
      // Each practice once and each country once as a target (every pair would be 200+ requests of the same texts).
      transferability: Array.from({ length: Math.max(practices.length, codes.length) }, (_, i) => {
        const p = practices[i % practices.length];
        const others = codes.filter((c) => c !== practiceCountry.get(p.slug));
        const target =
          codes[i % codes.length] !== practiceCountry.get(p.slug) ? codes[i % codes.length] : others[0];
        return { practice: p.slug, target };
      }),
    };
    for (const [name, calls] of Object.entries(byArgs)) {
      const f = root(name);
      expect(f).toBeDefined();
      const vars = f.args.filter((a) => a.name in calls[0]);
      const decl = vars.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
      const use = vars.map((a) => `${a.name}: $${a.name}`).join(', ');
      const target = schema.types.get(named(f.type).name!)!;
      const selection = target.kind === 'SCALAR' || target.kind === 'ENUM' ? '' : schema.of(target.name);
      const query = `query(${decl}) { ${name}(${use}) ${selection} }`;
      for (const v of calls) await ask(query, v);
      listed.add(name);
    }

    // A new root field fails here until it is asked for above.
    expect(rootFields.map((f) => f.name).filter((n) => !listed.has(n))).toEqual([]);
    // Every object type the Query reaches had its fields selected somewhere.
    expect([...reachable(schema, queryType)].filter((n) => !schema.expanded.has(n))).toEqual([]);

    const found: string[] = [];
    let count = 0;
    for (const a of answers)
      for (const [path, s] of strings(a.data, 'data')) {
        count++;
        for (const re of EDITOR_WORDING) if (re.test(s)) found.push(`${path}: ${re} in "${s.slice(0, 160)}"`);
      }
    expect(count).toBeGreaterThan(5000); // the walk really read the knowledge base
    expect([...new Set(found)]).toEqual([]);
  }, 600000);

  it('gives every unknown dimension only the context the sources give, and names the documents checked', async () => {
    const data = await ask('{ countries { code dimensions { key level text sources { title locator } } } }');
    let unknown = 0;
    for (const c of data.countries)
      for (const d of c.dimensions)
        if (d.level === 'UNKNOWN') {
          unknown++;
          expect(d.sources.length).toBeGreaterThan(0);
          expect(d.text).not.toMatch(/do not cover|not documented/i);
        }
    expect(unknown).toBeGreaterThan(50);
  });
});

function typeText(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeText(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeText(t.ofType!)}]`;
  return t.name!;
}

/** Object types reachable from `start` through fields (not arguments), excluding the start itself. */
function reachable(schema: Selections, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const type = schema.types.get(name);
    if (!type || seen.has(name)) return;
    if (type.kind === 'OBJECT' && name !== start) seen.add(name);
    for (const p of type.possibleTypes ?? []) visit(p.name);
    for (const f of type.fields ?? []) {
      const target = named(f.type);
      if (target.kind === 'OBJECT' || target.kind === 'UNION' || target.kind === 'INTERFACE')
        visit(target.name!);
    }
  };
  visit(start);
  return seen;
}
