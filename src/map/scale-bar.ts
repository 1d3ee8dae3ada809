import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel, screenScaleBar } from '../analysis/scale';
import type { MapLabels } from './map-api';

/** The longest the bar may be, CSS pixels (as MapLibre's own scale control's default width). */
const MAX_WIDTH = 120;

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
  #format: MapLabels['distance'];
  #width = -1;
  #text = '';

  constructor(format: MapLabels['distance']) {
    this.#format = format;
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

  /** Writes its distance in another language. */
  setFormat(format: MapLabels['distance']): void {
    this.#format = format;
    this.#update();
  }

  readonly #update = (): void => {
    const map = this.#map;
    if (!map) return;
    const { metres, px } = screenScaleBar(metresPerPixel(map.getZoom(), map.getCenter().lat), MAX_WIDTH);
    const text = this.#format(metres);
    if (px !== this.#width) this.#bar.style.width = `${px}px`;
    if (text !== this.#text) this.#bar.textContent = text;
    this.#width = px;
    this.#text = text;
  };
}
