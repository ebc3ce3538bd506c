import { EDITOR_WORDING } from './editor-wording';
import { dataset } from './data';
import type { Sourced } from './types';

/** Every fact in the seed must say where it comes from and when it was checked. */
describe('seed dataset', () => {
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

  function sourced(): [string, Sourced][] {
    const out: [string, Sourced][] = [];
    for (const c of dataset.countries) {
      out.push([`country ${c.code}`, c]);
      for (const d of c.dimensions) out.push([`country ${c.code} / ${d.key}`, d]);
    }
    for (const o of dataset.organisations) out.push([`organisation ${o.slug}`, o]);
    for (const p of dataset.practices) out.push([`practice ${p.slug}`, p]);
    for (const r of dataset.resources) out.push([`resource ${r.slug}`, r]);
    out.push([`competency framework`, dataset.competencyFramework]);
    out.push([`training profile`, dataset.trainingProfile]);
    return out;
  }

  it('gives every record at least one source with a title, and a real verified-on date', () => {
    const missing: string[] = [];
    for (const [name, rec] of sourced()) {
      if (!rec.sources?.length) missing.push(`${name}: no source`);
      for (const s of rec.sources ?? [])
        if (!s.title?.trim()) missing.push(`${name}: a source without a title`);
      if (!ISO_DATE.test(rec.verifiedOn ?? '') || Number.isNaN(Date.parse(rec.verifiedOn))) {
        missing.push(`${name}: verifiedOn "${rec.verifiedOn}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has unique keys and resolvable references', () => {
    const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
    unique(dataset.countries.map((c) => c.code));
    unique(dataset.organisations.map((o) => o.slug));
    unique(dataset.practices.map((p) => p.slug));
    unique(dataset.resources.map((r) => r.slug));
    const countries = new Set(dataset.countries.map((c) => c.code));
    const orgs = new Set(dataset.organisations.map((o) => o.slug));
    const res = new Set(dataset.resources.map((r) => r.slug));
    const broken: string[] = [];
    for (const o of dataset.organisations)
      if (!countries.has(o.country)) broken.push(`${o.slug} → ${o.country}`);
    for (const p of dataset.practices) {
      if (!countries.has(p.country)) broken.push(`${p.slug} → ${p.country}`);
      for (const s of p.organisations) if (!orgs.has(s)) broken.push(`${p.slug} → ${s}`);
      for (const s of p.resources) if (!res.has(s)) broken.push(`${p.slug} → ${s}`);
    }
    for (const r of dataset.resources) {
      for (const s of [...r.references, ...r.organisations])
        if (!res.has(s) && !orgs.has(s)) broken.push(`${r.slug} → ${s}`);
      if (r.publisherOrganisation && !orgs.has(r.publisherOrganisation))
        broken.push(`${r.slug} → ${r.publisherOrganisation}`);
    }
    expect(broken).toEqual([]);
  });

  it('profiles every country on all ten dimensions, unknown where the seeds are silent', () => {
    const unknown: string[] = [];
    for (const c of dataset.countries) {
      expect(new Set(c.dimensions.map((d) => d.key)).size).toBe(10);
      // An unknown dimension names the documents that were checked; its text is only the context they give.
      for (const d of c.dimensions)
        if (d.level === 'unknown' && !d.sources.every((s) => s.locator?.trim()))
          unknown.push(`${c.code} / ${d.key}: a checked source without a locator`);
    }
    expect(unknown).toEqual([]);
  });

  it('holds no editor note or file name in any text a reader sees', () => {
    const found: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        for (const re of EDITOR_WORDING) if (re.test(value)) found.push(`${path}: ${re} in "${value}"`);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(dataset, 'dataset');
    expect(found).toEqual([]);
  });

  it('names no publisher it does not know: an unknown publisher is empty, never a note', () => {
    for (const r of dataset.resources) expect(r.publisher).not.toMatch(/not named|guide|unknown|authors?:/i);
  });

  it('holds the Tuto3-PAT competency framework: 12 categories, 63 items, labelled in en and no', () => {
    const cats = dataset.competencyFramework.categories;
    expect(cats).toHaveLength(12);
    expect(cats.reduce((n, c) => n + c.items.length, 0)).toBe(63);
    for (const c of cats) {
      expect(c.labels.en && c.labels.no && c.labels.pt).toBeTruthy();
      for (const i of c.items) expect(i.labels.en && i.labels.no).toBeTruthy();
    }
  });

  it('meets the knowledge-base minimums', () => {
    expect(dataset.countries.length).toBeGreaterThanOrEqual(13);
    expect(dataset.practices.length).toBeGreaterThanOrEqual(10);
    expect(dataset.organisations.length).toBeGreaterThanOrEqual(25);
    expect(dataset.resources.length).toBeGreaterThanOrEqual(15);
    const brochure = dataset.resources.filter((r) => r.translationGroup === 'tuto3-pat-brochure');
    expect(brochure.map((r) => r.language).sort()).toEqual(['en', 'fr', 'no', 'pt']);
  });
});
