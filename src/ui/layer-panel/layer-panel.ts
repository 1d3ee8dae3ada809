import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { classLegend } from '../../content/class-legend';
import type { LegendEntry } from '../../content/legend';
import type { Content } from '../../content/load';
import type { Bounds, Lang, LayerDef } from '../../content/types';
import { type LayerFeatures, visibleFeatures } from '../../content/visible-features';
import { tl } from '../../i18n/layer-panel';
import { emit } from '../events';
import { featureList, LIST_CAP } from './feature-list';
import { styles } from './styles';
import { swatch } from './swatch';
import { viewSwitches } from './view-switches';

/** Legends longer than this start collapsed, so long category lists do not push the layers apart. */
const OPEN_LEGEND_MAX = 4;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * The layer list: toggles, legends, opacity, "show only this" and "all off" with undo, the dim setting,
 * and the features in view as a keyboard-reachable text alternative of the map.
 */
export class LayerPanel extends LitElement {
  static override properties = {
    // Reactive, so the features in view are computed when the panel is shown, not while hidden.
    hidden: { type: Boolean, reflect: true },
    content: { attribute: false },
    lang: {},
    visible: { attribute: false },
    opacity: { attribute: false },
    dim: { type: Boolean },
    zoom: { type: Number },
    bounds: { attribute: false },
    current: { attribute: false },
    selection: {},
    view3d: { type: Boolean },
    flows: { type: Boolean },
    undo: { state: true },
    status: { state: true },
    indexes: { state: true },
  };

  static override styles = styles;

  content?: Content;
  override lang: Lang = 'zh';
  /** Ids of the visible layers. */
  visible: string[] = [];
  /** Opacity per layer id (0-1); a missing id is 1. */
  opacity: Record<string, number> = {};
  dim = true;
  /** The map's zoom; NaN while unknown, which hides the zoom hints. */
  zoom = Number.NaN;
  /** The map view as [west, south, east, north]; null lists every feature of the visible layers. */
  bounds: Bounds | null = null;
  /** Layer ids of the current measure. */
  current: string[] = [];
  selection: string | null = null;
  /** Whether the deck.gl views are on: the layout in 3D, the Bay Area links. */
  view3d = false;
  flows = false;

  /** The visible set before the last "all off" or "show only this", and the set that action made. */
  protected undo: { previous: string[]; after: string[] } | null = null;
  protected status = '';
  /** How many tiled layers' indexes have arrived: their features in view come from them. */
  protected indexes = 0;

  #legends = new WeakMap<LayerDef, LegendEntry[]>();
  #inView: LayerFeatures[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const content = this.content;
    if (changed.has('content') && content) {
      for (const { tiled } of content.layers)
        tiled?.ready.then(
          () => {
            if (this.content === content) this.indexes += 1;
          },
          () => {},
        );
    }
    // Any change of layers other than the one our action made makes the undo stale.
    if (changed.has('visible') && this.undo && !sameSet(this.visible, this.undo.after)) this.undo = null;
    // The features in view are listed only while the panel shows: hidden, it does no work per pan.
    if (this.hidden) return;
    if (
      ['content', 'visible', 'bounds', 'lang', 'zoom', 'hidden', 'indexes'].some((k) =>
        changed.has(k as keyof LayerPanel),
      )
    ) {
      const zoom = Number.isFinite(this.zoom) ? this.zoom : undefined;
      this.#inView = this.content
        ? visibleFeatures(this.content.layers, this.visible, this.bounds, this.lang, zoom, LIST_CAP)
        : [];
    }
  }

  #legend(layer: Content['layers'][number]): LegendEntry[] {
    let entries = this.#legends.get(layer.def);
    if (!entries) {
      // By class, as on the map and in exports: categories and kinds, not one entry per feature.
      entries = classLegend(
        layer.def,
        layer.data.features,
        this.content?.manifest ?? { categories: {}, kinds: {} },
      );
      this.#legends.set(layer.def, entries);
    }
    return entries;
  }

  #setLayers(ids: string[], status: string): void {
    // Set before emitting: the app may hand back the new `visible` synchronously.
    this.undo = { previous: [...this.visible], after: ids };
    this.status = status;
    emit(this, 'layers-set', { ids });
  }

  async #restore(): Promise<void> {
    const undo = this.undo;
    if (!undo) return;
    this.undo = null;
    this.status = tl(this.lang, 'undoDone');
    emit(this, 'layers-set', { ids: undo.previous });
    // The undo button is gone; keep the keyboard user where they were.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.all-off')?.focus();
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    const lang = this.lang;
    return html`
      <h2 class="vh">${tl(lang, 'layersLabel')}</h2>
      <div class="actions">
        <button
          type="button"
          class="all-off"
          ?disabled=${!this.visible.length}
          @click=${() => this.#setLayers([], tl(lang, 'allOffDone'))}
        >
          ${tl(lang, 'allOff')}
        </button>
        ${
          this.undo
            ? html`<button type="button" class="undo" aria-label=${tl(lang, 'undoLabel')} @click=${() => this.#restore()}>
              ${tl(lang, 'undo')}
            </button>`
            : nothing
        }
      </div>
      <p class="vh" role="status">${this.status}</p>
      <fieldset class="dim">
        <legend>${tl(lang, 'dimLegend')}</legend>
        ${[true, false].map(
          (dim) => html`<label>
            <input
              type="radio"
              name="dim"
              .checked=${this.dim === dim}
              @change=${() => emit(this, 'dim-change', { dim })}
            />
            ${tl(lang, dim ? 'dimOn' : 'dimOff')}
          </label>`,
        )}
      </fieldset>
      ${viewSwitches(
        content,
        lang,
        { view3d: this.view3d, flows: this.flows },
        { toggle: (view, on) => emit(this, 'view-toggle', { view, on }) },
      )}
      ${content.manifest.groups.map((group) => {
        const layers = content.layers.filter((l) => l.def.group === group.id);
        if (!layers.length) return nothing;
        return html`
          <section class="group" aria-labelledby=${`group-${group.id}`}>
            <h3 id=${`group-${group.id}`}>${group.name[lang]}</h3>
            <ul>
              ${layers.map((l) => this.#renderLayer(l))}
            </ul>
          </section>
        `;
      })}
      ${featureList(this.#inView, lang, this.selection, {
        select: (id) => emit(this, 'feature-select', { id, frame: true }),
        hover: (ids) => emit(this, 'features-hover', { ids }),
      })}
    `;
  }

  #renderLayer(layer: Content['layers'][number]) {
    const { def } = layer;
    const lang = this.lang;
    const name = def.name[lang];
    const on = this.visible.includes(def.id);
    const opacity = this.opacity[def.id] ?? 1;
    const entries = this.#legend(layer);
    const single = entries.length === 1 ? entries[0] : undefined;
    return html`
      <li class="layer ${on ? 'on' : 'off'}" data-layer=${def.id}>
        <div class="row">
          <label class="toggle">
            <input
              type="checkbox"
              .checked=${on}
              @change=${(e: Event) =>
                emit(this, 'layer-toggle', { id: def.id, visible: (e.target as HTMLInputElement).checked })}
            />
            ${single ? swatch(single) : html`<span class="swatch-space"></span>`}
            <span class="name">${name}</span>
            ${this.current.includes(def.id) ? html`<span class="tag">${tl(lang, 'current')}</span>` : nothing}
          </label>
          ${
            def.schematic
              ? html`<span class="badge" title=${tl(lang, 'schematicNote')}
                  >${tl(lang, 'schematic')}<span class="vh">${lang === 'zh' ? '：' : ': '}${tl(lang, 'schematicNote')}</span></span
                >`
              : nothing
          }
          <button
            type="button"
            class="only"
            aria-label=${tl(lang, 'onlyLabel', { name })}
            @click=${() => this.#setLayers([def.id], tl(lang, 'onlyDone', { name }))}
          >
            ${tl(lang, 'only')}
          </button>
        </div>
        <div class="controls">
          <input
            type="range"
            min="0"
            max="1"
            step="0.05"
            .value=${String(opacity)}
            aria-label=${tl(lang, 'opacity', { name })}
            aria-valuetext=${`${Math.round(opacity * 100)}%`}
            @input=${(e: Event) =>
              emit(this, 'layer-opacity', {
                id: def.id,
                opacity: Number((e.target as HTMLInputElement).value),
              })}
          />
          ${this.#renderHint(def)}
        </div>
        ${single ? nothing : this.#renderLegend(entries, name)}
      </li>
    `;
  }

  #renderHint(def: LayerDef) {
    const { minzoom, label, labelMinzoom } = def.style;
    if (!Number.isFinite(this.zoom)) return nothing;
    if (minzoom !== undefined && this.zoom < minzoom)
      return html`<p class="hint">${tl(this.lang, 'zoomHint', { z: minzoom })}</p>`;
    if (label && labelMinzoom !== undefined && this.zoom < labelMinzoom)
      return html`<p class="hint">${tl(this.lang, 'labelHint', { z: labelMinzoom })}</p>`;
    return nothing;
  }

  #renderLegend(entries: LegendEntry[], name: string) {
    if (!entries.length) return nothing;
    const lang = this.lang;
    const list = html`<ul aria-label=${tl(lang, 'legendLabel', { name })}>
      ${entries.map((e) => html`<li>${swatch(e)}<span>${e.label[lang]}</span></li>`)}
    </ul>`;
    if (entries.length <= OPEN_LEGEND_MAX) return html`<div class="legend">${list}</div>`;
    return html`<details class="legend">
      <summary>${tl(lang, 'legend', { n: entries.length })}</summary>
      ${list}
    </details>`;
  }
}

customElements.define('layer-panel', LayerPanel);

declare global {
  interface HTMLElementTagNameMap {
    'layer-panel': LayerPanel;
  }
}
