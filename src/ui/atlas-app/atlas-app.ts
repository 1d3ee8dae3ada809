import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { type Content, loadContent } from '../../content/load';
import type { Bounds, Lang } from '../../content/types';
import { t } from '../../i18n/strings';
import type { AtlasMap } from '../../map/atlas-map';
import * as actions from '../../state/actions';
import { intend } from '../../state/camera';
import { type AtlasState, type Mode, Store, TABS, type Tab } from '../../state/store';
import { decodeHash } from '../../state/url-codec';
import { defaultUrlState, mapView, urlVocabulary } from '../../state/view';
import type { AtlasEventMap } from '../events';
import type { TextFocus } from '../measure-text/measure-text';
// What the first view shows; the other elements load on demand (./lazy-elements).
import '../measure-text/measure-text';
import '../map-crosshair/map-crosshair';
import '../map-legend/map-legend';
import { PHONE_QUERY } from '../bottom-sheet/bottom-sheet';
import { enterPatch, finishPatch, takesMapPoints } from '../planner-tools/map-input';
import { PlannerOverlayLoader } from '../planner-tools/overlay-loader';
import {
  type HandoutPage,
  type Paper,
  PresenterController,
  type PresenterHost,
} from '../presenter-view/presenter-controller';
import { afterNextFrame, nextTask, settlesWithin } from '../timing';
import { CameraController, linkFirstMove } from './camera-controller';
import { copyLinkButton } from './copy-link';
import { syncDocument } from './document-sync';
import { attributionText, failureText, mapLabels } from './labels';
import { AFTER_FIRST_IDLE, elementsShownBy, type LazyElement, loadElement } from './lazy-elements';
import { mapEvents } from './map-events';
import { syncMap } from './map-sync';
import { PerFrame } from './per-frame';
import { StartSchedule } from './quiet';
import { storeEvents } from './store-events';
import {
  controlsTemplate,
  handoutTemplate,
  headerTemplate,
  mapWrapTemplate,
  type Notice,
  noticesTemplate,
  overMapTemplate,
  panelTemplate,
} from './templates';
import { indexesForLink, loadIndexes, onIndexFailure, propsFor } from './tiled-layers';
import { UrlSync } from './url-sync';

/** How long a phone's first panels wait for MapLibre to arrive, so the map can start before them. */
const MAP_WAIT_MS = 1000;

/** Longest wait for the panels' frame before the map is made: a tab in the background draws none. */
const FRAME_WAIT_MS = 100;

/**
 * The app shell: loads the content, owns the one store, mirrors it in the URL, and turns events from
 * the panels and the map into store updates; the camera moves only through its CameraController.
 * Rendered in light DOM so MapLibre's stylesheet applies.
 */
export class AtlasApp extends LitElement {
  static override properties = {
    dataUrl: { attribute: 'data-url' },
    start: { attribute: 'data-start' },
    content: { state: true },
    state: { state: true },
    loading: { state: true },
    fatal: { state: true },
    notices: { state: true },
    textFocus: { state: true },
    viewBounds: { state: true },
    copied: { state: true },
    measureArea: { state: true },
    exportStatus: { state: true },
    handout: { state: true },
    preparing: { state: true },
    mapFocused: { state: true },
    menuOpen: { state: true },
  };

  /** Where data/atlas.json is, relative to the page. */
  dataUrl = 'data/';
  /** The build's start bundle in that folder, which the built page names (content/start-bundle.ts). */
  start: string | null = null;
  content?: Content;
  state?: AtlasState;
  loading = true;
  fatal = '';
  notices: Notice[] = [];
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
  /** The map canvas has keyboard focus (the planner's crosshair shows then). */
  mapFocused = false;
  /** The phone header's menu of secondary controls is open. */
  menuOpen = false;
  /** How the last measuring point was placed: Enter then finishes after pointer clicks. */
  #pointBy: 'pointer' | 'key' = 'key';
  #presenter?: PresenterController;

  #store?: Store;
  #map?: AtlasMap;
  #camera?: CameraController;
  #url?: UrlSync;
  #focusSeq = 0;
  /** The planner's drawings, loaded (with the measuring code they need) when there is first one to draw. */
  readonly #plannerOverlays = new PlannerOverlayLoader();
  /** The map's first idle, and the background work and the article's rest that wait for it. */
  readonly #schedule = new StartSchedule(() => this.#map);
  /** A phone whose map goes first draws the article's sections after it (measure-text's sectionsWait). */
  #sectionsWait = false;
  readonly #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  // The first render in a task of its own, not in the modules' evaluation (one long task at the start);
  // later updates stay synchronous (every state change renders through here).
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Whatever fails on the way up is said in words and leaves the rest of the page working.
    this.#start().catch(() => this.#fail('loadFailed'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#url?.dispose();
    this.#presenter?.dispose();
    this.#map?.destroy();
  }

  /**
   * Runs background work after the first idle, in a quiet moment of the browser once the map has been
   * still for `settleMs` (./quiet.ts): never in the frames of a pan or zoom under way.
   */
  whenQuiet(run: () => void, settleMs = 0): void {
    this.#schedule.whenQuiet(run, settleMs);
  }

  get currentLang(): Lang {
    return this.state?.lang ?? 'zh';
  }

  async #start(): Promise<void> {
    this.whenQuiet(() => void this.#load(AFTER_FIRST_IDLE));
    // Fetch MapLibre while the content loads rather than after it (measured by `npm run bench`); a
    // failure surfaces at the import in #mountMap.
    const mapModule = import('../../map/atlas-map');
    let mapArrived = false;
    mapModule.then(
      () => {
        mapArrived = true;
      },
      () => {},
    );
    let content: Content;
    try {
      content = await loadContent(new URL(this.dataUrl, document.baseURI), {
        customStyle: new URLSearchParams(location.search).get('style'),
        customPmtiles: new URLSearchParams(location.search).get('pmtiles'),
        start: this.start,
      });
    } catch (e) {
      this.loading = false;
      this.#schedule.idle();
      const failure = e as Error & { file?: string };
      this.fatal = failure.file
        ? t(this.currentLang, 'contentFailed', { file: failure.file })
        : t(this.currentLang, 'loadFailed');
      return;
    }
    await indexesForLink(content, location.hash);
    onIndexFailure(content, (failure) =>
      this.#notify('layers', failureText(content, [failure], this.currentLang)),
    );
    this.whenQuiet(() => loadIndexes(content));
    // Milestones for benchmarks (tests/bench): content fetched and validated, then panels drawn.
    performance.mark('content-loaded');
    const initial = decodeHash(location.hash, urlVocabulary(content), defaultUrlState(content));
    // A shared "near me" link opens on its list.
    const tab: Tab = initial.mode === 'near' || initial.near.pin ? 'near' : 'text';
    this.#store = new Store({
      ...initial,
      hover: [],
      measurePoints: [],
      measureDone: false,
      tab,
      intent: null,
    });
    this.#store.update(actions.openTab(this.#store.state, tab));
    this.#camera = new CameraController(this.#store, content);
    this.#url = new UrlSync(this.#store, content);
    this.#presenter = new PresenterController(this.#store, content, this.#presenterHost());
    // The map starts before the panels are drawn, and they wait for its first frame (two animation
    // frames: its style, then its tile requests), so its workers cut the tiles while the panels are
    // laid out instead of after: on a phone always, since there the map is most of the first view
    // and the sheet lies over it; on a wider screen, where the text beside the map is read first,
    // only when MapLibre is already here (waiting for it there made the start's blocking time worse:
    // README, Performance). A phone waits for MapLibre at most MAP_WAIT_MS: on a slow network the text
    // comes first. A presenting link changes the layout, so it waits.
    const mapFirst =
      !this.#store.state.step &&
      (mapArrived || (matchMedia(PHONE_QUERY).matches && (await settlesWithin(mapModule, MAP_WAIT_MS))));
    const early = mapFirst ? this.#mountMap(content, mapModule) : null;
    this.#sectionsWait = mapFirst && matchMedia(PHONE_QUERY).matches;
    // A link that opens on "near me", a feature's card or a story step shows it with the first panels.
    await this.#load(elementsShownBy(this.#store.state));
    if (early) {
      await early.then(() => this.#map?.firstFrame);
      // A task of its own: the panels' rendering then does not lengthen the map's frame task.
      await nextTask();
    }
    this.content = content;
    this.state = this.#store.state;
    this.#store.subscribe((next, previous) => {
      this.state = next;
      if (this.#map) syncMap(this.#map, content, next, previous);
      this.#presenter?.onState(next, previous);
      if (next.selection !== previous.selection) this.#withProps(content, next.selection);
    });
    this.#withProps(content, this.#store.state.selection);
    if (content.failures.length)
      this.#notify('layers', failureText(content, content.failures, this.currentLang));
    await this.updateComplete;
    performance.mark('panels-rendered');
    if (early) {
      await early;
      return;
    }
    // MapLibre reads its container's size as it is made: made in the task that rendered the panels
    // (or in the one MapLibre arrived in, before their frame), that read laid the panels out in the
    // task that also creates the map's WebGL context (desktop trace: 29 + 13 ms of a 240-260 ms task).
    // Made in a task after their frame, the layout stays in the frame (desktop, three A/Bs of 10-14
    // loads: blocking 412 → 393, 501 → 429 and 483 → 452 ms, idle unchanged: README, Performance).
    await mapModule.catch(() => {});
    await new Promise<void>((resolve) => afterNextFrame(resolve, FRAME_WAIT_MS));
    await this.#mountMap(content, mapModule);
  }

  async #mountMap(content: Content, mapModule: Promise<typeof import('../../map/atlas-map')>): Promise<void> {
    const store = this.#store;
    await this.updateComplete; // the content can arrive before the first render (scheduleUpdate)
    const container = this.querySelector<HTMLElement>('.map');
    if (!store || !container) return;
    // The map module is split out so the panels render while MapLibre is still loading.
    let AtlasMap: typeof import('../../map/atlas-map').AtlasMap;
    try {
      ({ AtlasMap } = await mapModule);
    } catch {
      this.#fail('mapModuleFailed');
      return;
    }
    const lang = store.state.lang;
    try {
      this.#map = this.#createMap(AtlasMap, container, content, store, lang);
    } catch {
      // MapLibre throws when the browser gives it no WebGL context.
      this.#fail('noWebgl');
      return;
    }
    const map = this.#map;
    syncMap(map, content, store.state);
    const first = linkFirstMove(store.state);
    if (first) store.update(intend(store.state, first, false));
    this.#camera?.attach(map);
    this.#syncPlannerOverlays();
  }

  readonly #perFrame = new PerFrame();

  /** The inspector shows a tiled feature's properties once its layer's columns have arrived. */
  #withProps(content: Content, id: string | null): void {
    propsFor(content, id, () => this.querySelector<LitElement>('feature-inspector')?.requestUpdate());
  }

  /** A new version of the app is waiting: say so, with a button that loads it. */
  offerUpdate(load: () => void): void {
    const lang = this.currentLang;
    this.notices = [
      ...this.notices.filter((n) => n.key !== 'update'),
      { key: 'update', text: t(lang, 'updateReady'), action: { label: t(lang, 'updateLoad'), run: load } },
    ];
  }

  /** Says a start-up failure in the current language and stops the loading indicator. */
  #fail(key: 'loadFailed' | 'noWebgl' | 'mapModuleFailed'): void {
    this.loading = false;
    this.#notify('map-error', t(this.currentLang, key));
    this.#schedule.idle();
  }

  /** Loads elements of ./lazy-elements; a failure is said in words (and tried again when next shown). */
  #load(tags: readonly LazyElement[]): Promise<void> {
    return Promise.all(tags.map(loadElement)).then(
      () => undefined,
      () => this.#notify('part', t(this.currentLang, 'partFailed')),
    );
  }

  #createMap(
    AtlasMap: typeof import('../../map/atlas-map').AtlasMap,
    container: HTMLElement,
    content: Content,
    store: Store,
    lang: Lang,
  ): AtlasMap {
    return new AtlasMap(
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
      mapEvents(store, content, {
        pointerPlaced: () => {
          this.#pointBy = 'pointer';
        },
        measuringArea: () => this.measureArea,
        tooltip: () => this.querySelector('map-tooltip'),
        moved: (bounds) => {
          this.viewBounds = bounds;
        },
        idle: () => {
          this.loading = false;
          this.#schedule.idle();
        },
        focused: (focused) => {
          this.mapFocused = focused;
        },
        notify: (key, text) => this.#notify(key, text),
      }),
    );
  }

  // Events from the panels: each becomes one store update (and maybe a camera move). Those that only
  // update the store are in ./store-events; these also touch the shell.
  readonly #on = {
    ...storeEvents({
      store: () => this.#store,
      content: () => this.content,
      perFrame: this.#perFrame,
      focusMap: () => this.#map?.focus(),
    }),
    // Planner tools: modes, measuring, catchments, exports (logic in ../planner-tools).
    modeChange: (e: CustomEvent<AtlasEventMap['mode-change']>) => this.#setMode(e.detail.mode),
    measureFinish: () => {
      const patch = this.#store && finishPatch(this.#store.state, this.measureArea);
      if (patch) this.#store?.update(patch);
    },
    measureArea: (e: CustomEvent<AtlasEventMap['measure-area']>) => {
      this.measureArea = e.detail.area;
    },
    exportRequest: async (e: CustomEvent<AtlasEventMap['export-request']>) => {
      if (!this.content || !this.state) return;
      const { runExport } = await import('../planner-tools/export');
      const width = this.querySelector<HTMLElement>('.map')?.clientWidth ?? 0;
      const sources = attributionText(this.content, this.state.lang);
      const r = await runExport(e.detail.format, this.#map, this.content, this.state, width, sources);
      this.exportStatus = r.message;
      if (!r.ok) this.#notify('export', r.message);
    },
    /** Keys on the focused map: Enter places or finishes (enterPatch); Escape leaves a tool or the card. */
    mapKeydown: (e: KeyboardEvent) => {
      const map = this.#map;
      const store = this.#store;
      if (!map || !store || !map.isMapTarget(e.target)) return;
      if (e.key === 'Escape') {
        if (takesMapPoints(store.state)) this.#setMode('explore');
        else if (store.state.selection) store.update({ selection: null });
        else return;
      } else if (e.key === 'Enter') {
        const r = enterPatch(store.state, map.camera().center, this.#pointBy, this.measureArea);
        if (!r) return;
        if (!r.finished) this.#pointBy = 'key';
        store.update(r.patch);
      } else return;
      e.preventDefault();
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
    sheetResize: (e: CustomEvent<AtlasEventMap['sheet-resize']>) => {
      // The phone's card sits on top of the sheet (styles/app.css reads this).
      this.style.setProperty('--sheet-height', `${e.detail.height}px`);
      this.#camera?.setInsets({ sheet: e.detail.height });
    },
    cardResize: (e: CustomEvent<AtlasEventMap['card-resize']>) => {
      // The legend gives way to a card docked at the left: it moves to the right edge (styles/app.css)
      // and folds as the card opens, so it does not cover the selection framed mid-map.
      const legend = this.querySelector<HTMLElement & { open: boolean }>('map-legend');
      if (e.detail.left > 0 && !this.hasAttribute('data-card-left') && legend) legend.open = false;
      this.toggleAttribute('data-card-left', e.detail.left > 0);
      this.#camera?.setInsets({ cardLeft: e.detail.left, cardBottom: e.detail.bottom });
    },
    captionResize: (e: CustomEvent<AtlasEventMap['caption-resize']>) =>
      this.#camera?.setInsets({ caption: e.detail.height, controls: e.detail.top }),
    // Presenter mode (logic in ../presenter-view/presenter-controller).
    stepGo: (e: CustomEvent<AtlasEventMap['step-go']>) => this.#presenter?.go(e.detail.step, true),
    stepReturn: () => this.#presenter?.returnToStep(),
    notesOpen: () => this.#presenter?.openNotes(),
    handoutPrint: (e: CustomEvent<AtlasEventMap['handout-print']>) =>
      this.#presenter
        ?.printHandout(e.detail.scope, e.detail.paper)
        .catch((err: Error) => this.#notify('handout', err.message)),
  };

  /** Switches the map mode; a planner tool starts (or leaves) with nothing drawn. */
  #setMode(mode: Mode): void {
    const store = this.#store;
    store?.update({
      ...actions.setMode(store.state, mode),
      measurePoints: [],
      measureDone: false,
      here: null,
    });
  }

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

  /** The skip links: keyboard focus to the map, or to the panel's current tab (on a phone, the sheet's). */
  readonly #skip = {
    skipToMap: () => this.#map?.focus(),
    skipToPanel: () => this.querySelector<HTMLElement>(`#tab-${this.state?.tab ?? 'text'}`)?.focus(),
  };

  /** Opens a panel tab; the store keeps the tab and the map mode consistent (actions.openTab). */
  #setTab(tab: Tab): void {
    if (this.#store) this.#store.update(actions.openTab(this.#store.state, tab));
  }

  #notify(key: string, text: string): void {
    this.notices = [...this.notices.filter((n) => n.key !== key), { key, text }];
  }

  #dismiss(key: string): void {
    this.notices = this.notices.filter((n) => n.key !== key);
  }

  #syncPlannerOverlays(): void {
    const { state, content } = this;
    if (!this.#map || !state || !content) return;
    this.#plannerOverlays.sync(this.#map, state, content, this.measureArea, () =>
      this.#notify('part', t(this.currentLang, 'partFailed')),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') || changed.has('measureArea')) this.#syncPlannerOverlays();
    if (changed.has('state') && this.state) {
      const before = changed.get('state');
      const shown = before ? elementsShownBy(before) : [];
      void this.#load(elementsShownBy(this.state).filter((tag) => !shown.includes(tag)));
      this.classList.toggle('presenting', this.state.step !== null);
      // Leaving presenter mode, focus goes back to the button that entered it.
      if (before?.step && !this.state.step) this.querySelector<HTMLElement>('.present')?.focus();
      syncDocument(this.state.lang, this.content);
      // The card is gone with the selection: the left edge is free again.
      if (!this.state.selection) this.removeAttribute('data-card-left');
    }
  }

  override render() {
    const lang = this.currentLang;
    const content = this.content;
    const state = this.state;
    return html`
      ${headerTemplate(
        { content, lang, controls: content && state ? this.#renderControls(content, state) : nothing },
        this.#skip,
      )}
      ${noticesTemplate({ fatal: this.fatal, notices: this.notices, lang }, (key) => this.#dismiss(key))}
      <main class="app-body">
        ${content && state ? this.#renderPanel(content, state) : nothing}
        ${mapWrapTemplate(
          {
            content,
            state,
            lang,
            focused: this.mapFocused,
            loading: this.loading,
            overMap:
              content && state
                ? overMapTemplate(
                    {
                      content,
                      state,
                      measureArea: this.measureArea,
                      exportStatus: this.exportStatus,
                      preparing: this.preparing,
                    },
                    this.#on,
                  )
                : nothing,
          },
          this.#on.mapKeydown,
        )}
      </main>
      ${content ? handoutTemplate(content, lang, this.handout) : nothing}
    `;
  }

  #renderPanel(content: Content, state: AtlasState) {
    return panelTemplate(
      {
        content,
        state,
        tab: state.tab,
        textFocus: this.textFocus,
        viewBounds: this.viewBounds,
        restAfter: this.#schedule.textAfter,
        sectionsWait: this.#sectionsWait,
      },
      {
        ...this.#on,
        tab: (id) => this.#setTab(id),
        cycleTab: (step) => {
          const next = TABS[(TABS.indexOf(state.tab) + step + TABS.length) % TABS.length] as Tab;
          this.#setTab(next);
          void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
        },
      },
    );
  }

  #renderControls(content: Content, state: AtlasState) {
    return controlsTemplate(
      { content, state, copied: this.copied, menuOpen: this.menuOpen },
      {
        menu: () => {
          this.menuOpen = !this.menuOpen;
        },
        present: () => this.#presenter?.go(content.story.steps[0]?.id ?? null, true),
        copyLink: () =>
          void copyLinkButton({
            flush: () => this.#url?.flush(),
            manifest: content.manifest,
            copied: (on) => {
              this.copied = on;
            },
            failed: (url) => this.#notify('copy', t(this.currentLang, 'copyFailed', { url })),
          }),
        basemap: (id) => this.#store?.update({ basemap: id }),
        lang: (lang) => this.#store?.update({ lang }),
      },
    );
  }
}

customElements.define('atlas-app', AtlasApp);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-app': AtlasApp;
  }
}
