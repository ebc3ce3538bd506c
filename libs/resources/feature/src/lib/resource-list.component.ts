import { ChangeDetectionStrategy, Component, LOCALE_ID, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { bindListToUrl } from '@peerhub/shared/data-access';
import {
  AUDIENCES,
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
  ResourceListFilter,
  ResourceListStore,
} from '@peerhub/resources/data-access';
import {
  ClearFiltersComponent,
  FilterSelectComponent,
  LabelPipe,
  LoadStateComponent,
  PagerComponent,
  SortSelectComponent,
  enumOptions,
} from '@peerhub/shared/ui';
import { LanguageNamePipe, languageName } from '@peerhub/countries/data-access';

@Component({
  selector: 'ph-resource-list',
  imports: [
    ClearFiltersComponent,
    FilterSelectComponent,
    SortSelectComponent,
    FormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    LabelPipe,
    LanguageNamePipe,
    LoadStateComponent,
    PagerComponent,
  ],
  providers: [ResourceListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@resources.title">Resources</h1>
      <p class="ph-muted" i18n="@@resources.intro">
        Guides, curricula, papers, policies and tools on peer support, in the languages they were published
        in.
      </p>

      <form
        class="ph-filters"
        (submit)="$event.preventDefault(); set({ topic: topic.value })"
        i18n-aria-label="@@filters.label"
        aria-label="Filters"
      >
        <ph-filter-select
          label="Type"
          i18n-label="@@resources.type"
          [options]="typeOptions"
          [value]="store.list.filter().type"
          (valueChange)="set({ type: $event })"
        />
        <ph-filter-select
          label="Language"
          i18n-label="@@filters.language"
          [options]="languageOptions"
          [value]="store.list.filter().language"
          (valueChange)="set({ language: $event })"
        />
        <ph-filter-select
          label="Audience"
          i18n-label="@@resources.audience"
          [options]="audienceOptions"
          [value]="store.list.filter().audience"
          (valueChange)="set({ audience: $event })"
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
        emptyText="No resource matches these filters."
        i18n-emptyText="@@resources.empty"
        (retry)="store.list.page.reload()"
      >
        <ph-clear-filters phEmptyAction [filter]="store.list.filter()" (clear)="store.list.setFilter({})" />
        <ul class="ph-cards" data-testid="resource-list">
          @for (r of store.list.items(); track r.id) {
            <li>
              <mat-card appearance="outlined">
                <mat-card-header>
                  <mat-card-title
                    ><a [routerLink]="['/resources', r.slug]" [attr.lang]="r.language">{{
                      r.title
                    }}</a></mat-card-title
                  >
                  <mat-card-subtitle>
                    {{ r.type | phLabel }} · {{ r.language | phLanguageName }}
                    @if (r.year) {
                      · {{ r.year }}
                    }
                  </mat-card-subtitle>
                </mat-card-header>
                <mat-card-content>
                  @if (r.publisher) {
                    <p class="publisher ph-muted">{{ r.publisher }}</p>
                  }
                  <p class="ph-clamp" lang="en">{{ r.description }}</p>
                  @if (r.audience.length) {
                    <ul class="ph-chips" i18n-aria-label="@@resources.audience" aria-label="Audience">
                      @for (a of r.audience; track a) {
                        <li class="ph-chip">{{ a | phLabel }}</li>
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
    .publisher {
      margin: 8px 0 4px;
      font-size: 0.9rem;
    }
  `,
})
export class ResourceListComponent {
  protected readonly store = inject(ResourceListStore);
  private readonly locale = inject(LOCALE_ID);

  constructor() {
    bindListToUrl(this.store.list, {
      type: RESOURCE_TYPES,
      language: RESOURCE_LANGUAGES,
      audience: AUDIENCES,
      topic: 'text',
    });
  }

  protected readonly typeOptions = enumOptions(RESOURCE_TYPES);
  protected readonly languageOptions = enumOptions(RESOURCE_LANGUAGES, (l) => languageName(l, this.locale));
  protected readonly audienceOptions = enumOptions(AUDIENCES);

  /** Filter fields as the selects and inputs give them ('' = any); the values come from the options offered. */
  protected set(change: Partial<Record<keyof ResourceListFilter, string>>): void {
    const next = { ...this.store.list.filter(), ...change } as ResourceListFilter;
    if (JSON.stringify(next) !== JSON.stringify(this.store.list.filter())) this.store.list.setFilter(next);
  }
}
