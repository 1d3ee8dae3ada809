import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel, roundLength } from '../analysis/scale';

/** The words a scale bar writes after its number, in the page's language. */
export interface ScaleUnits {
  meters: string;
  kilometers: string;
}

/** The longest the bar may be, CSS pixels (as MapLibre's own scale control's default width). */
const MAX_WIDTH = 120;

/** What a bar shows for a ground resolution: its whole-pixel width and its label. */
export function scaleBarView(metresPerPx: number, units: ScaleUnits): { width: number; text: string } {
  const metres = roundLength(metresPerPx * MAX_WIDTH);
  // A no-break space keeps the number and its unit on one line, as MapLibre's control does.
  const text =
    metres >= 1000 ? `${metres / 1000}\u00a0${units.kilometers}` : `${metres}\u00a0${units.meters}`;
  return { width: Math.round(metres / metresPerPx), text };
}

/**
 * A metric scale bar at the map's centre latitude. MapLibre's ScaleControl rewrites its width, to a
 * fraction of a pixel, and its text at every camera move, so each frame of a pan restyled, laid out
 * and repainted the page (a phone pan at 4x CPU in a trace: about half a second of style, layout and
 * paint over the bench's gesture). This bar writes only when its whole-pixel width or its text
 * changes, so a pan at one zoom writes nothing; it keeps MapLibre's class names and so its look.
 */
export class ScaleBar implements IControl {
  readonly #bar = document.createElement('div');
  #map: MapLibreMap | undefined;
  #units: ScaleUnits;
  #width = -1;
  #text = '';

  constructor(units: ScaleUnits) {
    this.#units = units;
    this.#bar.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
  }

  onAdd(map: MapLibreMap): HTMLElement {
    this.#map = map;
    map.on('move', this.#update);
    this.#update();
    return this.#bar;
  }

  onRemove(): void {
    this.#map?.off('move', this.#update);
    this.#map = undefined;
    this.#bar.remove();
  }

  /** Writes the unit in another language. */
  setUnits(units: ScaleUnits): void {
    this.#units = units;
    this.#update();
  }

  readonly #update = (): void => {
    const map = this.#map;
    if (!map) return;
    const { width, text } = scaleBarView(metresPerPixel(map.getZoom(), map.getCenter().lat), this.#units);
    if (width !== this.#width) this.#bar.style.width = `${width}px`;
    if (text !== this.#text) this.#bar.textContent = text;
    this.#width = width;
    this.#text = text;
  };
}
