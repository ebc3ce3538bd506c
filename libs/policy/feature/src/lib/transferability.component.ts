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
  template: `
    <div class="ph-page">
      <p class="ph-muted back">
        <a routerLink="/countries" i18n="@@transfer.back">All countries</a>
      </p>
      <h1 i18n="@@transfer.heading">Could this practice work in another country?</h1>
      <p class="ph-muted intro" i18n="@@transfer.intro">
        Choose a practice and a target country. Each thing the practice needed where it started — law, funding,
        training, roles, organisations — is checked against the target country’s sourced profile.
      </p>

      <div class="controls">
        <mat-form-field appearance="outline" class="practice">
          <mat-label i18n="@@transfer.practiceLabel">Practice</mat-label>
          <mat-select
            data-testid="transfer-practice"
            [disabled]="!options.practices().length"
            [value]="store.practice()"
            (valueChange)="choose({ practice: $event })"
          >
            @for (p of options.practices(); track p.slug) {
              <mat-option [value]="p.slug"
                ><span lang="en">{{ p.title }}</span> ({{ options.countryName().get(p.countryCode) ?? p.countryCode }})</mat-option
              >
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" class="target">
          <mat-label i18n="@@transfer.targetLabel">Target country</mat-label>
          <mat-select data-testid="transfer-target" [disabled]="!targets().length" [value]="store.target()" (valueChange)="choose({ target: $event })">
            @for (c of targets(); track c.code) {
              <mat-option [value]="c.code">{{ c.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      @if (droppedText()) {
        <p class="dropped" role="status" data-testid="transfer-dropped">{{ droppedText() }}</p>
      }
      @if (!store.ready()) {
        <p class="hint" role="status" i18n="@@transfer.choose">Choose a practice and a target country to see the check.</p>
      } @else {
        <ph-load-state
          [loading]="store.result.isLoading()"
          [error]="store.result.error()"
          (retry)="store.result.reload()"
        >
          @if (store.value(); as r) {
            <section data-testid="transfer-result" aria-labelledby="transfer-result-heading">
              <h2 id="transfer-result-heading">{{ resultHeading() }}</h2>
              <p class="summary" data-testid="transfer-summary">{{ summary() }}</p>
              <p class="ph-muted as-of">
                <span i18n="@@transfer.dataAsOf">Data as of</span>&ngsp;<time [attr.datetime]="r.dataAsOf">{{
                  r.dataAsOf | date: 'longDate'
                }}</time>
                ·
                <a
                  routerLink="/countries/compare"
                  [queryParams]="{ codes: r.origin.code + ',' + r.target.code }"
                  i18n="@@transfer.compareLink"
                  >Compare the two profiles</a
                >
              </p>

              <ol class="checks">
                @for (check of r.checks; track $index) {
                  <li class="check" data-testid="transfer-check" [attr.data-kind]="check.kind" [attr.data-status]="check.status">
                    <div class="check-head">
                      <h3>{{ check.kind | phLabel }}</h3>
                      <ph-level [value]="check.status" />
                    </div>
                    <p class="needed">
                      <span class="ph-muted">{{ neededIn(r.origin.name) }}</span>&ngsp;<span lang="en">{{ check.text }}</span>
                    </p>
                    <p class="why" data-testid="transfer-why">{{ why(check, r.target.name) }}</p>
                    <table class="ph-table evidence">
                      <caption class="visually-hidden">{{ evidenceCaption(check.kind, r.target.name) }}</caption>
                      <thead>
                        <tr>
                          <th scope="col" i18n="@@transfer.colDimension">Dimension</th>
                          <th scope="col">{{ r.target.name }}</th>
                          <th scope="col" i18n="@@transfer.colNeeded">Needed</th>
                          <th scope="col">{{ r.origin.name }}</th>
                          <th scope="col" i18n="@@transfer.colEvidence">What the sources say about {{ r.target.name }}</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (e of check.evidence; track e.key) {
                          <tr [attr.data-key]="e.key" [attr.data-status]="e.status">
                            <th scope="row">{{ e.key | phLabel }}</th>
                            <td><ph-level [value]="e.level" /></td>
                            <td>{{ atLeast(e.required) }}</td>
                            <td><ph-level [value]="e.originLevel" /></td>
                            <td>
                              @if (e.text) {
                                <span lang="en">{{ e.text }}</span>
                              } @else {
                                <span class="ph-muted" i18n="@@transfer.silent">The sources are silent.</span>
                              }
                              @for (s of e.sources; track $index) {
                                <span class="src ph-muted">
                                  @if (s.url) {
                                    <a [href]="s.url" target="_blank" rel="noopener">{{ s.title }}</a>
                                  } @else {
                                    {{ s.title }}
                                  }
                                  @if (s.locator) {
                                    — {{ s.locator }}
                                  }
                                </span>
                              }
                            </td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </li>
                } @empty {
                  <li class="ph-muted" i18n="@@transfer.noPreconditions">
                    This practice records no preconditions, so there is nothing to check.
                  </li>
                }
              </ol>

              <details class="method">
                <summary i18n="@@transfer.methodSummary">How is this judged?</summary>
                <p i18n="@@transfer.method">
                  Each kind of precondition is read against profile dimensions of the target country. Law needs the
                  peer role recognised nationally (established) and a national strategy at least in part; funding
                  needs employment and pay at least in some regions or services (partial); training needs training
                  and accreditation at least partial; roles need recognition and employment at least partial;
                  organisations need peer associations at least partial. A precondition is not met when any of its
                  dimensions falls short, unknown when none falls short but the sources are silent on one, and met
                  otherwise.
                </p>
              </details>
            </section>
          }
        </ph-load-state>
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 72ch;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-top: 16px;
    }
    .practice {
      flex: 2 1 360px;
    }
    .target {
      flex: 1 1 220px;
    }
    .dropped {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .summary {
      font-size: 1.05rem;
      font-weight: 500;
    }
    .checks {
      list-style: none;
      padding: 0;
      margin: 16px 0;
      display: grid;
      gap: 16px;
    }
    .check {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .check[data-status='NOT_MET'] {
      border-left: 6px solid #8c1d18;
    }
    .check[data-status='MET'] {
      border-left: 6px solid #0b5d1e;
    }
    .check[data-status='UNKNOWN'] {
      border-left: 6px dashed var(--mat-sys-outline);
    }
    .check-head {
      display: flex;
      align-items: center;
      gap: 12px;
      flex-wrap: wrap;
    }
    h3 {
      margin: 0;
      font-size: 1.1rem;
    }
    .why {
      font-weight: 500;
    }
    .evidence {
      font-size: 0.9rem;
    }
    .evidence th,
    .evidence td {
      padding: 6px 8px;
    }
    .src {
      display: block;
      font-size: 0.8rem;
      margin-top: 4px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .method {
      margin-top: 8px;
      max-width: 80ch;
    }
    @media (max-width: 700px) {
      .evidence thead {
        display: none;
      }
      .evidence tr,
      .evidence th,
      .evidence td {
        display: block;
      }
    }
  `,
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
