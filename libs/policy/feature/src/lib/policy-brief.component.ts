import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
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
  FactComponent,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  enumLabel,
  LongDatePipe,
} from '@peerhub/shared/ui';

/**
 * /policy/brief?codes=PL,IT&topic=training — a print-ready brief: the countries compared on the topic's dimensions,
 * the practices and resources on it, every source numbered, and the date the data is as of.
 */
@Component({
  selector: 'ph-policy-brief',
  imports: [
    LongDatePipe,
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    CountryChipsComponent,
    FactComponent,
    LabelPipe,
    LevelChipComponent,
    LoadStateComponent,
  ],
  providers: [PolicyOptionsStore, PolicyBriefStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './policy-brief.component.html',
  styleUrl: './policy-brief.component.scss',
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
