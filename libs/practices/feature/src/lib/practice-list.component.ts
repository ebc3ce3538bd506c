import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { COUNTRY_CODE, bindListToUrl } from '@peerhub/shared/data-access';
import {
  LEADERSHIPS,
  PRACTICE_CATEGORIES,
  PracticeListFilter,
  PracticeListStore,
} from '@peerhub/practices/data-access';
import {
  FilterSelectComponent,
  LabelPipe,
  LoadStateComponent,
  PagerComponent,
  SortSelectComponent,
  enumOptions,
} from '@peerhub/shared/ui';

@Component({
  selector: 'ph-practice-list',
  imports: [
    FilterSelectComponent,
    MatInputModule,
    SortSelectComponent,
    FormsModule,
    MatCardModule,
    MatFormFieldModule,
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
        (submit)="$event.preventDefault(); set({ topic: topic.value })"
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
        <mat-form-field appearance="outline">
          <mat-label i18n="@@filters.topic">Topic</mat-label>
          <input
            matInput
            #topic
            name="topic"
            type="search"
            [value]="store.list.filter().topic ?? ''"
            (change)="set({ topic: topic.value })"
          />
          <mat-hint i18n="@@resources.topicHint">e.g. training — press Enter</mat-hint>
        </mat-form-field>
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
                    <li class="ph-chip">{{ p.leadership | phLabel }}</li>
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
      { country: computed(() => this.store.countries().map((c) => c.code)) },
    );
  }

  protected readonly categoryOptions = enumOptions(PRACTICE_CATEGORIES);
  protected readonly leadershipOptions = enumOptions(LEADERSHIPS);
  protected readonly countryOptions = computed(() =>
    this.store.countries().map((c) => ({ value: c.code, label: c.name })),
  );

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
