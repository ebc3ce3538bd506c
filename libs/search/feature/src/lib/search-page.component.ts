import { ChangeDetectionStrategy, Component, LOCALE_ID, inject, signal } from '@angular/core';
import { BreakpointObserver } from '@angular/cdk/layout';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  SearchFacetField,
  SearchHit,
  SearchState,
  SearchStore,
  parseSearchParams,
  searchHitLink,
  searchQueryParams,
} from '@peerhub/search/data-access';
import { LoadStateComponent, PagerComponent } from '@peerhub/shared/ui';
import { map } from 'rxjs';
import { searchFieldLabel, searchValueLabel } from './search-labels';
import { HitTitlePipe } from './hit-title.pipe';
import { CountryNamePipe, SearchKindPipe, SearchLanguagePipe, SearchValuePipe } from './search-pipes';

/** How many values a facet lists before "Show all". */
const FACET_LIMIT = 8;

/**
 * The results page. Its state lives in the URL (q, the facet fields, page + after), so a search can be shared and
 * Back goes to the previous one: the page reads the params into the store and navigates to change them.
 */
@Component({
  selector: 'ph-search-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    LoadStateComponent,
    PagerComponent,
    SearchValuePipe,
    SearchKindPipe,
    CountryNamePipe,
    SearchLanguagePipe,
    HitTitlePipe,
  ],
  providers: [SearchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@search.title">Search</h1>
      <form class="query" role="search" (submit)="$event.preventDefault(); search(q.value)">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="query-field">
          <mat-label i18n="@@search.page.label">Search practices, organisations, resources and countries</mat-label>
          <mat-icon matPrefix aria-hidden="true">search</mat-icon>
          <input
            matInput
            #q
            type="search"
            name="q"
            enterkeyhint="search"
            data-testid="search-page-input"
            [value]="store.query()"
          />
        </mat-form-field>
        <button mat-flat-button type="submit" class="go" i18n="@@search.submit">Search</button>
      </form>

      <div class="layout" [class.with-facets]="store.facets().length > 0">
        @if (store.facets().length) {
          <aside class="facets" data-testid="search-facets" aria-labelledby="search-facets-heading">
            <h2 id="search-facets-heading" i18n="@@search.facets.heading">Filter results</h2>
            <mat-accordion multi displayMode="flat">
              @for (facet of store.facets(); track facet.field) {
                <mat-expansion-panel [expanded]="!narrow()" class="facet">
                  <mat-expansion-panel-header>
                    <mat-panel-title>{{ fieldLabel(facet.field) }}</mat-panel-title>
                  </mat-expansion-panel-header>
                  <ul class="values" [attr.aria-label]="fieldLabel(facet.field)">
                    @for (v of shown(facet.field, facet.values); track v.value) {
                      <li>
                        <mat-checkbox
                          [checked]="v.selected"
                          (change)="toggle(facet.field, v.value, $event.checked)"
                          [attr.data-value]="v.value"
                        >
                          <span class="value">{{ v.value | phSearchValue: facet.field }}</span>
                          <span class="n">{{ v.count }}</span>
                        </mat-checkbox>
                      </li>
                    }
                  </ul>
                  @if (facet.values.length > limit) {
                    <button
                      mat-button
                      type="button"
                      class="more"
                      [attr.aria-expanded]="expanded().has(facet.field)"
                      (click)="toggleMore(facet.field)"
                    >
                      @if (expanded().has(facet.field)) {
                        <span i18n="@@search.facets.fewer">Show fewer</span>
                      } @else {
                        <span i18n="@@search.facets.all">Show all {{ facet.values.length }}</span>
                      }
                    </button>
                  }
                </mat-expansion-panel>
              }
            </mat-accordion>
          </aside>
        }

        <section class="results" aria-labelledby="search-results-heading">
          <div class="results-head">
            <h2 id="search-results-heading" i18n="@@search.results.heading">Results</h2>
            @if (store.result(); as r) {
              <p class="count" role="status" data-testid="search-count">
                <span i18n="@@search.count"
                  >{r.total, plural, =0 {No results} =1 {1 result} other {{{ r.total }} results}}</span
                >
              </p>
            }
          </div>

          @if (store.activeFilters().length) {
            <div class="active" role="group" i18n-aria-label="@@search.active.label" aria-label="Active filters">
              <ul class="ph-chips">
                @for (f of store.activeFilters(); track f.field + ':' + f.value) {
                  <li class="ph-chip active-chip">
                    <span>{{ f.value | phSearchValue: f.field }}</span>
                    <button
                      type="button"
                      class="remove"
                      [attr.aria-label]="removeLabel(f.field, f.value)"
                      (click)="toggle(f.field, f.value, false)"
                    >
                      <mat-icon aria-hidden="true">close</mat-icon>
                    </button>
                  </li>
                }
              </ul>
              <button mat-button type="button" (click)="clearFilters()" i18n="@@search.active.clear">
                Clear all
              </button>
            </div>
          }

          <ph-load-state
            [loading]="store.results.isLoading()"
            [error]="store.results.error()"
            (retry)="store.results.reload()"
          >
            @if (store.result(); as r) {
              @if (r.total === 0) {
                <div class="empty" data-testid="search-empty">
                  <mat-icon aria-hidden="true">search_off</mat-icon>
                  <div>
                    @if (store.query() && store.activeFilters().length) {
                      <p class="empty-title" i18n="@@search.empty.queryFilters">
                        Nothing matches “{{ store.query() }}” with these filters.
                      </p>
                    } @else if (store.query()) {
                      <p class="empty-title" i18n="@@search.empty.query">Nothing matches “{{ store.query() }}”.</p>
                    } @else {
                      <p class="empty-title" i18n="@@search.empty.filters">Nothing matches these filters.</p>
                    }
                    @if (r.suggestions.length) {
                      <p>
                        <span class="dym" i18n="@@search.empty.didYouMean">Did you mean:</span>
                        @for (s of r.suggestions; track s; let last = $last) {
                          <a
                            routerLink="/search"
                            [queryParams]="suggestionParams(s)"
                            queryParamsHandling="merge"
                            data-testid="search-suggestion"
                            >{{ s }}</a
                          >{{ last ? '' : ', ' }}
                        }
                      </p>
                    }
                    <p class="ph-muted" i18n="@@search.empty.tip">
                      Tip: check the spelling or try fewer, more general words. You can search in English, French,
                      Portuguese or Norwegian.
                    </p>
                    @if (store.activeFilters().length) {
                      <button mat-stroked-button type="button" (click)="clearFilters()" i18n="@@search.empty.clear">
                        Remove all filters
                      </button>
                    }
                  </div>
                </div>
              } @else {
                <ol class="hits" data-testid="search-results" [attr.start]="store.from()">
                  @for (h of store.hits(); track h.kind + ':' + h.id) {
                    <li class="hit">
                      <h3 class="hit-title">
                        <a [routerLink]="link(h)" [attr.lang]="h.kind === 'COUNTRY' ? null : h.language">{{
                          h | phHitTitle
                        }}</a>
                      </h3>
                      <ul class="ph-chips meta">
                        <li class="ph-chip kind">{{ h.kind | phSearchKind }}</li>
                        @if (h.country && h.kind !== 'COUNTRY') {
                          <li class="ph-chip plain">{{ h.country | phCountryName }}</li>
                        }
                        <li class="ph-chip plain">{{ h.language | phSearchLanguage }}</li>
                      </ul>
                      @if (h.snippet) {
                        <p class="snippet" [attr.lang]="h.language" [innerHTML]="h.snippet"></p>
                      }
                    </li>
                  }
                </ol>
                <ph-pager
                  [from]="store.from()"
                  [to]="store.to()"
                  [total]="store.total()"
                  [hasPrevious]="store.hasPrevious()"
                  [hasNext]="store.hasNext()"
                  (previous)="go(store.previousPage())"
                  (next)="go(store.nextPage())"
                />
              }
            }
          </ph-load-state>
        </section>

      </div>
    </div>
  `,
  styles: `
    h1 {
      margin-bottom: 12px;
    }
    .query {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
    }
    .query-field {
      flex: 1 1 200px;
    }
    .go {
      height: 48px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
      gap: 32px;
      margin-top: 16px;
    }
    @media (min-width: 841px) {
      .layout.with-facets {
        grid-template-columns: 260px minmax(0, 1fr);
      }
    }
    .results-head {
      display: flex;
      align-items: baseline;
      gap: 16px;
      flex-wrap: wrap;
    }
    .results-head h2,
    .facets h2 {
      margin: 8px 0;
      font-size: 1.25rem;
    }
    .count {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .active {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      margin: 4px 0 8px;
    }
    .active-chip {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding-right: 2px;
    }
    .remove {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 24px;
      height: 24px;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    .remove:hover {
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    .remove mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .hits {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .hit {
      padding: 16px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .hit-title {
      margin: 0 0 6px;
      font-size: 1.1rem;
      font-weight: 500;
    }
    .hit-title a {
      text-decoration: none;
    }
    .hit-title a:hover {
      text-decoration: underline;
    }
    .kind {
      font-weight: 500;
    }
    .plain {
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline-variant);
    }
    .snippet {
      margin: 8px 0 0;
      line-height: 1.5;
    }
    .snippet ::ng-deep mark {
      background: color-mix(in srgb, var(--mat-sys-tertiary) 22%, transparent);
      color: inherit;
      border-radius: 2px;
      padding: 0 1px;
    }
    .empty {
      display: flex;
      gap: 16px;
      padding: 16px 0;
    }
    .empty > mat-icon {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty p {
      margin: 0 0 12px;
    }
    .dym {
      margin-right: 0.3em;
    }
    .empty-title {
      font-size: 1.1rem;
    }
    .facet {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .values {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .value {
      margin-right: 6px;
    }
    .n {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.85rem;
    }
  `,
})
export class SearchPageComponent {
  protected readonly store = inject(SearchStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = inject(LOCALE_ID);
  protected readonly limit = FACET_LIMIT;
  /** Facets showing all their values. */
  protected readonly expanded = signal<ReadonlySet<SearchFacetField>>(new Set());
  protected readonly fieldLabel = searchFieldLabel;
  protected readonly link = (hit: SearchHit) => searchHitLink(hit);
  /** On narrow screens the facets come first, so they start folded. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 840px)')
      .pipe(map((r) => r.matches)),
    { initialValue: false },
  );

  constructor() {
    this.route.queryParamMap
      .pipe(takeUntilDestroyed())
      .subscribe((params) => this.store.load(parseSearchParams(params)));
  }

  protected shown<T>(field: SearchFacetField, values: T[]): T[] {
    return this.expanded().has(field) ? values : values.slice(0, FACET_LIMIT);
  }

  protected toggleMore(field: SearchFacetField): void {
    this.expanded.update((s) => {
      const next = new Set(s);
      if (!next.delete(field)) next.add(field);
      return next;
    });
  }

  protected search(query: string): void {
    this.go(this.store.withQuery(query));
  }

  protected toggle(field: SearchFacetField, value: string, on: boolean): void {
    // Filters change in place: keep the scroll position (and the focus on the checkbox).
    this.go(this.store.toggle(field, value, on), true);
  }

  protected clearFilters(): void {
    this.go(this.store.clearFilters(), true);
  }

  /** Set from TS: an i18n attribute with an interpolation does not render aria-label (Angular 21). */
  protected removeLabel(field: SearchFacetField, value: string): string {
    const label = searchValueLabel(field, value, this.locale);
    return $localize`:@@search.active.remove:Remove filter: ${label}:label:`;
  }

  protected suggestionParams(word: string): Record<string, string | null> {
    return { q: word, page: null, after: null };
  }

  protected go(state: SearchState | undefined, keepScroll = false): void {
    if (!state) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: searchQueryParams(state),
      queryParamsHandling: 'merge',
      ...(keepScroll ? { scroll: 'manual' as const } : {}),
    });
  }
}
