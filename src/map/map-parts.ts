/** Small pieces the live map and the off-screen capture share: fonts, limits, camera and state addresses. */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { IndexedFeature } from '../content/load';
import type { Bounds, Camera } from '../content/types';
import type { MapLabels } from './map-api';

/** The largest canvas side a print capture draws; MapLibre's own default limit. */
export const MAX_CANVAS = 4096;

export const CJK_FONTS =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The feature-state address of a feature: a vector-tile source (a tiled layer) also needs its source layer. */
export function featureTarget(
  entry: IndexedFeature,
  id: string,
): { source: string; sourceLayer?: string; id: string } {
  return entry.sourceLayer
    ? { source: entry.source, sourceLayer: entry.sourceLayer, id }
    : { source: entry.source, id };
}

export function applyPaint(map: MapLibreMap, spec: LayerSpecification): void {
  if (!map.getLayer(spec.id) || !('paint' in spec) || !spec.paint) return;
  for (const [key, value] of Object.entries(spec.paint)) {
    map.setPaintProperty(spec.id, key as Parameters<MapLibreMap['setPaintProperty']>[1], value);
  }
}

export function cameraOptions(c: Camera) {
  return { center: c.center, zoom: c.zoom, bearing: c.bearing ?? 0, pitch: c.pitch ?? 0 };
}

export function readProperty(
  map: MapLibreMap,
  layer: string,
  kind: 'layout' | 'paint',
  name: string,
): unknown {
  return kind === 'layout'
    ? map.getLayoutProperty(layer, name as never)
    : map.getPaintProperty(layer, name as Parameters<MapLibreMap['getPaintProperty']>[1]);
}

/** The pan limit: the atlas extent with a margin, so the edge of the data is never hard against the frame. */
export function padBounds(b: Bounds): [[number, number], [number, number]] {
  const dx = (b[2] - b[0]) * 0.5;
  const dy = (b[3] - b[1]) * 0.5;
  return [
    [b[0] - dx, b[1] - dy],
    [b[2] + dx, b[3] + dy],
  ];
}

type PaddingSides = { top: number; right: number; bottom: number; left: number };

/** Whether two paddings keep the same pixels clear on every side. */
export function samePadding(a: Partial<PaddingSides>, b: PaddingSides): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/** MapLibre control buttons and the label each one carries. */
const CONTROL_LABELS: [string, Exclude<keyof MapLabels, 'distance'>][] = [
  ['.maplibregl-ctrl-zoom-in', 'zoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'zoomOut'],
  ['.maplibregl-ctrl-compass', 'compass'],
  ['.maplibregl-ctrl-fullscreen, .maplibregl-ctrl-shrink', 'fullscreen'],
  ['.maplibregl-ctrl-attrib-button', 'attribution'],
];

/** MapLibre's locale strings for its controls, in the labels' language. */
export function controlLocale(labels: MapLabels): Record<string, string> {
  return {
    'Map.Title': labels.map,
    'FullscreenControl.Enter': labels.fullscreen,
    'FullscreenControl.Exit': labels.fullscreen,
    'NavigationControl.ZoomIn': labels.zoomIn,
    'NavigationControl.ZoomOut': labels.zoomOut,
    'NavigationControl.ResetBearing': labels.compass,
  };
}

/** Names the map's canvas and its control buttons in place, in the current language. */
export function labelControls(map: MapLibreMap, labels: MapLabels): void {
  map.getCanvas().setAttribute('aria-label', labels.map);
  for (const [selector, key] of CONTROL_LABELS) {
    for (const button of map.getContainer().querySelectorAll<HTMLElement>(selector)) {
      button.setAttribute('aria-label', labels[key]);
      button.title = labels[key];
    }
  }
}
