import { Injectable, computed } from '@angular/core';
import { NetworkSummaryDocument } from '@peerhub/shared/graphql-types';
import { queryResource } from './query-resource';
import { uiLanguage } from './ui-language';

/** What the network holds: counts per kind and the newest practices and resources by their own date (home page). */
@Injectable()
export class NetworkSummaryStore {
  private readonly lang = uiLanguage();
  readonly summary = queryResource(NetworkSummaryDocument, () => ({ lang: this.lang }));
  private readonly data = computed(() => (this.summary.hasValue() ? this.summary.value() : undefined));

  readonly counts = computed(() => {
    const d = this.data();
    if (!d) return null;
    return {
      practices: d.practiceCount.totalCount,
      organisations: d.organisationCount.totalCount,
      resources: d.resourceCount.totalCount,
      countries: d.countries.length,
      competencies: d.competencyFramework.categories.reduce((n, c) => n + c.items.length, 0),
    };
  });
  readonly latestPractices = computed(() => this.data()?.latestPractices.edges.map((e) => e.node) ?? []);
  readonly latestResources = computed(() => this.data()?.latestResources.edges.map((e) => e.node) ?? []);
}
