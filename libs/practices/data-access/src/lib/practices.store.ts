import { Injectable, computed, signal } from '@angular/core';
import { PageRequest, pagedQuery, queryResource, uiLanguage } from '@peerhub/shared/data-access';
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

export const PRACTICE_CATEGORIES: PracticeCategory[] = [
  'INFORMAL_GROUP',
  'SELF_HELP_GROUP',
  'INTENTIONAL_PEER_SUPPORT',
];
export const LEADERSHIPS: Leadership[] = ['PEER_RUN', 'CO_PRODUCED', 'PROFESSIONAL_LED', 'UNKNOWN'];

/** The practice list: filter, cursor pages, and the options the filters offer. Provide per page. */
@Injectable()
export class PracticeListStore {
  private readonly lang = uiLanguage();
  readonly list = pagedQuery(PracticeListDocument, {
    select: (r) => r.practices,
    variables: ({ first, after, sort, filter }: PageRequest<PracticeListFilter>) => ({
      first,
      after,
      sort,
      filter,
      lang: this.lang,
    }),
  });
  readonly options = queryResource(PracticeFilterOptionsDocument, () => ({ lang: this.lang }));
  /** Countries for the filter, by name in the page language (the API lists them by code). */
  readonly countries = computed(() => {
    const countries = (this.options.hasValue() ? this.options.value()?.countries : undefined) ?? [];
    const collator = new Intl.Collator(this.lang);
    return [...countries].sort((a, b) => collator.compare(a.name, b.name));
  });
  /**
   * The topic tags the practices use, for the topic filter: chosen from a list, not typed, so the filter works
   * whatever the page language (the tags themselves are in English, as the records are).
   */
  readonly topics = computed(() => {
    const topics = (this.options.hasValue() ? this.options.value()?.practiceTopics : undefined) ?? [];
    const collator = new Intl.Collator('en');
    return [...topics].sort((a, b) => collator.compare(a, b));
  });
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
