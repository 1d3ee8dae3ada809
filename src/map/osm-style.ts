import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { Lang } from '../content/types';
import {
  OSM_ATTRIBUTION,
  OSM_LAYERS,
  OSM_MAX_ZOOM,
  OSM_MIN_ZOOM,
  type OsmLayer,
  osmNameExpression,
} from './osm-schema';
import { FONT_STACK } from './style';

// The labels' name expression belongs to this style's interface; it is defined with the schema, so the
// map adapter can relabel without loading this module.
export { osmNameExpression };

/**
 * Colours of the offline street basemap, calm enough for the thematic layers drawn over it (the same
 * family as the embedded basemap's BASEMAP_PALETTE). A palette is data: another atlas passes its own.
 */
export const OSM_PALETTE = {
  background: '#efece4',
  water: '#aecde2',
  waterLine: '#9cc2dc',
  landuse: {
    park: '#d3e5c6',
    garden: '#d3e5c6',
    forest: '#c6dcb6',
    grass: '#dcebd0',
    nature_reserve: '#d0e3c2',
    cemetery: '#d9e0d0',
    pitch: '#cfe3c3',
    golf_course: '#d3e5c6',
    residential: '#ebe7de',
    commercial: '#efe5dc',
    industrial: '#e6e1e3',
    retail: '#f0e3dc',
    education: '#efe8cf',
    hospital: '#f1dede',
  } satisfies Record<(typeof OSM_LAYERS.landuse)[number], string>,
  building: '#ddd6ca',
  buildingOutline: '#cbc2b3',
  road: {
    motorway: '#f4cf8e',
    trunk: '#f7dca6',
    primary: '#fbe7c0',
    secondary: '#ffffff',
    tertiary: '#ffffff',
    residential: '#ffffff',
    minor: '#ffffff',
    service: '#ffffff',
    path: '#c9bfae',
  } satisfies Record<(typeof OSM_LAYERS.roads)[number], string>,
  roadCasing: '#d2c9b9',
  motorwayCasing: '#d9a95c',
  rail: '#9a9184',
  subway: '#8c7fa8',
  label: '#5b5346',
  roadLabel: '#6a6052',
  waterLabel: '#4b7696',
  parkLabel: '#4f6e3e',
  halo: '#ffffff',
};

export type OsmPalette = typeof OSM_PALETTE;

/** Line widths in pixels at zoom 10 and 16 for each street class (casings add 2 px). */
export const OSM_ROAD_WIDTHS: Record<(typeof OSM_LAYERS.roads)[number], [number, number]> = {
  motorway: [1.6, 14],
  trunk: [1.4, 13],
  primary: [1.2, 12],
  secondary: [0.9, 10],
  tertiary: [0.7, 9],
  residential: [0.4, 7],
  minor: [0.4, 6],
  service: [0.3, 3.5],
  path: [0.3, 1.5],
};

/** One label rule: which features of a layer are named, from which zoom, how large and in which colour. */
export interface OsmLabelRule {
  id: string;
  layer: OsmLayer;
  kinds?: readonly string[];
  minzoom: number;
  /** Text size in pixels at the rule's minzoom and at zoom 16. */
  size: [number, number];
  placement: 'point' | 'line';
  color: keyof Pick<OsmPalette, 'label' | 'roadLabel' | 'waterLabel' | 'parkLabel'>;
}

/** Which features are named, lowest first (MapLibre places the later symbol layers first). */
export const OSM_LABEL_RULES: readonly OsmLabelRule[] = [
  { id: 'waterway', layer: 'waterway', minzoom: 13, size: [11, 13], placement: 'line', color: 'waterLabel' },
  { id: 'water', layer: 'water', minzoom: 13, size: [11, 13], placement: 'point', color: 'waterLabel' },
  {
    id: 'park',
    layer: 'landuse',
    kinds: ['park', 'garden', 'nature_reserve', 'forest'],
    minzoom: 14,
    size: [11, 13],
    placement: 'point',
    color: 'parkLabel',
  },
  {
    id: 'road-minor',
    layer: 'roads',
    kinds: ['tertiary', 'residential', 'minor', 'service'],
    minzoom: 14,
    size: [10, 12],
    placement: 'line',
    color: 'roadLabel',
  },
  {
    id: 'road-major',
    layer: 'roads',
    kinds: ['motorway', 'trunk', 'primary', 'secondary'],
    minzoom: 12,
    size: [10, 13],
    placement: 'line',
    color: 'roadLabel',
  },
  { id: 'railway', layer: 'railways', minzoom: 14, size: [10, 12], placement: 'line', color: 'label' },
  {
    id: 'place-minor',
    layer: 'places',
    kinds: ['quarter', 'village', 'neighbourhood', 'locality'],
    minzoom: 13,
    size: [11, 13],
    placement: 'point',
    color: 'label',
  },
  {
    id: 'place-major',
    layer: 'places',
    kinds: ['city', 'town', 'suburb'],
    minzoom: 11,
    size: [12, 15],
    placement: 'point',
    color: 'label',
  },
];

/** The vector source of the basemap: a PMTiles archive read with range requests, its attribution shown. */
export function osmBasemapSource(archiveUrl: string): SourceSpecification {
  return {
    type: 'vector',
    url: `pmtiles://${archiveUrl}`,
    minzoom: OSM_MIN_ZOOM,
    maxzoom: OSM_MAX_ZOOM,
    attribution: OSM_ATTRIBUTION,
  };
}

const kindIn = (kinds: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', 'kind'],
  ['literal', [...kinds]],
];
const NAMED: ExpressionSpecification = ['any', ['has', 'name'], ['has', 'name:zh'], ['has', 'name:en']];
const isTrue = (property: string): ExpressionSpecification => ['==', ['get', property], true];

/** A match on `kind` giving each kind its value from a table, with a fallback. */
function byKind<T extends string | number>(table: Record<string, T>, fallback: T): ExpressionSpecification {
  return [
    'match',
    ['get', 'kind'],
    ...Object.entries(table).flat(),
    fallback,
  ] as unknown as ExpressionSpecification;
}

function roadWidth(extra: number): DataDrivenPropertyValueSpecification<number> {
  const at = (i: 0 | 1) =>
    byKind(Object.fromEntries(Object.entries(OSM_ROAD_WIDTHS).map(([k, w]) => [k, w[i] + extra])), 1);
  return ['interpolate', ['exponential', 1.5], ['zoom'], 10, at(0), 16, at(1)];
}

/** Options of the basemap's layers. */
export interface OsmLayerOptions {
  /**
   * Whether to paint the land colour under everything (default true). OpenStreetMap has no sea
   * polygons (the sea is what lies beyond its coastlines), so where the extent holds sea, leave this
   * off and draw the layers over the embedded basemap's sea and land.
   */
  background?: boolean;
}

/**
 * The layers of the offline street basemap, bottom to top: land, land use and parks, water, buildings,
 * railways, streets (casing then fill, tunnels faint, bridges over), then labels in the reader's language
 * (no glyph server: FONT_STACK and the map's `localIdeographFontFamily` draw every script). A pure
 * function: the same arguments always give the same layers, and tests check their invariants.
 */
export function osmBasemapLayers(
  sourceId: string,
  lang: Lang,
  palette: OsmPalette = OSM_PALETTE,
  options: OsmLayerOptions = {},
): LayerSpecification[] {
  const p = palette;
  const from = (layer: OsmLayer) => ({ source: sourceId, 'source-layer': layer });
  const streets = OSM_LAYERS.roads.filter((k) => k !== 'path');
  const roadLayers = (
    suffix: string,
    filter: ExpressionSpecification,
    opacity: number,
  ): LayerSpecification[] => [
    {
      id: `osm-roads-casing${suffix}`,
      type: 'line',
      ...from('roads'),
      minzoom: 12,
      filter: ['all', kindIn(streets), filter],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['match', ['get', 'kind'], ['motorway', 'trunk'], p.motorwayCasing, p.roadCasing],
        'line-width': roadWidth(2),
        'line-opacity': opacity,
      },
    },
    {
      id: `osm-roads${suffix}`,
      type: 'line',
      ...from('roads'),
      filter: ['all', kindIn(streets), filter],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': byKind(p.road, p.road.minor),
        'line-width': roadWidth(0),
        'line-opacity': opacity,
      },
    },
  ];
  const notTunnelOrBridge: ExpressionSpecification = [
    'all',
    ['!', isTrue('tunnel')],
    ['!', isTrue('bridge')],
  ];

  const layers: LayerSpecification[] = [
    ...(options.background === false
      ? []
      : [{ id: 'osm-background', type: 'background', paint: { 'background-color': p.background } } as const]),
    {
      id: 'osm-landuse',
      type: 'fill',
      ...from('landuse'),
      paint: { 'fill-color': byKind(p.landuse, p.landuse.residential), 'fill-antialias': false },
    },
    {
      id: 'osm-water',
      type: 'fill',
      ...from('water'),
      paint: { 'fill-color': p.water },
    },
    {
      id: 'osm-waterway',
      type: 'line',
      ...from('waterway'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': p.waterLine,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          10,
          ['match', ['get', 'kind'], ['river', 'canal'], 1.2, 0.4],
          16,
          ['match', ['get', 'kind'], ['river', 'canal'], 8, 2],
        ],
      },
    },
    {
      id: 'osm-buildings',
      type: 'fill',
      ...from('buildings'),
      minzoom: 14,
      paint: {
        'fill-color': p.building,
        'fill-outline-color': p.buildingOutline,
        'fill-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.5, 16, 1],
      },
    },
    ...roadLayers('-tunnel', isTrue('tunnel'), 0.45),
    {
      id: 'osm-paths',
      type: 'line',
      ...from('roads'),
      minzoom: 14,
      filter: kindIn(['path']),
      paint: { 'line-color': p.road.path, 'line-width': roadWidth(0), 'line-dasharray': [2, 1] },
    },
    ...roadLayers('', notTunnelOrBridge, 1),
    {
      id: 'osm-railways',
      type: 'line',
      ...from('railways'),
      filter: ['!', kindIn(['subway'])],
      paint: {
        'line-color': p.rail,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 16, 2.5],
      },
    },
    {
      id: 'osm-subway',
      type: 'line',
      ...from('railways'),
      filter: kindIn(['subway']),
      paint: {
        'line-color': p.subway,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 16, 2.5],
        'line-dasharray': [3, 2],
        'line-opacity': 0.8,
      },
    },
    ...roadLayers('-bridge', isTrue('bridge'), 1),
  ];

  const name = osmNameExpression(lang);
  for (const rule of OSM_LABEL_RULES) {
    // Areas are named from the one point the pipeline writes for each, not once per tile they cross.
    const where: ExpressionSpecification[] = [NAMED];
    if (rule.kinds) where.push(kindIn(rule.kinds));
    if (rule.placement === 'point') where.push(['==', ['geometry-type'], 'Point']);
    layers.push({
      id: `osm-label-${rule.id}`,
      type: 'symbol',
      ...from(rule.layer),
      minzoom: rule.minzoom,
      filter: ['all', ...where],
      layout: {
        'text-field': name,
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], rule.minzoom, rule.size[0], 16, rule.size[1]],
        'text-max-width': 8,
        'symbol-placement': rule.placement,
        ...(rule.placement === 'line' ? { 'symbol-spacing': 300 } : {}),
      },
      paint: { 'text-color': p[rule.color], 'text-halo-color': p.halo, 'text-halo-width': 1.4 },
    });
  }
  return layers;
}
