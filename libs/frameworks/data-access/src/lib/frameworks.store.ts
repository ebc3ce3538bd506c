import { Injectable, computed, linkedSignal, signal } from '@angular/core';
import { queryResource, uiLanguage } from '@peerhub/shared/data-access';
import {
  CompetencyFrameworkDocument,
  CompetencyFrameworkQuery,
  TrainingProfileDocument,
} from '@peerhub/shared/graphql-types';

/** The languages the Tuto3-PAT framework is written in. */
export const FRAMEWORK_LANGUAGES = ['en', 'no', 'pt'] as const;
export type FrameworkLanguage = (typeof FRAMEWORK_LANGUAGES)[number];

/** The UI language when the framework exists in it, else English. */
export function frameworkLanguage(lang: string): FrameworkLanguage {
  return (FRAMEWORK_LANGUAGES as readonly string[]).includes(lang) ? (lang as FrameworkLanguage) : 'en';
}

type Framework = CompetencyFrameworkQuery['competencyFramework'];

/** The competency framework, its labels in a chosen language. Provide per page. */
@Injectable()
export class CompetencyFrameworkStore {
  /** The language the categories and items are labelled in. */
  readonly lang = signal<FrameworkLanguage>(frameworkLanguage(uiLanguage()));
  readonly framework = queryResource(CompetencyFrameworkDocument, () => ({ lang: this.lang() }));
  private readonly loaded = computed(() =>
    this.framework.hasValue() ? this.framework.value()?.competencyFramework : undefined,
  );
  /** The framework once loaded; keeps the previous labels while another language loads. Undefined on error. */
  readonly value = linkedSignal<{ next: Framework | undefined; failed: boolean }, Framework | undefined>({
    source: () => ({ next: this.loaded(), failed: !!this.framework.error() }),
    computation: ({ next, failed }, previous) => next ?? (failed ? undefined : previous?.value),
  });
  /** True while the labels are being switched to another language. */
  readonly switching = computed(() => this.framework.isLoading() && !!this.value());
  readonly itemCount = computed(() => this.value()?.categories.reduce((n, c) => n + c.items.length, 0) ?? 0);

  setLanguage(lang: FrameworkLanguage): void {
    this.lang.set(lang);
  }
}

/** The standardised training profile, element titles in the UI language. Provide per page. */
@Injectable()
export class TrainingProfileStore {
  private readonly lang = frameworkLanguage(uiLanguage());
  readonly profile = queryResource(TrainingProfileDocument, () => ({ lang: this.lang }));
  /** The profile once loaded; undefined while loading or on error. */
  readonly value = computed(() =>
    this.profile.hasValue() ? this.profile.value()?.trainingProfile : undefined,
  );
  readonly basic = computed(() => this.value()?.elements.filter((e) => e.level === 'BASIC') ?? []);
  readonly advanced = computed(() => this.value()?.elements.filter((e) => e.level === 'ADVANCED') ?? []);
}
