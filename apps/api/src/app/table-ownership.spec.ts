import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import * as accounts from '@peerhub/accounts/api';
import * as contributions from '@peerhub/contributions/api';
import * as countries from '@peerhub/countries/api';
import * as frameworks from '@peerhub/frameworks/api';
import * as organisations from '@peerhub/organisations/api';
import * as policy from '@peerhub/policy/api';
import * as practices from '@peerhub/practices/api';
import * as resources from '@peerhub/resources/api';
import * as search from '@peerhub/search/api';
import { MIGRATIONS } from '../migrations';
import { SearchIndex1763800000000 } from '../migrations/1763800000000-SearchIndex';
import { ENTITIES } from './entities';

/**
 * Each domain owns its tables: a domain lib's SQL names only the tables of the entities it declares (search:
 * the tables its migration creates). Other domains ask its exported services. Scanned in each lib's non-test
 * source: SQL in string and template literals, table names handed to query-builder calls (`.from('x')`), and
 * another domain's entity class handed to a call (`getRepository(OtherEntity)`, `.innerJoin(OtherEntity, …)`).
 */

const ROOT = process.env['TABLE_OWNERSHIP_ROOT'] ?? join(__dirname, '../../../..');

/** Domain → its lib's barrel (for the entities it declares) and its source folder. */
const DOMAINS: Record<string, { barrel: object; dir: string }> = {
  accounts: { barrel: accounts, dir: 'libs/accounts/api/src' },
  contributions: { barrel: contributions, dir: 'libs/contributions/api/src' },
  countries: { barrel: countries, dir: 'libs/countries/api/src' },
  organisations: { barrel: organisations, dir: 'libs/organisations/api/src' },
  resources: { barrel: resources, dir: 'libs/resources/api/src' },
  practices: { barrel: practices, dir: 'libs/practices/api/src' },
  frameworks: { barrel: frameworks, dir: 'libs/frameworks/api/src' },
  policy: { barrel: policy, dir: 'libs/policy/api/src' },
  search: { barrel: search, dir: 'libs/search/api/src' },
};

/** Tables no entity declares are owned by the migration that creates them: search's, or else the app's. */
const MIGRATION_OWNERS = new Map<unknown, string>([[SearchIndex1763800000000, 'search']]);

interface Ownership {
  /** table → owning domain ('app' for the server's own tables: seed_state, rate limits…). */
  owner: Map<string, string>;
  /** entity class name → owning domain. */
  entityOwner: Map<string, string>;
}

async function tablesCreatedBy(migration: MigrationInterface): Promise<string[]> {
  const sql: string[] = [];
  const runner = { query: async (q: string) => void sql.push(q) } as unknown as QueryRunner;
  await migration.up(runner);
  return [...sql.join('\n').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/gi)].map((m) => m[1]);
}

async function ownership(): Promise<Ownership> {
  const ds = new DataSource({ type: 'postgres', entities: ENTITIES });
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const owner = new Map<string, string>();
  const entityOwner = new Map<string, string>();
  for (const entity of ENTITIES) {
    const domains = Object.entries(DOMAINS)
      .filter(([, d]) => Object.values(d.barrel).includes(entity))
      .map(([name]) => name);
    if (domains.length !== 1)
      throw new Error(
        `${entity.name} must be exported by exactly one domain lib, not [${domains.join(', ')}]`,
      );
    owner.set(ds.getMetadata(entity).tableName, domains[0]);
    entityOwner.set(entity.name, domains[0]);
  }
  for (const Migration of MIGRATIONS) {
    for (const table of await tablesCreatedBy(new Migration())) {
      if (!owner.has(table)) owner.set(table, MIGRATION_OWNERS.get(Migration) ?? 'app');
    }
  }
  return { owner, entityOwner };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Table names a piece of SQL reads or writes: FROM a, b / JOIN / INTO / UPDATE / TABLE / REFERENCES … */
function tablesInSql(sql: string): string[] {
  if (!/\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|TRUNCATE|ALTER|CREATE|WITH)\b/.test(sql)) return []; // prose
  const found = new Set<string>();
  const word = String.raw`"?([a-z_][a-z0-9_]*)"?`;
  for (const m of sql.matchAll(
    new RegExp(
      String.raw`\b(?:join|into|update|table|truncate|references|delete\s+from)\s+(?:only\s+|if\s+(?:not\s+)?exists\s+)?${word}`,
      'gi',
    ),
  ))
    found.add(m[1].toLowerCase());
  // FROM a [AS] x, b y, …
  for (const m of sql.matchAll(
    /\bfrom\s+((?:"?\w+"?(?:\s+(?:as\s+)?(?!where\b|join\b|on\b)\w+)?\s*,\s*)*"?\w+"?)/gi,
  ))
    for (const item of m[1].split(','))
      found.add(item.trim().split(/\s+/)[0].replace(/"/g, '').toLowerCase());
  return [...found];
}

interface Violation {
  file: string;
  line: number;
  table: string;
  owner: string;
  how: string;
}

/** Every place in `text` (a TypeScript file of `domain`) that touches a table `domain` does not own. */
function foreignTables(domain: string, file: string, text: string, own: Ownership): Violation[] {
  const out: Violation[] = [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const report = (node: ts.Node, table: string, owner: string | undefined, how: string) => {
    if (owner === undefined || owner === domain) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    out.push({ file, line, table, owner, how });
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      for (const table of tablesInSql(node.text)) report(node, table, own.owner.get(table), 'SQL');
    }
    if (ts.isCallExpression(node)) {
      for (const arg of node.arguments) {
        if (ts.isStringLiteral(arg) && own.owner.has(arg.text))
          report(
            arg,
            arg.text,
            own.owner.get(arg.text),
            `table name passed to ${node.expression.getText(sf)}`,
          );
        if (ts.isIdentifier(arg) && own.entityOwner.has(arg.text)) {
          const owner = own.entityOwner.get(arg.text);
          report(arg, arg.text, owner, `entity passed to ${node.expression.getText(sf)}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('each domain owns its tables', () => {
  let own: Ownership;
  beforeAll(async () => {
    own = await ownership();
  });

  it('knows who owns every table', () => {
    const byDomain: Record<string, string[]> = {};
    for (const [table, domain] of own.owner) (byDomain[domain] ??= []).push(table);
    expect(byDomain['countries']).toEqual(expect.arrayContaining(['countries', 'country_dimensions']));
    expect(byDomain['search']).toEqual(
      expect.arrayContaining(['search_documents', 'search_lexicon', 'search_outbox']),
    );
    expect(byDomain['practices']).toEqual(
      expect.arrayContaining(['practices', 'practice_organisations', 'practice_resources']),
    );
    expect(byDomain['policy']).toBeUndefined(); // the brief is a read model over the others' services
  });

  it('finds another domain’s table in SQL, in a query builder and through an entity class', () => {
    const bad = `
      const a = ds.query(\`SELECT r.id FROM resources r JOIN organisations o ON o.id = r.publisher_organisation_id\`);
      const b = qb.andWhere('EXISTS (SELECT 1 FROM practice_organisations po, organisations o WHERE po.x = o.id)');
      const c = ds.createQueryBuilder().select('x').from('country_dimensions', 'd');
      const d = ds.getRepository(ResourceEntity);
      const fine = 'Resources from organisations in this country'; // prose, not SQL
    `;
    const found = foreignTables('practices', 'x.ts', bad, own).map((v) => `${v.line}:${v.table}`);
    expect(found.sort()).toEqual(
      [
        '2:organisations',
        '2:resources',
        '3:organisations',
        '4:country_dimensions',
        '5:ResourceEntity',
      ].sort(),
    );
  });

  it('no domain lib names another domain’s table', () => {
    const violations = Object.entries(DOMAINS).flatMap(([domain, { dir }]) =>
      sourceFiles(join(ROOT, dir)).flatMap((path) =>
        foreignTables(domain, relative(ROOT, path), readFileSync(path, 'utf8'), own),
      ),
    );
    const lines = violations.map(
      (v) => `${v.file}:${v.line} touches ${v.table} (owned by ${v.owner}) — ${v.how}`,
    );
    expect(lines).toEqual([]);
  });
});
