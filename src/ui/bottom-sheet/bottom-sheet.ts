import { css, html, LitElement } from 'lit';
import type { Lang } from '../../content/types';
import { tb } from '../../i18n/bottom-sheet';
import { emit } from '../events';

/** The heights the sheet rests at. */
export type SheetSize = 'collapsed' | 'half' | 'full';
const SIZES: readonly SheetSize[] = ['collapsed', 'half', 'full'];
const LABEL = { collapsed: 'sheetCollapsed', half: 'sheetHalf', full: 'sheetFull' } as const;

/** Below this width the panel is a bottom sheet; keep in step with the phone block of styles/app.css. */
export const PHONE_QUERY = '(max-width: 700px)';
/** A pointer that moves less than this is a tap on the handle, not a drag. */
const DRAG_SLOP = 6;

/**
 * On a phone, the side panel as a bottom sheet over the map: a handle to drag between collapsed, half
 * and full heights, which is also a button (click or Enter cycles, Up/Down grow and shrink) for keyboard
 * and screen-reader users. On a wide screen the element steps aside (`display: contents`) and the panel
 * is the plain column it always was. Reports the height it covers as `sheet-resize`.
 */
export class BottomSheet extends LitElement {
  static override properties = {
    lang: {},
    size: { reflect: true },
  };

  override lang: Lang = 'zh';
  size: SheetSize = 'half';

  readonly #phone = matchMedia(PHONE_QUERY);
  readonly #observer = new ResizeObserver(() => this.#report());
  #drag: { y: number; height: number; moved: boolean } | null = null;
  #swallowClick = false;
  #reported = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this);
    this.#phone.addEventListener('change', this.#report);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#phone.removeEventListener('change', this.#report);
  }

  readonly #report = (): void => {
    const height = this.#phone.matches ? Math.round(this.getBoundingClientRect().height) : 0;
    if (height === this.#reported) return;
    this.#reported = height;
    emit(this, 'sheet-resize', { height });
  };

  #step(by: number, wrap: boolean): void {
    const i = SIZES.indexOf(this.size) + by;
    const n = SIZES.length;
    this.size = SIZES[wrap ? (i + n) % n : Math.max(0, Math.min(n - 1, i))] as SheetSize;
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    this.#step(e.key === 'ArrowUp' ? 1 : -1, false);
  }

  #onDown(e: PointerEvent): void {
    this.#swallowClick = false;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.#drag = { y: e.clientY, height: this.getBoundingClientRect().height, moved: false };
  }

  #onMove(e: PointerEvent): void {
    const drag = this.#drag;
    if (!drag) return;
    const dy = drag.y - e.clientY;
    if (!drag.moved && Math.abs(dy) < DRAG_SLOP) return;
    drag.moved = true;
    this.toggleAttribute('dragging', true);
    const max = this.parentElement?.getBoundingClientRect().height ?? window.innerHeight;
    // CSSOM, not a style attribute: the page's CSP allows this.
    this.style.height = `${Math.max(0, Math.min(max, drag.height + dy))}px`;
  }

  #onUp(): void {
    const drag = this.#drag;
    this.#drag = null;
    if (!drag?.moved) return;
    // A drag ends with a click on the handle too; only a tap cycles the size.
    this.#swallowClick = true;
    // Snap to the resting height nearest to where the finger let go. The heights are read from the
    // stylesheet (CSS stays the one place that sets them) while `dragging` still turns transitions off.
    const now = this.getBoundingClientRect().height;
    this.style.removeProperty('height');
    let best: SheetSize = this.size;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const size of SIZES) {
      this.setAttribute('size', size);
      const gap = Math.abs(this.getBoundingClientRect().height - now);
      if (gap < bestGap) [best, bestGap] = [size, gap];
    }
    this.setAttribute('size', best);
    this.getBoundingClientRect();
    this.removeAttribute('dragging');
    this.size = best;
  }

  override render() {
    const lang = this.lang;
    return html`
      <button
        type="button"
        class="handle"
        aria-expanded=${this.size === 'collapsed' ? 'false' : 'true'}
        aria-label=${`${tb(lang, 'sheetHandle')}: ${tb(lang, LABEL[this.size])}`}
        aria-describedby="sheet-hint"
        @click=${() => {
          if (this.#swallowClick) this.#swallowClick = false;
          else this.#step(1, true);
        }}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e)}
        @pointerdown=${(e: PointerEvent) => this.#onDown(e)}
        @pointermove=${(e: PointerEvent) => this.#onMove(e)}
        @pointerup=${() => this.#onUp()}
        @pointercancel=${() => this.#onUp()}
      >
        <span class="grip"></span>
      </button>
      <span id="sheet-hint" hidden>${tb(lang, 'sheetHint')}</span>
      <slot></slot>
    `;
  }

  static override styles = css`
    :host {
      display: contents;
    }
    .handle {
      display: none;
    }
    @media (max-width: 700px) {
      :host {
        display: flex;
        flex-direction: column;
        position: absolute;
        /* Above the planner's toolbar and the map's buttons: a full-height sheet covers them. */
        z-index: 4;
        left: 0;
        right: 0;
        bottom: 0;
        height: 50%;
        background: #fbfaf6;
        border-radius: 14px 14px 0 0;
        box-shadow: 0 -3px 14px rgb(0 0 0 / 0.22);
        transition: height 180ms ease-out;
      }
      :host([size='collapsed']) {
        height: 92px;
      }
      :host([size='full']) {
        height: calc(100% - 48px);
      }
      :host([dragging]) {
        transition: none;
      }
      .handle {
        display: flex;
        flex: none;
        align-items: center;
        justify-content: center;
        width: 100%;
        min-height: 44px;
        padding: 0;
        border: 0;
        border-radius: 14px 14px 0 0;
        background: transparent;
        cursor: grab;
        /* The browser must not scroll the page while the handle is dragged. */
        touch-action: none;
      }
      .handle:focus-visible {
        outline: 3px solid #1a5fb4;
        outline-offset: -3px;
      }
      .grip {
        width: 44px;
        height: 5px;
        border-radius: 3px;
        background: #6b6253;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      :host {
        transition: none;
      }
    }
  `;
}

customElements.define('bottom-sheet', BottomSheet);

declare global {
  interface HTMLElementTagNameMap {
    'bottom-sheet': BottomSheet;
  }
}
