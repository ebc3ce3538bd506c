import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CountryMapStore,
  DIMENSION_KEYS,
  MapCountry,
  parseMapDimension,
} from '@peerhub/countries/data-access';
import { DimensionKey, DimensionLevel } from '@peerhub/shared/graphql-types';
import { LabelPipe, LoadStateComponent, enumLabel } from '@peerhub/shared/ui';
import { MapShape, SMALL_AREA, buildEuropeMap } from './map-geometry';
import { CONTEXT_FILL, UNKNOWN_PATTERN_ID, levelFill, shapeKey, shortText } from './map-levels';

/** A profiled country as drawn: its level, its shape and, when the shape is tiny, a marker. */
interface DrawnCountry extends MapCountry {
  shape: MapShape;
  marker: boolean;
  fill: string;
  label: string;
}

/** Radius of the marker drawn on countries too small to see or click (viewBox units). */
const MARKER_RADIUS = 7;

/**
 * /countries/map?dimension=PAY — a choropleth of Europe: every profiled European country coloured by its level
 * of one profile dimension, keyboard-operable, with the same values in a table below.
 */
@Component({
  selector: 'ph-country-map',
  imports: [
    RouterLink,
    LabelPipe,
    LoadStateComponent,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
  ],
  providers: [CountryMapStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <p class="ph-muted back"><a routerLink="/countries" i18n="@@map.back">All countries</a></p>
      <h1 i18n="@@map.heading">Map of Europe</h1>
      <p class="ph-muted" i18n="@@map.intro">
        Where peer support work stands in each profiled European country, one profile dimension at a time.
        Choose a country on the map or in the table to open its profile.
      </p>

      <div class="controls">
        <mat-form-field appearance="outline" class="picker">
          <mat-label i18n="@@map.dimensionLabel">Dimension</mat-label>
          <mat-select data-testid="map-dimension" [value]="store.dimension()" (valueChange)="select($event)">
            @for (key of keys; track key) {
              <mat-option [value]="key">{{ key | phLabel }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <a mat-stroked-button routerLink="/countries/compare" data-testid="map-compare-link">
          <mat-icon aria-hidden="true">compare_arrows</mat-icon>
          <span i18n="@@map.compareLink">Compare countries</span>
        </a>
      </div>

      <ph-load-state
        [loading]="store.isLoading()"
        [error]="store.error()"
        [empty]="store.ready() && store.items().length === 0"
        emptyText="No European country has been profiled yet."
        i18n-emptyText="@@map.empty"
        (retry)="store.reload()"
      >
        @if (map(); as m) {
          <div class="layout">
            <figure class="map-figure">
              <svg
                data-testid="map"
                class="map"
                role="group"
                [attr.viewBox]="'0 0 ' + m.width + ' ' + m.height"
                [attr.aria-label]="mapLabel()"
                aria-describedby="map-help"
              >
                <defs>
                  <pattern
                    [attr.id]="unknownPatternId"
                    patternUnits="userSpaceOnUse"
                    width="6"
                    height="6"
                    patternTransform="rotate(45)"
                  >
                    <rect width="6" height="6" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke="#5f6368" stroke-width="2.5" />
                  </pattern>
                </defs>
                <rect class="sea" x="0" y="0" [attr.width]="m.width" [attr.height]="m.height" />
                <g class="context" aria-hidden="true" [attr.fill]="contextFill">
                  @for (s of m.context; track s.key) {
                    <path [attr.d]="s.d" />
                  }
                </g>
                <g class="profiled">
                  @for (c of m.countries; track c.code) {
                    <g
                      class="country"
                      data-testid="map-country"
                      tabindex="0"
                      role="link"
                      [attr.data-code]="c.code"
                      [attr.data-level]="c.level"
                      [attr.aria-label]="c.label"
                      [attr.fill]="c.fill"
                      (click)="open(c.code)"
                      (keydown.enter)="open(c.code)"
                      (mouseenter)="hovered.set(c.code)"
                      (mouseleave)="hovered.set(null)"
                      (focus)="focused.set(c.code)"
                      (blur)="focused.set(null)"
                    >
                      <path [attr.d]="c.shape.d" />
                      @if (c.marker) {
                        <circle
                          class="marker"
                          [attr.cx]="c.shape.centroid[0]"
                          [attr.cy]="c.shape.centroid[1]"
                          [attr.r]="markerRadius"
                        />
                      }
                    </g>
                  }
                </g>
                @if (focusedShape(); as f) {
                  <g class="focus-ring" aria-hidden="true">
                    <path [attr.d]="f.shape.d" class="ring-outer" />
                    <path [attr.d]="f.shape.d" class="ring-inner" />
                    @if (f.marker) {
                      <circle
                        class="ring-outer marker"
                        [attr.cx]="f.shape.centroid[0]"
                        [attr.cy]="f.shape.centroid[1]"
                        [attr.r]="markerRadius"
                      />
                      <circle
                        class="ring-inner marker"
                        [attr.cx]="f.shape.centroid[0]"
                        [attr.cy]="f.shape.centroid[1]"
                        [attr.r]="markerRadius"
                      />
                    }
                  </g>
                }
              </svg>
              <figcaption id="map-help" class="ph-muted help" i18n="@@map.help">
                Grey countries are not profiled. Use Tab to move between countries and Enter to open a profile. The
                table below gives the same information.
              </figcaption>
            </figure>

            <div class="side">
              <div class="info" data-testid="map-info" aria-live="polite">
                @if (active(); as a) {
                  <h2 class="info-name">{{ a.name }}</h2>
                  <p class="info-level">
                    <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                      <rect x="0.5" y="0.5" width="19" height="13" [attr.fill]="a.fill" />
                    </svg>
                    {{ a.level | phLabel }}
                  </p>
                  @if (a.text) {
                    <p class="info-text" lang="en">{{ short(a.text) }}</p>
                  } @else {
                    <p class="info-text ph-muted" i18n="@@map.unknownText">Unknown — the sources are silent</p>
                  }
                } @else {
                  <p class="ph-muted" i18n="@@map.infoHint">Point at or tab to a country to see its level.</p>
                }
              </div>

              <h2 id="map-legend-heading" class="legend-heading" i18n="@@map.legendHeading">Legend</h2>
              <ul class="legend" data-testid="map-legend" aria-labelledby="map-legend-heading">
                @for (l of store.levelCounts(); track l.level) {
                  <li [attr.data-level]="l.level" [attr.data-count]="l.count">
                    <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                      <rect x="0.5" y="0.5" width="19" height="13" [attr.fill]="fill(l.level)" />
                    </svg>
                    <span class="legend-label">{{ l.level | phLabel }}</span>
                    <span class="legend-count" i18n="@@map.legendCount"
                      >{l.count, plural, =0 {no country} =1 {1 country} other {{{ l.count }} countries}}</span
                    >
                  </li>
                }
                <li class="legend-context">
                  <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                    <rect x="0.5" y="0.5" width="19" height="13" [attr.fill]="contextFill" />
                  </svg>
                  <span class="legend-label" i18n="@@map.notProfiled">Not profiled</span>
                </li>
              </ul>
            </div>
          </div>

          <div class="ph-table-wrap">
            <table class="ph-table" data-testid="map-table">
              <caption i18n="@@map.caption">
                {{ dimensionLabel() }}: the level in each profiled European country
              </caption>
              <thead>
                <tr>
                  <th scope="col" i18n="@@map.colCountry">Country</th>
                  <th scope="col" i18n="@@map.colLevel">Level</th>
                  <th scope="col" i18n="@@map.colSummary">Summary</th>
                </tr>
              </thead>
              <tbody>
                @for (c of store.items(); track c.code) {
                  <tr [attr.data-code]="c.code">
                    <th scope="row">
                      <a [routerLink]="['/countries', c.code]">{{ c.name }}</a>
                    </th>
                    <td class="level-cell" [attr.data-level]="c.level">
                      <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
                        <rect x="0.5" y="0.5" width="19" height="13" [attr.fill]="fill(c.level)" />
                      </svg>
                      {{ c.level | phLabel }}
                    </td>
                    @if (c.text) {
                      <td lang="en">{{ c.text }}</td>
                    } @else {
                      <td class="ph-muted" i18n="@@map.unknownText">Unknown — the sources are silent</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </ph-load-state>
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
      flex: 0 1 320px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(220px, 1fr);
      gap: 16px 24px;
      align-items: start;
    }
    @media (max-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    @media (min-width: 901px) {
      .info {
        min-height: 140px;
      }
    }
    .map-figure {
      margin: 0;
    }
    .map {
      display: block;
      width: 100%;
      height: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .sea {
      fill: #eef3f7;
    }
    .context path {
      stroke: #ffffff;
      stroke-width: 0.5;
    }
    .country {
      cursor: pointer;
    }
    .country path,
    .country circle {
      stroke: #1f1f1f;
      stroke-width: 0.6;
    }
    .country .marker {
      stroke-width: 1.5;
    }
    .country:hover path {
      stroke-width: 1.6;
    }
    .focus-ring {
      fill: none;
      pointer-events: none;
    }
    .ring-outer {
      stroke: #000000;
      stroke-width: 4.5;
    }
    .ring-inner {
      stroke: #ffffff;
      stroke-width: 1.8;
    }
    @media (max-width: 600px) {
      .marker {
        r: 14px;
      }
    }
    .help {
      font-size: 0.875rem;
      margin-top: 6px;
    }
    .info {
      min-height: 64px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    .info-name {
      margin: 0 0 4px;
      font-size: 1.15rem;
    }
    .info-level {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 6px;
      font-weight: 500;
    }
    .info-text {
      margin: 0;
      font-size: 0.9rem;
      line-height: 1.45;
    }
    .legend-heading {
      font-size: 1rem;
      margin: 16px 0 8px;
    }
    .legend {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 3px 0;
    }
    .legend-count {
      margin-left: auto;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .swatch {
      width: 20px;
      height: 14px;
      flex: none;
      overflow: visible;
    }
    .swatch rect {
      stroke: #1f1f1f;
      stroke-width: 1;
    }
    .table-wrap {
      overflow-x: auto;
      margin-top: 24px;
    }
    caption {
      text-align: left;
      padding: 8px 0;
      font-weight: 500;
    }
    tbody th {
      font-weight: 500;
      min-width: 120px;
    }
    .level-cell {
      white-space: nowrap;
    }
    .level-cell .swatch {
      vertical-align: -2px;
      margin-right: 6px;
    }
    @media (max-width: 600px) {
      table {
        font-size: 0.875rem;
      }
      th,
      td {
        padding: 8px 4px;
      }
      tbody th {
        min-width: 0;
      }
      .level-cell {
        white-space: normal;
      }
    }
  `,
})
export class CountryMapComponent {
  /** The `dimension` query parameter (withComponentInputBinding), e.g. "PAY". */
  readonly dimension = input<string | undefined>();
  protected readonly store = inject(CountryMapStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly keys = DIMENSION_KEYS;
  protected readonly unknownPatternId = UNKNOWN_PATTERN_ID;
  protected readonly contextFill = CONTEXT_FILL;
  protected readonly markerRadius = MARKER_RADIUS;

  /** The country under the pointer, and the one with keyboard focus. */
  protected readonly hovered = signal<string | null>(null);
  protected readonly focused = signal<string | null>(null);

  /** The projected atlas; computed once per load of the borders. */
  private readonly geometry = computed(() => {
    const topology = this.store.topology.hasValue() ? this.store.topology.value() : undefined;
    return topology ? buildEuropeMap(topology) : undefined;
  });

  /** The shapes to draw: profiled countries coloured by level, the rest of the atlas as grey context. */
  protected readonly map = computed(() => {
    const geo = this.geometry();
    if (!geo || !this.store.ready()) return undefined;
    const countries: DrawnCountry[] = [];
    const used = new Set<string>();
    for (const c of this.store.items()) {
      const key = shapeKey(c.code);
      const shape = key ? geo.shapes.get(key) : undefined;
      if (!shape) continue;
      used.add(shape.key);
      countries.push({
        ...c,
        shape,
        marker: shape.area < SMALL_AREA,
        fill: levelFill(c.level),
        label: $localize`:@@map.countryLabel:${c.name}:country:: ${enumLabel(c.level)}:level:`,
      });
    }
    const context = [...geo.shapes.values()].filter((s) => !used.has(s.key));
    return { width: geo.width, height: geo.height, countries, context };
  });

  protected readonly dimensionLabel = computed(() => enumLabel(this.store.dimension()));
  protected readonly mapLabel = computed(
    () =>
      $localize`:@@map.svgLabel:Map of Europe, countries coloured by level of ${this.dimensionLabel()}:dimension:`,
  );

  private readonly drawn = computed(() => new Map((this.map()?.countries ?? []).map((c) => [c.code, c])));
  /** What the info panel shows: the hovered country, else the focused one. */
  protected readonly active = computed(() => {
    const code = this.hovered() ?? this.focused();
    return code ? this.drawn().get(code) : undefined;
  });
  /** The country drawing the focus ring (on top of its neighbours, so it is never hidden). */
  protected readonly focusedShape = computed(() => {
    const code = this.focused();
    return code ? this.drawn().get(code) : undefined;
  });

  constructor() {
    effect(() => this.store.dimension.set(parseMapDimension(this.dimension())));
  }

  /** Writes the chosen dimension to the URL so the map can be shared. */
  protected select(key: DimensionKey): void {
    this.store.dimension.set(key);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { dimension: key },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected open(code: string): void {
    void this.router.navigate(['/countries', code]);
  }

  protected fill(level: DimensionLevel): string {
    return levelFill(level);
  }

  protected short(text: string): string {
    return shortText(text);
  }
}
