import type { Camera, Lang } from '../content/types';
import type { CameraIntent } from './camera';

/** What a click on the map means: select a feature, place a measuring point, ask "what applies here", or pin "near me". */
export type Mode = 'explore' | 'measure' | 'here' | 'near';
export const MODES: readonly Mode[] = ['explore', 'measure', 'here', 'near'];

export type LngLat = [number, number];

/** The resident's search around a pin (issue 7). */
export interface NearState {
  pin: LngLat | null;
  radius: number;
  categories: string[];
  statuses: string[];
}

export const NEAR_RADIUS = { default: 500, min: 200, max: 3000 } as const;

/** The panel tabs: the text, the layers, and "near me". */
export type Tab = 'text' | 'layers' | 'near';
export const TABS: readonly Tab[] = ['text', 'layers', 'near'];

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
  mode: Mode;
  /** Points of the measuring tool (not in the URL: a drawing in progress). */
  measurePoints: LngLat[];
  /** The measurement is finished (Enter, a double click, "Done"): the next point starts a new one. */
  measureDone: boolean;
  /** A catchment around a feature, in metres of straight-line distance. */
  catchment: { feature: string; radius: number } | null;
  /** The point asked "what applies here". */
  here: LngLat | null;
  near: NearState;
  /** Presenter mode's current story step id, or null when not presenting. */
  step: string | null;
  /** The deck.gl views: the layout in 3D, and the Bay Area flows. */
  view3d: boolean;
  flows: boolean;
  /** The open panel tab; "near me" open means a tap places the pin (unless a planner tool is on). */
  tab: Tab;
  /** The last camera move asked for (not in the URL); the camera controller carries it out. */
  intent: CameraIntent | null;
}

/**
 * The rules between parts of the state, kept in one place: a catchment belongs to the selected
 * feature's card, so closing the card (or opening another, or a story step clearing it) ends the
 * catchment, and the map and the link never keep one the reader can neither see nor switch off.
 */
function coherent(state: AtlasState): AtlasState {
  if (state.catchment && state.catchment.feature !== state.selection) return { ...state, catchment: null };
  return state;
}

type Listener = (state: AtlasState, previous: AtlasState) => void;

/** A minimal observable store: one state object, replaced (never mutated) on each update. */
export class Store {
  #state: AtlasState;
  readonly #listeners = new Set<Listener>();

  constructor(initial: AtlasState) {
    this.#state = coherent(initial);
  }

  get state(): AtlasState {
    return this.#state;
  }

  update(patch: Partial<AtlasState>): void {
    const previous = this.#state;
    const next = coherent({ ...previous, ...patch });
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
