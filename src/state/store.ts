import type { Camera, Lang } from '../content/types';

/** The one state of the app. The URL mirrors the persistent part (see url-codec.ts). */
export interface AtlasState {
  lang: Lang;
  /** Section id of the current measure (or intro/guarantee), or null. */
  measure: string | null;
  /** Visible thematic layers, in manifest order. */
  layers: string[];
  /** Per-layer opacity 0-1; a missing entry means 1. */
  opacity: Record<string, number>;
  selection: string | null;
  /** Features highlighted because a term or list item is hovered or focused (not in the URL). */
  hover: string[];
  /** The camera to show, or null for the atlas's initial framing. */
  camera: Camera | null;
  basemap: string;
  /** When a measure is chosen, other layers dim (true) or switch off (false). */
  dim: boolean;
}

type Listener = (state: AtlasState, previous: AtlasState) => void;

/** A minimal observable store: one state object, replaced (never mutated) on each update. */
export class Store {
  #state: AtlasState;
  readonly #listeners = new Set<Listener>();

  constructor(initial: AtlasState) {
    this.#state = initial;
  }

  get state(): AtlasState {
    return this.#state;
  }

  update(patch: Partial<AtlasState>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    if (
      Object.keys(patch).every((k) => Object.is(previous[k as keyof AtlasState], next[k as keyof AtlasState]))
    ) {
      return;
    }
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
