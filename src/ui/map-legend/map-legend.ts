import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Content } from '../../content/load';
import { type LegendGroup, mapLegend } from '../../content/map-legend';
import type { Lang } from '../../content/types';
import { tg } from '../../i18n/map-legend';
import { swatch } from '../layer-panel/swatch';
import { borderBox, focusRing, plainButton } from '../shared-styles';

/** Below this width the legend starts folded, so it does not cover a phone's small map. */
const FOLDED_BELOW = 700;

/**
 * The legend over the map: the visible layers by class (categories and kinds, not one row per
 * feature), in the current language. A button folds and unfolds it; it is in the tab order after the
 * map, and its rows are plain text for screen readers (the marks are decorative).
 */
export class MapLegend extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: { type: String },
    visible: { attribute: false },
    open: { type: Boolean, reflect: true },
  };

  static override styles = [
    borderBox,
    plainButton,
    focusRing,
    css`
      :host {
        position: absolute;
        /* At the top left, where the district's edge and its hills are: at the foot of the map it
           covered the south-west of the layout, the ports and the station the default view frames. */
        top: 10px;
        left: 10px;
        z-index: 2;
        max-width: min(270px, calc(100% - 90px));
        /* Clear of the scale bar and the attribution's two lines at the map's foot. */
        max-height: min(46%, calc(100% - 90px));
        display: flex;
        flex-direction: column;
        color: #2a251d;
        font-size: 0.8rem;
        line-height: 1.35;
        background: rgb(255 255 255 / 0.94);
        border-radius: 6px;
        box-shadow: 0 0 0 1px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.12);
      }
      :host([hidden]) {
        display: none;
      }
      section {
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      /* On a phone, above the bottom sheet that covers the map's foot. */
      @media (max-width: 700px) {
        :host {
          top: 8px;
          left: 8px;
          max-width: calc(100% - 70px);
          max-height: calc(100% - var(--sheet-height, 50%) - 24px);
        }
      }
      button.toggle {
        display: flex;
        align-items: center;
        gap: 6px;
        min-height: 32px;
        padding: 4px 10px;
        font-weight: 600;
        font-size: 0.82rem;
        border-radius: 6px;
        width: 100%;
        text-align: left;
        background: none;
        border: 0;
      }
      button.toggle:hover {
        background: #f1ede3;
      }
      .chevron {
        margin-left: auto;
        transition: transform 0.15s;
      }
      :host([open]) .chevron {
        transform: rotate(180deg);
      }
      .body {
        overflow: auto;
        min-height: 0;
        padding: 0 10px 8px;
      }
      h3 {
        margin: 6px 0 2px;
        font-size: 0.76rem;
        font-weight: 600;
        color: #5b5346;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 6px;
        min-height: 20px;
      }
      .swatch {
        flex: none;
      }
    `,
  ];

  content: Content | null = null;
  override lang: Lang = 'zh';
  /** Ids of the layers shown on the map. */
  visible: readonly string[] = [];
  /** Unfolded; starts folded on a phone. */
  open = typeof matchMedia === 'function' ? !matchMedia(`(max-width: ${FOLDED_BELOW}px)`).matches : true;
  #groups: LegendGroup[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('content') || changed.has('visible')) && this.content)
      this.#groups = mapLegend(this.content.layers, this.visible, this.content.manifest);
  }

  override render() {
    const lang = this.lang;
    return html`<section aria-label=${tg(lang, 'legendRegion')}>
      <button
        type="button"
        class="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="legend-body"
        title=${tg(lang, this.open ? 'hide' : 'show')}
        @click=${() => {
          this.open = !this.open;
        }}
      >
        <span>${tg(lang, 'legend')}</span><span class="chevron" aria-hidden="true">▴</span>
      </button>
      <!-- Focusable, so a keyboard can scroll a long legend (it scrolls within the map's height). -->
      <div class="body" id="legend-body" tabindex="0" ?hidden=${!this.open}>
        ${this.#groups.length ? this.#groups.map((g) => this.#group(g)) : html`<p>${tg(lang, 'empty')}</p>`}
      </div>
    </section>`;
  }

  #group(g: LegendGroup) {
    const lang = this.lang;
    const [only] = g.entries;
    // A layer of one class is one row under the layer's own name.
    if (g.entries.length === 1 && only)
      return html`<ul data-layer=${g.layerId}>
        <li>${swatch(only)}<span>${g.layer[lang]}</span></li>
      </ul>`;
    return html`<h3 id="legend-${g.layerId}">${g.layer[lang]}</h3>
      <ul data-layer=${g.layerId} aria-labelledby="legend-${g.layerId}">
        ${g.entries.map((e) => html`<li>${swatch(e)}<span>${e.label[lang]}</span></li>`)}
      </ul>`;
  }
}

customElements.define('map-legend', MapLegend);

declare global {
  interface HTMLElementTagNameMap {
    'map-legend': MapLegend;
  }
}
