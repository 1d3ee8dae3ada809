import { booleanPointInPolygon, distance } from '@turf/turf';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { formatDistance } from '../../analysis/amounts';
import { containing } from '../../analysis/what-here';
import type { Content } from '../../content/load';
import { type Lang, STATUSES } from '../../content/types';
import { categoryName } from '../../content/vocabulary';
import { tn } from '../../i18n/near-me';
import { filterResults, type NearResult, placelessIn, roundPin, widerRadius } from '../../nearby/near-data';
import { NEAR_RADIUS, type NearState } from '../../state/store';
import { emit } from '../events';
import { statusLabel } from '../feature-inspector/format';
import { loadPlaces } from './load-places';
import { type LocateFailure, locate } from './locate';
import type { Places } from './places';
import { nameOf, resultList, whereText } from './results';
import { styles } from './styles';
import '../place-search/place-search';

/**
 * Rows drawn at first; a 3 km radius over a dense atlas may hold thousands, shown a page at a time.
 * Twenty fill a desktop panel three times over; each row costs about 0.5 ms to make (100,000 projects,
 * near-me's answer: 50 rows, median 53 ms of eight loads; 20 rows, 38 ms).
 */
const PAGE = 20;
/** A pin this close to a named place is labelled with that place's name. */
const SAME_PLACE_M = 5;

const EMPTY_NEAR: NearState = { pin: null, radius: NEAR_RADIUS.default, categories: [], statuses: [] };

/**
 * "Near me": find a place, use the device's position or tap the map; set a radius; list the projects
 * and facilities within it, nearest first, with filters. Everything it changes goes up as `near-change`
 * (the app keeps it in the store and the URL); selecting a result sends `feature-select`.
 */
export class NearMe extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    near: { attribute: false },
    selection: {},
    measure: {},
    active: { type: Boolean },
    places: { state: true },
    locating: { state: true },
    failure: { state: true },
    mine: { state: true },
    shown: { state: true },
    tiledProps: { state: true },
  };

  static override styles = styles;

  content?: Content;
  override lang: Lang = 'zh';
  near: NearState = EMPTY_NEAR;
  selection: string | null = null;
  /** The current section, so a measure button never toggles it off. */
  measure: string | null = null;
  /** True while the panel is shown; the search structures load the first time it is. */
  active = false;
  /** The search structures, once loaded. */
  places: Places | null = null;
  protected locating = false;
  /** Why the last "use my location" failed, as a message; '' when it did not. */
  protected failure = '';
  /** The pin placed from the device's position, to name it "my location". */
  protected mine: [number, number] | null = null;
  protected shown = PAGE;
  /** Whether the property columns of tiled layers have loaded (their results' categories and statuses). */
  tiledProps = false;

  #all: NearResult[] = [];
  /** Whether the property columns of tiled layers have been asked for (see `updated`). */
  #propsAsked = false;
  #results: NearResult[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const content = this.content;
    if (changed.has('content')) {
      this.places = null;
      this.tiledProps = false;
      this.#propsAsked = false;
    }
    if (content && this.active && !this.places) {
      void loadPlaces(content).then((places) => {
        if (this.content === content) this.places = places;
      });
    }
    if (changed.has('near') || changed.has('places') || changed.has('tiledProps')) {
      const places = this.places;
      const pin = this.near.pin;
      this.#all = places && pin ? places.index.around(pin, this.near.radius) : [];
      this.#results = filterResults(this.#all, this.near);
      const before = changed.get('near') as NearState | undefined;
      if (before?.pin !== pin) this.shown = PAGE;
    }
    // Keep the selected result drawn, however far down the list it is.
    if (changed.has('selection') && this.selection) {
      const at = this.#results.findIndex((r) => r.item.id === this.selection);
      if (at >= this.shown) this.shown = at + 1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const content = this.content;
    // Results of tiled layers take their category and status from the property columns: fetched once a
    // list has been shown (parsing them takes the main thread for a while at 100,000 features, and must
    // not delay the first answer), never at start-up. Until then a tiled result is its layer's.
    if (content && this.places && this.near.pin && !this.tiledProps && !this.#propsAsked) {
      const tiled = content.layers.flatMap((l) => (l.tiled ? [l.tiled] : []));
      if (tiled.length) {
        this.#propsAsked = true;
        setTimeout(() => {
          Promise.all(tiled.map((t) => t.loadProps())).then(
            () => {
              if (this.content === content) this.tiledProps = true;
            },
            () => {
              this.#propsAsked = false;
            },
          );
        });
      }
    }
    if (changed.has('selection') && this.selection) {
      this.renderRoot.querySelector(`li.selected`)?.scrollIntoView({
        block: 'nearest',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    }
  }

  async #useLocation(): Promise<void> {
    const content = this.content;
    if (!content) return;
    this.locating = true;
    this.failure = '';
    try {
      const position = await locate();
      const focus = content.features.get(content.manifest.focus.feature)?.feature;
      const geometry = focus?.geometry;
      if (geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
        if (!booleanPointInPolygon(position, geometry)) {
          this.failure = tn(this.lang, 'outside', {
            place: nameOf(content, content.manifest.focus.feature, this.lang),
          });
          return;
        }
      }
      // Rounded before it enters the state: the URL (and any link shared from it) never holds the exact spot.
      const pin = roundPin(position);
      this.mine = pin;
      emit(this, 'near-change', { pin, frame: true });
    } catch (e) {
      this.failure = tn(this.lang, (typeof e === 'string' ? e : 'unavailable') as LocateFailure);
    } finally {
      this.locating = false;
    }
  }

  #pinName(pin: [number, number]): string {
    if (this.mine && this.mine[0] === pin[0] && this.mine[1] === pin[1]) return tn(this.lang, 'pinMine');
    const places = this.places;
    if (places) {
      for (const e of places.gazetteer.byId.values()) {
        if (distance(e.point, pin, { units: 'meters' }) < SAME_PLACE_M)
          return this.lang === 'en' ? e.name_en : e.name_zh;
      }
      // Places of tiled layers are not in the gazetteer: the radius index finds them.
      const near = places.index.around(pin, SAME_PLACE_M)[0];
      if (near && this.content)
        return near.item.name?.[this.lang] ?? nameOf(this.content, near.item.id, this.lang);
    }
    return tn(this.lang, 'pinPoint');
  }

  #categoryName = (key: string): string => {
    const layer = this.content?.manifest.layers.find((l) => l.id === key);
    return layer
      ? layer.name[this.lang]
      : categoryName(this.content?.manifest ?? { categories: {} }, key)[this.lang];
  };

  /** Toggles one value of a filter; all checked is stored as "no filter", so new values are not hidden. */
  #toggle(kind: 'categories' | 'statuses', all: readonly string[], value: string, on: boolean): void {
    const current = this.near[kind].length ? this.near[kind] : all;
    const next = all.filter((v) => (v === value ? on : current.includes(v)));
    emit(this, 'near-change', { [kind]: next.length === all.length ? [] : next });
  }

  override render() {
    const content = this.content;
    if (!content) return nothing;
    const lang = this.lang;
    const pin = this.near.pin;
    return html`
      <h2>${tn(lang, 'title')}</h2>
      <p class="intro">${tn(lang, 'intro')}</p>
      <place-search .content=${content} .lang=${lang}></place-search>
      <div class="locate">
        <button type="button" class="use-location" ?disabled=${this.locating} @click=${() => this.#useLocation()}>
          ${this.locating ? tn(lang, 'locating') : tn(lang, 'useLocation')}
        </button>
        <p class="note">${tn(lang, 'privacy')}</p>
      </div>
      <div role="alert" class="failure">${this.failure ? html`<p>${this.failure}</p>` : nothing}</div>
      <p class="note">${tn(lang, 'tapHint')}</p>
      ${pin ? this.#renderPin(content, pin) : nothing} ${this.#renderRadius()}
      ${pin ? this.#renderFilters() : nothing} ${pin ? this.#renderResults(content, pin) : nothing}
    `;
  }

  #renderPin(content: Content, pin: [number, number]) {
    const lang = this.lang;
    const where = this.places ? whereText(content, this.places.here, pin, lang) : '';
    return html`<div class="pin">
      <p><strong>${tn(lang, 'pinAt', { name: this.#pinName(pin) })}</strong></p>
      ${where ? html`<p class="where">${tn(lang, 'lies', { where })}</p>` : nothing}
      <button type="button" class="clear" @click=${() => emit(this, 'near-change', { pin: null })}>
        ${tn(lang, 'clear')}
      </button>
    </div>`;
  }

  #renderRadius() {
    const lang = this.lang;
    const r = this.near.radius;
    const set = (e: Event, frame: boolean) =>
      emit(this, 'near-change', { radius: Number((e.target as HTMLInputElement).value), frame });
    return html`<div class="radius">
      <label for="radius">${tn(lang, 'radius')}</label>
      <input
        id="radius"
        type="range"
        min=${NEAR_RADIUS.min}
        max=${NEAR_RADIUS.max}
        step="100"
        .value=${String(r)}
        aria-valuetext=${formatDistance(r, lang)}
        @input=${(e: Event) => set(e, false)}
        @change=${(e: Event) => set(e, true)}
      />
      <output for="radius">${formatDistance(r, lang)}</output>
    </div>`;
  }

  #renderFilters() {
    const lang = this.lang;
    const categories = this.places?.categories ?? [];
    const count = (pred: (r: NearResult) => boolean) => this.#all.filter(pred).length;
    const group = (
      kind: 'categories' | 'statuses',
      legend: string,
      all: readonly string[],
      label: (v: string) => string,
      n: (v: string) => number,
    ) => html`<fieldset class="checks" data-filter=${kind}>
      <legend>${legend}</legend>
      ${all.map(
        (v) => html`<label>
          <input
            type="checkbox"
            value=${v}
            .checked=${!this.near[kind].length || this.near[kind].includes(v)}
            @change=${(e: Event) => this.#toggle(kind, all, v, (e.target as HTMLInputElement).checked)}
          />
          <span>${label(v)}</span><span class="n">${n(v)}</span>
        </label>`,
      )}
    </fieldset>`;
    const active = this.near.categories.length + this.near.statuses.length;
    return html`<details class="filters" ?open=${active > 0}>
      <summary>${tn(lang, 'filters')}${active ? ` (${active})` : ''}</summary>
      ${group('categories', tn(lang, 'categories'), categories, this.#categoryName, (v) =>
        count((r) => r.item.category === v),
      )}
      ${group(
        'statuses',
        tn(lang, 'statuses'),
        STATUSES,
        (v) => statusLabel(v, lang),
        (v) => count((r) => r.item.status === v),
      )}
    </details>`;
  }

  #renderResults(content: Content, pin: [number, number]) {
    const lang = this.lang;
    const places = this.places;
    if (!places) return nothing;
    const results = this.#results;
    const filtered = results.length !== this.#all.length;
    const summary = filtered
      ? tn(lang, 'countFiltered', { n: results.length, all: this.#all.length })
      : tn(lang, 'count', { n: results.length });
    const rest = results.length - this.shown;
    return html`<section class="found" aria-labelledby="found-title">
      <h3 id="found-title" aria-live="polite">${summary}</h3>
      ${results.length ? nothing : this.#renderNone(pin)}
      ${resultList(
        content,
        places.here,
        results.slice(0, this.shown),
        lang,
        this.selection,
        this.#categoryName,
        {
          select: (id) => emit(this, 'feature-select', { id, frame: true }),
          hover: (ids) => emit(this, 'features-hover', { ids }),
          measure: (n) => {
            const section = content.text.sections.find((s) => s.kind === 'measure' && s.number === n);
            if (!section) return;
            // Make it the current measure and open its text where it starts.
            if (section.id !== this.measure) emit(this, 'measure-select', { section: section.id });
            const first = section.paragraphs[0];
            if (first) emit(this, 'paragraph-goto', { paragraph: first.id });
          },
        },
      )}
      ${
        rest > 0
          ? html`<button type="button" class="more" @click=${() => (this.shown += PAGE)}>
            ${tn(lang, 'more', { n: Math.min(rest, PAGE) })}
          </button>`
          : nothing
      }
    </section>
    ${this.#renderPlaceless(content, places, pin)}`;
  }

  /** Projects of the pin's area that no document locates: a group of their own, never in the distance order. */
  #renderPlaceless(content: Content, places: Places, pin: [number, number]) {
    const lang = this.lang;
    const area = containing(pin, places.here).subdistrict;
    const items = placelessIn(places.placeless, area, this.near);
    if (!area || !items.length) return nothing;
    const areaName = nameOf(content, area, lang);
    const title = tn(lang, 'placelessTitle', { n: items.length, area: areaName });
    return html`<section class="placeless" aria-labelledby="placeless-title">
      <h3 id="placeless-title">${title}</h3>
      <p class="note">${tn(lang, 'placelessNote', { kind: content.manifest.areas?.label[lang] ?? '' })}</p>
      <ul>
        ${items.map(
          (
            i,
          ) => html`<li class=${i.id === this.selection ? 'result selected' : 'result'} data-feature=${i.id}>
            <button
              type="button"
              class="pick"
              aria-current=${i.id === this.selection ? 'true' : nothing}
              @click=${() => emit(this, 'feature-select', { id: i.id })}
            >
              <span class="name">${i.name?.[lang] ?? nameOf(content, i.id, lang)}</span>
            </button>
            <p class="facts">
              <span class="tag">${this.#categoryName(i.category)}</span>
              ${i.status ? html`<span class="tag status-${i.status}">${statusLabel(i.status, lang)}</span>` : nothing}
            </p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderNone(pin: [number, number]) {
    const lang = this.lang;
    const places = this.places;
    const r = this.near.radius;
    const wider = places ? widerRadius(places.index, pin, r, NEAR_RADIUS.max, this.near) : null;
    return html`<div class="none">
      <p>${tn(lang, 'none', { d: formatDistance(r, lang) })}</p>
      ${
        wider
          ? html`<button type="button" class="widen" @click=${() => emit(this, 'near-change', { radius: wider, frame: true })}>
            ${tn(lang, 'widen', { d: formatDistance(wider, lang) })}
          </button>`
          : html`<p>${tn(lang, 'noneAtAll', { d: formatDistance(NEAR_RADIUS.max, lang) })}</p>`
      }
    </div>`;
  }
}

customElements.define('near-me', NearMe);

declare global {
  interface HTMLElementTagNameMap {
    'near-me': NearMe;
  }
}
