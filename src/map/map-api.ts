/** What the app hands the map adapter (src/map/atlas-map.ts) and the events it gets back. */
import type { Content } from '../content/load';
import type { Bounds, Camera } from '../content/types';
import type { MapView } from '../state/view';
import type { FallbackReason } from './atlas-map';

export interface MapEvents {
  onFeatureClick(e: { featureId: string | null; lngLat: [number, number] }): void;
  /** A double click on the map; return true to take it (the map then does not zoom). */
  onDoubleClick?(lngLat: [number, number]): boolean;
  /**
   * The feature under the pointer changed or the pointer moved over it (`point` in CSS pixels of the
   * map); `tap` when a touch named it, so the app can show the name without a hover.
   */
  onHover(featureId: string | null, point?: { x: number; y: number }, tap?: boolean): void;
  onMove(camera: Camera, bounds: Bounds): void;
  onIdle(): void;
  /** The map itself (its canvas) gained or lost keyboard focus. */
  onFocusChange(focused: boolean): void;
  /** The map failed at something (a chunk, a source): the app says so in words of its own. */
  onError(): void;
  /** An online basemap failed; the app switches to the embedded one and says why. */
  onBasemapFallback(id: string, reason: FallbackReason): void;
}

export interface MapOptions {
  content: Content;
  view: MapView;
  camera: Camera | null;
  reducedMotion: boolean;
  /** A Tianditu (or other raster) key, substituted for `{key}` in tile URLs. */
  rasterKey?: string;
  attribution: string;
  labels: MapLabels;
}

/** Names of the map's own controls for screen readers, in the current language. */
export interface MapLabels {
  map: string;
  fullscreen: string;
  zoomIn: string;
  zoomOut: string;
  compass: string;
  attribution: string;
  /** A distance as the scale bar writes it ("5 公里", "200 m"). */
  distance: (metres: number) => string;
}
