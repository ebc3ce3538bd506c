import { Injectable, computed, signal } from '@angular/core';
import { queryResource, uiLanguage } from '@peerhub/shared/data-access';
import {
  BriefTopic,
  PolicyBriefDocument,
  TransferabilityDocument,
  TransferabilityOptionsDocument,
} from '@peerhub/shared/graphql-types';
import { BRIEF_COUNTRIES, isCountryCode } from '@peerhub/shared/util';

/** Brief topics in the order the picker offers them. */
export const BRIEF_TOPICS: BriefTopic[] = ['TRAINING', 'RECOGNITION', 'EMPLOYMENT', 'ORGANISING', 'ALL'];
/** The most countries a brief covers (the API's rule). */
export const BRIEF_MAX = BRIEF_COUNTRIES.max;

/** A topic from the URL, or undefined when it is not one we know. */
export function parseTopic(raw: string | null | undefined): BriefTopic | undefined {
  const upper = (raw ?? '').trim().toUpperCase();
  return (BRIEF_TOPICS as string[]).includes(upper) ? (upper as BriefTopic) : undefined;
}

/** Countries and practices for the pickers, by localized name / title. */
@Injectable()
export class PolicyOptionsStore {
  private readonly lang = uiLanguage();
  readonly options = queryResource(TransferabilityOptionsDocument, () => ({ lang: this.lang }));
  readonly countries = computed(() => {
    const list = (this.options.hasValue() ? this.options.value()?.countries : undefined) ?? [];
    return [...list].sort((a, b) => a.name.localeCompare(b.name, this.lang));
  });
  readonly practices = computed(() =>
    ((this.options.hasValue() ? this.options.value()?.practices.edges : undefined) ?? []).map((e) => e.node),
  );
  /** Country name by code, for labels. */
  readonly countryName = computed(() => new Map(this.countries().map((c) => [c.code, c.name])));
}

/** One practice against one target country. Set both from the URL. */
@Injectable()
export class TransferabilityStore {
  private readonly lang = uiLanguage();
  readonly practice = signal<string>('');
  readonly target = signal<string>('');
  readonly ready = computed(() => !!this.practice() && isCountryCode(this.target()));
  readonly result = queryResource(TransferabilityDocument, () =>
    this.ready() ? { practice: this.practice(), target: this.target(), lang: this.lang } : undefined,
  );
  readonly value = computed(() =>
    this.ready() && this.result.hasValue() ? this.result.value()?.transferability : undefined,
  );
}

/** A policy brief for 1–5 countries on a topic. Set both from the URL. */
@Injectable()
export class PolicyBriefStore {
  private readonly lang = uiLanguage();
  readonly codes = signal<string[]>([]);
  readonly topic = signal<BriefTopic>('TRAINING');
  readonly valid = computed(() => this.codes().length >= 1 && this.codes().length <= BRIEF_MAX);
  readonly brief = queryResource(PolicyBriefDocument, () =>
    this.valid() ? { codes: this.codes(), topic: this.topic(), lang: this.lang } : undefined,
  );
  readonly value = computed(() =>
    this.valid() && this.brief.hasValue() ? this.brief.value()?.policyBrief : undefined,
  );
}

export interface NumberedSource {
  n: number;
  title: string;
  url: string | null;
  locator: string | null;
}

/**
 * Numbers sources in the order they are first cited; the same title + locator + address gets the same number.
 * Returns the list and a lookup from a source to its number.
 */
export function numberSources(
  groups: readonly (readonly { title: string; url?: string | null; locator?: string | null }[])[],
): {
  list: NumberedSource[];
  numberOf(s: { title: string; url?: string | null; locator?: string | null }): number;
} {
  const key = (s: { title: string; url?: string | null; locator?: string | null }) =>
    `${s.title}\u0000${s.locator ?? ''}\u0000${s.url ?? ''}`;
  const byKey = new Map<string, NumberedSource>();
  for (const group of groups) {
    for (const s of group) {
      const k = key(s);
      if (!byKey.has(k))
        byKey.set(k, { n: byKey.size + 1, title: s.title, url: s.url ?? null, locator: s.locator ?? null });
    }
  }
  return { list: [...byKey.values()], numberOf: (s) => byKey.get(key(s))?.n ?? 0 };
}
