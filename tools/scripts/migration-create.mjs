// `npm run migration:create -- AddSomething`: writes apps/api/src/migrations/<epoch>-AddSomething.ts with an
// empty up/down and registers it in apps/api/src/migrations/index.ts (migrations run in that order).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:create -- PascalCaseName');
  process.exit(2);
}
const epoch = Date.now();
const cls = `${name}${epoch}`;
const file = `apps/api/src/migrations/${epoch}-${name}.ts`;
if (existsSync(file)) {
  console.error(`${file} exists`);
  process.exit(1);
}
writeFileSync(
  file,
  `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }
}
`,
);
const index = 'apps/api/src/migrations/index.ts';
let text = readFileSync(index, 'utf8');
text = `import { ${cls} } from './${epoch}-${name}';\n` + text;
text = text.replace(
  /export const MIGRATIONS = \[([^\]]*)\];/,
  (_, list) => `export const MIGRATIONS = [${list.trim()}, ${cls}];`,
);
writeFileSync(index, text);
console.log(`${file} created and registered in ${index}`);
