import { Injectable, computed, signal } from '@angular/core';
import { queryResource, uiLanguage } from '@peerhub/shared/data-access';
import {
  Leadership,
  PracticeCategory,
  PracticeDetailDocument,
  PracticeFilterOptionsDocument,
  PracticeListDocument,
} from '@peerhub/shared/graphql-types';

export interface PracticeListFilter {
  country?: string | null;
  category?: PracticeCategory | null;
  leadership?: Leadership | null;
  topic?: string | null;
}

export const PRACTICE_CATEGORIES: PracticeCategory[] = ['INFORMAL_GROUP', 'SELF_HELP_GROUP', 'INTENTIONAL_PEER_SUPPORT'];
export const LEADERSHIPS: Leadership[] = ['PEER_RUN', 'CO_PRODUCED', 'PROFESSIONAL_LED', 'UNKNOWN'];

function compact(filter: PracticeListFilter) {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

/** The practice list: filter, cursor pages, and the options the filters offer. Provide per page. */
@Injectable()
export class PracticeListStore {
  readonly pageSize = 20;
  private readonly lang = uiLanguage();
  readonly filter = signal<PracticeListFilter>({});
  private readonly cursors = signal<(string | null)[]>([null]);

  readonly page = queryResource(PracticeListDocument, () => ({
    first: this.pageSize,
    after: this.cursors().at(-1) ?? null,
    filter: compact(this.filter()),
    lang: this.lang,
  }));
  readonly options = queryResource(PracticeFilterOptionsDocument, () => ({ lang: this.lang }));

  private readonly data = computed(() => (this.page.hasValue() ? this.page.value() : undefined));
  readonly items = computed(() => this.data()?.practices.edges.map((e) => e.node) ?? []);
  readonly total = computed(() => this.data()?.practices.totalCount ?? 0);
  readonly pageInfo = computed(() => this.data()?.practices.pageInfo);
  readonly from = computed(() => (this.items().length ? (this.cursors().length - 1) * this.pageSize + 1 : 0));
  readonly to = computed(() => this.from() + Math.max(this.items().length - 1, 0));
  readonly countries = computed(() => (this.options.hasValue() ? this.options.value()?.countries : undefined) ?? []);

  setFilter(filter: PracticeListFilter): void {
    this.filter.set(filter);
    this.cursors.set([null]);
  }

  next(): void {
    const end = this.pageInfo()?.endCursor;
    if (end && this.pageInfo()?.hasNextPage) this.cursors.update((c) => [...c, end]);
  }

  previous(): void {
    this.cursors.update((c) => (c.length > 1 ? c.slice(0, -1) : c));
  }
}

/** One practice by slug. Provide per page; set `slug` from the route. */
@Injectable()
export class PracticeDetailStore {
  private readonly lang = uiLanguage();
  readonly slug = signal<string | undefined>(undefined);
  readonly practice = queryResource(PracticeDetailDocument, () => {
    const slug = this.slug();
    return slug ? { slug, lang: this.lang } : undefined;
  });
  /** The practice once loaded; undefined while loading or on error. */
  readonly value = computed(() => (this.practice.hasValue() ? this.practice.value()?.practice : undefined));
}
