import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { COUNTRY_CODE, bindListToUrl } from '@peerhub/shared/data-access';
import {
  LEADERSHIPS,
  PRACTICE_CATEGORIES,
  PracticeListFilter,
  PracticeListStore,
} from '@peerhub/practices/data-access';
import {
  ClearFiltersComponent,
  FilterSelectComponent,
  LabelPipe,
  LoadStateComponent,
  PagerComponent,
  SortSelectComponent,
  enumLabel,
  enumOptions,
} from '@peerhub/shared/ui';

@Component({
  selector: 'ph-practice-list',
  imports: [
    ClearFiltersComponent,
    FilterSelectComponent,
    SortSelectComponent,
    FormsModule,
    MatCardModule,
    RouterLink,
    LabelPipe,
    LoadStateComponent,
    PagerComponent,
  ],
  providers: [PracticeListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@practices.title">Practices</h1>
      <p class="ph-muted" i18n="@@practices.intro">
        Case studies of peer support across Europe: what works, what can be improved, and what it takes.
      </p>

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
          label="Form of peer support"
          i18n-label="@@practices.category"
          [options]="categoryOptions"
          [value]="store.list.filter().category"
          (valueChange)="set({ category: $event })"
        />
        <ph-filter-select
          label="Leadership"
          i18n-label="@@practices.leadership"
          [options]="leadershipOptions"
          [value]="store.list.filter().leadership"
          (valueChange)="set({ leadership: $event })"
        />
        <ph-filter-select
          label="Topic"
          i18n-label="@@filters.topic"
          data-testid="practice-topic"
          [options]="topicOptions()"
          [value]="store.list.filter().topic"
          (valueChange)="set({ topic: $event })"
        />
        <ph-sort-select [value]="store.list.sort()" (valueChange)="store.list.setSort($event)" />
      </form>

      <ph-load-state
        [loading]="store.list.page.isLoading()"
        [error]="store.list.page.error()"
        [empty]="store.list.items().length === 0"
        emptyText="No practice matches these filters."
        i18n-emptyText="@@practices.empty"
        (retry)="store.list.page.reload()"
      >
        <ph-clear-filters phEmptyAction [filter]="store.list.filter()" (clear)="store.list.setFilter({})" />
        <ul class="ph-cards" data-testid="practice-list">
          @for (p of store.list.items(); track p.id) {
            <li>
              <mat-card appearance="outlined">
                <mat-card-header>
                  <mat-card-title
                    ><a [routerLink]="['/practices', p.slug]" lang="en">{{ p.title }}</a></mat-card-title
                  >
                  <mat-card-subtitle>{{ where(p) }}</mat-card-subtitle>
                </mat-card-header>
                <mat-card-content>
                  <p class="ph-clamp" lang="en">{{ p.summary }}</p>
                  <ul class="ph-chips">
                    <li class="ph-chip">{{ p.category | phLabel }}</li>
                    @if (p.leadership !== 'UNKNOWN') {
                      <li class="ph-chip">{{ p.leadership | phLabel }}</li>
                    }
                  </ul>
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
})
export class PracticeListComponent {
  protected readonly store = inject(PracticeListStore);
  constructor() {
    bindListToUrl(
      this.store.list,
      { country: COUNTRY_CODE, category: PRACTICE_CATEGORIES, leadership: LEADERSHIPS, topic: 'text' },
      { country: computed(() => this.store.countries().map((c) => c.code)), topic: this.store.topics },
    );
  }

  protected readonly categoryOptions = enumOptions(PRACTICE_CATEGORIES);
  /** "Unknown" would read as a kind of leadership: the filter names it for what it is. */
  protected readonly leadershipOptions = enumOptions(LEADERSHIPS, (v) =>
    v === 'UNKNOWN' ? $localize`:@@practices.leadershipUndocumented:Leadership not documented` : enumLabel(v),
  );
  protected readonly countryOptions = computed(() =>
    this.store.countries().map((c) => ({ value: c.code, label: c.name })),
  );
  protected readonly topicOptions = computed(() => this.store.topics().map((t) => ({ value: t, label: t })));

  /** "Italy, Prato · 2001" */
  protected where(p: {
    country?: { name: string } | null;
    place?: string | null;
    startYear?: number | null;
  }): string {
    const place = [p.country?.name, p.place].filter((x) => !!x).join(', ');
    return p.startYear ? `${place} · ${p.startYear}` : place;
  }

  /** Filter fields as the selects and inputs give them ('' = any); the values come from the options offered. */
  protected set(change: Partial<Record<keyof PracticeListFilter, string>>): void {
    this.store.list.setFilter({ ...this.store.list.filter(), ...change } as PracticeListFilter);
  }
}
