import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
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
  FactComponent,
  FactSource,
  LabelPipe,
  LevelChipComponent,
  LoadStateComponent,
  enumLabel,
  factSourceLabel,
  factText,
  LongDatePipe,
} from '@peerhub/shared/ui';

/** One source as the table shows it: title, with the locator in brackets. */
interface ShownSource {
  label: string;
  url: string | null;
}

/**
 * One cell: `fact` is what the shared fact component renders; `text` and `sources` are the same words as plain
 * text, from which the CSV and JSON exports are built.
 */
interface ShownCell {
  countryCode: string;
  level: DimensionLevel;
  fact: { level: DimensionLevel; text: string; sources: readonly FactSource[] };
  text: string;
  sources: ShownSource[];
  verifiedOn: string | null;
}

/** /countries/compare?codes=PL,IT,IE — 2 to 5 country profiles side by side, shareable by URL and downloadable as CSV. */
@Component({
  selector: 'ph-country-compare',
  imports: [
    LongDatePipe,
    NgTemplateOutlet,
    RouterLink,
    LabelPipe,
    LoadStateComponent,
    CountryChipsComponent,
    LevelChipComponent,
    FactComponent,
    MatButtonModule,
  ],
  providers: [CountryCompareStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './country-compare.component.html',
  styleUrl: './country-compare.component.scss',
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
    return c.rows.map((row) => ({
      key: row.key,
      differs: row.differs,
      cells: c.countries.map((country): ShownCell => {
        const cell = row.cells.find((x) => x.countryCode === country.code);
        const fact = {
          level: cell?.level ?? 'UNKNOWN',
          text: cell?.text ?? '',
          sources: cell?.sources ?? [],
        };
        return {
          countryCode: country.code,
          level: fact.level,
          fact,
          text: factText(fact),
          sources: fact.sources.map((src) => ({ label: factSourceLabel(src), url: src.url ?? null })),
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

  /** The table as lines of fields: header, then one line per row, in the order shown (dates as YYYY-MM-DD). */
  protected tableLines(): string[][] {
    const c = this.store.value();
    if (!c) return [];
    const header = [$localize`:@@compare.csvDimension:Dimension`, $localize`:@@compare.csvDiffers:Differs`];
    for (const country of c.countries) {
      header.push(
        $localize`:@@compare.csvLevel:${country.name}:country: — level`,
        $localize`:@@compare.csvText:${country.name}:country: — text`,
        $localize`:@@compare.csvSources:${country.name}:country: — sources`,
        $localize`:@@compare.csvVerifiedOn:${country.name}:country: — verified on`,
      );
    }
    const differs = $localize`:@@compare.differs:Differs`;
    const lines: string[][] = [header];
    for (const row of this.rows()) {
      const line = [enumLabel(row.key), row.differs ? differs : ''];
      for (const cell of row.cells) {
        line.push(
          enumLabel(cell.level),
          cell.text,
          cell.sources.map((x) => x.label).join('; '),
          cell.verifiedOn ?? '',
        );
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
