import { DimensionLevel } from '@peerhub/countries/api';
import { BriefTopic, PreconditionStatus, UnjudgedReason, combine, judge, onTopic } from '@peerhub/policy/api';
import { TestApp, startTestApp } from '../testing/test-app';

const TRANSFER = `query($practice: String!, $target: String!) { transferability(practice: $practice, target: $target) {
  dataAsOf
  practice { slug preconditions { kind text } }
  origin { code }
  target { code }
  checks { kind text status evidence { key level required status unjudgedBecause originLevel text sources { title } verifiedOn } }
} }`;

const BRIEF = `query($codes: [String!]!, $topic: BriefTopic!) { policyBrief(codes: $codes, topic: $topic) {
  topic dimensions dataAsOf
  countries { code }
  rows { key differs cells { countryCode level text sources { title url } verifiedOn } }
  practices { slug countryCode topics title verifiedOn }
  resources { reason resource { slug title topics verifiedOn } }
} }`;

const ORDER = ['PRACTICE', 'COUNTRY', 'GENERAL'];
const RANK = ['ESTABLISHED', 'PARTIAL', 'EMERGING', 'ABSENT'];

describe('transferability and policy brief', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RELAY: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('checks each precondition of the Polish recovery-assistant practice against Italy, with evidence', async () => {
    const { body } = await t.gql(TRANSFER, { practice: 'pl-recovery-assistants', target: 'it' });
    expect(body.errors).toBeUndefined();
    const r = body.data.transferability;
    expect(r.origin.code).toBe('PL');
    expect(r.target.code).toBe('IT');
    // one check per precondition, in the practice's order
    expect(r.checks.map((c: { kind: string; text: string }) => [c.kind, c.text])).toEqual(
      r.practice.preconditions.map((p: { kind: string; text: string }) => [p.kind, p.text]),
    );
    expect(r.checks.length).toBeGreaterThanOrEqual(4);

    // Italy's own profile, read independently, is what the evidence must carry
    const { body: italy } = await t.gql(`{ country(code: "IT") { dimensions { key level text } } }`);
    const italyDims = new Map(
      italy.data.country.dimensions.map((d: { key: string; level: string; text: string }) => [d.key, d]),
    );
    for (const check of r.checks) {
      expect(check.evidence.length).toBeGreaterThan(0);
      for (const e of check.evidence) {
        const own = italyDims.get(e.key) as { level: string; text: string };
        expect(e.level).toBe(own.level);
        expect(e.text).toBe(own.text);
        // the bar is the origin's own level: never one the origin does not show
        expect(e.required).toBe(e.originLevel);
        const expected =
          e.originLevel === 'UNKNOWN' || e.level === 'UNKNOWN'
            ? 'UNKNOWN'
            : RANK.indexOf(e.level) <= RANK.indexOf(e.originLevel)
              ? 'MET'
              : 'NOT_MET';
        expect(e.status).toBe(expected);
        expect(e.unjudgedBecause).toBe(
          e.originLevel === 'UNKNOWN' ? 'ORIGIN_UNKNOWN' : e.level === 'UNKNOWN' ? 'TARGET_UNKNOWN' : null,
        );
        if (e.level !== 'UNKNOWN') expect(e.sources.length).toBeGreaterThan(0);
      }
      const statuses = check.evidence.map((e: { status: string }) => e.status);
      const combined = statuses.includes('NOT_MET')
        ? 'NOT_MET'
        : statuses.includes('UNKNOWN')
          ? 'UNKNOWN'
          : 'MET';
      expect(check.status).toBe(combined);
    }
    // Poland's accreditation and pay are not documented: Italy is not held to a bar Poland never showed
    const evidence = r.checks.flatMap(
      (c: { evidence: { key: string; status: string; originLevel: string }[] }) => c.evidence,
    );
    for (const e of evidence.filter((x: { status: string }) => x.status === 'NOT_MET'))
      expect(e.originLevel).not.toBe('UNKNOWN');
    for (const key of ['ACCREDITATION', 'PAY']) {
      const e = evidence.find((x: { key: string }) => x.key === key);
      expect(e).toMatchObject({
        originLevel: 'UNKNOWN',
        status: 'UNKNOWN',
        unjudgedBecause: 'ORIGIN_UNKNOWN',
      });
    }
    expect(r.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps a real “not met”: a dimension the origin shows and the target lacks', async () => {
    const { body } = await t.gql(TRANSFER, { practice: 'ie-hse-national-peer-support', target: 'IT' });
    expect(body.errors).toBeUndefined();
    const notMet = body.data.transferability.checks.flatMap(
      (c: { evidence: { key: string; level: string; originLevel: string; status: string }[] }) =>
        c.evidence.filter((e) => e.status === 'NOT_MET'),
    );
    expect(notMet.length).toBeGreaterThan(0);
    for (const e of notMet) {
      expect(e.originLevel).not.toBe('UNKNOWN');
      expect(RANK.indexOf(e.level)).toBeGreaterThan(RANK.indexOf(e.originLevel));
    }
  });

  it.each([
    [{ practice: 'pl-recovery-assistants', target: 'ZZ' }, 'NOT_FOUND', /No country with code "ZZ"/],
    [{ practice: 'no-such-practice', target: 'IT' }, 'NOT_FOUND', /No practice with slug "no-such-practice"/],
    [{ practice: 'pl-recovery-assistants', target: 'PL' }, 'BAD_USER_INPUT', /already runs in PL/],
    [{ practice: 'pl-recovery-assistants', target: 'ITA' }, 'BAD_USER_INPUT', /target must be a two-letter/],
    [{ practice: "x'; DROP TABLE practices;--", target: 'IT' }, 'BAD_USER_INPUT', /practice must be a slug/],
  ])('%j → %s', async (vars, code, message) => {
    const { body } = await t.gql(TRANSFER, vars);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('briefs PL and IT on training: only the training dimensions, topical practices and resources, a data-as-of date', async () => {
    const { body } = await t.gql(BRIEF, { codes: ['PL', 'IT'], topic: 'TRAINING' });
    expect(body.errors).toBeUndefined();
    const b = body.data.policyBrief;
    expect(b.countries.map((c: { code: string }) => c.code)).toEqual(['PL', 'IT']);
    expect(b.dimensions).toEqual(['TRAINING_AVAILABILITY', 'ACCREDITATION', 'TRAINING_INDEPENDENCE']);
    expect(b.rows.map((r: { key: string }) => r.key)).toEqual(b.dimensions);
    for (const row of b.rows) {
      for (const cell of row.cells) expect(cell.sources.length > 0 || cell.level === 'UNKNOWN').toBe(true);
    }
    expect(b.practices.length).toBeGreaterThan(0);
    for (const p of b.practices) {
      expect(['PL', 'IT', 'EU']).toContain(p.countryCode);
      expect(`${p.title} ${p.topics.join(' ')}`.toLowerCase()).toMatch(
        /training|curricul|competenc|course|trainer|education|qualification|accreditation|recovery college/,
      );
    }
    expect(b.practices.map((p: { slug: string }) => p.slug)).toContain('pl-recovery-assistants');
    const slugs = b.resources.map((r: { resource: { slug: string } }) => r.resource.slug);
    // the MHE guide holds the Polish and Italian cases; the Tuto3-PAT training profile is the European curriculum
    expect(slugs).toContain('mhe-short-guide-peer-support-2024');
    expect(slugs).toContain('tuto3-pat-result-2-training-profile');
    // an Ireland-only paper is not in a brief on Poland and Italy
    expect(slugs).not.toContain('naughton-2015-peer-support-workers-guidance-paper');
    const reasons = b.resources.map((r: { reason: string }) => r.reason);
    expect([...reasons].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y))).toEqual(reasons);
    const all = [
      ...b.rows.flatMap((r: { cells: { verifiedOn: string }[] }) => r.cells.map((c) => c.verifiedOn)),
      ...b.practices.map((p: { verifiedOn: string }) => p.verifiedOn),
      ...b.resources.map((r: { resource: { verifiedOn: string } }) => r.resource.verifiedOn),
    ].filter(Boolean);
    expect(b.dataAsOf).toBe(all.sort().at(-1));

    // a different topic gives different rows and a different practice list
    const { body: emp } = await t.gql(BRIEF, { codes: ['PL', 'IT'], topic: 'EMPLOYMENT' });
    expect(emp.data.policyBrief.dimensions).toEqual(['EMPLOYMENT', 'PAY', 'SUPERVISION', 'SETTINGS']);
    const { body: all10 } = await t.gql(BRIEF, { codes: ['IE'], topic: 'ALL' });
    expect(all10.data.policyBrief.rows).toHaveLength(10);
  });

  it.each([
    [{ codes: [], topic: 'TRAINING' }, /1 to 5 countries; 0 given/],
    [{ codes: ['PL', 'IT', 'IE', 'FR', 'DE', 'ES'], topic: 'TRAINING' }, /1 to 5 countries; 6 given/],
    [{ codes: ['PL', 'QQ'], topic: 'TRAINING' }, /no country profile for QQ/],
    [{ codes: ['PL', 'PL'], topic: 'TRAINING' }, /PL more than once/],
  ])('brief %j → BAD_USER_INPUT', async (vars, message) => {
    const { body } = await t.gql(BRIEF, vars);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('lists the resources of a country profile: linked to its practices or by its organisations', async () => {
    const { body } = await t.gql(`{ pl: country(code: "PL") { resources { slug year } }
      ie: country(code: "IE") { resources { slug } } }`);
    expect(body.errors).toBeUndefined();
    const pl = body.data.pl.resources.map((r: { slug: string }) => r.slug);
    expect(pl).toContain('mhe-short-guide-peer-support-2024'); // linked to the Polish practice
    const ie = body.data.ie.resources.map((r: { slug: string }) => r.slug);
    expect(ie).toContain('naughton-2015-peer-support-workers-guidance-paper'); // by an Irish organisation
    expect(pl).not.toContain('naughton-2015-peer-support-workers-guidance-paper');
    expect(new Set(pl).size).toBe(pl.length);
    const years = body.data.pl.resources.map((r: { year: number | null }) => r.year ?? 0);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('rejects an unknown topic at validation', async () => {
    const { status, body } = await t.gql(BRIEF, { codes: ['PL'], topic: 'astrology' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/BriefTopic/);
  });
});

describe('brief topic matching', () => {
  it('matches whole-word prefixes, not substrings', () => {
    expect(onTopic(BriefTopic.EMPLOYMENT, { title: 'A competency framework', topics: [] })).toBe(false);
    expect(onTopic(BriefTopic.EMPLOYMENT, { title: 'x', topics: ['work transitions'] })).toBe(true);
    expect(onTopic(BriefTopic.TRAINING, { title: 'Peer training curricula', topics: [] })).toBe(true);
    expect(onTopic(BriefTopic.TRAINING, { title: 'Restraint', topics: ['human rights'] })).toBe(false);
    expect(onTopic(BriefTopic.ALL, { title: 'anything', topics: [] })).toBe(true);
  });
  it('judges the target against the origin’s own level; cannot be judged when either is unknown', () => {
    const j = (target: DimensionLevel, origin: DimensionLevel) => judge(target, origin);
    expect(j(DimensionLevel.PARTIAL, DimensionLevel.PARTIAL)).toEqual({
      status: PreconditionStatus.MET,
      unjudgedBecause: null,
    });
    expect(j(DimensionLevel.ESTABLISHED, DimensionLevel.PARTIAL).status).toBe(PreconditionStatus.MET);
    expect(j(DimensionLevel.EMERGING, DimensionLevel.PARTIAL).status).toBe(PreconditionStatus.NOT_MET);
    expect(j(DimensionLevel.ABSENT, DimensionLevel.ABSENT).status).toBe(PreconditionStatus.MET);
    expect(j(DimensionLevel.EMERGING, DimensionLevel.UNKNOWN)).toEqual({
      status: PreconditionStatus.UNKNOWN,
      unjudgedBecause: UnjudgedReason.ORIGIN_UNKNOWN,
    });
    expect(j(DimensionLevel.UNKNOWN, DimensionLevel.ESTABLISHED)).toEqual({
      status: PreconditionStatus.UNKNOWN,
      unjudgedBecause: UnjudgedReason.TARGET_UNKNOWN,
    });
    expect(combine([])).toBe(PreconditionStatus.UNKNOWN);
    expect(combine([PreconditionStatus.MET, PreconditionStatus.UNKNOWN])).toBe(PreconditionStatus.UNKNOWN);
    expect(combine([PreconditionStatus.UNKNOWN, PreconditionStatus.NOT_MET])).toBe(
      PreconditionStatus.NOT_MET,
    );
    expect(combine([PreconditionStatus.MET, PreconditionStatus.MET])).toBe(PreconditionStatus.MET);
  });
});
