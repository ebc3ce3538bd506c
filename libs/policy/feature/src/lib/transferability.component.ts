import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PolicyOptionsStore, TransferabilityStore } from '@peerhub/policy/data-access';
import {
  FactComponent,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  enumLabel,
  LongDatePipe,
} from '@peerhub/shared/ui';
import { normaliseCountryCode } from '@peerhub/shared/util';

/**
 * /policy/transferability?practice=pl-recovery-assistants&target=IT — each precondition of a practice against the
 * target country's profile, judged against what the practice's own country shows: met, not met or cannot be judged
 * (when either country does not document a dimension), with the evidence and why.
 */
@Component({
  selector: 'ph-transferability',
  imports: [
    LongDatePipe,
    RouterLink,
    MatFormFieldModule,
    MatSelectModule,
    FactComponent,
    LabelPipe,
    LevelChipComponent,
    LoadStateComponent,
  ],
  providers: [PolicyOptionsStore, TransferabilityStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './transferability.component.html',
  styleUrl: './transferability.component.scss',
})
export class TransferabilityComponent {
  /** Query parameters (withComponentInputBinding). */
  readonly practice = input<string | undefined>();
  readonly target = input<string | undefined>();
  protected readonly options = inject(PolicyOptionsStore);
  protected readonly store = inject(TransferabilityStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = inject(LOCALE_ID);

  /** Countries a practice can move to: every profiled country except its own and the Europe-wide pseudo-country. */
  protected readonly targets = computed(() => {
    const from = this.options.practices().find((p) => p.slug === this.store.practice())?.countryCode;
    return this.options.countries().filter((c) => c.code !== from && c.code !== 'EU');
  });

  /** Values from the address that are not a recorded practice or a profiled country. */
  protected readonly dropped = signal<string[]>([]);
  protected readonly droppedText = computed(() =>
    this.dropped().length
      ? $localize`:@@transfer.dropped:Not in the knowledge base, left out: ${this.dropped().join(', ')}:values:`
      : '',
  );

  protected readonly resultHeading = computed(() => {
    const r = this.store.value();
    return r
      ? $localize`:@@transfer.resultHeading:${r.practice.title}:practice: → ${r.target.name}:country:`
      : '';
  });

  /** How many checks are met, not met and cannot be judged, for the summary line (plural forms in the template). */
  protected readonly counts = computed(() => {
    const checks = this.store.value()?.checks ?? [];
    const count = (status: string) => checks.filter((c) => c.status === status).length;
    return { met: count('MET'), notMet: count('NOT_MET'), unjudged: count('UNKNOWN'), total: checks.length };
  });

  constructor() {
    effect(() => {
      const practice = (this.practice() ?? '').trim().toLowerCase();
      const target = normaliseCountryCode(this.target()) ?? (this.target() ?? '').trim().toUpperCase(); // GB → UK
      if (this.options.options.isLoading()) return;
      // What the address asks for but the knowledge base does not hold is dropped, and said so.
      const loaded = this.options.options.hasValue();
      const knownPractice = !loaded || this.options.practices().some((p) => p.slug === practice);
      const knownTarget = !loaded || this.options.countries().some((c) => c.code === target);
      this.dropped.set([
        ...(practice && !knownPractice ? [practice] : []),
        ...(target && !knownTarget ? [target] : []),
      ]);
      this.store.practice.set(knownPractice ? practice : '');
      this.store.target.set(knownTarget ? target : '');
    });
  }

  protected choose(change: { practice?: string; target?: string }): void {
    const practice = change.practice ?? this.store.practice();
    let target = change.target ?? this.store.target();
    // moving a practice to its own country is not a transfer
    if (change.practice && this.options.practices().find((p) => p.slug === practice)?.countryCode === target)
      target = '';
    this.store.practice.set(practice);
    this.store.target.set(target);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { practice: practice || null, target: target || null },
      replaceUrl: true,
    });
  }

  protected neededIn(origin: string): string {
    return $localize`:@@transfer.neededIn:In ${origin}:country: it needed:`;
  }

  protected atLeast(level: string): string {
    return $localize`:@@transfer.atLeast:at least ${enumLabel(level)}:level:`;
  }

  /** The status as this page names it: UNKNOWN is a check that cannot be judged, not an unknown fact. */
  protected statusLabel(status: string): string {
    return status === 'UNKNOWN' ? $localize`:@@transfer.statusUnjudged:Cannot be judged` : enumLabel(status);
  }

  /** A profile level; UNKNOWN is a dimension the country's profile does not document. */
  protected levelLabel(level: string): string {
    return level === 'UNKNOWN' ? $localize`:@@transfer.levelUndocumented:Not documented` : enumLabel(level);
  }

  protected notDocumentedIn(origin: string): string {
    return $localize`:@@transfer.notDocumentedIn:— not documented in ${origin}:country:`;
  }

  protected evidenceCaption(kind: string, target: string): string {
    return $localize`:@@transfer.evidenceCaption:Evidence for ${enumLabel(kind)}:kind: in ${target}:country:`;
  }

  /**
   * Why some evidence cannot be judged, one sentence per reason: the origin documents no level for these dimensions
   * (so there is no bar), or the target documents none. Empty when every row was judged.
   */
  protected unjudged(evidence: readonly Evidence[], origin: string, target: string): string {
    const dims = (reason: UnjudgedReason) =>
      this.list(
        evidence
          .filter((e) => e.status === 'UNKNOWN' && e.unjudgedBecause === reason)
          .map((e) => enumLabel(e.key)),
      );
    const fromOrigin = dims('ORIGIN_UNKNOWN');
    const fromTarget = dims('TARGET_UNKNOWN');
    return [
      fromOrigin
        ? $localize`:@@transfer.unjudgedOrigin:Cannot be judged: ${origin}:origin: does not document ${fromOrigin}:dimensions:, so there is no bar to compare with.`
        : '',
      fromTarget
        ? $localize`:@@transfer.unjudgedTarget:Cannot be judged: ${target}:target: does not document ${fromTarget}:dimensions:.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** One sentence per check: which dimensions fall short, which cannot be judged and why, or that all are in place. */
  protected why(
    check: { status: string; evidence: readonly Evidence[] },
    origin: string,
    target: string,
  ): string {
    const describe = (e: Evidence) =>
      $localize`:@@transfer.whyCompared:${enumLabel(e.key)}:dimension: is ${enumLabel(e.level)}:level: (${origin}:origin:: ${enumLabel(e.required)}:required:)`;
    const unjudged = this.unjudged(check.evidence, origin, target);
    if (check.status === 'NOT_MET') {
      const short = check.evidence
        .filter((e) => e.status === 'NOT_MET')
        .map(describe)
        .join('; ');
      const notMet = $localize`:@@transfer.whyNotMet:Not met in ${target}:country:: ${short}:parts:.`;
      return unjudged ? `${notMet} ${unjudged}` : notMet;
    }
    if (check.status === 'UNKNOWN') return unjudged;
    const parts = check.evidence.map(describe).join('; ');
    return $localize`:@@transfer.whyMet:Met in ${target}:country:: ${parts}:parts:.`;
  }

  /** "A, B and C" in the page language. */
  private list(items: string[]): string {
    return items.length ? new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items) : '';
  }
}

type UnjudgedReason = 'ORIGIN_UNKNOWN' | 'TARGET_UNKNOWN';

interface Evidence {
  key: string;
  level: string;
  required: string;
  status: string;
  /** Set when status is UNKNOWN. */
  unjudgedBecause: UnjudgedReason | null;
}
