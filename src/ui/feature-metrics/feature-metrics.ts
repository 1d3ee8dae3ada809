import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { formatArea, formatDistance } from '../../analysis/amounts';
import { catchmentOf, metricsOf } from '../../analysis/atlas-measures';
import { CATCHMENT_RADII } from '../../analysis/catchment';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { roleVars, tm } from '../../i18n/feature-metrics';
import { emit } from '../events';
import { renderCatchment } from './catchment-view';
import { metricsStyles } from './styles';
import { TiledData } from './tiled-data';

/** The largest custom radius, as the URL codec accepts it. */
const MAX_RADIUS = 5000;

/**
 * Planner metrics of the selected feature (size, what lies inside, share in the district, stations
 * within 500 m) and its catchment: radius choice, the buffer on the map, what falls inside. Goes in the
 * inspector's `metrics` slot. Fires `catchment-change` and `feature-select`.
 */
export class FeatureMetrics extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    featureId: { attribute: 'feature-id' },
    catchment: { attribute: false },
    radius: { state: true },
    invalid: { state: true },
  };

  static override styles = metricsStyles;

  content?: Content;
  override lang: Lang = 'zh';
  featureId: string | null = null;
  /** The catchment shown on the map, if any (it may belong to another feature). */
  catchment: { feature: string; radius: number } | null = null;
  /** The radius the controls offer next, in metres. */
  protected radius = 500;
  protected invalid = false;
  /** Counts include tiled layers' points: their data is asked for, and the metrics drawn again, here. */
  protected readonly tiledData = new TiledData(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A catchment from the URL brings its radius into the controls.
    if (changed.has('catchment') && this.#shown) this.radius = this.catchment?.radius ?? this.radius;
  }

  get #shown(): boolean {
    return !!this.featureId && this.catchment?.feature === this.featureId;
  }

  #show(radius: number): void {
    if (!this.featureId) return;
    this.radius = radius;
    this.invalid = false;
    emit(this, 'catchment-change', { catchment: { feature: this.featureId, radius } });
  }

  #toggle(): void {
    if (this.#shown) emit(this, 'catchment-change', { catchment: null });
    else this.#show(this.radius);
  }

  #applyCustom(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#fm-custom');
    const value = Number(input?.value);
    if (!input?.value || !Number.isFinite(value) || value <= 0 || value > MAX_RADIUS) {
      this.invalid = true;
      return;
    }
    this.#show(Math.round(value));
  }

  override render() {
    const content = this.content;
    if (!content || !this.featureId) return nothing;
    const lang = this.lang;
    const m = metricsOf(content, this.featureId);
    const roles = roleVars(content.manifest, lang);
    const name = (id: string) => {
      const p = content.features.get(id)?.feature.properties;
      return p ? (lang === 'zh' ? p.name_zh : p.name_en) : id;
    };
    return html`
      <section aria-labelledby="fm-title">
        <h3 id="fm-title">${tm(lang, 'title')}</h3>
        ${m && m.geometry !== 'point' && m.geometry !== 'other' ? this.#renderMetrics(m, lang, roles) : nothing}
        ${
          m?.stations_near
            ? html`<h4>${tm(lang, m.stations_near.length ? 'stationsNear' : 'noStationsNear', { ...roles, radius: 500 })}</h4>
              ${
                m.stations_near.length
                  ? html`<ul class="items">
                    ${m.stations_near.map(
                      (s) => html`<li>
                        <button type="button" class="item" @click=${() => emit(this, 'feature-select', { id: s.id, frame: true })}>
                          ${tm(lang, 'stationAt', { name: name(s.id), distance: formatDistance(s.distance_m, lang) })}
                        </button>
                      </li>`,
                    )}
                  </ul>`
                  : nothing
              }`
            : nothing
        }
        ${this.#renderCatchmentControls(lang)}
        ${this.#shown && this.catchment ? this.#renderCatchmentResult(content, this.catchment.radius, name) : nothing}
      </section>
    `;
  }

  #renderMetrics(m: NonNullable<ReturnType<typeof metricsOf>>, lang: Lang, roles: Record<string, string>) {
    const km = (v: number) => formatDistance(v * 1000, lang);
    return html`<dl class="facts">
      ${m.area_km2 !== undefined ? html`<dt>${tm(lang, 'area')}</dt><dd>${formatArea(m.area_km2 * 1e6, lang)}</dd>` : nothing}
      ${m.perimeter_km !== undefined ? html`<dt>${tm(lang, 'perimeter')}</dt><dd>${km(m.perimeter_km)}</dd>` : nothing}
      ${m.length_km !== undefined ? html`<dt>${tm(lang, 'length')}</dt><dd>${km(m.length_km)}</dd>` : nothing}
      ${m.counts ? html`<dt>${tm(lang, 'inside')}</dt><dd>${tm(lang, 'insideCounts', { ...roles, ...m.counts })}</dd>` : nothing}
      ${
        m.share_in_container !== undefined
          ? html`<dt>${tm(lang, 'share')}</dt>
            <dd>${tm(lang, 'sharePercent', { percent: Math.round(m.share_in_container * 1000) / 10 })}</dd>`
          : nothing
      }
    </dl>`;
  }

  #renderCatchmentControls(lang: Lang) {
    const shown = this.#shown;
    const custom = !CATCHMENT_RADII.includes(this.radius);
    return html`
      <h4 id="fm-catchment">${tm(lang, 'catchment')}</h4>
      <div class="radii" role="group" aria-labelledby="fm-catchment">
        ${CATCHMENT_RADII.map(
          (r) => html`<button
            type="button"
            class="radius"
            aria-pressed=${shown && this.radius === r ? 'true' : 'false'}
            @click=${() => this.#show(r)}
          >
            ${tm(lang, 'radiusButton', { radius: r })}
          </button>`,
        )}
      </div>
      <form class="custom" @submit=${this.#applyCustom}>
        <label for="fm-custom">${tm(lang, 'customRadius')}</label>
        <input
          id="fm-custom"
          type="number"
          min="1"
          max=${MAX_RADIUS}
          step="1"
          inputmode="numeric"
          .value=${custom ? String(this.radius) : ''}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${this.invalid ? 'fm-invalid' : nothing}
        />
        <button type="submit">${tm(lang, 'apply')}</button>
      </form>
      ${this.invalid ? html`<p id="fm-invalid" class="error" role="alert">${tm(lang, 'invalidRadius')}</p>` : nothing}
      <button type="button" class="toggle" @click=${this.#toggle}>
        ${tm(lang, shown ? 'hide' : 'show', { radius: this.radius })}
      </button>
      <p class="note">${tm(lang, 'straightLine')}</p>
    `;
  }

  #renderCatchmentResult(content: Content, radius: number, name: (id: string) => string) {
    if (!this.featureId) return nothing;
    let result: ReturnType<typeof catchmentOf>;
    try {
      result = catchmentOf(content, this.featureId, radius);
    } catch {
      result = null;
    }
    if (!result) return nothing;
    return renderCatchment(result, content.manifest, this.lang, name, (id) =>
      emit(this, 'feature-select', { id, frame: true }),
    );
  }
}

customElements.define('feature-metrics', FeatureMetrics);

declare global {
  interface HTMLElementTagNameMap {
    'feature-metrics': FeatureMetrics;
  }
}
