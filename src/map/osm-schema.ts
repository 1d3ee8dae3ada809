/**
 * The schema of the offline street basemap: the vector-tile layers that `npm run basemap` writes from an
 * OpenStreetMap extract, their feature kinds and properties. The pipeline (scripts/basemap) writes it and
 * the style (osm-style.ts) reads it; tests hold both to it. Plain data: no map library here (types aside).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../content/types';

/** Name properties every named feature carries, as tagged in OpenStreetMap. */
export const OSM_NAME_FIELDS = ['name', 'name:zh', 'name:en'] as const;

/**
 * How a label reads those names: in the reader's language, then as tagged, then the other language.
 * Here rather than with the style, so the map adapter (which relabels on a language switch) does not
 * carry the street style before a street basemap is chosen.
 */
export function osmNameExpression(lang: Lang): ExpressionSpecification {
  const [first, last] = lang === 'zh' ? ['name:zh', 'name:en'] : ['name:en', 'name:zh'];
  return ['coalesce', ['get', first], ['get', 'name'], ['get', last]];
}

/** The kind of each layer's features (property `kind`), in drawing order where it matters. */
export const OSM_LAYERS = {
  /** Parks, woods and land use areas. */
  landuse: [
    'park',
    'garden',
    'forest',
    'grass',
    'nature_reserve',
    'cemetery',
    'pitch',
    'golf_course',
    'residential',
    'commercial',
    'industrial',
    'retail',
    'education',
    'hospital',
  ],
  /** The sea (from coastlines), lakes, reservoirs, rivers' areas and basins. */
  water: ['ocean', 'water', 'reservoir', 'river', 'basin'],
  /** River and stream centre lines. */
  waterway: ['river', 'canal', 'stream', 'drain'],
  /** Buildings, with `height` in metres where tagged (or levels × 3). */
  buildings: ['building'],
  /** Streets by class; `link` is true for ramps, `bridge`/`tunnel` where tagged. */
  roads: ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'residential', 'minor', 'service', 'path'],
  /** Railways and metro lines. */
  railways: ['rail', 'subway', 'light_rail', 'tram'],
  /** Named places, from districts down to neighbourhoods. */
  places: ['city', 'town', 'suburb', 'quarter', 'village', 'neighbourhood', 'locality'],
} as const;

/** A layer of the archive. */
export type OsmLayer = keyof typeof OSM_LAYERS;

/** Properties each layer's features may carry, besides `kind` and the names. */
export const OSM_LAYER_PROPERTIES: Record<OsmLayer, readonly string[]> = {
  landuse: [],
  water: [],
  waterway: [],
  buildings: ['height', 'levels'],
  roads: ['link', 'bridge', 'tunnel', 'ref', 'oneway'],
  railways: ['tunnel', 'bridge'],
  places: ['population'],
};

/** Zoom range of the archive. */
export const OSM_MIN_ZOOM = 10;
export const OSM_MAX_ZOOM = 16;

/** The zoom from which each kind is written into tiles (missing kinds: from OSM_MIN_ZOOM). */
export const OSM_KIND_MIN_ZOOM: Partial<Record<OsmLayer, Partial<Record<string, number>>>> = {
  roads: { tertiary: 11, residential: 12, minor: 12, service: 14, path: 14 },
  railways: { tram: 13 },
  waterway: { stream: 13, drain: 14 },
  buildings: { building: 14 },
  places: { suburb: 11, quarter: 12, village: 12, neighbourhood: 13, locality: 14 },
};

/** The attribution every map that draws this basemap must show. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';
