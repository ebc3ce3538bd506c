import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, computed, inject, resource, signal } from '@angular/core';
import { queryResource, uiLanguage } from '@peerhub/shared/data-access';
import { CountryMapDocument, DimensionKey, DimensionLevel } from '@peerhub/shared/graphql-types';
import type { Topology } from 'topojson-specification';
import { DIMENSION_KEYS, DIMENSION_LEVELS } from './countries.store';

/** The dimension the map shows when the URL names none (or an unknown one). */
export const MAP_DEFAULT_DIMENSION: DimensionKey = 'ROLE_RECOGNITION';

/** Codes in `countries(european: true)` that have no territory to draw (the European-level pseudo-country). */
export const MAP_SKIPPED_CODES: readonly string[] = ['EU'];

/**
 * The country borders (world-atlas 1:50m TopoJSON, copied to the web build's assets by apps/web/project.json),
 * relative to the document base so every locale build finds its own copy.
 */
export const MAP_TOPOLOGY_PATH = 'assets/geo/countries-50m.json';

/** `pay` / `PAY` → `PAY`; anything else → the default dimension. */
export function parseMapDimension(raw: string | null | undefined): DimensionKey {
  const key = (raw ?? '').trim().toUpperCase();
  return (DIMENSION_KEYS as string[]).includes(key) ? (key as DimensionKey) : MAP_DEFAULT_DIMENSION;
}

/** One profiled country's value for the dimension on the map. */
export interface MapCountry {
  code: string;
  name: string;
  level: DimensionLevel;
  text: string;
  /** The documents the fact comes from (or, for an unknown level, the documents that were checked). */
  sources: readonly { title: string; url?: string | null; locator?: string | null }[];
  /** The day the fact's source was last checked (ISO date), when known. */
  verifiedOn: string | null;
}

/** A level with how many countries on the map have it. */
export interface MapLevelCount {
  level: DimensionLevel;
  count: number;
}

/** The choropleth of Europe: every profiled European country's level for one dimension, and the borders to draw. */
@Injectable()
export class CountryMapStore {
  private readonly lang = uiLanguage();
  private readonly document = inject(DOCUMENT);
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  /** The dimension the map is coloured by. */
  readonly dimension = signal<DimensionKey>(MAP_DEFAULT_DIMENSION);

  readonly countries = queryResource(CountryMapDocument, () => ({ lang: this.lang }));

  /** The borders, fetched on this page only (the file is ~750 kB). */
  readonly topology = resource({
    // Not on the server: the borders are drawn in the browser, and a server render should not fetch 750 kB.
    params: () => (this.browser ? true : undefined),
    loader: async ({ abortSignal }) => {
      const url = new URL(MAP_TOPOLOGY_PATH, this.document.baseURI).toString();
      let res: Response;
      try {
        res = await fetch(url, { signal: abortSignal, headers: { accept: 'application/json' } });
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') throw e;
        throw new Error(
          $localize`:@@map.geometryError:The map could not be loaded. Check your connection and try again.`,
        );
      }
      if (!res.ok) {
        throw new Error(
          $localize`:@@map.geometryError:The map could not be loaded. Check your connection and try again.`,
        );
      }
      return (await res.json()) as Topology;
    },
  });

  /** Every profiled European country with a territory, by localized name, with its level of the chosen dimension. */
  readonly items = computed<MapCountry[]>(() => {
    const countries = (this.countries.hasValue() ? this.countries.value()?.countries : undefined) ?? [];
    const key = this.dimension();
    return countries
      .filter((c) => !MAP_SKIPPED_CODES.includes(c.code))
      .map((c) => {
        const dim = c.dimensions.find((d) => d.key === key);
        return {
          code: c.code,
          name: c.name,
          level: dim?.level ?? 'UNKNOWN',
          text: dim?.text ?? '',
          sources: dim?.sources ?? [],
          verifiedOn: dim?.verifiedOn ?? null,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, this.lang));
  });

  /** Every level, most to least developed, with its number of countries. */
  readonly levelCounts = computed<MapLevelCount[]>(() => {
    const items = this.items();
    return DIMENSION_LEVELS.map((level) => ({ level, count: items.filter((c) => c.level === level).length }));
  });

  readonly isLoading = computed(() => this.countries.isLoading() || this.topology.isLoading());
  readonly error = computed(() => this.countries.error() ?? this.topology.error());
  /** True once both the data and the borders are in. */
  readonly ready = computed(() => this.countries.hasValue() && this.topology.hasValue());

  /** Reloads whatever failed. */
  reload(): void {
    if (this.countries.error()) this.countries.reload();
    if (this.topology.error()) this.topology.reload();
  }
}
