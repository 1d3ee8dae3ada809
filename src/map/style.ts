import { area as turfArea } from '@turf/turf';
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { isArea, labelPoint } from '../content/label-points';
import type { LabelPoints } from '../content/start-bundle';
import type { ContextRole, Lang, LayerDef } from '../content/types';
import { tiledLayers, tiledSource } from './tiled-source';

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
/** Area names: MapLibre draws local glyphs bold when the stack's name says so. */
export const FONT_STACK_BOLD = ['Noto Sans CJK SC Bold'];

/**
 * The label hierarchy: areas named large and bold at their pole of inaccessibility, points smaller
 * beside their mark, lines smallest along their course. Sizes in pixels.
 */
export const LABEL_SIZES = { area: 13.5, point: 12, line: 11 } as const;

/** The colour of the user's own marks (pins, measuring): no data symbol uses it (see the palette test). */
export const USER_MARK_COLOR = '#4b00ff';

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

/**
 * One point inside each area, carrying the area's names, for its single label; `label_rank` places
 * larger areas' names first when names compete for room. `known` holds points the build worked out.
 */
export function labelPoints(
  data: GeoJSON.FeatureCollection,
  known: LabelPoints = new Map(),
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.features
      .filter((f): f is GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> => isArea(f.geometry))
      .map((f) => ({
        type: 'Feature' as const,
        geometry: {
          type: 'Point' as const,
          coordinates: known.get(String(f.id)) ?? labelPoint(f.geometry),
        },
        properties: { ...f.properties, label_rank: -Math.round(turfArea(f) / 1e4) },
      })),
  };
}

/**
 * A veil over everything outside the focus area (a box with the area's parts as holes): drawn above
 * the thematic lines, it fades metro and rail lines where they leave the district instead of cutting
 * them off at the edge.
 */
export function focusVeil(
  focus: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  box: [number, number, number, number],
): GeoJSON.Feature<GeoJSON.Polygon> {
  const [w, s, e, n] = box;
  const parts = focus.type === 'Polygon' ? [focus.coordinates] : focus.coordinates;
  // Holes run clockwise (RFC 7946); the exterior rings of the focus run counter-clockwise.
  const holes = parts.map((rings) => [...(rings[0] ?? [])].reverse());
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
        ...holes,
      ],
    },
  };
}

/** The veil is light at regional zoom, where the land around is the subject, and firmer close in. */
const VEIL_OPACITY: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 9, 0.1, 12, 0.5];

/** Source and layer id of the veil outside the focus area (embedded basemap only). */
export const VEIL_ID = 'ctx-focus-veil';

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
        'text-padding': 4,
        'symbol-sort-key': ['coalesce', ['get', 'label_rank'], 0],
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

/** Source of a thematic layer's area labels: one point per area (see `labelPoints`). */
export function thematicLabelSource(def: LayerDef): string {
  return `t-${def.id}-labels`;
}

/** Ids of the map layers drawn for one thematic layer (for visibility and hit-testing). */
export function thematicLayerIds(def: LayerDef): string[] {
  const id = `t-${def.id}`;
  const ids = [`${id}-fill`, `${id}-outline`, `${id}-line`, `${id}-circle`, `${id}-mark`];
  if (def.style.label) ids.push(`${id}-label`, `${id}-label-line`, `${id}-label-area`);
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
  const [fill, outline, line, circle, mark, label, labelLine, labelArea] = thematicLayerIds(def) as [
    string,
    string,
    string,
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
  const radius = s.circleRadius ?? 5;
  // An invisible mark over each point: symbols avoid it, so no label lies on a dot (circles alone do
  // not take part in label placement). Opacity 0, not a transparent colour: MapLibre then places the
  // marks but draws none of their glyphs (a transparent glyph still costs its pixels every frame).
  layers.push({
    id: mark,
    type: 'symbol',
    source,
    filter: isPoint,
    layout: {
      'text-field': '●',
      'text-font': FONT_STACK,
      'text-size': radius * 2 + 4,
      'text-allow-overlap': true,
      'text-ignore-placement': false,
      'text-padding': 0,
    },
    paint: { 'text-opacity': 0 },
  });
  if (s.label) {
    const paint = {
      'text-color': '#262119',
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.6,
      'text-opacity': opacity,
    };
    layers.push(
      {
        id: label,
        type: 'symbol',
        source,
        filter: isPoint,
        minzoom: s.labelMinzoom ?? 0,
        layout: {
          'text-field': nameField(lang),
          'text-font': FONT_STACK,
          'text-size': LABEL_SIZES.point,
          'text-max-width': 8,
          'symbol-placement': 'point',
          // Beside the dot, never on it: the offset clears the mark, the padding the neighbours.
          'text-variable-anchor': ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-left'],
          'text-radial-offset': (radius + 4) / LABEL_SIZES.point,
          'text-justify': 'auto',
          'text-padding': 3,
          'text-optional': true,
          // Shorter names claim room first, so more places get named.
          'symbol-sort-key': ['length', nameField(lang)],
        },
        paint,
      },
      {
        id: labelLine,
        type: 'symbol',
        source,
        filter: lines,
        minzoom: s.labelMinzoom ?? 0,
        layout: {
          'text-field': nameField(lang),
          'text-font': FONT_STACK,
          'text-size': LABEL_SIZES.line,
          'symbol-placement': 'line',
          'symbol-spacing': 400,
          'text-padding': 3,
          'text-max-angle': 35,
        },
        paint: { ...paint, 'text-color': '#4a4237' },
      },
      {
        id: labelArea,
        type: 'symbol',
        source: thematicLabelSource(def),
        minzoom: s.labelMinzoom ?? 0,
        layout: {
          'text-field': nameField(lang),
          'text-font': FONT_STACK_BOLD,
          'text-size': LABEL_SIZES.area,
          'text-max-width': 7,
          'text-padding': 4,
          'text-letter-spacing': 0.04,
          'symbol-sort-key': ['coalesce', ['get', 'label_rank'], 0],
        },
        paint: { ...paint, 'text-halo-width': 2 },
      },
    );
  }
  if (s.minzoom !== undefined) {
    for (const layer of layers) layer.minzoom = Math.max(s.minzoom, layer.minzoom ?? 0);
  }
  // A tiled layer's features, labels included, are read from its archive's source layer.
  return def.tiled ? tiledLayers(layers, source, def.id, s.labelMinzoom) : layers;
}

/** Source id of the overlay: analysis results, the measuring tool, the resident's pin and radius. */
export const OVERLAY_SOURCE = 'o-overlay';

/** Kinds of overlay feature (property `role`), each drawn its own way. */
export type OverlayRole = 'buffer' | 'radius' | 'path' | 'area' | 'vertex' | 'pin' | 'here' | 'label';

// The user's marks (pins, measuring, the near-me radius) share one colour no data symbol uses, and pins
// are a ring with a dot, a shape no data symbol has; catchments of a feature keep the analysis blue.
const OVERLAY_COLORS = { analysis: '#1a5fb4', pin: USER_MARK_COLOR, measure: USER_MARK_COLOR } as const;

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
        'circle-color': '#ffffff',
        'circle-radius': ['match', ['get', 'role'], 'vertex', 5, 11],
        'circle-stroke-color': c.pin,
        'circle-stroke-width': ['match', ['get', 'role'], 'vertex', 2.5, 4],
      },
    },
    {
      id: 'o-points-dot',
      type: 'circle',
      source: OVERLAY_SOURCE,
      filter: ['all', isPoint, role('pin', 'here')],
      paint: { 'circle-color': c.pin, 'circle-radius': 4 },
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
 * `hidden` start switched off; `known` holds area label points the build worked out.
 */
export function embeddedStyle(
  contextSources: Record<string, GeoJSON.FeatureCollection>,
  context: ContextSource[],
  thematic: { def: LayerDef; data: GeoJSON.FeatureCollection; tiled?: { archiveUrl: string } }[],
  lang: Lang,
  hidden: ReadonlySet<string> = new Set(),
  known: LabelPoints = new Map(),
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, data] of Object.entries(contextSources)) {
    sources[id] = geojsonSource(data);
    sources[labelSource(id)] = { type: 'geojson', data: labelPoints(data, known) };
  }
  for (const t of thematic) {
    // A tiled layer reads a vector-tile archive (its labels too: no label-point source).
    if (t.def.tiled && t.tiled) {
      sources[`t-${t.def.id}`] = tiledSource(t.tiled.archiveUrl, t.def.tiled);
      continue;
    }
    sources[`t-${t.def.id}`] = geojsonSource(t.data);
    if (t.def.style.label)
      sources[thematicLabelSource(t.def)] = { type: 'geojson', data: labelPoints(t.data, known) };
  }
  sources[OVERLAY_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  const veil = veilOf(contextSources, context);
  if (veil) sources[VEIL_ID] = { type: 'geojson', data: veil };
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
  const veilLayers: LayerSpecification[] = veil
    ? [
        {
          id: VEIL_ID,
          type: 'fill',
          source: VEIL_ID,
          paint: { 'fill-color': '#fbfaf6', 'fill-opacity': VEIL_OPACITY },
        },
      ]
    : [];
  return {
    version: 8,
    sources,
    layers: [
      ...under,
      // The veil fades lines and areas outside the district; points (ports on the border) stay clear.
      ...thematicLayersAll.filter((l) => l.type !== 'symbol' && l.type !== 'circle'),
      ...veilLayers,
      ...thematicLayersAll.filter((l) => l.type === 'circle'),
      ...over,
      ...symbolOrder(thematicLayersAll.filter((l) => l.type === 'symbol')),
      ...overlayLayers(),
    ],
  };
}

/**
 * Thematic symbols in placement order. MapLibre places the topmost layer first, so the order from the
 * top is: the invisible marks over points, then point names, line names and area names; each name
 * then avoids every mark and the names of smaller things.
 */
export function symbolOrder(layers: LayerSpecification[]): LayerSpecification[] {
  const rank = (id: string) =>
    id.endsWith('-mark') ? 3 : id.endsWith('-label') ? 2 : id.endsWith('-label-line') ? 1 : 0;
  // Drawn bottom to top: a stable sort keeps the manifest's order within each rank.
  return [...layers].sort((a, b) => rank(a.id) - rank(b.id));
}

/** The veil outside the focus feature of the land context, reaching as far as the map can pan. */
function veilOf(
  contextSources: Record<string, GeoJSON.FeatureCollection>,
  context: ContextSource[],
): GeoJSON.FeatureCollection | null {
  const land = context.find((c) => c.focusId);
  const focus = land ? contextSources[land.sourceId]?.features.find((f) => f.id === land.focusId) : undefined;
  const g = focus?.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
  const [w, s, e, n] = bbox(g);
  const dx = (e - w) * 20;
  const dy = (n - s) * 20;
  return { type: 'FeatureCollection', features: [focusVeil(g, [w - dx, s - dy, e + dx, n + dy])] };
}

function bbox(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): [number, number, number, number] {
  const b: [number, number, number, number] = [180, 90, -180, -90];
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const rings of parts)
    for (const [x = 0, y = 0] of rings[0] ?? []) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  return b;
}
