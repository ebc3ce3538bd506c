// Checks the UI translations against the extracted source (apps/web/src/locale/messages.xlf):
// every unit translated in fr, pt and no, placeholders kept, nothing left in English by accident.
// Usage: node tools/scripts/i18n-check.mjs            (exit 1 with the problems listed)
//        node tools/scripts/i18n-check.mjs --missing  (also print the untranslated units' ids and sources)
import { readFileSync } from 'node:fs';

const DIR = 'apps/web/src/locale';
const LOCALES = { fr: 'messages.fr.xlf', pt: 'messages.pt.xlf', no: 'messages.no.xlf' };
// Units whose text is the same in every language (names, codes, symbols).
const SAME_EVERYWHERE = new Set(['shell.homeLink', 'pager.range', 'enum.MOOC']);

function units(xml) {
  const out = new Map();
  for (const m of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const body = m[2];
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    out.set(m[1], { source, target });
  }
  return out;
}

const placeholders = (text) =>
  [...text.matchAll(/<x id="([^"]+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

const source = units(readFileSync(`${DIR}/messages.xlf`, 'utf8'));
const problems = [];
for (const [locale, file] of Object.entries(LOCALES)) {
  let translated;
  try {
    translated = units(readFileSync(`${DIR}/${file}`, 'utf8'));
  } catch {
    problems.push(`${locale}: ${DIR}/${file} is missing`);
    continue;
  }
  let same = 0;
  for (const [id, { source: text }] of source) {
    const t = translated.get(id)?.target;
    if (t === undefined || t.trim() === '') {
      problems.push(
        `${locale}: "${id}" is not translated${process.argv.includes('--missing') ? ` — ${text}` : ''}`,
      );
      continue;
    }
    if (placeholders(t) !== placeholders(text))
      problems.push(`${locale}: "${id}" placeholders differ from the source`);
    if (t.trim() === text.trim() && !SAME_EVERYWHERE.has(id) && /[a-z]{3}/i.test(text)) same++;
  }
  for (const id of translated.keys())
    if (!source.has(id)) problems.push(`${locale}: "${id}" is obsolete (not in messages.xlf)`);
  // A few words are the same across languages (Organisations/Organisations, Sources…); a file mostly in English is not.
  if (same > source.size * 0.15)
    problems.push(`${locale}: ${same} of ${source.size} units are identical to the English source`);
  console.log(`${locale}: ${translated.size} units, ${same} identical to English`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`translations complete: ${source.size} units × ${Object.keys(LOCALES).length} languages`);
