import {
  AttributionControl,
  addProtocol,
  FullscreenControl,
  type LayerSpecification,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Content } from '../content/load';
import type { BasemapDef, Bounds, Camera, Lang } from '../content/types';
import type { DeckView } from './deck-types';
import type { DeckViews } from './deck-views';
import { embeddedStyle, nameField, OVERLAY_SOURCE, thematicLayerIds, thematicLayers } from './style';

setWorkerUrl(workerUrl);

/** What the map should show; derived from the store by a pure function (state/view.ts). */
export interface MapView {
  lang: Lang;
  basemap: string;
  /** Opacity per visible thematic layer (0 hides nothing: use `visible`). */
  layers: { id: string; visible: boolean; opacity: number }[];
  highlight: string[];
  selection: string | null;
}

export interface MapEvents {
  onFeatureClick(e: { featureId: string | null; lngLat: [number, number] }): void;
  onHover(featureId: string | null): void;
  onMove(camera: Camera, bounds: Bounds): void;
  onIdle(): void;
  onError(message: string): void;
  /** An online basemap failed; the embedded one is shown instead. */
  onBasemapFallback(id: string, reason: string): void;
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
  meters: string;
  kilometers: string;
}

/** MapLibre control buttons and the label each one carries. */
const CONTROL_LABELS: [string, keyof MapLabels][] = [
  ['.maplibregl-ctrl-zoom-in', 'zoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'zoomOut'],
  ['.maplibregl-ctrl-compass', 'compass'],
  ['.maplibregl-ctrl-fullscreen, .maplibregl-ctrl-shrink', 'fullscreen'],
  ['.maplibregl-ctrl-attrib-button', 'attribution'],
];

/** How long thematic layers take to fade in or out (MapLibre's paint transition). */
const FADE_MS = 400;
/** The largest canvas side a print capture draws; MapLibre's own default limit. */
const MAX_CANVAS = 4096;

const CJK_FONTS =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * The only object that talks to MapLibre. The app hands it a MapView; it applies the difference
 * from the last one (layer visibility, opacity, labels, feature-state) and reports user actions
 * back as plain events.
 */
export class AtlasMap {
  readonly #map: MapLibreMap;
  readonly #content: Content;
  readonly #events: MapEvents;
  readonly #options: MapOptions;
  #view: MapView;
  #hovered: string | null = null;
  #stated = new Map<string, Set<string>>();
  #basemap = 'embedded';
  readonly #overlays = new Map<string, GeoJSON.Feature[]>();
  #deckView: DeckView | null = null;
  #deckViews: Promise<DeckViews> | null = null;

  constructor(container: HTMLElement, options: MapOptions, events: MapEvents) {
    this.#content = options.content;
    this.#events = events;
    this.#options = options;
    this.#view = options.view;
    const focus = options.content.manifest.focus.bounds;
    this.#map = new MapLibreMap({
      container,
      style: this.#embeddedStyle(options.view.lang),
      bounds: options.camera ? undefined : focus,
      fitBoundsOptions: { padding: 24 },
      ...(options.camera ? cameraOptions(options.camera) : {}),
      maxBounds: padBounds(options.content.manifest.extent),
      localIdeographFontFamily: CJK_FONTS,
      attributionControl: false,
      fadeDuration: options.reducedMotion ? 0 : 300,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: {
        'Map.Title': options.labels.map,
        'FullscreenControl.Enter': options.labels.fullscreen,
        'FullscreenControl.Exit': options.labels.fullscreen,
        'NavigationControl.ZoomIn': options.labels.zoomIn,
        'NavigationControl.ZoomOut': options.labels.zoomOut,
        'NavigationControl.ResetBearing': options.labels.compass,
        'AttributionControl.ToggleAttribution': options.labels.attribution,
        'ScaleControl.Meters': options.labels.meters,
        'ScaleControl.Kilometers': options.labels.kilometers,
      },
    });
    const map = this.#map;
    // The map's own state, readable from outside (browser tests, a console): what it draws is then
    // checked against MapLibre itself rather than anything the app writes about it. Read-only use.
    Object.defineProperty(container, 'maplibre', { value: map });
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new FullscreenControl({}), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: true, customAttribution: options.attribution }));
    map.once('idle', () => {
      performance.mark('map-idle');
      events.onIdle();
    });
    map.on('load', () => {
      this.#applyView(this.#view, true);
      // Report the first framing too, so a permalink copied before any pan restores this view.
      events.onMove(this.camera(), this.bounds());
    });
    map.on('error', (e) => events.onError(e.error?.message ?? String(e)));
    map.on('moveend', () => events.onMove(this.camera(), this.bounds()));
    map.on('click', (e) => {
      const hit = this.#hit(e.point);
      events.onFeatureClick({ featureId: hit, lngLat: [e.lngLat.lng, e.lngLat.lat] });
    });
    map.on('mousemove', (e) => {
      const hit = this.#hit(e.point);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      if (hit !== this.#hovered) {
        this.#setState(this.#hovered, 'hover', false);
        this.#setState(hit, 'hover', true);
        this.#hovered = hit;
        events.onHover(hit);
      }
    });
  }

  /** The MapLibre map, for modules under src/map/ that add overlays (deck.gl, measuring). */
  get map(): MapLibreMap {
    return this.#map;
  }

  camera(): Camera {
    const c = this.#map.getCenter();
    return {
      center: [c.lng, c.lat],
      zoom: this.#map.getZoom(),
      bearing: this.#map.getBearing(),
      pitch: this.#map.getPitch(),
    };
  }

  bounds(): Bounds {
    const b = this.#map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /** Applies a new view: only what differs from the last one is touched. */
  update(view: MapView): void {
    const previous = this.#view;
    this.#view = view;
    if (view.basemap !== previous.basemap) {
      void this.#switchBasemap(view.basemap);
      return;
    }
    if (this.#map.isStyleLoaded()) this.#applyView(view, view.lang !== previous.lang, previous);
  }

  /**
   * Shows the features of one overlay channel (e.g. "catchment", "measure", "near"), replacing what
   * that channel showed before; null clears it. Features carry `role` (see OverlayRole).
   */
  setOverlay(channel: string, features: GeoJSON.Feature[] | null): void {
    if (features?.length) this.#overlays.set(channel, features);
    else this.#overlays.delete(channel);
    this.#pushOverlay();
  }

  #pushOverlay(): void {
    const source = this.#map.getSource(OVERLAY_SOURCE);
    if (source && 'setData' in source) {
      (source as unknown as { setData(d: GeoJSON.FeatureCollection): void }).setData({
        type: 'FeatureCollection',
        features: [...this.#overlays.values()].flat(),
      });
    }
  }

  /** Frames bounds, flying unless reduced motion (or `animate: false`) asks for a jump. */
  frame(bounds: Bounds, options: { padding?: number; maxZoom?: number; animate?: boolean } = {}): void {
    this.#map.fitBounds(bounds, {
      padding: options.padding ?? 48,
      maxZoom: options.maxZoom ?? 16,
      animate: options.animate ?? !this.#options.reducedMotion,
      duration: 1400,
    });
  }

  /**
   * Moves the camera, flying unless reduced motion (or `animate: false`) asks for a jump. With
   * `bottomPadding` the camera's centre sits that many pixels above the map's middle, clear of
   * whatever covers the bottom (the presenter's caption).
   */
  goTo(camera: Camera, options: { duration?: number; animate?: boolean; bottomPadding?: number } = {}): void {
    const animate = (options.animate ?? true) && !this.#options.reducedMotion;
    const padding =
      options.bottomPadding === undefined
        ? {}
        : { padding: { top: 0, right: 0, left: 0, bottom: options.bottomPadding } };
    if (animate)
      this.#map.flyTo({
        ...cameraOptions(camera),
        ...padding,
        duration: options.duration ?? 2000,
        essential: false,
      });
    else this.#map.jumpTo({ ...cameraOptions(camera), ...padding });
  }

  /**
   * Renames the map's controls after a language switch. MapLibre reads its locale only when a control
   * is created, so the labels already in the page are updated in place.
   */
  setLabels(labels: MapLabels): void {
    const container = this.#map.getContainer();
    this.#map.getCanvas().setAttribute('aria-label', labels.map);
    for (const [selector, key] of CONTROL_LABELS) {
      for (const button of container.querySelectorAll<HTMLElement>(selector)) {
        button.setAttribute('aria-label', labels[key]);
        button.title = labels[key];
      }
    }
    const locale = (this.#map as unknown as { _locale?: Record<string, string> })._locale;
    if (locale)
      Object.assign(locale, {
        'ScaleControl.Meters': labels.meters,
        'ScaleControl.Kilometers': labels.kilometers,
      });
  }

  resize(): void {
    this.#map.resize();
  }

  /**
   * Keeps `bottom` pixels of the map clear (a phone's bottom sheet covers them): the centre, framing
   * and flights then happen in the part of the map that is still visible.
   */
  setBottomPadding(bottom: number): void {
    // An ease to the same padding would still keep the map busy (and not idle) for its duration.
    if (this.#map.getPadding().bottom === bottom) return;
    const padding = { top: 0, right: 0, left: 0, bottom };
    this.#map.easeTo({ padding, duration: this.#options.reducedMotion ? 0 : 200 });
  }

  /**
   * The map as a PNG data URL drawn at `pixelRatio` (a handout wants print resolution, not a screen
   * grab), once every tile and transition is done; the screen's ratio is restored afterwards.
   */
  async captureImage(pixelRatio: number): Promise<string> {
    const map = this.#map;
    const canvas = map.getCanvas();
    const screen = map.getPixelRatio();
    // WebGL canvases have a size limit; keep the longer side within what every GPU allows.
    const limit = MAX_CANVAS / Math.max(canvas.clientWidth, canvas.clientHeight, 1);
    map.setPixelRatio(Math.min(pixelRatio, limit));
    try {
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
      return canvas.toDataURL('image/png');
    } finally {
      map.setPixelRatio(screen);
    }
  }

  #hide(layerId: string, ids: string[], now: boolean): void {
    const off = () => {
      if (this.#view.layers.find((l) => l.id === layerId)?.visible) return;
      for (const id of ids) if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'visibility', 'none');
    };
    if (now || this.#options.reducedMotion) off();
    else setTimeout(off, FADE_MS);
  }

  /**
   * Shows the deck.gl views (3D layout, Bay Area links). deck.gl is imported the first time one is
   * switched on, never before: a visit that does not use them does not download it.
   */
  setDeckViews(view: DeckView): void {
    this.#deckView = view;
    if (!this.#deckViews) {
      if (!view.view3d && !view.flows) return;
      this.#deckViews = import('./deck-views').then(({ createDeckViews }) =>
        createDeckViews(this.#map, {
          reducedMotion: this.#options.reducedMotion,
          home: this.#content.manifest.focus.bounds,
        }),
      );
      this.#deckViews.catch((e: Error) => {
        this.#deckViews = null;
        this.#events.onError(e.message);
      });
    }
    this.#deckViews.then(
      (views) => {
        // Views requested while deck.gl loaded collapse into the latest one.
        if (this.#deckView === view) views.update(view);
      },
      () => {},
    );
  }

  destroy(): void {
    this.#map.remove();
  }

  #embeddedStyle(lang: Lang): StyleSpecification {
    const c = this.#content;
    // Paint changes (layer fades, dimming) ease over FADE_MS, or not at all under reduced motion.
    const transition = { duration: this.#options.reducedMotion ? 0 : FADE_MS, delay: 0 };
    return {
      transition,
      ...embeddedStyle(
        c.contextData,
        c.context.map(({ def, sourceId }) => ({
          role: def.role,
          sourceId,
          ...(def.filter ? { filter: def.filter } : {}),
          ...(c.contextData[sourceId]?.features.some((f) => f.id === c.manifest.focus.feature)
            ? { focusId: c.manifest.focus.feature }
            : {}),
        })),
        c.layers,
        lang,
        new Set(this.#view.layers.filter((l) => !l.visible).map((l) => l.id)),
      ),
    };
  }

  #applyView(view: MapView, relabel: boolean, previous?: MapView): void {
    const map = this.#map;
    for (const layer of view.layers) {
      const entry = this.#content.layers.find((l) => l.def.id === layer.id);
      if (!entry) continue;
      const before = previous?.layers.find((l) => l.id === layer.id);
      const ids = thematicLayerIds(entry.def).filter((id) => map.getLayer(id));
      // A hidden layer is kept at opacity 0, so showing it fades in through the style's paint transition
      // and hiding it fades out before its visibility goes off (both instant under reduced motion).
      const shown = layer.visible ? layer.opacity : 0;
      if (layer.visible && !before?.visible) {
        for (const id of ids) map.setLayoutProperty(id, 'visibility', 'visible');
      }
      if (!layer.visible && (!before || before.visible)) this.#hide(layer.id, ids, !before);
      if (!before || (before.visible ? before.opacity : 0) !== shown || relabel) {
        for (const spec of thematicLayers(entry.def, view.lang, shown)) applyPaint(map, spec);
      }
    }
    if (relabel) {
      for (const layer of map.getStyle().layers) {
        // Overlay labels (`o-`) carry their own text, not a feature name.
        if (
          layer.type === 'symbol' &&
          !layer.id.startsWith('o-') &&
          map.getLayoutProperty(layer.id, 'text-field')
        ) {
          map.setLayoutProperty(layer.id, 'text-field', nameField(view.lang));
        }
      }
    }
    this.#syncState('highlight', view.highlight);
    this.#syncState('selected', view.selection ? [view.selection] : []);
    if (relabel) this.#pushOverlay();
  }

  #syncState(key: string, ids: string[], force = false): void {
    const before = force ? new Set<string>() : (this.#stated.get(key) ?? new Set<string>());
    const after = new Set(ids);
    for (const id of before) if (!after.has(id)) this.#setState(id, key, false);
    for (const id of after) if (!before.has(id)) this.#setState(id, key, true);
    this.#stated.set(key, after);
  }

  #setState(id: string | null, key: string, value: boolean): void {
    if (!id) return;
    const entry = this.#content.features.get(id);
    if (!entry || !this.#map.getSource(entry.source)) return;
    this.#map.setFeatureState({ source: entry.source, id }, { [key]: value });
  }

  #hit(point: { x: number; y: number }): string | null {
    const visible = this.#view.layers.filter((l) => l.visible).map((l) => l.id);
    const ids = this.#content.layers
      .filter((l) => visible.includes(l.def.id))
      .flatMap((l) => thematicLayerIds(l.def))
      .filter((id) => this.#map.getLayer(id));
    if (!ids.length) return null;
    const box: [[number, number], [number, number]] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    const hits: MapGeoJSONFeature[] = this.#map.queryRenderedFeatures(box, { layers: ids });
    // Points and lines sit on top of areas: prefer the smallest thing under the pointer.
    const rank = (f: MapGeoJSONFeature) =>
      f.geometry.type.includes('Point') ? 0 : f.geometry.type.includes('Line') ? 1 : 2;
    hits.sort((a, b) => rank(a) - rank(b));
    const id = hits[0]?.properties?.fid;
    return typeof id === 'string' ? id : null;
  }

  async #switchBasemap(id: string): Promise<void> {
    const def = this.#content.manifest.basemaps.find((b) => b.id === id);
    const embedded = this.#embeddedStyle(this.#view.lang);
    const done = () => this.#map.once('styledata', () => this.#applyView(this.#view, true));
    if (!def || def.type === 'embedded') {
      this.#basemap = 'embedded';
      this.#map.setStyle(embedded);
      done();
      return;
    }
    try {
      const style = await onlineStyle(def, embedded, this.#options.rasterKey);
      if (this.#view.basemap !== id) return;
      this.#basemap = id;
      this.#map.setStyle(style);
      done();
      // A style that loads but whose tiles fail is caught by the map's error event.
      const onError = () => {
        if (this.#basemap !== id) return;
        this.#map.off('error', onError);
        this.#fallback(id, 'tiles could not be loaded');
      };
      this.#map.on('error', onError);
    } catch (e) {
      this.#fallback(id, (e as Error).message);
    }
  }

  #fallback(id: string, reason: string): void {
    this.#basemap = 'embedded';
    this.#map.setStyle(this.#embeddedStyle(this.#view.lang));
    this.#map.once('styledata', () => this.#applyView(this.#view, true));
    this.#events.onBasemapFallback(id, reason);
  }

  get basemap(): string {
    return this.#basemap;
  }
}

/**
 * An online style with the atlas's thematic layers on top. The embedded context is left out; our
 * own sources and thematic layers are kept so the overlays stay the same on any basemap.
 */
async function onlineStyle(
  def: BasemapDef,
  embedded: StyleSpecification,
  key?: string,
): Promise<StyleSpecification> {
  // The analysis overlay (`o-`) rides along with the thematic layers (`t-`) on any basemap.
  const thematic = embedded.layers.filter((l) => /^[to]-/.test(l.id));
  const thematicSources = Object.fromEntries(
    Object.entries(embedded.sources).filter(([id]) => /^[to]-/.test(id)),
  );
  if (def.type === 'raster') {
    if (def.requiresKey && !key) throw new Error('no key configured');
    const tiles = def.tiles.map((t) => t.replace('{key}', encodeURIComponent(key ?? '')));
    if (tiles.some((t) => t.startsWith(PMTILES))) await usePmtiles();
    const sources = Object.fromEntries(
      tiles.map((t, i) => [
        `raster-${i}`,
        {
          type: 'raster' as const,
          tiles: [t],
          tileSize: 256,
          ...(def.attribution ? { attribution: def.attribution } : {}),
        },
      ]),
    );
    const layers: LayerSpecification[] = tiles.map((_, i) => ({
      id: `raster-${i}`,
      type: 'raster',
      source: `raster-${i}`,
    }));
    return { version: 8, sources: { ...sources, ...thematicSources }, layers: [...layers, ...thematic] };
  }
  if (def.type !== 'style') throw new Error('not an online basemap');
  const response = await fetch(def.url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const base = (await response.json()) as StyleSpecification;
  if (JSON.stringify(base.sources).includes(PMTILES)) await usePmtiles();
  return { ...base, sources: { ...base.sources, ...thematicSources }, layers: [...base.layers, ...thematic] };
}

const PMTILES = 'pmtiles://';
let pmtilesReady: Promise<void> | null = null;

/**
 * Lets MapLibre read PMTiles archives (single files on any static host, read with range requests):
 * the `pmtiles` package is loaded and its protocol registered the first time a basemap names one.
 */
function usePmtiles(): Promise<void> {
  pmtilesReady ??= import('pmtiles').then(({ Protocol }) => addProtocol('pmtiles', new Protocol().tile));
  return pmtilesReady;
}

function applyPaint(map: MapLibreMap, spec: LayerSpecification): void {
  if (!map.getLayer(spec.id) || !('paint' in spec) || !spec.paint) return;
  for (const [key, value] of Object.entries(spec.paint)) {
    map.setPaintProperty(spec.id, key as Parameters<MapLibreMap['setPaintProperty']>[1], value);
  }
}

function cameraOptions(c: Camera) {
  return { center: c.center, zoom: c.zoom, bearing: c.bearing ?? 0, pitch: c.pitch ?? 0 };
}

/** The pan limit: the atlas extent with a margin, so the edge of the data is never hard against the frame. */
function padBounds(b: Bounds): [[number, number], [number, number]] {
  const dx = (b[2] - b[0]) * 0.5;
  const dy = (b[3] - b[1]) * 0.5;
  return [
    [b[0] - dx, b[1] - dy],
    [b[2] + dx, b[3] + dy],
  ];
}
