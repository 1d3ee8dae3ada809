import { pointOnFeature } from '@turf/turf';
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { ContextRole, Lang, LayerDef } from '../content/types';

/** Calm colours of the embedded basemap; thematic layers carry their own colours from the manifest. */
export const BASEMAP_PALETTE = {
  sea: '#d7e6ee',
  land: '#efece4',
  landOutline: '#cdc5b6',
  focus: '#fbfaf6',
  focusOutline: '#6f6352',
  neighbour: '#e7e4dc',
  green: '#d3e5c6',
  water: '#aecde2',
  road: '#ffffff',
  roadCasing: '#d8d1c4',
  label: '#5b5346',
  halo: '#ffffff',
} as const;

/** The font stack of every label; no glyph server is used, so the browser's fonts draw all text. */
export const FONT_STACK = ['Noto Sans CJK SC Regular'];

/** The GeoJSON source of the embedded basemap for one context file. */
export interface ContextSource {
  role: ContextRole;
  sourceId: string;
  filter?: { property: string; equals: string };
  /** The feature the atlas is about (drawn emphasised), if it is in this source. */
  focusId?: string;
}

const FEATURE_ID = 'fid';

/**
 * Areas are labelled from one point each (a source of its own): a polygon label is placed once per
 * tile, which names a large area several times.
 */
export function labelSource(sourceId: string): string {
  return `${sourceId}-labels`;
}

/** One point inside each area, carrying the area's names, for its single label. */
export function labelPoints(data: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.features
      .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({ ...pointOnFeature(f as GeoJSON.Feature<GeoJSON.Polygon>), properties: f.properties })),
  };
}

/** Promotes the atlas feature id so feature-state (highlight, hover, selection) can address it. */
export function geojsonSource(data: GeoJSON.FeatureCollection): SourceSpecification {
  return { type: 'geojson', data, promoteId: FEATURE_ID };
}

export function nameField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

// MapLibre reports Multi* geometry types as such, so each test names both forms.
const isPolygon: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Polygon', 'MultiPolygon']],
];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

function withFilter(base: ExpressionSpecification, extra?: ContextSource['filter']): FilterSpecification {
  return extra ? ['all', base, ['==', ['get', extra.property], extra.equals]] : base;
}

/**
 * The embedded basemap's layers for the given context sources: land, neighbour, green, water and roads
 * under the thematic layers, then place labels. A pure function: tests check its invariants.
 */
export function basemapLayers(sources: ContextSource[], lang: Lang): LayerSpecification[] {
  const p = BASEMAP_PALETTE;
  const bottom: LayerSpecification[] = [
    { id: 'bg', type: 'background', paint: { 'background-color': p.sea } },
  ];
  const labels: LayerSpecification[] = [];
  const label = (id: string, source: string, filter: FilterSpecification, size: number, minzoom = 0) =>
    labels.push({
      id,
      type: 'symbol',
      source,
      minzoom,
      filter,
      layout: {
        'text-field': nameField(lang),
        'text-font': FONT_STACK,
        'text-size': size,
        'text-max-width': 8,
      },
      paint: { 'text-color': p.label, 'text-halo-color': p.halo, 'text-halo-width': 1.4 },
    });
  for (const s of sources) {
    const id = `ctx-${s.role}-${s.sourceId}`;
    const polygons = withFilter(isPolygon, s.filter);
    switch (s.role) {
      case 'land':
        bottom.push({ id, type: 'fill', source: s.sourceId, paint: { 'fill-color': p.land } });
        if (s.focusId) {
          const focus: FilterSpecification = ['==', ['get', FEATURE_ID], s.focusId];
          bottom.push({
            id: `${id}-focus`,
            type: 'fill',
            source: s.sourceId,
            filter: focus,
            paint: { 'fill-color': p.focus },
          });
          labels.unshift({
            id: `${id}-focus-outline`,
            type: 'line',
            source: s.sourceId,
            filter: focus,
            paint: { 'line-color': p.focusOutline, 'line-width': 2.2, 'line-opacity': 0.8 },
          });
        }
        bottom.push({
          id: `${id}-outline`,
          type: 'line',
          source: s.sourceId,
          paint: { 'line-color': p.landOutline, 'line-width': 1 },
        });
        label(`${id}-label`, labelSource(s.sourceId), ['has', 'name_zh'], 13);
        break;
      case 'neighbour':
        bottom.push({ id, type: 'fill', source: s.sourceId, paint: { 'fill-color': p.neighbour } });
        // Parts flagged `label: false` (Hong Kong's islands) stay unnamed, so the neighbour is named once.
        label(`${id}-label`, labelSource(s.sourceId), ['!=', ['get', 'label'], false], 14);
        break;
      case 'green':
        bottom.push({
          id,
          type: 'fill',
          source: s.sourceId,
          filter: polygons,
          paint: { 'fill-color': p.green },
        });
        break;
      case 'water':
        bottom.push({
          id,
          type: 'fill',
          source: s.sourceId,
          filter: polygons,
          paint: { 'fill-color': p.water },
        });
        bottom.push({
          id: `${id}-line`,
          type: 'line',
          source: s.sourceId,
          filter: withFilter(isLine, s.filter),
          paint: {
            'line-color': p.water,
            'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 5],
          },
        });
        break;
      case 'road':
        bottom.push({
          id: `${id}-casing`,
          type: 'line',
          source: s.sourceId,
          minzoom: 11,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: {
            'line-color': p.roadCasing,
            'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 12],
          },
        });
        bottom.push({
          id,
          type: 'line',
          source: s.sourceId,
          minzoom: 11,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': p.road, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 1, 16, 9] },
        });
        break;
    }
  }
  return [...bottom, ...labels];
}

/** The colour expression of a layer style: a category match, a per-feature colour, or one colour. */
export function colorExpression(def: LayerDef): DataDrivenPropertyValueSpecification<string> {
  const s = def.style;
  if (s.colorBy) {
    const pairs = Object.entries(s.colorBy.values).flat();
    return ['match', ['get', s.colorBy.property], ...pairs, s.color] as unknown as ExpressionSpecification;
  }
  if (s.colorProperty) return ['to-color', ['coalesce', ['get', s.colorProperty], s.color]];
  return s.color;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const emphasised: ExpressionSpecification = ['any', state('highlight'), state('selected'), state('hover')];

/** Ids of the map layers drawn for one thematic layer (for visibility and hit-testing). */
export function thematicLayerIds(def: LayerDef): string[] {
  const ids = [`t-${def.id}-fill`, `t-${def.id}-outline`, `t-${def.id}-line`, `t-${def.id}-circle`];
  if (def.style.label) ids.push(`t-${def.id}-label`);
  return ids;
}

/**
 * The map layers of one thematic layer, in drawing order. `opacity` scales every paint opacity
 * (dimming is an opacity too); feature-state "highlight", "hover" and "selected" emphasise features.
 */
export function thematicLayers(def: LayerDef, lang: Lang, opacity = 1): LayerSpecification[] {
  const s = def.style;
  const source = `t-${def.id}`;
  const color = colorExpression(def);
  const [fill, outline, line, circle, label] = thematicLayerIds(def) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const polygons = isPolygon;
  const lines = isLine;
  const width = s.lineWidth ?? 2;
  const fillOpacity = s.fillOpacity ?? 0.3;
  const layers: LayerSpecification[] = [
    {
      id: fill,
      type: 'fill',
      source,
      filter: polygons,
      paint: {
        'fill-color': color,
        'fill-opacity': [
          'case',
          emphasised,
          Math.min(1, fillOpacity + 0.25) * opacity,
          fillOpacity * opacity,
        ],
      },
    },
    {
      id: outline,
      type: 'line',
      source,
      filter: polygons,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', emphasised, width + 2, width * 0.6],
        'line-opacity': 0.9 * opacity,
        ...(s.lineDash ? { 'line-dasharray': s.lineDash } : {}),
      },
    },
    {
      id: line,
      type: 'line',
      source,
      filter: lines,
      layout: { 'line-join': 'round', 'line-cap': s.lineDash ? 'butt' : 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', emphasised, width + 3, width],
        'line-opacity': opacity,
        ...(s.lineDash ? { 'line-dasharray': s.lineDash } : {}),
      },
    },
    {
      id: circle,
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-color': color,
        'circle-radius': ['case', emphasised, (s.circleRadius ?? 5) + 3, s.circleRadius ?? 5],
        'circle-stroke-color': ['case', state('selected'), '#111111', s.strokeColor ?? '#ffffff'],
        'circle-stroke-width': ['case', emphasised, 2.5, 1.5],
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
      },
    },
  ];
  if (s.label) {
    layers.push({
      id: label,
      type: 'symbol',
      source,
      minzoom: s.labelMinzoom ?? 0,
      layout: {
        'text-field': nameField(lang),
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-max-width': 9,
        'symbol-placement': 'point',
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
        'text-optional': true,
      },
      paint: {
        'text-color': '#262119',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
        'text-opacity': opacity,
      },
    });
  }
  if (s.minzoom !== undefined) {
    for (const layer of layers) layer.minzoom = Math.max(s.minzoom, layer.minzoom ?? 0);
  }
  return layers;
}

/** Source id of the overlay: analysis results, the measuring tool, the resident's pin and radius. */
export const OVERLAY_SOURCE = 'o-overlay';

/** Kinds of overlay feature (property `role`), each drawn its own way. */
export type OverlayRole = 'buffer' | 'radius' | 'path' | 'area' | 'vertex' | 'pin' | 'here' | 'label';

const OVERLAY_COLORS = { analysis: '#1a5fb4', pin: '#b3261e', measure: '#7a3e00' } as const;

/**
 * Layers of the overlay, drawn above every thematic layer. Overlay features say what they are in
 * `role` (and may carry `text` for labels), so one source serves every tool.
 */
export function overlayLayers(): LayerSpecification[] {
  const role = (...roles: OverlayRole[]): ExpressionSpecification => [
    'in',
    ['get', 'role'],
    ['literal', roles],
  ];
  const c = OVERLAY_COLORS;
  return [
    {
      id: 'o-fill',
      type: 'fill',
      source: OVERLAY_SOURCE,
      filter: ['all', isPolygon, role('buffer', 'radius', 'area')],
      paint: {
        'fill-color': ['match', ['get', 'role'], 'area', c.measure, 'radius', c.pin, c.analysis],
        'fill-opacity': ['match', ['get', 'role'], 'area', 0.15, 0.07],
      },
    },
    {
      id: 'o-outline',
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: ['all', isPolygon, role('buffer', 'radius', 'area')],
      paint: {
        'line-color': ['match', ['get', 'role'], 'area', c.measure, 'radius', c.pin, c.analysis],
        'line-width': 2,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'o-path',
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: ['all', isLine, role('path')],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.measure, 'line-width': 3 },
    },
    {
      id: 'o-points',
      type: 'circle',
      source: OVERLAY_SOURCE,
      filter: ['all', isPoint, role('vertex', 'pin', 'here')],
      paint: {
        'circle-color': ['match', ['get', 'role'], 'vertex', '#ffffff', 'here', c.analysis, c.pin],
        'circle-radius': ['match', ['get', 'role'], 'vertex', 5, 8],
        'circle-stroke-color': ['match', ['get', 'role'], 'vertex', c.measure, '#ffffff'],
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'o-label',
      type: 'symbol',
      source: OVERLAY_SOURCE,
      filter: ['has', 'text'],
      layout: {
        'text-field': ['get', 'text'],
        'text-font': FONT_STACK,
        'text-size': 13,
        'text-offset': [0, -1.4],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}

/**
 * A complete offline style: embedded basemap under the thematic layers, the overlay on top; layers in
 * `hidden` start switched off.
 */
export function embeddedStyle(
  contextSources: Record<string, GeoJSON.FeatureCollection>,
  context: ContextSource[],
  thematic: { def: LayerDef; data: GeoJSON.FeatureCollection }[],
  lang: Lang,
  hidden: ReadonlySet<string> = new Set(),
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, data] of Object.entries(contextSources)) {
    sources[id] = geojsonSource(data);
    sources[labelSource(id)] = { type: 'geojson', data: labelPoints(data) };
  }
  for (const t of thematic) sources[`t-${t.def.id}`] = geojsonSource(t.data);
  sources[OVERLAY_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  const base = basemapLayers(context, lang);
  const labelStart = base.findIndex((l) => l.type === 'symbol' || l.id.endsWith('focus-outline'));
  const under = labelStart < 0 ? base : base.slice(0, labelStart);
  const over = labelStart < 0 ? [] : base.slice(labelStart);
  // Layers that start switched off are born hidden: MapLibre then skips their buckets at start-up.
  const thematicLayersAll = thematic.flatMap((t) =>
    // At opacity 0 too, which is how the adapter keeps hidden layers, so loading changes no paint.
    thematicLayers(t.def, lang, hidden.has(t.def.id) ? 0 : 1).map((l) =>
      hidden.has(t.def.id) ? { ...l, layout: { ...l.layout, visibility: 'none' as const } } : l,
    ),
  );
  return {
    version: 8,
    sources,
    layers: [
      ...under,
      ...thematicLayersAll.filter((l) => l.type !== 'symbol'),
      ...over,
      ...thematicLayersAll.filter((l) => l.type === 'symbol'),
      ...overlayLayers(),
    ],
  };
}
