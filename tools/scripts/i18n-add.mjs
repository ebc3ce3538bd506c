// Adds translations to apps/web/src/locale/messages.{fr,pt,no}.xlf and rewrites them in the order of the extracted
// source (messages.xlf), dropping units that no longer exist there.
// Usage: node tools/scripts/i18n-add.mjs translations.json [more.json…]
//   translations.json: { "<unit id>": ["fr", "pt", "no"], … }. A translation may hold the source's placeholders as
//   written in messages.xlf (<x id="…" …/>) or as {0}, {1}… for the source's placeholders in order.
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = 'apps/web/src/locale';
const LOCALES = ['fr', 'pt', 'no'];

function units(xml) {
  const out = new Map();
  for (const m of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(m[2])?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(m[2])?.[1];
    out.set(m[1], { source, target });
  }
  return out;
}

const added = {};
for (const file of process.argv.slice(2)) Object.assign(added, JSON.parse(readFileSync(file, 'utf8')));
const source = units(readFileSync(`${DIR}/messages.xlf`, 'utf8'));
for (const id of Object.keys(added))
  if (!source.has(id)) console.warn(`not in messages.xlf (extract first?): ${id}`);

LOCALES.forEach((locale, i) => {
  const path = `${DIR}/messages.${locale}.xlf`;
  const xml = readFileSync(path, 'utf8');
  const existing = units(xml);
  const head = xml.slice(0, xml.indexOf('<body>') + '<body>'.length);
  const body = [];
  let missing = 0;
  for (const [id, { source: text }] of source) {
    let target = added[id]?.[i] ?? existing.get(id)?.target;
    if (target === undefined) {
      missing++;
      continue;
    }
    const marks = [...text.matchAll(/<x [^>]*\/>/g)].map((m) => m[0]);
    target = target.replace(/\{(\d+)\}/g, (all, n) => marks[Number(n)] ?? all);
    body.push(
      `      <trans-unit id="${id}" datatype="html">\n        <source>${text}</source>\n        <target state="translated">${target}</target>\n      </trans-unit>`,
    );
  }
  writeFileSync(path, `${head}\n${body.join('\n')}\n    </body>\n  </file>\n</xliff>\n`);
  console.log(`${locale}: ${body.length} units${missing ? `, ${missing} without translation` : ''}`);
});
