import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeGraphqlClient, provideFakeGraphql, settle } from '@peerhub/shared/data-access/testing';
import {
  DimensionKey,
  DimensionLevel,
  PreconditionKind,
  PreconditionStatus,
  TransferabilityDocument,
  TransferabilityOptionsDocument,
  TransferabilityQuery,
  UnjudgedReason,
} from '@peerhub/shared/graphql-types';
import { TransferabilityComponent } from './transferability.component';

type Check = TransferabilityQuery['transferability']['checks'][number];

/** One row of evidence: the target's level against the origin's (which is also what is required). */
function row(
  key: DimensionKey,
  level: DimensionLevel,
  originLevel: DimensionLevel,
  status: PreconditionStatus,
  unjudgedBecause: UnjudgedReason | null = null,
): Check['evidence'][number] {
  return {
    key,
    level,
    required: originLevel,
    originLevel,
    status,
    unjudgedBecause,
    text: '',
    verifiedOn: null,
    sources: [],
  };
}

function check(kind: PreconditionKind, status: PreconditionStatus, evidence: Check['evidence']): Check {
  return { kind, status, text: `What it needed for ${kind}`, evidence };
}

/** Poland's recovery assistants judged for Italy, where Poland documents neither law dimension. */
const PL_TO_IT: Check[] = [
  check('LAW', 'UNKNOWN', [
    row('ROLE_RECOGNITION', 'PARTIAL', 'UNKNOWN', 'UNKNOWN', 'ORIGIN_UNKNOWN'),
    row('NATIONAL_STRATEGY', 'ESTABLISHED', 'UNKNOWN', 'UNKNOWN', 'ORIGIN_UNKNOWN'),
  ]),
  check('FUNDING', 'UNKNOWN', [
    row('EMPLOYMENT', 'UNKNOWN', 'PARTIAL', 'UNKNOWN', 'TARGET_UNKNOWN'),
    row('PAY', 'ESTABLISHED', 'PARTIAL', 'MET'),
  ]),
  check('TRAINING', 'MET', [
    row('TRAINING_AVAILABILITY', 'PARTIAL', 'PARTIAL', 'MET'),
    row('ACCREDITATION', 'ESTABLISHED', 'EMERGING', 'MET'),
  ]),
];

function answer(checks: Check[]): TransferabilityQuery {
  return {
    transferability: {
      dataAsOf: '2026-11-22',
      practice: { slug: 'pl-recovery-assistants', title: 'Recovery assistants' },
      origin: { code: 'PL', name: 'Poland' },
      target: { code: 'IT', name: 'Italy' },
      checks,
    },
  };
}

describe('TransferabilityComponent', () => {
  let api: FakeGraphqlClient;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    api = new FakeGraphqlClient().answer(TransferabilityOptionsDocument, {
      countries: [
        { code: 'PL', name: 'Poland' },
        { code: 'IT', name: 'Italy' },
      ],
      practices: {
        edges: [
          { node: { slug: 'pl-recovery-assistants', title: 'Recovery assistants', countryCode: 'PL' } },
        ],
      },
    });
    TestBed.configureTestingModule({
      providers: [
        provideFakeGraphql(api),
        provideRouter(
          [{ path: 'transferability', component: TransferabilityComponent }],
          withComponentInputBinding(),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  async function open(checks: Check[]): Promise<HTMLElement> {
    api.answer(TransferabilityDocument, answer(checks));
    await harness.navigateByUrl('/transferability?practice=pl-recovery-assistants&target=IT');
    await settle();
    return harness.routeNativeElement!;
  }
  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const card = (el: HTMLElement, kind: string) =>
    el.querySelector(`[data-testid=transfer-check][data-kind=${kind}]`);
  const evidenceRow = (el: HTMLElement, key: string) => el.querySelector(`tr[data-key=${key}]`);

  it('asks the API why a dimension cannot be judged', async () => {
    await open(PL_TO_IT);
    expect(api.variables(TransferabilityDocument).at(-1)).toEqual({
      practice: 'pl-recovery-assistants',
      target: 'IT',
      lang: 'en',
    });
    expect(TransferabilityDocument.toString()).toMatch(/unjudgedBecause/);
  });

  it('PL→IT with the origin undocumented: nothing "not met", and says which checks cannot be judged and why', async () => {
    const el = await open(PL_TO_IT);
    const page = text(el.querySelector('[data-testid=transfer-result]'));
    expect(page).not.toMatch(/\bnot met in\b/i);
    expect(page).not.toMatch(/\bUnknown\b/);
    expect(el.querySelector('[data-status=NOT_MET]')).toBeNull();

    expect(text(el.querySelector('[data-testid=transfer-summary]'))).toBe(
      '1 met, 0 not met, 2 cannot be judged — of 3 preconditions',
    );
    expect(text(card(el, 'LAW')?.querySelector('[data-testid=transfer-why]'))).toBe(
      'Cannot be judged: Poland does not document Role recognition and National strategy, so there is no bar to compare with.',
    );
    expect(text(card(el, 'LAW')?.querySelector('.check-head ph-level'))).toContain('Cannot be judged');
    expect(text(card(el, 'FUNDING')?.querySelector('[data-testid=transfer-why]'))).toBe(
      'Cannot be judged: Italy does not document Employment.',
    );
    expect(text(card(el, 'TRAINING')?.querySelector('[data-testid=transfer-why]'))).toBe(
      'Met in Italy: Training availability is Partial (Poland: Partial); Accreditation is Established (Poland: Emerging).',
    );
  });

  it('says per evidence row what the origin shows and why a row cannot be judged', async () => {
    const el = await open(PL_TO_IT);
    const recognition = evidenceRow(el, 'ROLE_RECOGNITION');
    expect(text(recognition?.querySelector('[data-testid=transfer-needed]'))).toBe(
      '— not documented in Poland',
    );
    expect(text(recognition?.querySelector('[data-testid=transfer-judgement] ph-level'))).toBe(
      '? Cannot be judged',
    );
    expect(text(recognition?.querySelector('[data-testid=transfer-judgement] .reason'))).toBe(
      'Cannot be judged: Poland does not document Role recognition, so there is no bar to compare with.',
    );
    const employment = evidenceRow(el, 'EMPLOYMENT');
    expect(text(employment?.querySelector('[data-testid=transfer-needed]'))).toBe('at least Partial');
    expect(text(employment?.querySelector('td ph-level'))).toBe('? Not documented');
    expect(text(employment?.querySelector('[data-testid=transfer-judgement] .reason'))).toBe(
      'Cannot be judged: Italy does not document Employment.',
    );
    expect(text(evidenceRow(el, 'PAY')?.querySelector('[data-testid=transfer-judgement]'))).toBe('✓ Met');
    expect(text(el.querySelector('thead'))).toContain('Needed: what Poland shows');
  });

  it('names what falls short against the origin, and what cannot be judged beside it', async () => {
    const el = await open([
      check('FUNDING', 'NOT_MET', [
        row('EMPLOYMENT', 'EMERGING', 'PARTIAL', 'NOT_MET'),
        row('PAY', 'ESTABLISHED', 'UNKNOWN', 'UNKNOWN', 'ORIGIN_UNKNOWN'),
      ]),
    ]);
    expect(text(el.querySelector('[data-testid=transfer-why]'))).toBe(
      'Not met in Italy: Employment is Emerging (Poland: Partial). Cannot be judged: Poland does not document Pay, so there is no bar to compare with.',
    );
    expect(text(el.querySelector('[data-testid=transfer-summary]'))).toBe(
      '0 met, 1 not met, 0 cannot be judged — of 1 precondition',
    );
  });

  it('shows no summary when the practice records no preconditions', async () => {
    const el = await open([]);
    expect(el.querySelector('[data-testid=transfer-summary]')).toBeNull();
    expect(text(el.querySelector('.checks'))).toBe(
      'This practice records no preconditions, so there is nothing to check.',
    );
  });
});
