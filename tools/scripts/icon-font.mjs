#!/usr/bin/env node
/**
 * The Material Symbols font, cut down to the icons the web app uses.
 *
 * The full font (`material-symbols/material-symbols-outlined.woff2`, 4 MB) draws each icon through a ligature:
 * the text `search` in an icon element becomes the magnifier glyph. This script collects every icon name written
 * as <span class="material-symbols-outlined …">name</span> in apps/web/src and libs (plus ICON_EXTRA below, for
 * names built at run time),
 * keeps only those ligatures and the letters that spell them, pins the variable axes to the weight the app shows
 * (FILL 0, wght 400, GRAD 0, opsz 24) and writes apps/web/src/icons/material-symbols-subset.woff2 with a list of
 * its icons beside it. Run by `nx run web:icon-font`, which the web build depends on; the output is committed, so
 * a fresh checkout builds without running it.
 *
 *   node tools/scripts/icon-font.mjs           # write the subset
 *   node tools/scripts/icon-font.mjs --check   # exit 1 naming each used icon the committed subset cannot draw
 *   node tools/scripts/icon-font.mjs --check menu home   # the same for the names given
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_FONT = join(ROOT, 'node_modules/material-symbols/material-symbols-outlined.woff2');
export const SUBSET_FONT = join(ROOT, 'apps/web/src/icons/material-symbols-subset.woff2');
const SUBSET_LIST = join(ROOT, 'apps/web/src/icons/icons.txt');
const SCAN = ['apps/web/src', 'libs'];
/** Icon names that never appear literally in a template (none today). */
const ICON_EXTRA = [];
const AXES = { FILL: 0, wght: 400, GRAD: 0, opsz: 24 };

/**
 * Every icon name used in .html and .ts files (specs excluded): `<span class="material-symbols-outlined" ...>name</span>`
 * (with `mat-icon` and `ngProjectAs="mat-icon"` inside a Material button, chip or option, for its icon slot). A
 * `<mat-icon>` is refused: its MatIconRegistry injects HttpClient, which lands in the first bundle (issue 11).
 */
export function usedIcons() {
  const names = new Map(); // name -> first file using it
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      } else if (/\.(html|ts)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        if (/<mat-icon\b/.test(text))
          throw new Error(
            `${relative(ROOT, path)}: write an icon as <span class="material-symbols-outlined mat-icon" ` +
              `ngProjectAs="mat-icon" aria-hidden="true">name</span>, not <mat-icon> (its registry brings HttpClient ` +
              `into the first bundle)`,
          );
        const icons = /<span class="material-symbols-outlined[^"]*"[^>]*>([^<]*)<\/span\s*>/g;
        for (const m of text.matchAll(icons)) {
          const name = m[1].trim();
          if (!name) continue;
          if (!/^[a-z0-9_]+$/.test(name))
            throw new Error(`${relative(ROOT, path)}: an icon must hold a literal icon name, got "${name}"`);
          if (!names.has(name)) names.set(name, relative(ROOT, path));
        }
      }
    }
  };
  for (const dir of SCAN) walk(join(ROOT, dir));
  for (const name of ICON_EXTRA) if (!names.has(name)) names.set(name, 'tools/scripts/icon-font.mjs');
  return new Map([...names].sort(([a], [b]) => a.localeCompare(b)));
}

/** A shaper over a font file: `draws(name)` is true when the text shapes to one ligature glyph. */
async function shaper(fontBytes) {
  const ttf = await fontverter.convert(Buffer.from(fontBytes), 'truetype');
  const face = new hb.Face(new hb.Blob(ttf));
  const font = new hb.Font(face);
  const glyphs = (text) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphInfos().map((g) => g.codepoint);
  };
  return {
    face,
    font,
    glyphs,
    draws(name) {
      const g = glyphs(name);
      return g.length === 1 && g[0] !== 0 && g[0] !== font.nominalGlyph(name.codePointAt(0));
    },
  };
}

/** The names in `names` that the font in `fontBytes` cannot draw. */
export async function missingIcons(fontBytes, names) {
  const s = await shaper(fontBytes);
  return names.filter((n) => !s.draws(n));
}

async function build() {
  const used = usedIcons();
  const names = [...used.keys()];
  const full = await shaper(readFileSync(SOURCE_FONT));
  const unknown = names.filter((n) => !full.draws(n));
  if (unknown.length)
    throw new Error(`not Material Symbols icons: ${unknown.map((n) => `${n} (${used.get(n)})`).join(', ')}`);
  // Each icon glyph also has a private-use code point; keeping those (and the letters) with no layout closure
  // keeps exactly these ligatures — a closure over the letters would keep every icon of the font.
  const glyphToCodepoint = new Map();
  for (const cp of full.face.collectUnicodes()) {
    if (cp < 0xe000) continue;
    const g = full.font.nominalGlyph(cp);
    if (g && !glyphToCodepoint.has(g)) glyphToCodepoint.set(g, cp);
  }
  let text = [...new Set(names.join(''))].join('');
  for (const n of names) {
    const cp = glyphToCodepoint.get(full.glyphs(n)[0]);
    if (cp === undefined) throw new Error(`${n}: no code point for its glyph`);
    text += String.fromCodePoint(cp);
  }
  const woff2 = await subsetFont(readFileSync(SOURCE_FONT), text, {
    targetFormat: 'woff2',
    noLayoutClosure: true,
    variationAxes: AXES,
  });
  const missing = await missingIcons(woff2, names);
  if (missing.length) throw new Error(`the subset lost ${missing.join(', ')}`);
  writeFileSync(SUBSET_FONT, woff2);
  writeFileSync(
    SUBSET_LIST,
    '# Icons in material-symbols-subset.woff2 (generated by tools/scripts/icon-font.mjs)\n' +
      names.join('\n') +
      '\n',
  );
  console.log(`icon font: ${names.length} icons, ${woff2.length} bytes -> ${relative(ROOT, SUBSET_FONT)}`);
}

/** `names` given: check those instead of the used ones (the spec proves the check fails on an icon left out). */
async function check(names = [...usedIcons().keys()]) {
  const missing = await missingIcons(readFileSync(SUBSET_FONT), names);
  if (missing.length) {
    const used = usedIcons();
    console.error(
      `icon font: the subset cannot draw ${missing.map((n) => `${n} (${used.get(n) ?? 'given'})`).join(', ')}; ` +
        'run `npx nx run web:icon-font` and commit apps/web/src/icons/',
    );
    process.exit(1);
  }
  console.log(`icon font: all ${names.length} used icons are in the subset`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--check');
  await (at < 0 ? build() : check(process.argv.length > at + 1 ? process.argv.slice(at + 1) : undefined));
}
