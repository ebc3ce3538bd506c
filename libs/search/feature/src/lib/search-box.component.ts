import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import {
  MatAutocomplete,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatOptgroup, MatOption } from '@angular/material/core';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { SuggestHit, SuggestStore, searchHitLink } from '@peerhub/search/data-access';
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
  imports: [MatAutocomplete, MatAutocompleteTrigger, MatOption, MatOptgroup, MatIconModule, HitTitlePipe],
  providers: [SuggestStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="box"
      role="search"
      i18n-aria-label="@@search.box.landmark"
      aria-label="Site search"
      (submit)="$event.preventDefault(); submit()"
    >
      <mat-icon class="icon" aria-hidden="true">search</mat-icon>
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
            <mat-icon aria-hidden="true">search</mat-icon>
            <span i18n="@@search.box.all">All results for “{{ store.query().trim() }}”</span>
          </mat-option>
        }
      </mat-autocomplete>
    </form>
  `,
  styles: `
    :host {
      display: block;
      flex: 0 1 300px;
      min-width: 200px;
    }
    .box {
      position: relative;
      display: flex;
      align-items: center;
      width: 100%;
    }
    .icon {
      position: absolute;
      left: 10px;
      pointer-events: none;
      color: var(--mat-sys-on-surface-variant);
    }
    input {
      width: 100%;
      box-sizing: border-box;
      height: 40px;
      padding: 0 14px 0 40px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 20px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: inherit;
      font-size: 0.875rem;
      text-overflow: ellipsis;
    }
    input::placeholder {
      color: var(--mat-sys-on-surface-variant);
    }
    input:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
  `,
})
export class SearchBoxComponent {
  protected readonly store = inject(SuggestStore);
  private readonly router = inject(Router);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  private readonly trigger = viewChild.required(MatAutocompleteTrigger);

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
