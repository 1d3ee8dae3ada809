import { css, html, LitElement, nothing } from 'lit';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { kindName } from '../../content/vocabulary';
import { ti } from '../../i18n/feature-inspector';
import { tn } from '../../i18n/near-me';
import type { GazetteerEntry } from '../../nearby/gazetteer';
import { roundPin } from '../../nearby/near-data';
import { emit } from '../events';
import { loadPlaces } from '../near-me/load-places';
import type { Places } from '../near-me/places';
import { visuallyHidden } from '../shared-styles';

const MAX_OPTIONS = 8;

/**
 * The place search box: an ARIA 1.2 combobox (editable, list autocomplete) over the atlas gazetteer.
 * Results appear as you type; Up/Down move through them, Enter chooses, Escape closes (then clears).
 * Choosing a place sends `near-change` with its point as the pin.
 */
export class PlaceSearch extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    query: { state: true },
    options: { state: true },
    active: { state: true },
    open: { state: true },
  };

  content?: Content;
  override lang: Lang = 'zh';
  protected query = '';
  protected options: GazetteerEntry[] = [];
  /** Index of the option under the keyboard, or -1. */
  protected active = -1;
  protected open = false;

  #places: Places | null = null;

  /** The gazetteer is loaded on first focus; typing before it arrives searches once it has. */
  async #load(): Promise<Places | null> {
    if (!this.#places && this.content) this.#places = await loadPlaces(this.content);
    return this.#places;
  }

  async #search(query: string): Promise<void> {
    this.query = query;
    this.active = -1;
    const places = query.trim() ? await this.#load() : null;
    // A later keystroke may have answered already.
    if (query !== this.query) return;
    if (!places) {
      this.options = [];
      this.open = false;
      return;
    }
    this.options = places.search(query, this.lang, MAX_OPTIONS);
    this.open = true;
  }

  #choose(entry: GazetteerEntry): void {
    this.query = this.lang === 'en' ? entry.name_en : entry.name_zh;
    this.open = false;
    this.active = -1;
    // A feature without a documented site opens its card; a pin at its area's middle would be a false address.
    if (entry.area) {
      emit(this, 'feature-select', { id: entry.id });
      return;
    }
    // Five decimals is what the URL keeps: a reloaded link then lists exactly what was shown.
    emit(this, 'near-change', { pin: roundPin(entry.point, 5), frame: true });
  }

  #onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!n) return;
      // Alt+Down only opens the list, as the APG pattern asks; plain arrows also move.
      if (!this.open) {
        this.open = true;
        if (e.altKey) return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
    } else if (e.key === 'Enter') {
      const entry = this.open ? this.options[this.active] : undefined;
      if (entry) {
        e.preventDefault();
        this.#choose(entry);
      }
    } else if (e.key === 'Escape') {
      if (this.open) this.open = false;
      else void this.#search('');
      this.active = -1;
    }
  }

  protected override updated(): void {
    this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  /** What one place is, singular ("Metro station", not the layer's "Metro stations"). */
  #kindOf(entry: GazetteerEntry): string {
    const manifest = this.content?.manifest;
    // A place of a tiled layer may not know its kind before its property columns load: name its layer.
    const own = entry.kind ? undefined : manifest?.layers.find((l) => l.id === entry.layer)?.name;
    const layer = own?.[this.lang] ?? (manifest ? kindName(manifest, entry.kind)[this.lang] : entry.kind);
    if (!entry.area) return layer;
    const area = this.content?.features.get(entry.area)?.feature.properties;
    const name = area ? (this.lang === 'en' ? area.name_en : area.name_zh) : entry.area;
    return `${layer} · ${ti(this.lang, 'placelessShort', { area: name })}`;
  }

  override render() {
    const lang = this.lang;
    const expanded = this.open && this.options.length > 0;
    const activeId = expanded && this.active >= 0 ? `place-${this.active}` : nothing;
    const status = !this.open
      ? ''
      : this.options.length
        ? tn(lang, 'searchCount', { n: this.options.length })
        : tn(lang, 'searchNone', { q: this.query });
    return html`
      <label for="place-input">${tn(lang, 'searchLabel')}</label>
      <div class="box">
        <input
          id="place-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="place-list"
          aria-activedescendant=${activeId}
          aria-describedby="place-hint"
          placeholder=${tn(lang, 'searchPlaceholder')}
          .value=${this.query}
          @input=${(e: Event) => void this.#search((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.#onKey(e)}
          @focus=${() => {
            void this.#load();
            if (this.options.length) this.open = true;
          }}
          @blur=${() => {
            this.open = false;
          }}
        />
        <ul id="place-list" role="listbox" aria-label=${tn(lang, 'searchLabel')} ?hidden=${!expanded}>
          ${this.options.map(
            (entry, i) => html`<li
              id="place-${i}"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @pointerdown=${(e: PointerEvent) => e.preventDefault()}
              @click=${() => this.#choose(entry)}
            >
              <span class="name">${lang === 'en' ? entry.name_en : entry.name_zh}</span>
              <span class="meta">${this.#kindOf(entry)} · ${lang === 'en' ? entry.name_zh : entry.name_en}</span>
            </li>`,
          )}
        </ul>
      </div>
      <p id="place-hint" class="vh">${tn(lang, 'intro')}</p>
      <p class="vh" role="status">${status}</p>
    `;
  }

  static override styles = [
    visuallyHidden,
    css`
    :host {
      display: block;
      position: relative;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.3rem;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      min-height: 44px;
      padding: 0.4rem 0.7rem;
      font: inherit;
      color: #2a251d;
      border: 1px solid #8c8171;
      border-radius: 6px;
      background: #ffffff;
    }
    input:focus-visible {
      outline: 3px solid #1a5fb4;
      outline-offset: 1px;
    }
    input::placeholder {
      color: #6b6253;
    }
    ul {
      position: absolute;
      z-index: 5;
      left: 0;
      right: 0;
      margin: 2px 0 0;
      padding: 0.25rem 0;
      list-style: none;
      max-height: min(60vh, 22rem);
      overflow: auto;
      background: #ffffff;
      border: 1px solid #8c8171;
      border-radius: 6px;
      box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    }
    ul[hidden] {
      display: none;
    }
    li {
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-height: 44px;
      padding: 0.3rem 0.75rem;
      cursor: pointer;
    }
    li:hover {
      background: #f1ede3;
    }
    li[aria-selected='true'] {
      background: #1a5fb4;
      color: #ffffff;
    }
    .meta {
      font-size: 0.8rem;
      color: #5b5346;
    }
    li[aria-selected='true'] .meta {
      color: #ffffff;
    }
  `,
  ];
}

customElements.define('place-search', PlaceSearch);

declare global {
  interface HTMLElementTagNameMap {
    'place-search': PlaceSearch;
  }
}
