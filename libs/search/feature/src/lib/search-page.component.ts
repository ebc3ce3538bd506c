import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  LOCALE_ID,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  SEARCH_KINDS,
  SearchFacetField,
  SearchHit,
  SearchState,
  SearchStore,
  parseSearchParams,
  searchHitLink,
  searchQueryParams,
} from '@peerhub/search/data-access';
import { LoadStateComponent, PagerComponent } from '@peerhub/shared/ui';
import { searchFieldLabel, searchTypeGroupLabel, searchValueLabel } from './search-labels';
import { HitTitlePipe } from './hit-title.pipe';
import {
  CountryNamePipe,
  SearchKindPipe,
  SearchLanguagePipe,
  SearchValuePipe,
  SnippetPipe,
} from './search-pipes';

/** How many values a facet lists before "Show all". */
const FACET_LIMIT = 8;

/**
 * Built from native elements (checkboxes, <details> panels, the app's global button classes): Material's form
 * field, input, checkbox, expansion and button modules cost this page ~200 kB of script on a first visit (issue 11).
 *
 * The results page. Its state lives in the URL (q, the facet fields, page + after), so a search can be shared and
 * Back goes to the previous one: the page reads the params into the store and navigates to change them.
 */
@Component({
  selector: 'ph-search-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    LoadStateComponent,
    PagerComponent,
    SearchValuePipe,
    SearchKindPipe,
    CountryNamePipe,
    SearchLanguagePipe,
    SnippetPipe,
    HitTitlePipe,
  ],
  providers: [SearchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.component.html',
  styleUrl: './search-page.component.scss',
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
  private readonly document = inject(DOCUMENT);
  /** The stylesheet's phone breakpoint, read with the browser's matchMedia (false on the server). */
  private readonly phoneWidth = signal(false);
  // False until the page has hydrated: the server renders without knowing the width, and the first browser render
  // must build the same markup. What shows at which width is the stylesheet's (media queries), so nothing moves.
  // The facet panels are built only after that: the server renders their column's placeholder, hydration stays
  // short (Lighthouse TBT), and on a phone they are built only when the drawer opens.
  protected readonly hydrated = signal(false);
  /** Phones: the facets live in a drawer (a dialog), with their panels built when it opens. */
  protected readonly narrow = computed(() => this.hydrated() && this.phoneWidth());

  /** Phones: whether the facet drawer is open. */
  protected readonly filtersOpen = signal(false);
  private readonly filtersButton = viewChild('filtersButton', { read: ElementRef<HTMLElement> });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);

  protected openFilters(): void {
    this.filtersOpen.set(true);
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#search-facets-heading')?.focus());
  }

  protected closeFilters(): void {
    if (!this.filtersOpen()) return;
    this.filtersOpen.set(false);
    setTimeout(() => this.filtersButton()?.nativeElement.focus());
  }

  /** Phones with the drawer open: the drawer is modal, everything else inert. */
  protected readonly modal = computed(() => this.narrow() && this.filtersOpen());
  private readonly drawer = viewChild('drawer', { read: ElementRef<HTMLElement> });

  constructor() {
    afterNextRender(() => {
      const view = this.document.defaultView;
      const query = typeof view?.matchMedia === 'function' ? view.matchMedia('(max-width: 840px)') : null;
      if (query) {
        this.phoneWidth.set(query.matches);
        const follow = (e: MediaQueryListEvent) => this.phoneWidth.set(e.matches);
        query.addEventListener('change', follow);
        this.destroyRef.onDestroy(() => query.removeEventListener('change', follow));
      }
      this.hydrated.set(true);
    });
    // A modal drawer: every element outside it (up to <body>) is `inert` while it is open, so Tab, a screen
    // reader's virtual cursor and a tap stay inside; the attributes this set are taken back when it closes.
    effect((onCleanup) => {
      const drawer = this.drawer()?.nativeElement;
      if (!this.modal() || !drawer) return;
      const made: HTMLElement[] = [];
      for (
        let node: HTMLElement | null = drawer;
        node && node !== this.document.body;
        node = node.parentElement
      )
        for (const sibling of Array.from(node.parentElement?.children ?? []))
          if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
            sibling.inert = true;
            made.push(sibling);
          }
      onCleanup(() => made.forEach((el) => (el.inert = false)));
    });
    this.route.queryParamMap
      .pipe(takeUntilDestroyed())
      .subscribe((params) => this.store.load(parseSearchParams(params)));
  }

  protected shown<T>(field: SearchFacetField, values: T[]): T[] {
    return this.expanded().has(field) ? values : values.slice(0, FACET_LIMIT);
  }

  /**
   * The type facet's values grouped by the kind they belong to (`resource:guide` under "Document type"), kinds in
   * the order the kind facet lists them.
   */
  protected typeGroups<T extends { value: string }>(
    values: T[],
  ): { kind: string; label: string; values: T[] }[] {
    return SEARCH_KINDS.map((kind) => ({
      kind,
      label: searchTypeGroupLabel(kind),
      values: values.filter((v) => v.value.startsWith(`${kind}:`)),
    })).filter((g) => g.values.length > 0);
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
