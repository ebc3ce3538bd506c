import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CountryMapStore,
  DIMENSION_KEYS,
  MapCountry,
  parseMapDimension,
} from '@peerhub/countries/data-access';
import { DimensionKey, DimensionLevel } from '@peerhub/shared/graphql-types';
import {
  FactComponent,
  LabelPipe,
  LoadStateComponent,
  LongDatePipe,
  SwatchComponent,
  enumLabel,
} from '@peerhub/shared/ui';
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
    FactComponent,
    LabelPipe,
    LoadStateComponent,
    LongDatePipe,
    SwatchComponent,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
  ],
  providers: [CountryMapStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './country-map.component.html',
  styleUrl: './country-map.component.scss',
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
    const code = this.hovered() ?? this.focused() ?? this.tapped();
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

  /** The country last tapped on a touch screen: a tap shows its value, the panel's link opens the profile. */
  protected readonly tapped = signal<string | null>(null);
  /** How the last press started ('mouse', 'touch', 'pen'). */
  protected pointerType = 'mouse';

  /** A mouse click opens the profile as before; a tap (touch or pen) only shows the country's value. */
  protected tap(code: string): void {
    if (this.pointerType === 'touch' || this.pointerType === 'pen') {
      this.hovered.set(null);
      this.tapped.set(code);
      return;
    }
    this.open(code);
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
