import { html, nothing, svg } from 'lit';
import type { LegendEntry } from '../../content/legend';

// MapLibre dashes are in line widths; SVG dashes are in pixels.
const dashArray = (dash: number[] | undefined, width: number) =>
  dash?.length ? dash.map((d) => d * width).join(' ') : nothing;

function mark(e: LegendEntry) {
  switch (e.shape) {
    case 'fill':
      return svg`<rect x="2" y="3" width="24" height="12" rx="2" fill=${e.color}
        fill-opacity=${e.opacity ?? 0.3} stroke=${e.color} stroke-width="2"
        stroke-dasharray=${dashArray(e.dash, 2)} />`;
    case 'line':
      return svg`<line x1="2" y1="9" x2="26" y2="9" stroke=${e.color} stroke-width="3"
        stroke-linecap=${e.dash ? 'butt' : 'round'} stroke-dasharray=${dashArray(e.dash, 3)} />`;
    case 'circle':
      return svg`<circle cx="14" cy="9" r="5.5" fill=${e.color} stroke=${e.stroke ?? '#ffffff'}
        stroke-width="1.5" />`;
  }
}

/** A legend mark drawn as the map draws it; decorative, since the label is always given as text. */
export function swatch(e: LegendEntry) {
  return html`<svg class="swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
    ${mark(e)}
  </svg>`;
}
