/**
 * The app shell's templates: the side panel with its tabs, the header controls and the notices. Pure
 * functions of what they show and the handlers they call, so <atlas-app> keeps only the wiring.
 */
import { html, nothing } from 'lit';
import type { Content } from '../../content/load';
import { mentionsOf } from '../../content/terms';
import type { Bounds, Lang } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { t } from '../../i18n/strings';
import type { AtlasState } from '../../state/store';
import { layersOfSection, mapView } from '../../state/view';
import type { Mention } from '../feature-inspector/format';
import type { TextFocus } from '../measure-text/measure-text';
import { takesMapPoints } from '../planner-tools/map-input';
import type { HandoutPage, Paper } from '../presenter-view/presenter-controller';

export type Tab = 'text' | 'layers' | 'near';

/** A message shown in the banner; `key` lets a later message of the same kind replace it. */
export interface Notice {
  key: string;
  text: string;
  /** A button beside the text that does what the notice offers (e.g. load a new version). */
  action?: { label: string; run: () => void };
}

/**
 * Event handlers of the panels. Method syntax on purpose: each takes its own CustomEvent type, and
 * methods are checked bivariantly, which is what listeners bound in a template need.
 */
export interface PanelHandlers {
  tab(id: Tab): void;
  /** Move to the next (+1) or previous (-1) tab, and focus it. */
  cycleTab(step: 1 | -1): void;
  sheetResize(e: CustomEvent): void;
  measureSelect(e: CustomEvent): void;
  featuresHover(e: CustomEvent): void;
  termActivate(e: CustomEvent): void;
  layerToggle(e: CustomEvent): void;
  layersSet(e: CustomEvent): void;
  layerOpacity(e: CustomEvent): void;
  dimChange(e: CustomEvent): void;
  viewToggle(e: CustomEvent): void;
  featureSelect(e: CustomEvent): void;
  nearChange(e: CustomEvent): void;
  paragraphGoto(e: CustomEvent): void;
}

interface PanelView {
  content: Content;
  state: AtlasState;
  tab: Tab;
  textFocus: TextFocus | null;
  viewBounds: Bounds | null;
  /**
   * The text past its first section is drawn after it: a quiet moment after the map's first idle, or
   * TEXT_WAIT_MS after the start (./quiet.ts).
   */
  restAfter: Promise<void>;
  /** The text's first section waits for `restAfter` too (measure-text's `sectionsWait`). */
  sectionsWait: boolean;
}

/** The side panel (a bottom sheet on a phone): the text, the layers and "near me" as tabs. */
export function panelTemplate(v: PanelView, on: PanelHandlers) {
  const { content, state } = v;
  const lang = state.lang;
  const tab = (id: Tab, label: string) => html`<button
    type="button"
    role="tab"
    id="tab-${id}"
    aria-controls="panel-${id}"
    aria-selected=${v.tab === id ? 'true' : 'false'}
    tabindex=${v.tab === id ? 0 : -1}
    @click=${() => on.tab(id)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'ArrowRight') on.cycleTab(1);
      else if (e.key === 'ArrowLeft') on.cycleTab(-1);
    }}
  >
    ${label}
  </button>`;
  return html`
    <bottom-sheet .lang=${lang} @sheet-resize=${on.sheetResize}>
      <aside class="side-panel" aria-label=${t(lang, 'panel')}>
        <div class="tabs" role="tablist" aria-label=${t(lang, 'panel')}>
          ${tab('text', content.manifest.labels.textTab[lang])} ${tab('layers', t(lang, 'tabLayers'))}
          ${tab('near', t(lang, 'tabNear'))}
        </div>
        <measure-text
          id="panel-text"
          role="tabpanel"
          aria-labelledby="tab-text"
          ?hidden=${v.tab !== 'text'}
          .content=${content}
          .lang=${lang}
          .current=${state.measure}
          .textFocus=${v.textFocus}
          .restAfter=${v.restAfter}
          .sectionsWait=${v.sectionsWait}
          .highlighted=${state.hover}
          @measure-select=${on.measureSelect}
          @features-hover=${on.featuresHover}
          @term-activate=${on.termActivate}
        ></measure-text>
        <layer-panel
          id="panel-layers"
          role="tabpanel"
          aria-labelledby="tab-layers"
          ?hidden=${v.tab !== 'layers'}
          .content=${content}
          .lang=${lang}
          .visible=${state.layers}
          .opacity=${state.opacity}
          .dim=${state.dim}
          .zoom=${state.camera?.zoom ?? Number.NaN}
          .bounds=${v.viewBounds}
          .current=${layersOfSection(content, state.measure)}
          .selection=${state.selection}
          .view3d=${state.view3d}
          .flows=${state.flows}
          @layer-toggle=${on.layerToggle}
          @layers-set=${on.layersSet}
          @layer-opacity=${on.layerOpacity}
          @dim-change=${on.dimChange}
          @view-toggle=${on.viewToggle}
          @feature-select=${on.featureSelect}
          @features-hover=${on.featuresHover}
        ></layer-panel>
        <near-me
          id="panel-near"
          role="tabpanel"
          aria-labelledby="tab-near"
          ?hidden=${v.tab !== 'near'}
          .active=${v.tab === 'near'}
          .content=${content}
          .lang=${lang}
          .near=${state.near}
          .measure=${state.measure}
          .selection=${state.selection}
          @near-change=${on.nearChange}
          @feature-select=${on.featureSelect}
          @features-hover=${on.featuresHover}
          @measure-select=${on.measureSelect}
          @paragraph-goto=${on.paragraphGoto}
        ></near-me>
      </aside>
    </bottom-sheet>
  `;
}

interface ControlHandlers {
  present(): void;
  /** Open or close the phone's menu of secondary controls (copy link, basemap). */
  menu(): void;
  copyLink(): void;
  basemap(id: string): void;
  lang(lang: Lang): void;
}

/**
 * The header's controls: present, copy link, basemap and language. On a phone the header is one row:
 * copy link and basemap fold into a menu behind "⋯" (styles/app.css); on a wide screen all show.
 */
export function controlsTemplate(
  v: { content: Content; state: AtlasState; copied: boolean; menuOpen: boolean },
  on: ControlHandlers,
) {
  const { content, state } = v;
  const lang = state.lang;
  return html`
    <div class="app-controls">
      <button
        type="button"
        class="present"
        title=${tp(lang, 'presentLabel', { subject: content.manifest.labels.present[lang] })}
        ?disabled=${!content.story.steps.length}
        @click=${on.present}
      >
        ${tp(lang, 'present')}
      </button>
      <button
        type="button"
        class="more-toggle"
        aria-expanded=${v.menuOpen ? 'true' : 'false'}
        aria-controls="app-more"
        aria-label=${t(lang, 'moreControls')}
        title=${t(lang, 'moreControls')}
        @click=${on.menu}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div id="app-more" class=${v.menuOpen ? 'more-items open' : 'more-items'}>
        <button type="button" class="copy-link" @click=${on.copyLink}>
          ${v.copied ? t(lang, 'copied') : t(lang, 'copyLink')}
        </button>
        <label class="basemap-select">
          <span>${t(lang, 'basemap')}</span>
          <select @change=${(e: Event) => on.basemap((e.target as HTMLSelectElement).value)}>
            ${content.manifest.basemaps.map(
              (b) => html`<option value=${b.id} ?selected=${b.id === state.basemap}>${b.name[lang]}</option>`,
            )}
          </select>
        </label>
      </div>
      <button
        type="button"
        class="lang-switch"
        lang=${lang === 'zh' ? 'en' : 'zh-CN'}
        title=${t(lang, 'switchLanguageLabel')}
        @click=${() => on.lang(lang === 'zh' ? 'en' : 'zh')}
      >
        ${t(lang, 'switchLanguage')}
      </button>
      <span class="visually-hidden" role="status">${v.copied ? t(lang, 'copied') : ''}</span>
    </div>
  `;
}

/**
 * The skip links (the first stops of the Tab key: the map, then the panel) and the header: the atlas's
 * title and subtitle from its manifest, and its controls once the content is in.
 */
export function headerTemplate(
  v: { content: Content | undefined; lang: Lang; controls: unknown },
  on: { skipToMap: () => void; skipToPanel: () => void },
) {
  const { content, lang } = v;
  return html`
    <div class="skip-links">
      <button type="button" class="skip-link" @click=${on.skipToMap}>${t(lang, 'skipToMap')}</button>
      <button type="button" class="skip-link" @click=${on.skipToPanel}>${t(lang, 'skipToPanel')}</button>
    </div>
    <header class="app-header">
      <div class="app-title">
        <h1>${content?.manifest.title[lang] ?? ''}</h1>
        <p class="app-subtitle">${content?.manifest.subtitle[lang] ?? ''}</p>
      </div>
      ${v.controls}
    </header>
  `;
}

/** The banner: a fatal error, or notices the reader can dismiss one by one. */
export function noticesTemplate(
  v: { fatal: string; notices: Notice[]; lang: Lang },
  dismiss: (key: string) => void,
) {
  if (!v.fatal && !v.notices.length) return nothing;
  return html`
    <div class="notices" role="alert">
      ${v.fatal ? html`<p class="notice notice-fatal">${v.fatal}</p>` : nothing}
      ${v.notices.map(
        (n) => html`<p class="notice" data-key=${n.key}>
          <span>${n.text}</span>
          ${n.action ? html`<button type="button" class="notice-action" @click=${n.action.run}>${n.action.label}</button>` : nothing}
          <button type="button" aria-label=${t(v.lang, 'dismiss')} @click=${() => dismiss(n.key)}>×</button>
        </p>`,
      )}
    </div>
  `;
}

/** Says what the map now emphasises, for screen-reader users who cannot see the highlight. */
export function highlightStatus(content: Content, state: AtlasState): string {
  const section = content.text.sections.find((s) => s.id === state.measure);
  if (!section) return '';
  const count = mapView(state, content).highlight.length;
  return t(state.lang, 'highlightStatus', { title: section.title[state.lang], count });
}

/** Where the text names the selected feature, with the term in the current language. */
function mentions(content: Content, state: AtlasState): Mention[] {
  if (!state.selection) return [];
  const entry = content.features.get(state.selection);
  return mentionsOf(state.selection, entry?.layer, content.links, content.text).map((m) => ({
    paragraph: m.paragraph,
    section: m.section,
    term: m.link[state.lang],
  }));
}

/** Handlers of what sits over the map (method syntax for the same reason as PanelHandlers). */
export interface OverMapHandlers {
  featureSelect(e: CustomEvent): void;
  measureSelect(e: CustomEvent): void;
  paragraphGoto(e: CustomEvent): void;
  catchmentChange(e: CustomEvent): void;
  modeChange(e: CustomEvent): void;
  measurePoints(e: CustomEvent): void;
  measureFinish(e: CustomEvent): void;
  cardResize(e: CustomEvent): void;
  measureArea(e: CustomEvent): void;
  exportRequest(e: CustomEvent): void;
  stepGo(e: CustomEvent): void;
  stepReturn(e: CustomEvent): void;
  notesOpen(e: CustomEvent): void;
  handoutPrint(e: CustomEvent): void;
  captionResize(e: CustomEvent): void;
}

interface OverMapView {
  content: Content;
  state: AtlasState;
  measureArea: boolean;
  exportStatus: string;
  preparing: [number, number] | null;
}

/** The inspector (with the planner's metrics), the planner's tools and, when presenting, the presenter. */
export function overMapTemplate(v: OverMapView, on: OverMapHandlers) {
  const { content, state } = v;
  const lang = state.lang;
  return html`
    ${
      state.selection
        ? html`<feature-inspector
            class="inspector"
            .content=${content}
            .lang=${lang}
            .featureId=${state.selection}
            .mentions=${mentions(content, state)}
            @feature-select=${on.featureSelect}
            @measure-select=${on.measureSelect}
            @paragraph-goto=${on.paragraphGoto}
            @card-resize=${on.cardResize}
          >
            <feature-metrics
              slot="metrics"
              .content=${content}
              .lang=${lang}
              .featureId=${state.selection}
              .catchment=${state.catchment}
              @catchment-change=${on.catchmentChange}
            ></feature-metrics>
          </feature-inspector>`
        : nothing
    }
    <map-legend .content=${content} .lang=${lang} .visible=${state.layers} ?hidden=${!!state.step}></map-legend>
    <planner-tools
      .content=${content}
      .lang=${lang}
      .mode=${state.mode}
      .measurePoints=${state.measurePoints}
      .measureDone=${state.measureDone}
      .measureArea=${v.measureArea}
      .here=${state.here}
      .exportStatus=${v.exportStatus}
      @mode-change=${on.modeChange}
      @measure-points=${on.measurePoints}
      @measure-finish=${on.measureFinish}
      @measure-area=${on.measureArea}
      @export-request=${on.exportRequest}
      @feature-select=${on.featureSelect}
      @measure-select=${on.measureSelect}
    ></planner-tools>
    ${
      state.step
        ? html`<presenter-view
            .content=${content}
            .lang=${lang}
            .step=${state.step}
            .preparing=${v.preparing}
            @step-go=${on.stepGo}
            @step-return=${on.stepReturn}
            @notes-open=${on.notesOpen}
            @handout-print=${on.handoutPrint}
            @caption-resize=${on.captionResize}
          ></presenter-view>`
        : nothing
    }
  `;
}

/** What the map's frame shows around the canvas: crosshair, tooltip, status line, overlays, loading. */
export interface MapWrapView {
  content: Content | undefined;
  state: AtlasState | undefined;
  lang: Lang;
  focused: boolean;
  loading: boolean;
  overMap: unknown;
}

/**
 * The map's frame: its container (MapLibre draws into `.map`) and what sits over it. The status line
 * comes first: drawn after the canvas, at its corner, it would join the legend and the controls in one
 * compositing layer the size of the map, blended again on every frame of a pan.
 */
export function mapWrapTemplate(v: MapWrapView, keydown: (e: KeyboardEvent) => void) {
  const { content, state } = v;
  return html`<div class="map-wrap">
    <p class="visually-hidden" role="status">${content && state ? highlightStatus(content, state) : ''}</p>
    <div class="map" data-mode=${state?.mode ?? 'explore'} @keydown=${keydown}></div>
    <map-crosshair ?active=${!!state && takesMapPoints(state)} ?focused=${v.focused}></map-crosshair>
    <map-tooltip></map-tooltip>
    ${v.overMap}
    ${v.loading ? html`<div class="loading" role="status">${t(v.lang, 'loading')}</div>` : nothing}
  </div>`;
}

/** The handout pages, laid out for print (hidden on screen), once one has been asked for. */
export function handoutTemplate(
  content: Content,
  lang: Lang,
  handout: { paper: Paper; pages: HandoutPage[] } | null,
) {
  return handout
    ? html`<print-handout
        .content=${content}
        .lang=${lang}
        .paper=${handout.paper}
        .pages=${handout.pages}
      ></print-handout>`
    : nothing;
}
