import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  viewChild,
} from '@angular/core';
import {
  MatAutocomplete,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatOptgroup, MatOption } from '@angular/material/core';
import { Router } from '@angular/router';
import { SuggestHit, SuggestStore, searchHitLink } from '@peerhub/search/data-access';
import { SearchHandover } from '@peerhub/search/data-access/handover';
import { HitTitlePipe } from './hit-title.pipe';
import { searchKindGroupLabel } from './search-names';

/** What an option stands for: a record to open, or "all results" for the typed text. */
type Choice = SuggestHit | { all: string };

/**
 * The toolbar's search box: suggestions by kind as you type (from two characters, debounced), a chosen one opens
 * its page, Enter on free text opens the results page.
 */
@Component({
  selector: 'ph-search-box',
  // The standalone parts (not MatAutocompleteModule), so the initial bundle stays small.
  imports: [MatAutocomplete, MatAutocompleteTrigger, MatOption, MatOptgroup, HitTitlePipe],
  providers: [SuggestStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="ph-search-field"
      role="search"
      i18n-aria-label="@@search.box.landmark"
      aria-label="Site search"
      (submit)="$event.preventDefault(); submit()"
    >
      <span class="material-symbols-outlined mat-icon ph-search-icon" ngProjectAs="mat-icon" aria-hidden="true">search</span>
      <input
        #input
        type="search"
        name="q"
        data-testid="search-box"
        maxlength="300"
        autocomplete="off"
        enterkeyhint="search"
        i18n-aria-label="@@search.box.label"
        aria-label="Search"
        i18n-placeholder="@@search.box.placeholder"
        placeholder="Search practices, organisations, resources…"
        [value]="store.query()"
        (input)="store.query.set(input.value)"
        [matAutocomplete]="auto"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        panelWidth="min(440px, 94vw)"
        [displayWith]="display"
        (optionSelected)="choose($event)"
      >
        @for (group of store.groups(); track group.kind) {
          <mat-optgroup [label]="groupLabel(group.kind)">
            @for (hit of group.hits; track hit.id) {
              <mat-option [value]="hit"
                ><span [attr.lang]="hit.kind === 'COUNTRY' ? null : hit.language">{{ hit | phHitTitle }}</span></mat-option
              >
            }
          </mat-optgroup>
        }
        @if (store.hits().length) {
          <mat-option class="all" [value]="{ all: store.query().trim() }">
            <span class="material-symbols-outlined mat-icon" ngProjectAs="mat-icon" aria-hidden="true">search</span>
            <span i18n="@@search.box.all">All results for “{{ store.query().trim() }}”</span>
          </mat-option>
        }
      </mat-autocomplete>
    </form>
  `,
  styles: `
    :host {
      display: block;
      flex: 0 1 240px;
      min-width: 200px;
    }
  `,
})
export class SearchBoxComponent {
  protected readonly store = inject(SuggestStore);
  private readonly router = inject(Router);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  private readonly trigger = viewChild.required(MatAutocompleteTrigger);
  constructor() {
    // The shell's light box was on screen until now: take over its text and focus in the same task that swapped
    // the boxes (a microtask after this component's creation), before any further keystroke can arrive.
    const handover = inject(SearchHandover);
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    queueMicrotask(() => {
      const el = host.querySelector('input');
      if (!el) return;
      const text = handover.text();
      if (text) {
        el.value = text;
        this.store.query.set(text);
      }
      if (handover.focused()) {
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      }
    });
    // Once bound: the focus again if the box could not take it yet (on phones it is shown by a class bound now),
    // and the panel for text typed before the swap (the trigger was not bound then to open it by itself).
    afterNextRender(() => {
      const el = this.input().nativeElement;
      if (handover.focused() && el.ownerDocument.activeElement !== el) {
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      }
      if (el.value && el.ownerDocument.activeElement === el) this.trigger().openPanel();
    });
  }

  protected readonly groupLabel = searchKindGroupLabel;
  protected readonly display = (choice: Choice | string | null): string =>
    typeof choice === 'string' ? choice : choice && 'title' in choice ? choice.title : '';

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const choice = event.option.value as Choice;
    if ('all' in choice) this.search(choice.all);
    else void this.router.navigate(searchHitLink(choice)).then(() => this.reset());
  }

  /** Enter without a highlighted suggestion: the results page for the text. */
  protected submit(): void {
    this.search(this.input().nativeElement.value.trim());
  }

  private search(q: string): void {
    this.trigger().closePanel();
    void this.router.navigate(['/search'], { queryParams: q ? { q } : {} }).then(() => this.reset());
  }

  private reset(): void {
    this.trigger().closePanel();
    this.input().nativeElement.value = '';
    this.store.query.set('');
  }
}
