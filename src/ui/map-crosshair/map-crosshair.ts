import { css, html, LitElement, nothing } from 'lit';

/**
 * A crosshair at the centre of the map, shown while a planner mode takes points and the map canvas has
 * keyboard focus: arrow keys pan the map under it and Enter places the point at the centre. Place it
 * as a sibling of the map container (it sits at its parent's centre and takes no pointer events).
 */
export class MapCrosshair extends LitElement {
  static override properties = {
    active: { type: Boolean },
    focused: { type: Boolean },
  };

  static override styles = css`
    /* Only the crosshair's own square over the map, and nothing while it is hidden: an element that
       covers the map's canvas becomes a layer the size of the map that the compositor blends over every
       frame of a pan (npm run bench, frame times). */
    :host {
      display: none;
    }
    :host([active][focused]) {
      position: absolute;
      left: calc(50% - 18px);
      top: calc(50% - 18px);
      width: 36px;
      height: 36px;
      z-index: 1;
      pointer-events: none;
      display: grid;
      place-items: center;
    }
    svg {
      overflow: visible;
      filter: drop-shadow(0 0 1.5px #fff) drop-shadow(0 0 1.5px #fff);
    }
    line,
    circle {
      stroke: #1b1b1b;
      stroke-width: 2;
      fill: none;
    }
  `;

  /** The current mode takes points from the map. */
  active = false;
  /** The map itself has keyboard focus (the app hears it from the map adapter). */
  focused = false;

  override render() {
    if (!this.active || !this.focused) return nothing;
    return html`<svg width="36" height="36" viewBox="-18 -18 36 36" aria-hidden="true" data-crosshair>
      <circle r="6"></circle>
      <line x1="-18" y1="0" x2="-9" y2="0"></line>
      <line x1="9" y1="0" x2="18" y2="0"></line>
      <line x1="0" y1="-18" x2="0" y2="-9"></line>
      <line x1="0" y1="9" x2="0" y2="18"></line>
    </svg>`;
  }
}

customElements.define('map-crosshair', MapCrosshair);

declare global {
  interface HTMLElementTagNameMap {
    'map-crosshair': MapCrosshair;
  }
}
