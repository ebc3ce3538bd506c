import { DOCUMENT, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  CountryCompareStore,
  parseCompareCodes,
  toCsv,
} from '@peerhub/countries/data-access';
import { DimensionLevel } from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, enumLabel } from '@peerhub/shared/ui';

const LEVEL_ICONS: Record<DimensionLevel, string> = {
  ESTABLISHED: '●●●',
  PARTIAL: '●●○',
  EMERGING: '●○○',
  ABSENT: '○○○',
  UNKNOWN: '?',
};

/** /countries/compare?codes=PL,IT,IE — 2 to 5 country profiles side by side, shareable by URL and downloadable as CSV. */
@Component({
  selector: 'ph-country-compare',
  imports: [
    DatePipe,
    RouterLink,
    LabelPipe,
    LoadStateComponent,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
  ],
  providers: [CountryCompareStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back"><a routerLink="/countries" i18n="@@compare.back">All countries</a></p>
      <h1 i18n="@@compare.heading">Compare countries</h1>
      <p class="ph-muted" i18n="@@compare.intro">
        Put up to five country profiles side by side: how peer support work is recognised, trained, employed and
        paid, with the sources for every cell.
      </p>

      <div class="controls">
        <mat-form-field appearance="outline" class="picker">
          <mat-label i18n="@@compare.pickerLabel">Countries to compare</mat-label>
          <mat-select
            multiple
            data-testid="compare-picker"
            [value]="store.codes()"
            (valueChange)="select($event)"
          >
            @for (o of store.optionItems(); track o.code) {
              <mat-option [value]="o.code">{{ o.name }}</mat-option>
            }
          </mat-select>
          <mat-hint i18n="@@compare.pickerHint">Choose 2 to 5 countries.</mat-hint>
        </mat-form-field>
        @if (store.value()) {
          <button mat-stroked-button type="button" data-testid="compare-csv" (click)="downloadCsv()">
            <mat-icon aria-hidden="true">download</mat-icon>
            <span i18n="@@compare.csv">Download CSV</span>
          </button>
        }
      </div>

      <div id="compare-message" class="message" role="status" aria-live="polite" data-testid="compare-message">
        @if (count() < min) {
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
            <div class="table-wrap">
              <table class="compare" data-testid="compare-table">
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
                        <td>
                          <span [class]="'level level-' + cell.level.toLowerCase()" [attr.data-level]="cell.level">
                            <span class="dots" aria-hidden="true">{{ icon(cell.level) }}</span>
                            {{ cell.level | phLabel }}
                          </span>
                          @if (cell.text) {
                            <p class="dim-text" lang="en">{{ cell.text }}</p>
                          } @else {
                            <p class="dim-text ph-muted" i18n="@@compare.unknown">Unknown — the sources are silent</p>
                          }
                          @if (cell.sources.length) {
                            <p class="dim-sources ph-muted">
                              @for (s of cell.sources; track $index; let last = $last) {
                                @if (s.url) {
                                  <a [href]="s.url" target="_blank" rel="noopener">{{ s.title }}</a>{{
                                    s.locator ? ' (' + s.locator + ')' : ''
                                  }}{{ last ? '' : '; ' }}
                                } @else {
                                  <span>{{ s.title }}</span>{{ s.locator ? ' (' + s.locator + ')' : ''
                                  }}{{ last ? '' : '; ' }}
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
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: left;
      padding: 8px 0;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9rem;
    }
    th,
    td {
      text-align: left;
      padding: 10px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    thead th {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
      border-bottom-width: 2px;
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
    .level {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.85rem;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .dots {
      letter-spacing: 1px;
      font-size: 0.7rem;
    }
    .level-established {
      color: #0b5d1e;
      background: #e3f3e6;
    }
    .level-partial {
      color: #6b4e00;
      background: #fbf0d0;
    }
    .level-emerging {
      color: #0b4a8b;
      background: #e1ecf8;
    }
    .level-absent {
      color: #8c1d18;
      background: #fbe7e6;
    }
    .level-unknown {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
      border-style: dashed;
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

  /** Each row's cells aligned with the column order of the compared countries. */
  protected readonly rows = computed(() => {
    const c = this.store.value();
    if (!c) return [];
    return c.rows.map((row) => ({
      ...row,
      cells: c.countries.map(
        (country) =>
          row.cells.find((cell) => cell.countryCode === country.code) ?? {
            countryCode: country.code,
            level: 'UNKNOWN' as DimensionLevel,
            text: '',
            sources: [],
            verifiedOn: null,
          },
      ),
    }));
  });

  constructor() {
    effect(() => this.store.codes.set(parseCompareCodes(this.codes())));
  }

  /** Keeps the order countries were picked in, and writes the selection to the URL so it can be shared. */
  protected select(selected: string[]): void {
    const current = this.store.codes();
    const next = [
      ...current.filter((c) => selected.includes(c)),
      ...selected.filter((c) => !current.includes(c)),
    ];
    this.store.codes.set(next);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { codes: next.length ? next.join(',') : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected icon(level: DimensionLevel): string {
    return LEVEL_ICONS[level] ?? '';
  }

  /** Builds the comparison as CSV in the browser and downloads it. */
  protected downloadCsv(): void {
    const c = this.store.value();
    if (!c) return;
    const header = [$localize`:@@compare.csvDimension:Dimension`];
    for (const country of c.countries) {
      header.push(
        $localize`:@@compare.csvLevel:${country.name}:country: — level`,
        $localize`:@@compare.csvText:${country.name}:country: — text`,
        $localize`:@@compare.csvSources:${country.name}:country: — sources`,
      );
    }
    const lines: string[][] = [header];
    for (const row of this.rows()) {
      const line = [enumLabel(row.key)];
      for (const cell of row.cells) {
        line.push(enumLabel(cell.level), cell.text, cell.sources.map((s) => s.title).join('; '));
      }
      lines.push(line);
    }
    const blob = new Blob([toCsv(lines)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = this.document.createElement('a');
    a.href = url;
    a.download = `peerhub-comparison-${c.countries.map((country) => country.code).join('-')}.csv`;
    this.document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
