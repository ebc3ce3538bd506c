import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One source of a fact: a document's title, its public address if it has one, and where in it. */
export interface FactSource {
  title: string;
  url?: string | null;
  locator?: string | null;
}

/** A country fact (a profile dimension) as stored: its level, the text the sources give, and the sources. */
export interface FactView {
  level: string;
  text?: string | null;
  sources: readonly FactSource[];
}

/** The level of a dimension the sources are silent about. */
export const UNDOCUMENTED_LEVEL = 'UNKNOWN';

/** A source as one label: "Title (locator)". */
export function factSourceLabel(s: FactSource): string {
  return s.locator ? `${s.title} (${s.locator})` : s.title;
}

/**
 * What a reader reads for a fact, in the page's language, as plain text (the CSV export uses it, so a download
 * says exactly what the page shows): the stored text for a documented fact; for an undocumented one
 * "Not documented yet." followed by whatever context the checked documents do give ("Nothing recorded." for a
 * known level without text). Stored notes are never turned into sentences anywhere else.
 */
export function factText(f: Pick<FactView, 'level' | 'text'>): string {
  const text = (f.text ?? '').trim();
  if (f.level !== UNDOCUMENTED_LEVEL) return text || $localize`:@@fact.noText:Nothing recorded.`;
  const notDocumented = $localize`:@@fact.notDocumented:Not documented yet.`;
  return text ? `${notDocumented} ${text}` : notDocumented;
}

/**
 * One country fact as readers see it, wherever a dimension is shown (profile, comparison, map, brief,
 * transferability). A documented fact shows its text (English, marked lang="en") and its sources; an undocumented
 * one says "Not documented yet" in the page's language, then the context note the sources give, then
 * "Checked:" and the documents that were searched. With `refs` (the brief's numbered sources) the sources are
 * shown as those numbers instead of titles.
 */
@Component({
  selector: 'ph-fact',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-undocumented]': 'undocumented()' },
  template: `
    @if (undocumented()) {
      <p class="dim-text" data-testid="fact-undocumented">
        <span class="not-documented" i18n="@@fact.notDocumented">Not documented yet.</span>
        @if (note()) {
          &ngsp;<span class="note" lang="en" data-testid="fact-note">{{ note() }}</span>
        }
        @if (refs()) {
          &ngsp;<span class="checked-label" i18n="@@fact.checked">Checked:</span>&ngsp;<span class="refs">{{
            refs()
          }}</span>
        }
      </p>
    } @else if (note()) {
      <p class="dim-text" lang="en">
        {{ note() }}
        @if (refs()) {
          &ngsp;<span class="refs">{{ refs() }}</span>
        }
      </p>
    } @else {
      <p class="dim-text ph-muted" i18n="@@fact.noText">Nothing recorded.</p>
    }
    @if (showSources() && !refs() && fact().sources.length) {
      <p class="dim-sources ph-muted" data-testid="fact-sources">
        @if (undocumented()) {
          <ng-container i18n="@@fact.checked">Checked:</ng-container>
        } @else {
          <ng-container i18n="@@fact.sources">Sources:</ng-container>
        }
        <!-- prettier-ignore -->
        @for (s of fact().sources; track $index; let first = $first) {{{ first ? ' ' : '; ' }}@if (s.url) {<a [href]="s.url" target="_blank" rel="noopener">{{ label(s) }}</a>} @else {<span>{{ label(s) }}</span>}}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .dim-text {
      margin: 0;
      line-height: 1.5;
    }
    .not-documented {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .checked-label {
      color: var(--mat-sys-on-surface-variant);
    }
    .dim-sources {
      margin: 6px 0 0;
      font-size: 0.85rem;
    }
    .refs {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    @media print {
      .not-documented,
      .checked-label,
      .refs,
      .dim-sources {
        color: #333;
      }
    }
  `,
})
export class FactComponent {
  readonly fact = input.required<FactView>();
  /** Show the sources under the text (the map shows them for undocumented facts only). */
  readonly showSources = input(true);
  /** The brief's reference numbers for this fact's sources, e.g. "[1, 2]"; replaces the list of titles. */
  readonly refs = input<string | null>(null);
  protected readonly undocumented = computed(() => this.fact().level === UNDOCUMENTED_LEVEL);
  protected readonly note = computed(() => (this.fact().text ?? '').trim());
  protected readonly label = factSourceLabel;
}
