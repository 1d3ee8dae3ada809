import { css, html, LitElement, nothing, type PropertyValues } from 'lit';

/** What the tooltip shows and where: a name (and its kind) at a point of the map, in CSS pixels. */
export interface MapTip {
  name: string;
  kind: string;
  x: number;
  y: number;
}

/**
 * The name of the feature under the pointer (or just tapped), in a small label above that point. Place
 * it as a sibling of the map container; it takes no pointer events, and says nothing to screen
 * readers, who reach every name through the panels.
 */
export class MapTooltip extends LitElement {
  static override properties = {
    tip: { attribute: false },
  };

  static override styles = css`
    /* Nothing while no name is shown: a box over the whole map is a layer the compositor blends
       over every frame of a pan (npm run bench, frame times). */
    :host {
      display: none;
    }
    :host([shown]) {
      display: block;
      position: absolute;
      inset: 0;
      z-index: 2;
      pointer-events: none;
      overflow: hidden;
    }
    .tip {
      position: absolute;
      left: var(--tip-x, 0);
      top: var(--tip-y, 0);
      transform: translate(-50%, calc(-100% - 14px));
      max-width: 240px;
      padding: 3px 8px 4px;
      border-radius: 4px;
      background: rgb(33 29 23 / 0.92);
      color: #fff;
      font-size: 0.8rem;
      line-height: 1.3;
      text-align: center;
      white-space: normal;
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
    }
    .tip::after {
      content: '';
      position: absolute;
      left: 50%;
      bottom: -5px;
      margin-left: -5px;
      border: 5px solid transparent;
      border-bottom: 0;
      border-top-color: rgb(33 29 23 / 0.92);
    }
    .kind {
      display: block;
      font-size: 0.7rem;
      opacity: 0.8;
    }
  `;

  tip: MapTip | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tip')) this.toggleAttribute('shown', !!this.tip);
    // Through the CSSOM: the page's CSP allows no inline style attributes (styleMap writes one).
    if (changed.has('tip') && this.tip) {
      this.style.setProperty('--tip-x', `${this.tip.x}px`);
      this.style.setProperty('--tip-y', `${this.tip.y}px`);
    }
  }

  override render() {
    const tip = this.tip;
    if (!tip) return nothing;
    return html`<div class="tip" aria-hidden="true" data-tooltip>
      <strong>${tip.name}</strong>${tip.kind ? html`<span class="kind">${tip.kind}</span>` : nothing}
    </div>`;
  }
}

customElements.define('map-tooltip', MapTooltip);

declare global {
  interface HTMLElementTagNameMap {
    'map-tooltip': MapTooltip;
  }
}
