import { GeoPermissibleObjects, geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Points the map must show (a MultiPoint, so the fit does not depend on polygon winding): Iceland, the Atlantic
 * coasts, the Strait of Gibraltar, Malta, Crete, Cyprus, the Black Sea, the east of Ukraine and Belarus, the
 * North Cape. Roughly lon −25…45, lat 34…71.
 */
export const EUROPE_FRAME: [number, number][] = [
  [-24.6, 63.3],
  [-13.4, 66.6],
  [-10.6, 51.4],
  [-9.6, 36.9],
  [-5.6, 35.8],
  [14.6, 35.7],
  [24.1, 34.8],
  [34.6, 34.5],
  [41.5, 41.1],
  [45, 43.5],
  [41, 56],
  [38, 68],
  [28, 71.2],
  [15, 69.5],
  [5, 62],
];

/** The projection's centre (lon, lat), as in the European LAEA grid (EPSG:3035). */
export const EUROPE_CENTRE: [number, number] = [10, 52];

/** The SVG's width in viewBox units; the height follows from the projection. */
export const MAP_WIDTH = 800;
const MARGIN = 8;

/** Shapes smaller than this (in square viewBox units) get a marker so they can be seen and clicked (Malta). */
export const SMALL_AREA = 25;

/** One country of the atlas, projected. */
export interface MapShape {
  /** ISO 3166-1 numeric code, or `name:<atlas name>` for the few shapes without one. */
  key: string;
  /** SVG path data, clipped to the frame. */
  d: string;
  /** Projected area in square viewBox units. */
  area: number;
  /** Projected centroid [x, y]. */
  centroid: [number, number];
}

export interface EuropeMap {
  width: number;
  height: number;
  /** By key; only shapes with some part inside the frame. */
  shapes: Map<string, MapShape>;
}

/**
 * Projects the world-atlas countries onto an equal-area azimuthal map centred on Europe, fitted to
 * {@link EUROPE_FRAME} and clipped to the frame. Pure: same topology in, same map out.
 */
export function buildEuropeMap(topology: Topology, width = MAP_WIDTH): EuropeMap {
  const outline: MultiPoint = { type: 'MultiPoint', coordinates: EUROPE_FRAME };
  const projection = geoAzimuthalEqualArea()
    .rotate([-EUROPE_CENTRE[0], -EUROPE_CENTRE[1]])
    .fitWidth(width - 2 * MARGIN, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN);
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [width - MARGIN, height - MARGIN],
    ],
    outline,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);

  const object = topology.objects['countries'] as GeometryCollection<{ name?: string }>;
  const collection = feature(topology, object) as FeatureCollection<Geometry, { name?: string }>;
  const shapes = new Map<string, MapShape>();
  for (const f of collection.features as Feature<Geometry, { name?: string }>[]) {
    const d = path(f as GeoPermissibleObjects);
    if (!d) continue;
    const key = f.id !== undefined && f.id !== null ? String(f.id) : `name:${f.properties?.name ?? ''}`;
    const area = path.area(f as GeoPermissibleObjects);
    if (!(area > 0)) continue;
    const [cx, cy] = path.centroid(f as GeoPermissibleObjects);
    shapes.set(key, { key, d, area, centroid: [round(cx), round(cy)] });
  }
  return { width, height, shapes };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
