import type { IControl } from 'maplibre-gl';

/**
 * The map's attribution as text: a button that opens it (compact on small maps) and a line of text
 * set with textContent, so no content or style attribution is ever parsed as HTML.
 */
export class TextAttribution implements IControl {
  readonly #root = document.createElement('details');
  readonly #summary = document.createElement('summary');
  readonly #text = document.createElement('p');

  constructor(label: string) {
    this.#root.className = 'maplibregl-ctrl atlas-attribution';
    // Open beside a wide map; folded behind its ⓘ on a phone, where it would cover the subject.
    this.#root.open = !matchMedia('(max-width: 700px)').matches;
    this.#summary.textContent = 'ⓘ';
    this.#summary.setAttribute('aria-label', label);
    this.#root.append(this.#summary, this.#text);
  }

  setText(text: string): void {
    this.#text.textContent = text;
  }

  setLabel(label: string): void {
    this.#summary.setAttribute('aria-label', label);
  }

  onAdd(): HTMLElement {
    return this.#root;
  }

  onRemove(): void {
    this.#root.remove();
  }
}
