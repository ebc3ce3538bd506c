import { Injectable, computed, signal } from '@angular/core';
import { PageRequest, pagedQuery, queryResource, uiLanguage } from '@peerhub/shared/data-access';
import {
  OrganisationDetailDocument,
  OrganisationFilterOptionsDocument,
  OrganisationListDocument,
  OrganisationType,
  OrganisationViewerDocument,
} from '@peerhub/shared/graphql-types';

export interface OrganisationListFilter {
  country?: string | null;
  type?: OrganisationType | null;
  project?: string | null;
}

export const ORGANISATION_TYPES: OrganisationType[] = [
  'HEALTH_SERVICE',
  'NETWORK',
  'NGO',
  'PEER_ASSOCIATION',
  'PUBLIC_BODY',
  'TRAINING_PROVIDER',
  'UNIVERSITY',
  'USER_LED',
];

/** The European projects the network's organisations take part in. */
export const PROJECTS: string[] = ['Tuto3-PAT', 'HelpEx', 'SE&LMHS'];

/** The organisation list: filter, cursor pages, and the options the filters offer. Provide per page. */
@Injectable()
export class OrganisationListStore {
  private readonly lang = uiLanguage();
  readonly list = pagedQuery(OrganisationListDocument, {
    select: (r) => r.organisations,
    variables: ({ first, after, sort, filter }: PageRequest<OrganisationListFilter>) => ({
      first,
      after,
      sort,
      filter,
      lang: this.lang,
    }),
  });
  readonly options = queryResource(OrganisationFilterOptionsDocument, () => ({ lang: this.lang }));
  readonly countries = computed(() => {
    const countries = (this.options.hasValue() ? this.options.value()?.countries : undefined) ?? [];
    return [...countries].sort((a, b) => a.name.localeCompare(b.name, this.lang));
  });
}

/** One organisation by slug. Provide per page; set `slug` from the route. */
@Injectable()
export class OrganisationDetailStore {
  private readonly lang = uiLanguage();
  readonly slug = signal<string | undefined>(undefined);
  readonly organisation = queryResource(OrganisationDetailDocument, () => {
    const slug = this.slug();
    return slug ? { slug, lang: this.lang } : undefined;
  });
  /** The organisation once loaded; undefined while loading or on error. */
  readonly value = computed(() =>
    this.organisation.hasValue() ? this.organisation.value()?.organisation : undefined,
  );
  /** Who is looking: null for a visitor (or until the organisation has loaded). */
  readonly viewer = computed(() =>
    this.organisation.hasValue() ? (this.organisation.value()?.viewer ?? null) : null,
  );
}

/** Who is looking at a page of organisations (null for a visitor). Provide per page. */
@Injectable()
export class OrganisationViewerStore {
  readonly query = queryResource(OrganisationViewerDocument, () => ({}));
  /** Undefined while asking (or when the answer failed), null for a visitor. */
  readonly viewer = computed(() =>
    this.query.hasValue() ? (this.query.value()?.viewer ?? null) : undefined,
  );
}
