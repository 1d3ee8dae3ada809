import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { boundsOf } from '../../analysis/bounds';
import { type Content, loadContent } from '../../content/load';
import { type Bounds, isPlaced, type Lang } from '../../content/types';
import { t } from '../../i18n/strings';
import type { AtlasMap } from '../../map/atlas-map';
import * as actions from '../../state/actions';
import { deckView, deckViewChanged } from '../../state/deck-view';
import { type AtlasState, Store } from '../../state/store';
import { decodeHash, encodeHash } from '../../state/url-codec';
import { defaultUrlState, mapView, urlVocabulary } from '../../state/view';
import type { AtlasEventMap } from '../events';
import type { TextFocus } from '../measure-text/measure-text';
import '../measure-text/measure-text';
import '../layer-panel/layer-panel';
import '../feature-inspector/feature-inspector';
import '../map-crosshair/map-crosshair';
import '../planner-tools/planner-tools';
import '../near-me/near-me';
import '../bottom-sheet/bottom-sheet';
import '../presenter-view/presenter-view';
import { modeForTab, nearChange, nearClick, nearFirstFrame, nearOverlayOf } from '../near-me/near-control';
import { plannerPointPatch, takesMapPoints } from '../planner-tools/map-input';
import { PlannerOverlays } from '../planner-tools/overlays';
import {
  type HandoutPage,
  type Paper,
  PresenterController,
  type PresenterHost,
} from '../presenter-view/presenter-controller';
import { attributionText, failureText, mapLabels } from './labels';
import {
  controlsTemplate,
  highlightStatus,
  type Notice,
  noticesTemplate,
  overMapTemplate,
  panelTemplate,
  type Tab,
} from './templates';

const URL_WRITE_DELAY = 250;

const TABS: readonly Tab[] = ['text', 'layers', 'near'];

/**
 * The mediator: loads the content, owns the one store, mirrors it in the URL, and turns events from
 * the panels and the map into store updates. Rendered in light DOM so MapLibre's stylesheet applies.
 */
export class AtlasApp extends LitElement {
  static override properties = {
    dataUrl: { attribute: 'data-url' },
    content: { state: true },
    state: { state: true },
    loading: { state: true },
    fatal: { state: true },
    notices: { state: true },
    tab: { state: true },
    textFocus: { state: true },
    viewBounds: { state: true },
    copied: { state: true },
    measureArea: { state: true },
    exportStatus: { state: true },
    handout: { state: true },
    preparing: { state: true },
  };

  /** Where data/atlas.json is, relative to the page. */
  dataUrl = 'data/';
  content?: Content;
  state?: AtlasState;
  loading = true;
  fatal = '';
  notices: Notice[] = [];
  tab: Tab = 'text';
  textFocus: TextFocus | null = null;
  viewBounds: Bounds | null = null;
  copied = false;
  /** The measuring tool reads out an area rather than a length (a drawing setting, not in the URL). */
  measureArea = false;
  exportStatus = '';
  /** The handout pages ready to print, or null before the first handout. */
  handout: { paper: Paper; pages: HandoutPage[] } | null = null;
  /** Progress of a handout being drawn, [done, total]. */
  preparing: [number, number] | null = null;
  #presenter?: PresenterController;

  #store?: Store;
  #map?: AtlasMap;
  #urlTimer = 0;
  #focusSeq = 0;
  readonly #plannerOverlays = new PlannerOverlays();
  /** Pixels of the map the phone's bottom sheet covers. */
  #sheetHeight = 0;
  readonly #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#presenter?.dispose();
    this.#map?.destroy();
  }

  get currentLang(): Lang {
    return this.state?.lang ?? 'zh';
  }

  async #start(): Promise<void> {
    // Fetch MapLibre while the content loads rather than after it (measured by `npm run bench`); a
    // failure surfaces at the import in #mountMap.
    import('../../map/atlas-map').catch(() => {});
    let content: Content;
    try {
      content = await loadContent(new URL(this.dataUrl, document.baseURI), {
        customStyle: new URLSearchParams(location.search).get('style'),
        customPmtiles: new URLSearchParams(location.search).get('pmtiles'),
      });
    } catch (e) {
      this.loading = false;
      this.fatal = `${t(this.currentLang, 'loadFailed')}: ${(e as Error).message}`;
      return;
    }
    // Milestones for benchmarks (tests/bench): content fetched and validated, then panels drawn.
    performance.mark('content-loaded');
    const initial = decodeHash(location.hash, urlVocabulary(content), defaultUrlState(content));
    // A shared "near me" link opens on its list.
    if (initial.mode === 'near' || initial.near.pin) this.tab = 'near';
    this.#store = new Store({ ...initial, hover: [], measurePoints: [] });
    this.#presenter = new PresenterController(this.#store, content, this.#presenterHost());
    this.content = content;
    this.state = this.#store.state;
    this.#store.subscribe((next, previous) => {
      this.state = next;
      this.#map?.update(mapView(next, content));
      if (deckViewChanged(next, previous)) this.#map?.setDeckViews(deckView(next, content));
      if (next.lang !== previous.lang) this.#map?.setLabels(mapLabels(next.lang));
      // Leaving presenter mode gives the bottom of the map back to the panel (or nothing on a desktop).
      if (previous.step && !next.step) this.#map?.setBottomPadding(this.#sheetHeight);
      if (next.near !== previous.near || next.mode !== previous.mode)
        this.#map?.setOverlay('near', nearOverlayOf(next));
      this.#presenter?.onState(next, previous);
      this.#scheduleUrlWrite();
    });
    if (content.failures.length)
      this.#notify('layers', failureText(content, content.failures, this.currentLang));
    await this.updateComplete;
    performance.mark('panels-rendered');
    await this.#mountMap(content);
  }

  async #mountMap(content: Content): Promise<void> {
    const store = this.#store;
    const container = this.querySelector<HTMLElement>('.map');
    if (!store || !container) return;
    // The map module is split out so the panels render while MapLibre is still loading.
    const { AtlasMap } = await import('../../map/atlas-map');
    const lang = store.state.lang;
    this.#map = new AtlasMap(
      container,
      {
        content,
        view: mapView(store.state, content),
        camera: this.#presenter?.initialCamera(store.state) ?? store.state.camera,
        reducedMotion: this.#reducedMotion,
        rasterKey: new URLSearchParams(location.search).get('tk') ?? undefined,
        attribution: attributionText(content, lang),
        labels: mapLabels(lang),
      },
      {
        onFeatureClick: ({ featureId, lngLat }) =>
          store.update(
            plannerPointPatch(store.state, lngLat) ??
              (store.state.mode === 'near'
                ? nearClick(store.state, content, featureId, lngLat)
                : actions.selectFeature(store.state, content, featureId)),
          ),
        onHover: () => {},
        onMove: (camera, bounds) => {
          store.update({ camera });
          this.viewBounds = bounds;
        },
        onIdle: () => {
          this.loading = false;
        },
        onError: (message) => this.#notify('map-error', `${t(store.state.lang, 'mapError')}: ${message}`),
        onBasemapFallback: (id, reason) => {
          const def = content.manifest.basemaps.find((b) => b.id === id);
          const name = def?.name[store.state.lang] ?? id;
          this.#notify('basemap', t(store.state.lang, 'basemapFallback', { name, reason }));
          store.update({ basemap: 'embedded' });
        },
      },
    );
    if (store.state.basemap !== 'embedded') this.#map.update(mapView(store.state, content));
    // A briefing opened by its link: place the step's view clear of the caption straight away.
    if (store.state.step) this.#presenter?.returnToStep(false);
    this.#map.setDeckViews(deckView(store.state, content));
    this.#map.setOverlay('near', nearOverlayOf(store.state));
    const nearFrame = nearFirstFrame(store.state);
    if (nearFrame) this.#map.frame(nearFrame, { padding: 24, animate: false });
    // A link that names a feature but no camera opens on that feature.
    else if (store.state.selection && !store.state.camera && !store.state.step)
      this.#frame([store.state.selection]);
    this.#syncPlannerOverlays();
    // In presenter mode the caption, not the sheet, decides the padding (see returnToStep).
    if (!store.state.step) this.#map.setBottomPadding(this.#sheetHeight);
  }

  /** Frames features on the map (a jump under reduced motion, decided by the map adapter). */
  #frame(ids: string[] | undefined): void {
    if (!ids?.length || !this.content) return;
    const features = ids
      .map((id) => this.content?.features.get(id)?.feature)
      .filter((f) => f !== undefined && isPlaced(f));
    const bounds = boundsOf(features);
    if (bounds) this.#map?.frame(bounds, { maxZoom: features.length === 1 ? 15 : 14.5 });
  }

  #apply(result: actions.ActionResult): void {
    this.#store?.update(result.patch);
    this.#frame(result.frame);
  }

  // Events from the panels: each becomes one store update (and maybe a camera move).
  readonly #on = {
    measureSelect: (e: CustomEvent<AtlasEventMap['measure-select']>) => {
      if (!this.#store || !this.content) return;
      this.#apply(actions.chooseSection(this.#store.state, this.content, e.detail.section));
    },
    featuresHover: (e: CustomEvent<AtlasEventMap['features-hover']>) =>
      this.#store?.update({ hover: e.detail.ids }),
    termActivate: (e: CustomEvent<AtlasEventMap['term-activate']>) => {
      if (!this.#store || !this.content) return;
      this.#apply(actions.activateTerm(this.#store.state, this.content, e.detail.features, e.detail.layers));
    },
    featureSelect: (e: CustomEvent<AtlasEventMap['feature-select']>) => {
      if (!this.#store || !this.content) return;
      this.#store.update(actions.selectFeature(this.#store.state, this.content, e.detail.id));
      if (e.detail.id && e.detail.frame) this.#frame([e.detail.id]);
      if (e.detail.id === null) this.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
    },
    layerToggle: (e: CustomEvent<AtlasEventMap['layer-toggle']>) => {
      if (!this.#store || !this.content) return;
      this.#store.update(actions.toggleLayer(this.#store.state, this.content, e.detail.id, e.detail.visible));
    },
    layersSet: (e: CustomEvent<AtlasEventMap['layers-set']>) => {
      if (this.content) this.#store?.update(actions.setLayers(this.content, e.detail.ids));
    },
    layerOpacity: (e: CustomEvent<AtlasEventMap['layer-opacity']>) => {
      const opacity = { ...this.#store?.state.opacity, [e.detail.id]: e.detail.opacity };
      this.#store?.update({ opacity });
    },
    dimChange: (e: CustomEvent<AtlasEventMap['dim-change']>) => this.#store?.update({ dim: e.detail.dim }),
    viewToggle: (e: CustomEvent<AtlasEventMap['view-toggle']>) =>
      this.#store?.update(e.detail.view === '3d' ? { view3d: e.detail.on } : { flows: e.detail.on }),
    // Planner tools: modes, measuring, catchments, exports (logic in ../planner-tools).
    modeChange: (e: CustomEvent<AtlasEventMap['mode-change']>) =>
      this.#store?.update({ mode: e.detail.mode, measurePoints: [], here: null }),
    measurePoints: (e: CustomEvent<AtlasEventMap['measure-points']>) =>
      this.#store?.update({ measurePoints: e.detail.points }),
    measureArea: (e: CustomEvent<AtlasEventMap['measure-area']>) => {
      this.measureArea = e.detail.area;
    },
    catchmentChange: (e: CustomEvent<AtlasEventMap['catchment-change']>) =>
      this.#store?.update({ catchment: e.detail.catchment }),
    exportRequest: async (e: CustomEvent<AtlasEventMap['export-request']>) => {
      if (!this.content || !this.state) return;
      const { runExport } = await import('../planner-tools/export');
      const width = this.querySelector<HTMLElement>('.map')?.clientWidth ?? 0;
      const sources = attributionText(this.content, this.state.lang);
      const r = await runExport(e.detail.format, this.#map, this.content, this.state, width, sources);
      this.exportStatus = r.message;
      if (!r.ok) this.#notify('export', r.message);
    },
    /** Enter on the focused map places the planner's point at the centre, under the crosshair. */
    mapKeydown: (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !this.#map || !this.#store) return;
      if (!(e.target as HTMLElement).classList.contains('maplibregl-canvas')) return;
      const patch = plannerPointPatch(this.#store.state, this.#map.camera().center);
      if (!patch) return;
      e.preventDefault();
      this.#store.update(patch);
    },
    paragraphGoto: (e: CustomEvent<AtlasEventMap['paragraph-goto']>) => {
      this.#setTab('text');
      this.#focusSeq += 1;
      this.textFocus = {
        paragraph: e.detail.paragraph,
        ...(e.detail.term ? { term: e.detail.term } : {}),
        seq: this.#focusSeq,
      };
    },
    nearChange: (e: CustomEvent<AtlasEventMap['near-change']>) => {
      if (!this.#store || !this.content) return;
      const { patch, frame } = nearChange(this.#store.state, this.content, e.detail);
      this.#store.update(patch);
      if (frame) this.#map?.frame(frame, { padding: 24 });
    },
    sheetResize: (e: CustomEvent<AtlasEventMap['sheet-resize']>) => {
      this.#sheetHeight = e.detail.height;
      if (!this.#store?.state.step) this.#map?.setBottomPadding(e.detail.height);
    },
    // Presenter mode (logic in ../presenter-view/presenter-controller).
    stepGo: (e: CustomEvent<AtlasEventMap['step-go']>) => this.#presenter?.go(e.detail.step, true),
    stepReturn: () => this.#presenter?.returnToStep(),
    notesOpen: () => this.#presenter?.openNotes(),
    handoutPrint: (e: CustomEvent<AtlasEventMap['handout-print']>) =>
      this.#presenter
        ?.printHandout(e.detail.scope, e.detail.paper)
        .catch((err: Error) => this.#notify('handout', err.message)),
  };

  #presenterHost(): PresenterHost {
    return {
      element: this,
      map: () => this.#map,
      notify: (text) => this.#notify('presenter', text),
      preparing: (progress) => {
        this.preparing = progress;
      },
      showHandout: async (paper, pages) => {
        // Loaded on first use: the QR encoder is of no use to anyone who never prints.
        await import('../print-handout/print-handout');
        this.handout = { paper, pages };
        await this.updateComplete;
        await this.querySelector('print-handout')?.ready();
      },
    };
  }

  /** Opens a panel tab; "near me" brings its map mode (a tap places the pin) and leaving it ends it. */
  #setTab(tab: Tab): void {
    this.tab = tab;
    if (this.#store) this.#store.update(modeForTab(this.#store.state, tab === 'near'));
  }

  #notify(key: string, text: string): void {
    this.notices = [...this.notices.filter((n) => n.key !== key), { key, text }];
  }

  #dismiss(key: string): void {
    this.notices = this.notices.filter((n) => n.key !== key);
  }

  #scheduleUrlWrite(): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => this.#writeUrl(), URL_WRITE_DELAY);
  }

  #writeUrl(): void {
    if (!this.#store || !this.content) return;
    const hash = encodeHash(this.#store.state, defaultUrlState(this.content));
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }

  async #copyLink(): Promise<void> {
    clearTimeout(this.#urlTimer);
    this.#writeUrl();
    try {
      await navigator.clipboard.writeText(location.href);
      this.copied = true;
    } catch {
      // Without clipboard permission the link is still in the address bar; say where to find it.
      this.#notify('copy', t(this.currentLang, 'copyFailed', { url: location.href }));
    }
    setTimeout(() => {
      this.copied = false;
    }, 2500);
  }

  readonly #onHashChange = (): void => {
    if (!this.#store || !this.content) return;
    const next = decodeHash(location.hash, urlVocabulary(this.content), defaultUrlState(this.content));
    this.#store.update(next);
    if (next.camera) this.#map?.goTo(next.camera, { animate: false });
  };

  #syncPlannerOverlays(): void {
    if (this.#map && this.state && this.content)
      this.#plannerOverlays.sync(this.#map, this.state, this.content, this.measureArea);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The inspector's metrics need turf's clipping and buffering: load them with the first selection.
    if (this.state?.selection && !customElements.get('feature-metrics')) {
      void import('../feature-metrics/feature-metrics');
    }
    if (changed.has('state') || changed.has('measureArea')) this.#syncPlannerOverlays();
    if (changed.has('state') && this.state) {
      this.classList.toggle('presenting', this.state.step !== null);
      // Leaving presenter mode, focus goes back to the button that entered it.
      if (changed.get('state')?.step && !this.state.step)
        this.querySelector<HTMLElement>('.present')?.focus();
      document.documentElement.lang = this.state.lang === 'zh' ? 'zh-CN' : 'en';
      if (this.content) document.title = this.content.manifest.title[this.state.lang];
    }
  }

  override render() {
    const lang = this.currentLang;
    const content = this.content;
    const state = this.state;
    return html`
      <header class="app-header">
        <div class="app-title">
          <h1>${content?.manifest.title[lang] ?? ''}</h1>
          <p class="app-subtitle">${content?.manifest.subtitle[lang] ?? ''}</p>
        </div>
        ${content && state ? this.#renderControls(content, state) : nothing}
      </header>
      ${this.#renderNotices()}
      <main class="app-body">
        ${content && state ? this.#renderPanel(content, state) : nothing}
        <div class="map-wrap">
          <div
            class="map"
            data-highlight=${content && state ? mapView(state, content).highlight.join(' ') : ''}
            data-selection=${state?.selection ?? ''}
            data-mode=${state?.mode ?? 'explore'}
            @keydown=${this.#on.mapKeydown}
          ></div>
          <map-crosshair ?active=${!!state && takesMapPoints(state)}></map-crosshair>
          <p class="visually-hidden" role="status">${content && state ? highlightStatus(content, state) : ''}</p>
          ${content && state ? this.#renderOverMap(content, state) : nothing}
          ${this.loading ? html`<div class="loading" role="status">${t(lang, 'loading')}</div>` : nothing}
        </div>
      </main>
      ${
        content && this.handout
          ? html`<print-handout
              .content=${content}
              .lang=${lang}
              .paper=${this.handout.paper}
              .pages=${this.handout.pages}
            ></print-handout>`
          : nothing
      }
    `;
  }

  #renderOverMap(content: Content, state: AtlasState) {
    return overMapTemplate(
      {
        content,
        state,
        measureArea: this.measureArea,
        exportStatus: this.exportStatus,
        preparing: this.preparing,
      },
      this.#on,
    );
  }

  #renderPanel(content: Content, state: AtlasState) {
    return panelTemplate(
      { content, state, tab: this.tab, textFocus: this.textFocus, viewBounds: this.viewBounds },
      {
        ...this.#on,
        tab: (id) => this.#setTab(id),
        cycleTab: (step) => {
          this.#setTab(TABS[(TABS.indexOf(this.tab) + step + TABS.length) % TABS.length] as Tab);
          this.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
        },
      },
    );
  }

  #renderControls(content: Content, state: AtlasState) {
    return controlsTemplate(
      { content, state, copied: this.copied },
      {
        present: () => this.#presenter?.go(content.story.steps[0]?.id ?? null, true),
        copyLink: () => void this.#copyLink(),
        basemap: (id) => this.#store?.update({ basemap: id }),
        lang: (lang) => this.#store?.update({ lang }),
      },
    );
  }

  #renderNotices() {
    return noticesTemplate({ fatal: this.fatal, notices: this.notices, lang: this.currentLang }, (key) =>
      this.#dismiss(key),
    );
  }
}

customElements.define('atlas-app', AtlasApp);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-app': AtlasApp;
  }
}
