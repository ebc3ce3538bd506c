import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { RouterLink } from '@angular/router';
import { COUNTRY_CODE, bindListToUrl } from '@peerhub/shared/data-access';
import {
  ORGANISATION_TYPES,
  OrganisationListFilter,
  OrganisationListStore,
  OrganisationViewerStore,
  PROJECTS,
} from '@peerhub/organisations/data-access';
import {
  ClearFiltersComponent,
  FilterSelectComponent,
  LoadStateComponent,
  PagerComponent,
  SortSelectComponent,
  enumOptions,
  LabelPipe,
} from '@peerhub/shared/ui';

@Component({
  selector: 'ph-organisation-list',
  imports: [
    ClearFiltersComponent,
    FilterSelectComponent,
    SortSelectComponent,
    FormsModule,
    MatCardModule,
    MatFormFieldModule,
    RouterLink,
    LabelPipe,
    LoadStateComponent,
    PagerComponent,
  ],
  providers: [OrganisationListStore, OrganisationViewerStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@organisations.title">Organisations</h1>
      <p class="ph-muted" i18n="@@organisations.intro">
        Peer associations, NGOs, services, universities and networks active in peer support across Europe.
      </p>
      @if (viewer.viewer(); as me) {
        @if (!me.suspended) {
          <p class="register" data-testid="organisation-register">
            <span i18n="@@organisations.register.question">Is your organisation missing?</span>&ngsp;
            <a routerLink="/contribute/organisation/new" i18n="@@organisations.register.link">Register your organisation</a>
          </p>
        }
      } @else if (viewer.viewer() === null) {
        <p class="register" data-testid="organisation-register">
          <span i18n="@@organisations.register.question">Is your organisation missing?</span>&ngsp;
          <a
            routerLink="/account/sign-in"
            [queryParams]="{ next: '/contribute/organisation/new' }"
            data-testid="organisation-register-sign-in"
            i18n="@@organisations.register.signIn"
            >Sign in to register it</a
          >
        </p>
      }

      <form
        class="ph-filters"
        (submit)="$event.preventDefault()"
        i18n-aria-label="@@filters.label"
        aria-label="Filters"
      >
        <ph-filter-select
          label="Country"
          i18n-label="@@filters.country"
          [options]="countryOptions()"
          [value]="store.list.filter().country"
          (valueChange)="set({ country: $event })"
        />
        <ph-filter-select
          label="Type of organisation"
          i18n-label="@@organisations.type"
          [options]="typeOptions"
          [value]="store.list.filter().type"
          (valueChange)="set({ type: $event })"
        />
        <ph-filter-select
          label="Project"
          i18n-label="@@organisations.project"
          [options]="projectOptions"
          [value]="store.list.filter().project"
          (valueChange)="set({ project: $event })"
        />
        <ph-sort-select [value]="store.list.sort()" (valueChange)="store.list.setSort($event)" />
      </form>

      <ph-load-state
        [loading]="store.list.page.isLoading()"
        [error]="store.list.page.error()"
        [empty]="store.list.items().length === 0"
        emptyText="No organisation matches these filters."
        i18n-emptyText="@@organisations.empty"
        (retry)="store.list.page.reload()"
      >
        <ph-clear-filters phEmptyAction [filter]="store.list.filter()" (clear)="store.list.setFilter({})" />
        <ul class="ph-cards" data-testid="organisation-list">
          @for (o of store.list.items(); track o.id) {
            <li>
              <mat-card appearance="outlined">
                <mat-card-header>
                  <mat-card-title>
                    <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>
                    @if (o.acronym && o.acronym !== o.name) {
                      <span class="ph-muted acronym"> ({{ o.acronym }})</span>
                    }
                  </mat-card-title>
                  <mat-card-subtitle>
                    {{ o.type | phLabel }} ·
                    @if (o.city) {
                      <span>{{ o.city }}, </span>
                    }
                    {{ o.country?.name }}
                  </mat-card-subtitle>
                </mat-card-header>
                <mat-card-content>
                  @if (o.expertise.length) {
                    <p class="expertise">{{ o.expertise.slice(0, 4).join(' · ') }}</p>
                  }
                  @if (o.projects.length) {
                    <ul class="ph-chips" i18n-aria-label="@@organisations.projects" aria-label="Projects">
                      @for (p of o.projects; track p) {
                        <li class="ph-chip">{{ p }}</li>
                      }
                    </ul>
                  }
                </mat-card-content>
              </mat-card>
            </li>
          }
        </ul>
        <ph-pager
          [from]="store.list.from()"
          [to]="store.list.to()"
          [total]="store.list.total()"
          [hasPrevious]="!!store.list.pageInfo()?.hasPreviousPage"
          [hasNext]="!!store.list.pageInfo()?.hasNextPage"
          (previous)="store.list.previous()"
          (next)="store.list.next()"
        />
      </ph-load-state>
    </div>
  `,
  styles: `
    .register {
      margin: 0 0 16px;
    }
    .acronym {
      font-size: 0.9em;
      font-weight: 400;
    }
    .expertise {
      margin: 8px 0;
      line-height: 1.5;
    }
  `,
})
export class OrganisationListComponent {
  protected readonly store = inject(OrganisationListStore);
  protected readonly viewer = inject(OrganisationViewerStore);
  constructor() {
    bindListToUrl(
      this.store.list,
      { country: COUNTRY_CODE, type: ORGANISATION_TYPES, project: PROJECTS },
      { country: computed(() => this.store.countries().map((c) => c.code)) },
    );
  }

  protected readonly typeOptions = enumOptions(ORGANISATION_TYPES);
  protected readonly projectOptions = PROJECTS.map((p) => ({ value: p, label: p }));
  protected readonly countryOptions = computed(() =>
    this.store.countries().map((c) => ({ value: c.code, label: c.name })),
  );

  /** Filter fields as the selects and inputs give them ('' = any); the values come from the options offered. */
  protected set(change: Partial<Record<keyof OrganisationListFilter, string>>): void {
    this.store.list.setFilter({ ...this.store.list.filter(), ...change } as OrganisationListFilter);
  }
}
