import type { Color } from '@deck.gl/core';
import { ArcLayer, GeoJsonLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { LngLatBounds, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasFeature, Bounds } from '../content/types';
import { type DeckView, FLOW_COLORS, type FlowArc } from '../state/deck-view';
import { FONT_STACK, nameField } from './style';

/**
 * The deck.gl views: the layout extruded in 3D and the Bay Area links as arcs, drawn inside the
 * MapLibre map (interleaved) under its labels. This module is the only one that imports deck.gl and
 * is loaded with import() the first time a deck view is switched on, so a first visit never pays for it.
 */
export interface DeckViews {
  update(view: DeckView): void;
  destroy(): void;
}

export interface DeckViewsOptions {
  reducedMotion: boolean;
  /** Where the camera returns when the links close and no earlier camera is known. */
  home: Bounds;
}

const PITCH_3D = 50;
const MOVE_MS = 1200;
/** Taller than any kind lifts a highlighted part, so it stands out in the tilted view too. */
const HIGHLIGHT_LIFT = 1.2;
const PLACES_SOURCE = 'd-flow-places';
const PLACES_CIRCLE = 'd-flow-places-circle';
const PLACES_LABEL = 'd-flow-places-label';

export function createDeckViews(map: MapLibreMap, options: DeckViewsOptions): DeckViews {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  // The adapter's pan limit, widened while the links (which reach other cities) are shown.
  const limit = map.getMaxBounds();
  let view: DeckView | null = null;
  let beforeId: string | undefined;
  let returnTo: { center: [number, number]; zoom: number; bearing: number } | null = null;

  const data = stableData();
  // deck.gl adds its layer groups to the style only while the style reports loaded (every source and
  // tile too) and tries again only on a style change. A draw made while anything loads (the links' own
  // place labels, added just before, are enough) is made again at the next idle, or it is lost.
  let drawnUnloaded = false;
  const draw = () => {
    if (!view) return;
    drawnUnloaded = !map.isStyleLoaded();
    overlay.setProps({ layers: deckLayers(view, data(view), beforeId) });
  };
  // A new basemap style has other layers: find its first label again and restore the place labels.
  // Registered before the overlay is added so it runs before the overlay re-inserts its layers.
  const onStyle = () => {
    if (!map.isStyleLoaded()) return;
    syncPlaces(map, view);
    const first = firstSymbolLayer(map);
    if (first !== beforeId || drawnUnloaded) {
      beforeId = first;
      draw();
    }
  };
  map.on('styledata', onStyle);
  map.on('idle', onStyle);
  map.addControl(overlay);

  const moveCamera = (previous: DeckView | null, next: DeckView) => {
    const animate = !options.reducedMotion;
    const pitch = next.view3d ? PITCH_3D : 0;
    const wasFlows = previous?.flows ?? false;
    if (next.flows && !wasFlows) {
      const region = regionOf(next.arcs);
      if (!region) return;
      if (previous) {
        const c = map.getCenter();
        returnTo = { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing() };
      }
      map.setMaxBounds(widen(limit, region));
      // Extra room on the right for the map's controls and below for the attribution line.
      const padding = { top: 48, bottom: 56, left: 48, right: 80 };
      map.fitBounds(region, { padding, pitch, bearing: map.getBearing(), animate, duration: MOVE_MS });
    } else if (!next.flows && wasFlows) {
      // The camera is still out in the region: put the pan limit back only once it is home.
      map.once('moveend', () => {
        if (!view?.flows) map.setMaxBounds(limit);
      });
      if (returnTo) map.easeTo({ ...returnTo, pitch, duration: animate ? MOVE_MS : 0 });
      else map.fitBounds(options.home, { padding: 24, pitch, animate, duration: MOVE_MS });
      returnTo = null;
    } else if (next.view3d !== (previous?.view3d ?? false)) {
      // A permalink that already carries a tilt keeps it; otherwise tilt up, or come back flat.
      if (!previous && Math.abs(map.getPitch() - pitch) < 20) return;
      map.easeTo({ pitch, bearing: next.view3d ? map.getBearing() : 0, duration: animate ? MOVE_MS : 0 });
    }
  };

  return {
    update(next) {
      const previous = view;
      view = next;
      if (map.isStyleLoaded()) {
        beforeId = firstSymbolLayer(map);
        syncPlaces(map, next);
      }
      if (previous?.lang !== next.lang && map.getLayer(PLACES_LABEL))
        map.setLayoutProperty(PLACES_LABEL, 'text-field', nameField(next.lang));
      draw();
      moveCamera(previous, next);
    },
    destroy() {
      map.off('styledata', onStyle);
      map.off('idle', onStyle);
      map.removeControl(overlay);
      syncPlaces(map, null);
      map.setMaxBounds(limit);
    },
  };
}

interface DeckData {
  layout: GeoJSON.FeatureCollection<GeoJSON.Geometry, AtlasFeature['properties']>;
  arcs: FlowArc[];
}

/**
 * Keeps the same data objects while the same features are shown: deck.gl compares data by reference,
 * and new arrays would make it tessellate the polygons again on every language or highlight change.
 */
function stableData(): (view: DeckView) => DeckData {
  let key = '';
  let last: DeckData | null = null;
  return (view) => {
    const next = [...view.layoutFeatures.map((f) => f.id), '|', ...view.arcs.map((a) => a.id)].join(',');
    if (!last || next !== key) {
      key = next;
      last = { layout: { type: 'FeatureCollection', features: view.layoutFeatures }, arcs: view.arcs };
    }
    return last;
  };
}

function deckLayers(view: DeckView, data: DeckData, beforeId: string | undefined) {
  const under = beforeId ? { beforeId } : {};
  const highlighted = new Set(view.highlight);
  const layers = [];
  if (view.view3d && view.layoutFeatures.length) {
    layers.push(
      new GeoJsonLayer<AtlasFeature['properties']>({
        ...under,
        id: 'deck-layout-3d',
        data: data.layout,
        extruded: true,
        stroked: false,
        getElevation: (f) =>
          (view.extrusion[f.properties.kind] ?? 0) * (highlighted.has(String(f.id)) ? HIGHLIGHT_LIFT : 1),
        getFillColor: (f) => rgba(f.properties.color, highlighted.has(String(f.id)) ? 235 : 185),
        updateTriggers: { getElevation: view.highlight, getFillColor: view.highlight },
        transitions: { getElevation: 400 },
      }),
    );
  }
  if (view.flows && view.arcs.length) {
    layers.push(
      new ArcLayer<FlowArc>({
        ...under,
        id: 'deck-flows',
        data: data.arcs,
        getSourcePosition: (a) => a.from,
        getTargetPosition: (a) => a.to,
        getSourceColor: (a) => rgba(FLOW_COLORS[a.mode], a.onward ? 150 : 235),
        getTargetColor: (a) => rgba(FLOW_COLORS[a.mode], a.onward ? 110 : 200),
        getWidth: (a) => (a.onward ? 2 : 3.5),
        widthUnits: 'pixels',
        // Tilting the arcs' plane lets them read as curves when the map is seen from straight above.
        getTilt: 15,
        // Half the default height keeps the longest arcs (to the far cities) within the framed region.
        getHeight: 0.5,
      }),
    );
  }
  return layers;
}

/** Destinations as MapLibre points with local-font labels (deck.gl's TextLayer has no CJK glyphs). */
function syncPlaces(map: MapLibreMap, view: DeckView | null): void {
  if (!view?.flows || !view.places.length) {
    for (const id of [PLACES_LABEL, PLACES_CIRCLE]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(PLACES_SOURCE)) map.removeSource(PLACES_SOURCE);
    return;
  }
  if (map.getSource(PLACES_SOURCE)) return;
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: view.places.map((p) => ({
      type: 'Feature',
      id: p.id,
      properties: { name_zh: p.name_zh, name_en: p.name_en },
      geometry: { type: 'Point', coordinates: p.coordinates },
    })),
  };
  map.addSource(PLACES_SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: PLACES_CIRCLE,
    type: 'circle',
    source: PLACES_SOURCE,
    paint: {
      'circle-radius': 5,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#1d4e89',
      'circle-stroke-width': 2.5,
    },
  });
  map.addLayer({
    id: PLACES_LABEL,
    type: 'symbol',
    source: PLACES_SOURCE,
    layout: {
      'text-field': nameField(view.lang),
      'text-font': FONT_STACK,
      'text-size': 13,
      'text-max-width': 9,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.7,
    },
    paint: { 'text-color': '#1f1a12', 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
  });
}

/** The first label layer other than our own: deck layers go just under it, so labels stay on top. */
function firstSymbolLayer(map: MapLibreMap): string | undefined {
  return map.getLayersOrder().find((id) => id !== PLACES_LABEL && map.getLayer(id)?.type === 'symbol');
}

function regionOf(arcs: FlowArc[]): Bounds | null {
  if (!arcs.length) return null;
  const points = arcs.flatMap((a) => [a.from, a.to]);
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/**
 * The pan limit grown around the region. The margin is generous and the same on every side: a limit
 * smaller than the viewport makes MapLibre zoom in, which would cut off the far cities, most of all on
 * a tall phone screen where a wide region leaves a lot of map above and below it.
 */
function widen(limit: LngLatBounds | null, region: Bounds): [[number, number], [number, number]] {
  const d = Math.max(region[2] - region[0], region[3] - region[1]) * 1.5;
  return [
    [Math.min(region[0] - d, limit?.getWest() ?? 180), Math.min(region[1] - d, limit?.getSouth() ?? 90)],
    [Math.max(region[2] + d, limit?.getEast() ?? -180), Math.max(region[3] + d, limit?.getNorth() ?? -90)],
  ];
}

function rgba(hex: string | undefined, alpha: number): Color {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m
    ? [
        Number.parseInt(m[1] as string, 16),
        Number.parseInt(m[2] as string, 16),
        Number.parseInt(m[3] as string, 16),
        alpha,
      ]
    : [120, 120, 120, alpha];
}
