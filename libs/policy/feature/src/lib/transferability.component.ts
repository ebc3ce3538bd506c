import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PolicyOptionsStore, TransferabilityStore } from '@peerhub/policy/data-access';
import { LabelPipe, LevelChipComponent, LoadStateComponent, enumLabel } from '@peerhub/shared/ui';
import { normaliseCountryCode } from '@peerhub/shared/util';

/**
 * /policy/transferability?practice=pl-recovery-assistants&target=IT — each precondition of a practice against the
 * target country's profile: met, not met or unknown, with the evidence and why.
 */
@Component({
  selector: 'ph-transferability',
  imports: [
    DatePipe,
    RouterLink,
    MatFormFieldModule,
    MatSelectModule,
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

  protected readonly summary = computed(() => {
    const r = this.store.value();
    if (!r) return '';
    const count = (status: string) => r.checks.filter((c) => c.status === status).length;
    return $localize`:@@transfer.summary:${count('MET')}:met: met, ${count('NOT_MET')}:notMet: not met, ${count('UNKNOWN')}:unknown: unknown, of ${r.checks.length}:total: preconditions.`;
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

  protected evidenceCaption(kind: string, target: string): string {
    return $localize`:@@transfer.evidenceCaption:Evidence for ${enumLabel(kind)}:kind: in ${target}:country:`;
  }

  /** One sentence: which dimension falls short (or is unknown), or that all are in place. */
  protected why(
    check: { status: string; evidence: { key: string; level: string; required: string; status: string }[] },
    target: string,
  ): string {
    const describe = (e: { key: string; level: string; required: string }) =>
      $localize`:@@transfer.whyPart:${enumLabel(e.key)}:dimension: is ${enumLabel(e.level)}:level: (needed: at least ${enumLabel(e.required)}:required:)`;
    if (check.status === 'NOT_MET') {
      const short = check.evidence
        .filter((e) => e.status === 'NOT_MET')
        .map(describe)
        .join('; ');
      return $localize`:@@transfer.whyNotMet:Not met in ${target}:country:: ${short}:parts:.`;
    }
    if (check.status === 'UNKNOWN') {
      const silent = check.evidence
        .filter((e) => e.status === 'UNKNOWN')
        .map((e) => enumLabel(e.key))
        .join(', ');
      return $localize`:@@transfer.whyUnknown:Unknown: the sources say nothing about ${silent}:dimensions: in ${target}:country:.`;
    }
    const parts = check.evidence.map(describe).join('; ');
    return $localize`:@@transfer.whyMet:Met in ${target}:country:: ${parts}:parts:.`;
  }
}
