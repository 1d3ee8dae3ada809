import {
  FullscreenControl,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  NavigationControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Content } from '../content/load';
import type { Bounds, Camera, Lang } from '../content/types';
import type { DeckView } from '../state/deck-view';
import type { MapView } from '../state/view';
import { atlasStyle } from './atlas-style';
import { captureLive, captureOffscreen } from './capture';
import type { DeckViews } from './deck-views';
import { applyLayers } from './layer-pass';
import {
  CJK_FONTS,
  cameraOptions,
  controlLocale,
  featureTarget,
  labelControls,
  padBounds,
  samePadding,
} from './map-parts';
import { hideUntilDrawn, withOpaqueCanvas } from './opaque-canvas';
import { basemapFailed, sameValue } from './reconcile';
import { ScaleBar } from './scale-bar';
import { OVERLAY_SOURCE, thematicLayerIds } from './style';
import { TextAttribution } from './text-attribution';
import { registerTiledProtocol } from './tiled-source';

setWorkerUrl(workerUrl);

import type { MapEvents, MapLabels, MapOptions } from './map-api';

export type { MapEvents, MapLabels, MapOptions };

/** How long thematic layers take to fade in or out (MapLibre's paint transition). */
const FADE_MS = 400;

/**
 * The only object that talks to MapLibre. The app hands it a MapView; it brings the map to that view
 * idempotently: each pass compares what MapLibre holds (layer properties, feature-state, the loaded
 * basemap) with what the view wants, so a change made while tiles or a style load is applied as soon
 * as it can be, never dropped. User actions come back as plain events.
 */
export class AtlasMap {
  readonly #map: MapLibreMap;
  readonly #content: Content;
  readonly #events: MapEvents;
  readonly #options: MapOptions;
  #view: MapView;
  /**
   * The view the last complete pass applied with nothing fading, while the style still holds it: an
   * equal view needs no pass (reading every layer's properties back costs about 5 ms, and most state
   * changes, a near-me pin or a panel's tab, leave the view as it was). Null when a pass must run.
   */
  #appliedView: MapView | null = null;
  #hovered: string | null = null;
  /** The feature last reported through onHover (cleared when the pointer leaves or the map moves). */
  #reported: string | null = null;
  /** Feature-state the map holds, per key; cleared whenever a style (re)loads its sources. */
  #stated = new Map<string, Set<string>>();
  /** The basemap whose style the map holds (or is loading), as opposed to the one the view wants. */
  #applied = 'embedded';
  /** Sequence of basemap switches, so a slow style that arrives after a newer request is dropped. */
  #switches = 0;
  /** Tile outcomes of the online basemap in use, to tell a few lost tiles from a dead basemap. */
  #tiles = { failed: 0, loaded: 0 };
  #baseSources = new Set<string>();
  /** Thematic layers fading out: drawn at opacity 0 until their fade ends, then switched off. */
  readonly #fading = new Set<string>();
  #shown = new Set<string>();
  readonly #overlays = new Map<string, GeoJSON.Feature[]>();
  readonly #attribution: TextAttribution;
  /** Joins the map at its first idle (`#addControls`); its distances follow the language before then too. */
  readonly #scale: ScaleBar;
  #attributionText: string;
  #deckView: DeckView | null = null;
  #deckViews: Promise<DeckViews> | null = null;
  /** Settles once the map has drawn its first frame, or reported an error before one. */
  readonly firstFrame: Promise<void>;
  /** Clicks so far, so a click that waited for a tiled layer's properties does not undo a newer one. */
  #clicks = 0;
  /** When the map last drew a frame (`stillFor`). */
  #drawnAt = 0;

  constructor(container: HTMLElement, options: MapOptions, events: MapEvents) {
    this.#content = options.content;
    this.#events = events;
    this.#options = options;
    this.#view = options.view;
    this.#shown = new Set(options.view.layers.filter((l) => l.visible).map((l) => l.id));
    this.#attributionText = options.attribution;
    const focus = options.content.manifest.focus.bounds;
    this.#map = withOpaqueCanvas(
      () =>
        new MapLibreMap({
          container,
          style: this.#embeddedStyle(options.view.lang),
          bounds: options.camera ? undefined : focus,
          fitBoundsOptions: { padding: 24 },
          ...(options.camera ? cameraOptions(options.camera) : {}),
          maxBounds: padBounds(options.content.manifest.extent),
          localIdeographFontFamily: CJK_FONTS,
          attributionControl: false,
          fadeDuration: options.reducedMotion ? 0 : 300,
          locale: controlLocale(options.labels),
        }),
    );
    const map = this.#map;
    hideUntilDrawn(map);
    // The map's own state, readable from outside (browser tests, a console): what it draws is then
    // checked against MapLibre itself rather than anything the app writes about it. Read-only use.
    Object.defineProperty(container, 'maplibre', { value: map });
    this.#attribution = new TextAttribution(options.labels.attribution);
    this.#scale = new ScaleBar(options.labels.distance);
    map.addControl(this.#attribution, 'bottom-right');
    this.#attribution.setText(this.#attributionText);
    // The first frame has asked for every tile the view needs (MapLibre loads a style object one
    // animation frame after the constructor, and requests tiles in the frame after that); an error
    // or a lost context means no frame may come.
    this.firstFrame = new Promise<void>((resolve) => {
      for (const type of ['render', 'error', 'webglcontextlost'] as const) map.once(type, () => resolve());
    });
    map.once('idle', () => {
      this.#addControls();
      this.#settled = true;
      performance.mark('map-idle');
      events.onIdle();
    });
    // Every style load (the first, a basemap switch, a rebuild) re-creates sources: state goes again.
    map.on('style.load', () => {
      this.#stated = new Map();
      this.#appliedView = null;
      this.#reconcile();
      this.#pushOverlay();
    });
    map.on('load', () => {
      // Report the first framing too, so a permalink copied before any pan restores this view.
      events.onMove(this.camera(), this.bounds());
    });
    map.on('error', (e) => {
      const sourceId = (e as { sourceId?: string }).sourceId;
      if (sourceId && this.#baseSources.has(sourceId)) {
        this.#tiles.failed += 1;
        if (basemapFailed(this.#tiles)) this.#fallback(this.#applied, 'tiles');
        return;
      }
      events.onError();
    });
    map.on('sourcedata', (e) => {
      if (e.tile && e.sourceId && this.#baseSources.has(e.sourceId)) this.#tiles.loaded += 1;
    });
    map.on('moveend', () => events.onMove(this.camera(), this.bounds()));
    map.on('render', () => {
      this.#drawnAt = performance.now();
    });
    map.getCanvas().addEventListener('focus', () => events.onFocusChange(true));
    map.getCanvas().addEventListener('blur', () => events.onFocusChange(false));
    map.on('click', (e) => {
      const hit = this.#hit(e.point);
      const click = ++this.#clicks;
      const report = () => {
        if (click !== this.#clicks) return;
        events.onFeatureClick({ featureId: hit, lngLat: [e.lngLat.lng, e.lngLat.lat] });
        // A touch has no hover: the tap names what it touched.
        const pointer = (e.originalEvent as PointerEvent).pointerType;
        if (pointer && pointer !== 'mouse') events.onHover(hit, { x: e.point.x, y: e.point.y }, true);
      };
      // A feature of a tiled layer is reported once its layer's property columns have loaded (its
      // first click only), so the inspector it opens shows its kind, measures and sources; a newer click
      // wins. Should the fetch fail it still opens, with the names from the index.
      const tiled = hit
        ? this.#content.layers.find((l) => l.tiled?.position(hit) !== undefined)?.tiled
        : undefined;
      if (tiled && !tiled.propsLoaded) void tiled.loadProps().then(report, report);
      else report();
    });
    map.on('dblclick', (e) => {
      if (events.onDoubleClick?.([e.lngLat.lng, e.lngLat.lat])) e.preventDefault();
    });
    map.on('mousemove', (e) => {
      // While a drag or zoom moves the map, nothing is hovered: querying features on every pointer
      // move would cost each frame of the gesture (`npm run bench`, frame times), and names would
      // flicker under a moving pointer. `movestart` has already cleared the hover.
      if (map.isMoving()) return;
      const hit = this.#hit(e.point);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      if (hit !== this.#hovered) {
        this.#setState(this.#hovered, 'hover', false);
        this.#setState(hit, 'hover', true);
        this.#hovered = hit;
      }
      // Every move over a feature, so its name can follow the pointer.
      if (hit || hit !== this.#reported) events.onHover(hit, { x: e.point.x, y: e.point.y });
      this.#reported = hit;
    });
    map.on('mouseout', () => {
      this.#setState(this.#hovered, 'hover', false);
      this.#hovered = null;
      this.#reported = null;
      events.onHover(null);
    });
    map.on('movestart', () => {
      if (this.#reported) events.onHover(null);
      this.#reported = null;
      this.#setState(this.#hovered, 'hover', false);
      this.#hovered = null;
      map.getCanvas().style.cursor = '';
    });
    // A link that names another basemap opens on it: the embedded style is only the first frame.
    if (options.view.basemap !== 'embedded') void this.#switchBasemap(options.view.basemap);
  }

  /** The MapLibre map, for modules under src/map/ that add overlays (deck.gl, measuring). */
  get map(): MapLibreMap {
    return this.#map;
  }

  /**
   * How long the map has been still, in ms: no gesture or camera animation under way, every tile of the
   * view drawn, no frame since. Null while it is not. The app's background work waits for it (`whenStill`).
   */
  stillFor(): number | null {
    const map = this.#map;
    if (map.isMoving() || !map.loaded() || !map.areTilesLoaded()) return null;
    return performance.now() - this.#drawnAt;
  }

  /** Settles once the map is still: at once, or at its next idle. */
  whenStill(): Promise<void> {
    if (this.stillFor() !== null) return Promise.resolve();
    return new Promise((resolve) => this.#map.once('idle', () => resolve()));
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

  /** Brings the map to a new view; whatever it cannot apply yet is applied when the style allows. */
  update(view: MapView): void {
    if (this.#appliedView && sameValue(view, this.#appliedView)) {
      this.#view = view;
      return;
    }
    const before = this.#shown;
    this.#view = view;
    this.#shown = new Set(view.layers.filter((l) => l.visible).map((l) => l.id));
    if (!this.#options.reducedMotion) {
      for (const id of before) {
        if (this.#shown.has(id)) continue;
        // Hidden through a fade: drawn at opacity 0 for FADE_MS, then switched off by the next pass.
        this.#fading.add(id);
        setTimeout(() => {
          this.#fading.delete(id);
          this.#reconcile();
        }, FADE_MS);
      }
    }
    for (const id of this.#shown) this.#fading.delete(id);
    this.#reconcile();
  }

  /** The attribution in the current language (plain text: nothing in it is read as HTML). */
  setAttribution(text: string): void {
    this.#attributionText = text;
    this.#attribution.setText(this.#fullAttribution());
  }

  #fullAttribution(): string {
    const def = this.#content.manifest.basemaps.find((b) => b.id === this.#applied);
    const base = def && 'attribution' in def && def.attribution ? def.attribution : '';
    const custom = this.#customAttribution;
    return [this.#attributionText, base, custom].filter(Boolean).join(' · ');
  }

  #customAttribution = '';

  /**
   * Applies the whole view to whatever style is loaded: the basemap first (switching when the map
   * holds another), then every thematic layer's visibility, paint and labels, then feature-state.
   */
  #reconcile(): void {
    const view = this.#view;
    const applied = this.#appliedView;
    this.#appliedView = null;
    const wanted = this.#content.manifest.basemaps.some((b) => b.id === view.basemap)
      ? view.basemap
      : 'embedded';
    if (wanted !== this.#applied) {
      void this.#switchBasemap(wanted);
      return;
    }
    try {
      applyLayers(this.#map, this.#content, view, this.#fading, applied);
      this.#syncState('highlight', view.highlight);
      this.#syncState('selected', view.selection ? [view.selection] : []);
      if (!this.#fading.size) this.#appliedView = view;
    } catch {
      // The style is not loaded yet (a switch in progress): its 'style.load' runs this pass again.
    }
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

  /**
   * Frames bounds inside `padding` (pixels kept clear on each side), flying unless told to jump. With
   * `absolute`, `padding` replaces the map's own padding (which a running padding change may not have
   * reached yet) instead of adding to it.
   */
  frame(
    bounds: Bounds,
    options: { padding?: Padding | number; maxZoom?: number; animate?: boolean; absolute?: boolean } = {},
  ): void {
    this.#map.fitBounds(bounds, {
      padding: options.padding ?? 48,
      ...(options.absolute ? { absolutePadding: true } : {}),
      maxZoom: options.maxZoom ?? 16,
      animate: (options.animate ?? true) && !this.#options.reducedMotion,
      duration: 1400,
    });
  }

  /**
   * Moves the camera, flying unless reduced motion (or `animate: false`) asks for a jump. `padding`
   * keeps that many pixels clear on each side: the camera's centre sits in the middle of the rest.
   */
  goTo(camera: Camera, options: { duration?: number; animate?: boolean; padding?: Padding } = {}): void {
    const animate = (options.animate ?? true) && !this.#options.reducedMotion;
    const padding = options.padding === undefined ? {} : { padding: options.padding };
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
   * is created, so the labels already in the page are updated in place, and the locale for the
   * controls still to come (they join at the first idle).
   */
  setLabels(labels: MapLabels): void {
    // A MapLibre control made later reads its labels from the locale.
    const locale = (this.#map as unknown as { _locale?: Record<string, string> })._locale;
    if (locale) Object.assign(locale, controlLocale(labels));
    labelControls(this.#map, labels);
    this.#attribution.setLabel(labels.attribution);
    this.#scale.setFormat(labels.distance);
  }

  /**
   * The navigation, full-screen and scale controls join at the first idle: their buttons' styles
   * (icons as SVG images) cost the phone's first map frame about 40 ms of style work at 4x CPU
   * (README, Performance), and the first view is there to be seen before it is steered. MapLibre's
   * take their labels from the locale, which `setLabels` keeps in the current language, as it keeps
   * the scale bar's distance format. The attribution is there from the start.
   */
  #addControls(): void {
    this.#map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    this.#map.addControl(new FullscreenControl({}), 'top-right');
    this.#map.addControl(this.#scale, 'bottom-left');
  }

  /** Puts keyboard focus on the map itself (its canvas), e.g. after a card over it closes. */
  focus(): void {
    this.#map.getCanvas().focus();
  }

  /** Whether a keyboard event came from the map itself rather than a control on it. */
  isMapTarget(target: EventTarget | null): boolean {
    return target === this.#map.getCanvas();
  }

  resize(): void {
    this.#map.resize();
  }

  /**
   * Keeps `padding` pixels of the map clear (a phone's bottom sheet, a card): the centre, framing and
   * flights then happen in the part of the map that is still visible.
   */
  setPadding(padding: { top: number; right: number; bottom: number; left: number }): void {
    // An ease to the same padding would still keep the map busy (and not idle) for its duration.
    if (samePadding(this.#map.getPadding(), padding)) return;
    // Before the first idle (a phone's sheet reporting its height as the map loads) the padding jumps:
    // an ease then only keeps the loading map moving, and nobody has seen the view it leaves.
    this.#map.easeTo({ padding, duration: this.#options.reducedMotion || !this.#settled ? 0 : 200 });
  }

  /** Whether the map has been idle once. */
  #settled = false;

  /**
   * A map drawn off screen with the given view and camera and no padding, captured as a PNG at
   * `pixelRatio`: handouts and exports never move the live map (src/map/capture.ts).
   */
  captureView(
    view: MapView,
    camera: Camera,
    pixelRatio: number,
    size?: { width: number; height: number },
  ): Promise<string> {
    const hidden = new Set(view.layers.filter((l) => !l.visible).map((l) => l.id));
    return captureOffscreen({
      live: this.#map.getCanvas(),
      style: this.#embeddedStyle(view.lang, hidden),
      content: this.#content,
      view,
      camera,
      pixelRatio,
      ...(size ? { size } : {}),
    });
  }

  /** The live map as a PNG at `pixelRatio` (an export of what the planner sees). */
  captureImage(pixelRatio: number): Promise<string> {
    return captureLive(this.#map, pixelRatio);
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
      this.#deckViews.catch(() => {
        this.#deckViews = null;
        this.#events.onError();
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

  #embeddedStyle(lang: Lang, hidden?: ReadonlySet<string>): StyleSpecification {
    // Tiled layers' sources name pmtiles:// tiles; the protocol must answer before the first one.
    if (this.#content.layers.some((l) => l.tiled)) registerTiledProtocol();
    // Paint changes (layer fades, dimming) ease over FADE_MS, or not at all under reduced motion.
    return atlasStyle(
      this.#content,
      lang,
      hidden ?? new Set(this.#view.layers.filter((l) => !l.visible).map((l) => l.id)),
      this.#options.reducedMotion ? 0 : FADE_MS,
    );
  }

  #syncState(key: string, ids: string[]): void {
    const before = this.#stated.get(key) ?? new Set<string>();
    const after = new Set(ids);
    for (const id of before) if (!after.has(id)) this.#setState(id, key, false);
    for (const id of after) if (!before.has(id)) this.#setState(id, key, true);
    this.#stated.set(key, after);
  }

  #setState(id: string | null, key: string, value: boolean): void {
    if (!id) return;
    const entry = this.#content.features.get(id);
    if (!entry || !this.#map.getSource(entry.source)) return;
    this.#map.setFeatureState(featureTarget(entry, id), { [key]: value });
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

  /**
   * Loads a basemap's style with the atlas's own sources and layers on top, diffed against the style
   * the map holds so the thematic sources (and their feature-state) stay. The newest request wins.
   */
  async #switchBasemap(id: string): Promise<void> {
    const seq = ++this.#switches;
    const def = this.#content.manifest.basemaps.find((b) => b.id === id);
    this.#applied = id;
    const embedded = this.#embeddedStyle(this.#view.lang);
    let style: StyleSpecification = embedded;
    let customAttribution = '';
    if (def && def.type !== 'embedded') {
      // The other basemaps' style code (online, raster, offline streets) loads with the first switch to one.
      let basemaps: typeof import('./basemap-styles') | undefined;
      try {
        basemaps = await import('./basemap-styles');
        style = await basemaps.onlineStyle(
          def,
          embedded,
          this.#options.rasterKey,
          this.#content.base,
          this.#view.lang,
        );
      } catch (e) {
        const noKey = (e as Error).message === basemaps?.NO_KEY;
        if (seq === this.#switches) this.#fallback(id, noKey ? 'key' : 'style');
        return;
      }
      if (def.id === 'custom') customAttribution = basemaps.styleAttribution(style);
    }
    if (seq !== this.#switches) return;
    this.#tiles = { failed: 0, loaded: 0 };
    this.#baseSources = new Set(Object.keys(style.sources).filter((s) => !/^(t-|o-|c-)/.test(s)));
    this.#customAttribution = customAttribution;
    this.#map.setStyle(style, { diff: true });
    this.#attribution.setText(this.#fullAttribution());
    this.#reconcile();
  }

  /** Gives up an online basemap for the embedded one and says why (the app words the reason). */
  #fallback(id: string, reason: FallbackReason): void {
    if (this.#applied !== id) return;
    this.#baseSources = new Set();
    this.#events.onBasemapFallback(id, reason);
  }

  /** The basemap the map holds (or is loading). */
  get basemap(): string {
    return this.#applied;
  }
}

/** Why an online basemap was given up: its style failed, most of its tiles did, or it needs a key. */
export type FallbackReason = 'style' | 'tiles' | 'key';

/** Pixels kept clear on each side of the map. */
export type Padding = { top: number; right: number; bottom: number; left: number };
