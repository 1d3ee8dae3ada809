import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import { tp } from '../../i18n/planner-tools';
import type { LngLat, Mode } from '../../state/store';
import { emit } from '../events';
import { renderHereCard } from './here-card';
import { renderMeasurePanel } from './measure-panel';
import { plannerStyles } from './styles';

const ICONS = {
  measure: svg`<path d="M3 17 17 3l4 4L7 21z" /><path d="m7 13 2 2M10 10l2 2M13 7l2 2" />`,
  here: svg`<path d="M12 21s-6-5.3-6-10a6 6 0 0 1 12 0c0 4.7-6 10-6 10z" /><circle cx="12" cy="11" r="2" />`,
  export: svg`<path d="M12 3v12M7 10l5 5 5-5" /><path d="M4 17v3h16v-3" />`,
};

const icon = (name: keyof typeof ICONS) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;

/**
 * The planner toolbar over the map: measuring, "what applies here" and exports, with the panel of the
 * tool in use. Fires `mode-change`, `measure-points`, `measure-area`, `export-request`, and from the
 * "what applies here" card `feature-select` and `measure-select`.
 */
export class PlannerTools extends LitElement {
  static override properties = {
    content: { attribute: false },
    lang: {},
    mode: {},
    measurePoints: { attribute: false },
    measureDone: { type: Boolean },
    measureArea: { type: Boolean },
    here: { attribute: false },
    exportStatus: { attribute: false },
    menuOpen: { state: true },
  };

  static override styles = plannerStyles;

  content?: Content;
  override lang: Lang = 'zh';
  mode: Mode = 'explore';
  measurePoints: LngLat[] = [];
  /** The measurement is finished: the panel says so and the next point starts a new one. */
  measureDone = false;
  /** The measuring tool reads out the polygon's area rather than the path's length. */
  measureArea = false;
  here: LngLat | null = null;
  /** The last export's outcome, announced to screen readers. */
  exportStatus = '';
  protected menuOpen = false;

  constructor() {
    super();
    // A listener on the element itself lives and dies with it: no connect/disconnect bookkeeping.
    this.addEventListener('keydown', this.#onKeydown);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('menuOpen' as keyof PlannerTools) && this.menuOpen)
      this.renderRoot.querySelector<HTMLElement>('#pt-export-menu button')?.focus();
  }

  readonly #onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    if (this.menuOpen) {
      this.menuOpen = false;
      this.renderRoot.querySelector<HTMLElement>('[aria-controls="pt-export-menu"]')?.focus();
    } else if (this.mode === 'measure' || this.mode === 'here')
      emit(this, 'mode-change', { mode: 'explore' });
    else return;
    e.stopPropagation();
  };

  #toggleMode(mode: Mode): void {
    this.menuOpen = false;
    emit(this, 'mode-change', { mode: this.mode === mode ? 'explore' : mode });
  }

  #export(format: 'geojson' | 'png'): void {
    this.menuOpen = false;
    emit(this, 'export-request', { format });
  }

  override render() {
    const lang = this.lang;
    const close = () => emit(this, 'mode-change', { mode: 'explore' });
    const modeButton = (mode: Mode, key: 'measure' | 'here') => html`<button
      type="button"
      class="tool"
      aria-pressed=${this.mode === mode ? 'true' : 'false'}
      aria-label=${tp(lang, key)}
      title=${tp(lang, key)}
      @click=${() => this.#toggleMode(mode)}
    >
      ${icon(key)}
    </button>`;
    return html`
      <div class="toolbar" role="group" aria-label=${tp(lang, 'toolbar')}>
        ${modeButton('measure', 'measure')} ${modeButton('here', 'here')}
        <button
          type="button"
          class="tool"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="pt-export-menu"
          aria-label=${tp(lang, 'export')}
          title=${tp(lang, 'export')}
          @click=${() => {
            this.menuOpen = !this.menuOpen;
          }}
        >
          ${icon('export')}
        </button>
      </div>
      <div class="panels">
        ${
          this.menuOpen
            ? html`<ul id="pt-export-menu" class="menu panel" aria-label=${tp(lang, 'export')}>
              <li><button type="button" @click=${() => this.#export('geojson')}>${tp(lang, 'exportGeojson')}</button></li>
              <li><button type="button" @click=${() => this.#export('png')}>${tp(lang, 'exportPng')}</button></li>
            </ul>`
            : nothing
        }
        ${
          this.mode === 'measure'
            ? renderMeasurePanel(this.measurePoints, this.measureArea, this.measureDone, lang, {
                setArea: (area) => emit(this, 'measure-area', { area }),
                setPoints: (points) => emit(this, 'measure-points', { points }),
                finish: () => emit(this, 'measure-finish', {}),
                close,
              })
            : nothing
        }
        ${
          this.mode === 'here' && this.content
            ? renderHereCard(this.content, this.here, lang, {
                select: (id) => emit(this, 'feature-select', { id, frame: true }),
                measure: (section) => emit(this, 'measure-select', { section }),
                close,
              })
            : nothing
        }
      </div>
      <p class="vh" role="status">${this.exportStatus}</p>
    `;
  }
}

customElements.define('planner-tools', PlannerTools);

declare global {
  interface HTMLElementTagNameMap {
    'planner-tools': PlannerTools;
  }
}
