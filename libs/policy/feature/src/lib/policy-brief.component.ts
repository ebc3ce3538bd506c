import { DOCUMENT, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  BRIEF_MAX,
  BRIEF_TOPICS,
  PolicyBriefStore,
  PolicyOptionsStore,
  numberSources,
  parseTopic,
} from '@peerhub/policy/data-access';
import { BriefTopic } from '@peerhub/shared/graphql-types';
import { leftOutMessage, parseCompareCodes, splitKnownCodes } from '@peerhub/countries/data-access';
import { isCountryCode } from '@peerhub/shared/util';
import {
  CountryChipsComponent,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  enumLabel,
} from '@peerhub/shared/ui';

/**
 * /policy/brief?codes=PL,IT&topic=training — a print-ready brief: the countries compared on the topic's dimensions,
 * the practices and resources on it, every source numbered, and the date the data is as of.
 */
@Component({
  selector: 'ph-policy-brief',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    CountryChipsComponent,
    LabelPipe,
    LevelChipComponent,
    LoadStateComponent,
  ],
  providers: [PolicyOptionsStore, PolicyBriefStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <div class="ph-no-print">
        <p class="ph-muted back">
          <a routerLink="/countries/compare" i18n="@@brief.back">Compare countries</a>
        </p>
        <h1 class="screen-title" i18n="@@brief.heading">Policy brief</h1>
        <p class="ph-muted intro" i18n="@@brief.intro">
          Choose one to five countries and a topic. The brief below is ready to print or save as PDF from your
          browser’s print dialog; every fact carries a numbered source.
        </p>
        <div class="controls">
          <ph-country-chips
            class="countries"
            data-testid="brief-countries"
            [options]="countryOptions()"
            [selected]="store.codes()"
            [max]="max"
            [label]="countriesLabel"
            [hint]="countriesHint"
            (selectedChange)="choose({ codes: $event })"
          />
          <mat-form-field appearance="outline" class="topic">
            <mat-label i18n="@@brief.topicLabel">Topic</mat-label>
            <mat-select data-testid="brief-topic" [value]="store.topic()" (valueChange)="choose({ topic: $event })">
              @for (t of topics; track t) {
                <mat-option [value]="t">{{ t | phLabel }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (store.value()) {
            <button mat-flat-button type="button" data-testid="brief-print" (click)="print()">
              <mat-icon aria-hidden="true">print</mat-icon>
              <span i18n="@@brief.print">Print or save as PDF</span>
            </button>
          }
        </div>
        <div role="status">
          @if (ignoredText()) {
            <p class="ignored" data-testid="brief-ignored">{{ ignoredText() }}</p>
          }
          @if (store.codes().length > max) {
            <p class="ignored" data-testid="brief-too-many">{{ tooManyText() }}</p>
          } @else if (!store.valid() && !options.options.isLoading()) {
            <p class="hint" i18n="@@brief.choose">Choose at least one country to make a brief.</p>
          }
        </div>
      </div>

      @if (store.valid()) {
        <ph-load-state
          [loading]="store.brief.isLoading()"
          [error]="store.brief.error()"
          (retry)="store.brief.reload()"
        >
          @if (store.value(); as b) {
            <article class="brief" data-testid="brief" aria-labelledby="brief-title">
              <header class="brief-head">
                <p class="eyebrow" i18n="@@brief.eyebrow">PeerHub Europe · Policy brief on peer support work</p>
                <h2 id="brief-title" class="brief-title">{{ title() }}</h2>
                <p class="meta">
                  <span data-testid="brief-as-of"
                    ><span i18n="@@brief.dataAsOf">Data as of</span>&ngsp;<time [attr.datetime]="b.dataAsOf">{{
                      b.dataAsOf | date: 'longDate'
                    }}</time></span
                  >
                  ·
                  <span><span i18n="@@brief.prepared">Prepared on</span>&ngsp;{{ today | date: 'longDate' }}</span>
                </p>
                <p class="meta" i18n="@@brief.levels">
                  Levels — Established: in place nationally · Partial: some regions or services · Emerging: pilots ·
                  Absent · Unknown: the sources are silent. Numbers in brackets refer to the sources at the end.
                </p>
              </header>

              <section aria-labelledby="brief-comparison">
                <h3 id="brief-comparison" i18n="@@brief.comparison">How the countries compare</h3>
<div class="ph-table-wrap" tabindex="0" role="region" aria-labelledby="brief-comparison">
                <table class="ph-table comparison" data-testid="brief-table">
                  <thead>
                    <tr>
                      <th scope="col" i18n="@@brief.dimension">Dimension</th>
                      @for (c of b.countries; track c.code) {
                        <th scope="col">{{ c.name }}</th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of b.rows; track row.key) {
                      <tr [class.differs]="row.differs">
                        <th scope="row">
                          {{ row.key | phLabel }}
                          @if (row.differs) {
                            <span class="differs-tag" i18n="@@brief.differs">Differs</span>
                          }
                        </th>
                        @for (cell of row.cells; track $index) {
                          <td [attr.data-country]="cell.countryCode">
                            <ph-level [value]="cell.level" />
                            @if (cell.text) {
                              <p lang="en">
                                {{ cell.text }}
                                <span class="refs">{{ refs(cell.sources) }}</span>
                              </p>
                            } @else {
                              <p class="ph-muted" i18n="@@brief.silent">The sources are silent.</p>
                            }
                          </td>
                        }
                      </tr>
                    }
                  </tbody>
                </table>
</div>
              </section>

              <section aria-labelledby="brief-practices" data-testid="brief-practices">
                <h3 id="brief-practices" i18n="@@brief.practices">Practices on this topic</h3>
                @for (p of b.practices; track p.slug) {
                  <div class="item">
                    <h4>
                      <a [routerLink]="['/practices', p.slug]" lang="en">{{ p.title }}</a>
                      &ngsp;<span class="ph-muted">· {{ countryName(p.countryCode) }}</span>
                    </h4>
                    <p lang="en">
                      {{ p.summary }} <span class="refs">{{ refs(p.sources) }}</span>
                    </p>
                  </div>
                } @empty {
                  <p class="ph-muted" i18n="@@brief.noPractices">No practice on this topic is recorded for these countries.</p>
                }
              </section>

              <section aria-labelledby="brief-resources" data-testid="brief-resources">
                <h3 id="brief-resources" i18n="@@brief.resources">Resources</h3>
                @if (b.resources.length) {
                  <ul class="resources">
                    @for (r of b.resources; track r.resource.slug) {
                      <li>
                        <a [routerLink]="['/resources', r.resource.slug]" [attr.lang]="r.resource.language">{{
                          r.resource.title
                        }}</a>
                        <span class="ph-muted"> — {{ resourceMeta(r.resource.type, r.resource.year, r.reason) }}</span>
                        @if (r.resource.url) {
                          <span class="url">{{ r.resource.url }}</span>
                        }
                      </li>
                    }
                  </ul>
                } @else {
                  <p class="ph-muted" i18n="@@brief.noResources">No resource on this topic is recorded.</p>
                }
              </section>

              <section aria-labelledby="brief-sources" data-testid="brief-sources">
                <h3 id="brief-sources" i18n="@@brief.sources">Sources</h3>
                <ol class="sources">
                  @for (s of sources().list; track s.n) {
                    <li [attr.value]="s.n">
                      <span lang="en">{{ s.title }}</span>
                      @if (s.locator) {
                        <span>, {{ s.locator }}</span>
                      }
                      @if (s.url) {
                        <span class="url"><a [href]="s.url" target="_blank" rel="noopener">{{ s.url }}</a></span>
                      }
                    </li>
                  }
                </ol>
              </section>

              <footer class="brief-foot">
                <span>PeerHub Europe</span> · <span>{{ pageUrl() }}</span>
              </footer>
            </article>
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
      align-items: flex-start;
      gap: 8px 16px;
      margin-top: 16px;
    }
    .countries {
      flex: 2 1 360px;
    }
    .topic {
      flex: 1 1 200px;
    }
    .ignored {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .controls button {
      margin-top: 8px;
    }
    .brief {
      margin-top: 24px;
      padding: 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    .eyebrow {
      margin: 0;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .brief-title {
      margin: 4px 0 8px;
      font-size: 1.7rem;
    }
    .meta {
      margin: 4px 0;
      font-size: 0.9rem;
      color: var(--mat-sys-on-surface-variant);
    }
    h3 {
      margin: 24px 0 8px;
      font-size: 1.2rem;
      border-bottom: 2px solid var(--mat-sys-outline-variant);
      padding-bottom: 4px;
    }
    h4 {
      margin: 12px 0 4px;
      font-size: 1rem;
    }
    .comparison {
      font-size: 0.92rem;
    }
    .comparison th,
    .comparison td {
      padding: 8px;
    }
    .comparison td p {
      margin: 6px 0 0;
      line-height: 1.45;
    }
    tr.differs th {
      border-left: 4px solid var(--mat-sys-primary);
    }
    .differs-tag {
      display: block;
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
      color: var(--mat-sys-primary);
    }
    .refs {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .resources {
      padding-left: 20px;
    }
    .resources li,
    .sources li {
      margin: 4px 0;
      line-height: 1.4;
    }
    .url {
      display: block;
      font-size: 0.8rem;
      word-break: break-all;
      color: var(--mat-sys-on-surface-variant);
    }
    .sources {
      font-size: 0.88rem;
      padding-left: 28px;
    }
    .brief-foot {
      margin-top: 24px;
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
      word-break: break-all;
    }
    @media (max-width: 600px) {
      .brief {
        padding: 12px;
      }
    }
    @media print {
      .brief {
        margin: 0;
        padding: 0;
        border: none;
        background: #fff;
      }
      .brief-title {
        font-size: 20pt;
      }
      .comparison {
        font-size: 9.5pt;
      }
      .comparison tr,
      .item,
      .resources li,
      .sources li {
        break-inside: avoid;
      }
      h3,
      h4 {
        break-after: avoid;
      }
      thead {
        display: table-header-group;
      }
      .meta,
      .refs,
      .url,
      .eyebrow,
      .brief-foot {
        color: #333;
      }
    }
  `,
})
export class PolicyBriefComponent {
  /** Query parameters (withComponentInputBinding): `codes=PL,IT`, `topic=training`. */
  readonly codes = input<string | undefined>();
  readonly topic = input<string | undefined>();
  protected readonly store = inject(PolicyBriefStore);
  protected readonly options = inject(PolicyOptionsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  protected readonly topics = BRIEF_TOPICS;
  protected readonly max = BRIEF_MAX;
  protected readonly today = new Date();
  protected readonly countriesLabel = $localize`:@@brief.countriesLabel:Countries`;
  protected readonly countriesHint = $localize`:@@brief.countriesHint:One to five countries.`;

  protected readonly countryOptions = computed(() => this.options.countries());
  protected readonly tooManyText = computed(
    () =>
      $localize`:@@brief.tooMany:A brief covers at most 5 countries. Remove ${this.store.codes().length - BRIEF_MAX}:count: to see it.`,
  );
  /** Codes in the address that are not profiled countries; left out, and said so. */
  protected readonly ignored = signal<string[]>([]);
  protected readonly ignoredText = computed(() => leftOutMessage(this.ignored()));

  protected readonly title = computed(() => {
    const b = this.store.value();
    if (!b) return '';
    const names = b.countries.map((c) => c.name).join(', ');
    return $localize`:@@brief.documentTitle:${enumLabel(b.topic)}:topic: — ${names}:countries:`;
  });

  /** Every source cited in the brief, numbered in order of first citation. */
  protected readonly sources = computed(() => {
    const b = this.store.value();
    if (!b) return numberSources([]);
    return numberSources([
      ...b.rows.flatMap((r) => r.cells.map((c) => c.sources)),
      ...b.practices.map((p) => p.sources),
    ]);
  });

  protected readonly pageUrl = computed(() => {
    this.store.value();
    return this.document.location?.href ?? '';
  });

  constructor() {
    effect(() => {
      this.store.topic.set(parseTopic(this.topic()) ?? 'TRAINING');
      if (this.options.options.isLoading()) return;
      const asked = parseCompareCodes(this.codes()).filter(isCountryCode);
      const known = this.options.options.hasValue()
        ? new Set(this.options.countries().map((c) => c.code))
        : undefined;
      const { kept, leftOut } = splitKnownCodes(asked, known);
      this.store.codes.set(kept);
      this.ignored.set(leftOut);
    });
  }

  protected choose(change: { codes?: string[]; topic?: BriefTopic }): void {
    const codes = change.codes ?? this.store.codes();
    const topic = change.topic ?? this.store.topic();
    this.store.codes.set(codes);
    this.store.topic.set(topic);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { codes: codes.length ? codes.join(',') : null, topic: topic.toLowerCase() },
      replaceUrl: true,
    });
  }

  protected refs(
    sources: readonly { title: string; url?: string | null; locator?: string | null }[],
  ): string {
    const numbers = sources.map((s) => this.sources().numberOf(s)).filter((n) => n > 0);
    return numbers.length ? `[${numbers.join(', ')}]` : '';
  }

  protected resourceMeta(type: string, year: number | null | undefined, reason: string): string {
    return [enumLabel(type), year ? String(year) : '', enumLabel(reason)].filter(Boolean).join(' · ');
  }

  protected countryName(code: string): string {
    return (
      this.store.value()?.countries.find((c) => c.code === code)?.name ??
      this.options.countryName().get(code) ??
      code
    );
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
