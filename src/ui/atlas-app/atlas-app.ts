import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { boundsOf } from '../../analysis/bounds';
import { type Content, loadContent } from '../../content/load';
import { mentionsOf } from '../../content/terms';
import type { Bounds, Lang } from '../../content/types';
import { t } from '../../i18n/strings';
import type { AtlasMap } from '../../map/atlas-map';
import * as actions from '../../state/actions';
import { type AtlasState, Store } from '../../state/store';
import { decodeHash, encodeHash } from '../../state/url-codec';
import { defaultUrlState, layersOfSection, mapView, urlVocabulary } from '../../state/view';
import type { AtlasEventMap } from '../events';
import type { Mention } from '../feature-inspector/format';
import type { TextFocus } from '../measure-text/measure-text';
import '../measure-text/measure-text';
import '../layer-panel/layer-panel';
import '../feature-inspector/feature-inspector';
import { attributionText, failureText, mapLabels } from './labels';

const URL_WRITE_DELAY = 250;

type Tab = 'text' | 'layers';

/** A message shown in the banner; `key` lets a later message of the same kind replace it. */
interface Notice {
  key: string;
  text: string;
}

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

  #store?: Store;
  #map?: AtlasMap;
  #urlTimer = 0;
  #focusSeq = 0;
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
    this.#map?.destroy();
  }

  get currentLang(): Lang {
    return this.state?.lang ?? 'zh';
  }

  async #start(): Promise<void> {
    let content: Content;
    try {
      content = await loadContent(new URL(this.dataUrl, document.baseURI));
    } catch (e) {
      this.loading = false;
      this.fatal = `${t(this.currentLang, 'loadFailed')}: ${(e as Error).message}`;
      return;
    }
    const initial = decodeHash(location.hash, urlVocabulary(content), defaultUrlState(content));
    this.#store = new Store({ ...initial, hover: [], measurePoints: [] });
    this.content = content;
    this.state = this.#store.state;
    this.#store.subscribe((next, previous) => {
      this.state = next;
      this.#map?.update(mapView(next, content));
      if (next.lang !== previous.lang) this.#map?.setLabels(mapLabels(next.lang));
      this.#scheduleUrlWrite();
    });
    if (content.failures.length)
      this.#notify('layers', failureText(content, content.failures, this.currentLang));
    await this.updateComplete;
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
        camera: store.state.camera,
        reducedMotion: this.#reducedMotion,
        rasterKey: new URLSearchParams(location.search).get('tk') ?? undefined,
        attribution: attributionText(content, lang),
        labels: mapLabels(lang),
      },
      {
        onFeatureClick: ({ featureId }) =>
          store.update(actions.selectFeature(store.state, content, featureId)),
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
  }

  /** Frames features on the map (a jump under reduced motion, decided by the map adapter). */
  #frame(ids: string[] | undefined): void {
    if (!ids?.length || !this.content) return;
    const features = ids.map((id) => this.content?.features.get(id)?.feature).filter((f) => f !== undefined);
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
    paragraphGoto: (e: CustomEvent<AtlasEventMap['paragraph-goto']>) => {
      this.tab = 'text';
      this.#focusSeq += 1;
      this.textFocus = {
        paragraph: e.detail.paragraph,
        ...(e.detail.term ? { term: e.detail.term } : {}),
        seq: this.#focusSeq,
      };
    },
  };

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

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state) {
      document.documentElement.lang = this.state.lang === 'zh' ? 'zh-CN' : 'en';
      if (this.content) document.title = this.content.manifest.title[this.state.lang];
    }
  }

  /** Says what the map now emphasises, for screen-reader users who cannot see the highlight. */
  #highlightStatus(content: Content, state: AtlasState): string {
    const section = content.text.sections.find((s) => s.id === state.measure);
    if (!section) return '';
    const count = mapView(state, content).highlight.length;
    return t(state.lang, 'highlightStatus', { title: section.title[state.lang], count });
  }

  #mentions(content: Content, state: AtlasState): Mention[] {
    if (!state.selection) return [];
    const entry = content.features.get(state.selection);
    return mentionsOf(state.selection, entry?.layer, content.links, content.text).map((m) => ({
      paragraph: m.paragraph,
      section: m.section,
      term: m.link[state.lang],
    }));
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
          ></div>
          <p class="visually-hidden" role="status">${content && state ? this.#highlightStatus(content, state) : ''}</p>
          ${
            content && state?.selection
              ? html`<feature-inspector
                  class="inspector"
                  .content=${content}
                  .lang=${lang}
                  .featureId=${state.selection}
                  .mentions=${this.#mentions(content, state)}
                  @feature-select=${this.#on.featureSelect}
                  @measure-select=${this.#on.measureSelect}
                  @paragraph-goto=${this.#on.paragraphGoto}
                ></feature-inspector>`
              : nothing
          }
          ${this.loading ? html`<div class="loading" role="status">${t(lang, 'loading')}</div>` : nothing}
        </div>
      </main>
    `;
  }

  #renderPanel(content: Content, state: AtlasState) {
    const lang = state.lang;
    const tab = (id: Tab, label: string) => html`<button
      type="button"
      role="tab"
      id="tab-${id}"
      aria-controls="panel-${id}"
      aria-selected=${this.tab === id ? 'true' : 'false'}
      tabindex=${this.tab === id ? 0 : -1}
      @click=${() => {
        this.tab = id;
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
        this.tab = this.tab === 'text' ? 'layers' : 'text';
        this.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
      }}
    >
      ${label}
    </button>`;
    return html`
      <aside class="side-panel" aria-label=${t(lang, 'panel')}>
        <div class="tabs" role="tablist" aria-label=${t(lang, 'panel')}>
          ${tab('text', t(lang, 'tabText'))} ${tab('layers', t(lang, 'tabLayers'))}
        </div>
        <measure-text
          id="panel-text"
          role="tabpanel"
          aria-labelledby="tab-text"
          ?hidden=${this.tab !== 'text'}
          .content=${content}
          .lang=${lang}
          .current=${state.measure}
          .textFocus=${this.textFocus}
          .highlighted=${state.hover}
          @measure-select=${this.#on.measureSelect}
          @features-hover=${this.#on.featuresHover}
          @term-activate=${this.#on.termActivate}
        ></measure-text>
        <layer-panel
          id="panel-layers"
          role="tabpanel"
          aria-labelledby="tab-layers"
          ?hidden=${this.tab !== 'layers'}
          .content=${content}
          .lang=${lang}
          .visible=${state.layers}
          .opacity=${state.opacity}
          .dim=${state.dim}
          .zoom=${state.camera?.zoom ?? Number.NaN}
          .bounds=${this.viewBounds}
          .current=${layersOfSection(content, state.measure)}
          .selection=${state.selection}
          @layer-toggle=${this.#on.layerToggle}
          @layers-set=${this.#on.layersSet}
          @layer-opacity=${this.#on.layerOpacity}
          @dim-change=${this.#on.dimChange}
          @feature-select=${this.#on.featureSelect}
          @features-hover=${this.#on.featuresHover}
        ></layer-panel>
      </aside>
    `;
  }

  #renderControls(content: Content, state: AtlasState) {
    const lang = state.lang;
    return html`
      <div class="app-controls">
        <button type="button" class="copy-link" @click=${() => this.#copyLink()}>
          ${this.copied ? t(lang, 'copied') : t(lang, 'copyLink')}
        </button>
        <label class="basemap-select">
          <span>${t(lang, 'basemap')}</span>
          <select @change=${(e: Event) => this.#store?.update({ basemap: (e.target as HTMLSelectElement).value })}>
            ${content.manifest.basemaps.map(
              (b) => html`<option value=${b.id} ?selected=${b.id === state.basemap}>${b.name[lang]}</option>`,
            )}
          </select>
        </label>
        <button
          type="button"
          class="lang-switch"
          lang=${lang === 'zh' ? 'en' : 'zh-CN'}
          title=${t(lang, 'switchLanguageLabel')}
          @click=${() => this.#store?.update({ lang: lang === 'zh' ? 'en' : 'zh' })}
        >
          ${t(lang, 'switchLanguage')}
        </button>
        <span class="visually-hidden" role="status">${this.copied ? t(lang, 'copied') : ''}</span>
      </div>
    `;
  }

  #renderNotices() {
    if (!this.fatal && !this.notices.length) return nothing;
    return html`
      <div class="notices" role="alert">
        ${this.fatal ? html`<p class="notice notice-fatal">${this.fatal}</p>` : nothing}
        ${this.notices.map(
          (n) => html`<p class="notice" data-key=${n.key}>
            <span>${n.text}</span>
            <button type="button" aria-label=${t(this.currentLang, 'dismiss')} @click=${() => this.#dismiss(n.key)}>
              ×
            </button>
          </p>`,
        )}
      </div>
    `;
  }
}

customElements.define('atlas-app', AtlasApp);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-app': AtlasApp;
  }
}
