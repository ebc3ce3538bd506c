import { DOCUMENT, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  CountryCompareStore,
  leftOutMessage,
  parseCompareCodes,
  splitKnownCodes,
  toCsv,
} from '@peerhub/countries/data-access';
import { DimensionLevel } from '@peerhub/shared/graphql-types';
import {
  CountryChipsComponent,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  enumLabel,
} from '@peerhub/shared/ui';

/** One source as the table shows it: title, with the locator in brackets. */
interface ShownSource {
  label: string;
  url: string | null;
}

/** One cell exactly as shown; the CSV and JSON exports are built from the same values. */
interface ShownCell {
  countryCode: string;
  level: DimensionLevel;
  known: boolean;
  text: string;
  sources: ShownSource[];
  verifiedOn: string | null;
}

/** /countries/compare?codes=PL,IT,IE — 2 to 5 country profiles side by side, shareable by URL and downloadable as CSV. */
@Component({
  selector: 'ph-country-compare',
  imports: [
    DatePipe,
    RouterLink,
    LabelPipe,
    LoadStateComponent,
    CountryChipsComponent,
    LevelChipComponent,
    MatButtonModule,
    MatIconModule,
  ],
  providers: [CountryCompareStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back">
        <a routerLink="/countries" i18n="@@compare.back">All countries</a> ·
        <a routerLink="/countries/map" data-testid="map-link" i18n="@@map.link">Map of Europe</a>
      </p>
      <h1 i18n="@@compare.heading">Compare countries</h1>
      <p class="ph-muted" i18n="@@compare.intro">
        Put up to five country profiles side by side: how peer support work is recognised, trained, employed and
        paid, with the sources for every cell.
      </p>

      <div class="controls">
        <ph-country-chips
          class="picker"
          data-testid="compare-picker"
          [options]="store.optionItems()"
          [selected]="store.codes()"
          [max]="max"
          [label]="pickerLabel"
          [hint]="pickerHint"
          (selectedChange)="select($event)"
        />
        @if (store.value()) {
          <button mat-stroked-button type="button" data-testid="compare-csv" (click)="downloadCsv()">
            <mat-icon aria-hidden="true">download</mat-icon>
            <span i18n="@@compare.csv">Download CSV</span>
          </button>
          <button mat-stroked-button type="button" data-testid="compare-json" (click)="downloadJson()">
            <mat-icon aria-hidden="true">data_object</mat-icon>
            <span i18n="@@compare.json">Download JSON</span>
          </button>
          <a mat-stroked-button data-testid="compare-brief" routerLink="/policy/brief" [queryParams]="{ codes: store.codes().join(',') }">
            <mat-icon aria-hidden="true">print</mat-icon>
            <span i18n="@@compare.brief">Policy brief</span>
          </a>
        }
      </div>

      <div id="compare-message" class="message" role="status" aria-live="polite" data-testid="compare-message">
        @if (ignoredText()) {
          <p class="too-many" data-testid="compare-ignored">{{ ignoredText() }}</p>
        }
        @if (store.options.isLoading()) {
        } @else if (count() < min) {
          <p i18n="@@compare.tooFew">Choose at least 2 countries to see the comparison.</p>
        } @else if (count() > max) {
          <p class="too-many" i18n="@@compare.tooMany">
            You can compare at most 5 countries at a time. Remove {{ count() - max }} to see the comparison.
          </p>
        }
      </div>

      @if (store.valid()) {
        <ph-load-state
          [loading]="store.comparison.isLoading()"
          [error]="store.comparison.error()"
          [empty]="!store.value()?.rows?.length"
          emptyText="No profile dimension to compare for these countries."
          i18n-emptyText="@@compare.empty"
          (retry)="store.comparison.reload()"
        >
          @if (store.value(); as c) {
            <p class="ph-muted as-of" i18n="@@compare.dataAsOf">Data as of {{ c.dataAsOf | date: 'longDate' }}</p>
            <p class="ph-muted legend" i18n="@@compare.legend">
              Established: in place nationally · Partial: some regions or services · Emerging: pilots · Absent ·
              Unknown: the sources are silent.
            </p>
            <div class="ph-table-wrap">
              <table class="ph-table compare" data-testid="compare-table">
                <caption i18n="@@compare.caption">
                  Country profiles side by side. Rows marked “Differs” are dimensions where the levels are not all
                  the same.
                </caption>
                <thead>
                  <tr>
                    <th scope="col" i18n="@@compare.dimension">Dimension</th>
                    @for (country of c.countries; track country.code) {
                      <th scope="col">
                        <a [routerLink]="['/countries', country.code]">{{ country.name }}</a>
                      </th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (row of rows(); track row.key) {
                    <tr [class.differs]="row.differs" [attr.data-differs]="row.differs">
                      <th scope="row">
                        {{ row.key | phLabel }}
                        @if (row.differs) {
                          <span class="differs-tag" i18n="@@compare.differs">Differs</span>
                        }
                      </th>
                      @for (cell of row.cells; track $index) {
                        <td [attr.data-country]="cell.countryCode">
                          <ph-level class="cell-level" [value]="cell.level" />
                          <p class="dim-text" [class.ph-muted]="!cell.known" [attr.lang]="cell.known ? 'en' : null">
                            {{ cell.text }}
                          </p>
                          @if (cell.sources.length) {
                            <p class="dim-sources ph-muted">
                              @for (s of cell.sources; track $index; let last = $last) {
                                @if (s.url) {
                                  <a [href]="s.url" target="_blank" rel="noopener">{{ s.label }}</a>
                                } @else {
                                  <span>{{ s.label }}</span>
                                }
                                @if (!last) {
                                  ;&ngsp;
                                }
                              }
                            </p>
                          }
                        </td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </ph-load-state>
      }
    </div>
  `,
  styles: `
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-top: 16px;
    }
    .picker {
      flex: 1 1 320px;
      max-width: 560px;
    }
    .message p {
      margin: 4px 0 12px;
      font-weight: 500;
    }
    .message .too-many {
      color: var(--mat-sys-error);
    }
    .as-of,
    .legend {
      font-size: 0.9rem;
    }
    tbody th {
      font-weight: 500;
      min-width: 160px;
    }
    tr.differs {
      background: var(--mat-sys-surface-container);
    }
    tr.differs th {
      border-left: 4px solid var(--mat-sys-primary);
    }
    .differs-tag {
      display: inline-block;
      margin-top: 4px;
      padding: 0 8px;
      border-radius: 4px;
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: var(--mat-sys-on-primary);
      background: var(--mat-sys-primary);
    }
    .dim-text {
      margin: 6px 0 0;
      line-height: 1.5;
      min-width: 180px;
    }
    .dim-sources {
      margin: 6px 0 0;
      font-size: 0.8rem;
    }
  `,
})
export class CountryCompareComponent {
  /** The `codes` query parameter (withComponentInputBinding), e.g. "PL,IT,IE". */
  readonly codes = input<string | undefined>();
  protected readonly store = inject(CountryCompareStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  protected readonly min = COMPARE_MIN;
  protected readonly max = COMPARE_MAX;
  protected readonly count = computed(() => this.store.codes().length);
  /** Codes in the address that are not profiled countries; left out, and said so. */
  protected readonly ignored = signal<string[]>([]);
  protected readonly ignoredText = computed(() => leftOutMessage(this.ignored()));
  protected readonly pickerLabel = $localize`:@@compare.pickerLabel:Countries to compare`;
  protected readonly pickerHint = $localize`:@@compare.pickerHint:Choose 2 to 5 countries.`;

  /** Each row's cells aligned with the column order of the compared countries, as displayed. */
  protected readonly rows = computed(() => {
    const c = this.store.value();
    if (!c) return [];
    const unknownText = $localize`:@@compare.unknown:Unknown — the sources are silent`;
    return c.rows.map((row) => ({
      key: row.key,
      differs: row.differs,
      cells: c.countries.map((country): ShownCell => {
        const cell = row.cells.find((x) => x.countryCode === country.code);
        return {
          countryCode: country.code,
          level: cell?.level ?? 'UNKNOWN',
          known: !!cell?.text,
          text: cell?.text || unknownText,
          sources: (cell?.sources ?? []).map((src) => ({
            label: src.locator ? `${src.title} (${src.locator})` : src.title,
            url: src.url ?? null,
          })),
          verifiedOn: cell?.verifiedOn ?? null,
        };
      }),
    }));
  });

  constructor() {
    effect(() => {
      const asked = parseCompareCodes(this.codes());
      const { kept, leftOut } = splitKnownCodes(asked, this.store.knownCodes());
      this.store.codes.set(kept);
      this.ignored.set(leftOut);
    });
  }

  /** Keeps the order countries were picked in, and writes the selection to the URL so it can be shared. */
  protected select(next: string[]): void {
    this.store.codes.set(next);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { codes: next.length ? next.join(',') : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** The table as lines of fields: header, then one line per row, in the order shown. */
  protected tableLines(): string[][] {
    const c = this.store.value();
    if (!c) return [];
    const header = [$localize`:@@compare.csvDimension:Dimension`, $localize`:@@compare.csvDiffers:Differs`];
    for (const country of c.countries) {
      header.push(
        $localize`:@@compare.csvLevel:${country.name}:country: — level`,
        $localize`:@@compare.csvText:${country.name}:country: — text`,
        $localize`:@@compare.csvSources:${country.name}:country: — sources`,
      );
    }
    const differs = $localize`:@@compare.differs:Differs`;
    const lines: string[][] = [header];
    for (const row of this.rows()) {
      const line = [enumLabel(row.key), row.differs ? differs : ''];
      for (const cell of row.cells) {
        line.push(enumLabel(cell.level), cell.text, cell.sources.map((x) => x.label).join('; '));
      }
      lines.push(line);
    }
    return lines;
  }

  /** Downloads the table as CSV, built in the browser from exactly what is shown. */
  protected downloadCsv(): void {
    this.download(toCsv(this.tableLines()), 'text/csv;charset=utf-8', 'csv');
  }

  /** Downloads what is shown as JSON: the same values as the table, with source addresses and dates. */
  protected downloadJson(): void {
    const c = this.store.value();
    if (!c) return;
    const data = {
      dataAsOf: c.dataAsOf,
      countries: c.countries.map((x) => ({ code: x.code, name: x.name })),
      rows: this.rows().map((row) => ({
        key: row.key,
        dimension: enumLabel(row.key),
        differs: row.differs,
        cells: row.cells.map((cell) => ({
          country: cell.countryCode,
          level: cell.level,
          levelLabel: enumLabel(cell.level),
          text: cell.text,
          sources: cell.sources,
          verifiedOn: cell.verifiedOn,
        })),
      })),
    };
    this.download(JSON.stringify(data, null, 2) + '\n', 'application/json', 'json');
  }

  private download(text: string, type: string, extension: string): void {
    const c = this.store.value();
    if (!c) return;
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = this.document.createElement('a');
    a.href = url;
    a.download = `peerhub-comparison-${c.countries.map((country) => country.code).join('-')}.${extension}`;
    this.document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
