import type { LngLat, Mode } from '../state/store';

/**
 * Every event an element sends up, declared once. Elements never reach into each other: they fire
 * these (bubbling, composed) and <atlas-app> turns them into store updates.
 */
export interface AtlasEventMap {
  /** Choose a section (measure, intro, guarantee) as current, or none. */
  'measure-select': { section: string | null };
  /** Features to highlight while a term or list item is hovered or focused; [] ends it. */
  'features-hover': { ids: string[] };
  /** A term was activated: frame and select what it points at, and show its layers. */
  'term-activate': { features: string[]; layers: string[] };
  /** Select a feature (open the inspector), or close it with null. */
  'feature-select': { id: string | null; frame?: boolean };
  'layer-toggle': { id: string; visible: boolean };
  /** Replace the set of visible layers (all off, show only this, undo). */
  'layers-set': { ids: string[] };
  'layer-opacity': { id: string; opacity: number };
  /** Whether layers outside the current measure dim (true) or switch off (false). */
  'dim-change': { dim: boolean };
  /** Scroll the text to a paragraph and mark a term in it. */
  'paragraph-goto': { paragraph: string; term?: string };
  /** Switch a deck.gl view on or off: the layout in 3D, or the Bay Area links. */
  'view-toggle': { view: '3d' | 'flows'; on: boolean };
  /** Go to a story step (entering presenter mode), or leave presenter mode with null. */
  'step-go': { step: string | null };
  /** Bring the camera back to the current step's view after exploring. */
  'step-return': Record<string, never>;
  /** Open the speaker notes window. */
  'notes-open': Record<string, never>;
  /** Print a handout of the current step or the whole story on A4 or A3 landscape. */
  'handout-print': { scope: 'step' | 'story'; paper: 'a4' | 'a3' };
  /** The presenter's caption (and the buttons under it) cover `height` px of the map's bottom, its strip and buttons `top` px of its top. */
  'caption-resize': { height: number; top: number };
  /** What a click (or Enter on the map) means: explore, measure, "what applies here". */
  'mode-change': { mode: Mode };
  /** Replace the measuring tool's points (undo, clear). */
  'measure-points': { points: LngLat[] };
  /** Finish the measurement in progress (the next point starts a new one). */
  'measure-finish': Record<string, never>;
  /** Measure the drawn polygon's area (true) or the path's length (false). */
  'measure-area': { area: boolean };
  /** Show a catchment around a feature, or none. */
  'catchment-change': { catchment: { feature: string; radius: number } | null };
  /** Download the visible layers (GeoJSON) or the map as an image (PNG). */
  'export-request': { format: 'geojson' | 'png' };
  /** Change the resident's search: the pin (null clears it), radius or filters; `frame` shows the circle. */
  'near-change': {
    pin?: [number, number] | null;
    radius?: number;
    categories?: string[];
    statuses?: string[];
    frame?: boolean;
  };
  /** The feature card now covers this much of the map: its right edge from the map's left (docked beside), or its top from the map's bottom (docked below, on a phone); 0 when not docked that way. */
  'card-resize': { left: number; bottom: number };
  /** The phone bottom sheet now covers this many pixels at the bottom of the map (0 on wide screens). */
  'sheet-resize': { height: number };
}

export type AtlasEventName = keyof AtlasEventMap;

/** Fires a typed atlas event from an element. */
export function emit<K extends AtlasEventName>(from: EventTarget, type: K, detail: AtlasEventMap[K]): void {
  from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'measure-select': CustomEvent<AtlasEventMap['measure-select']>;
    'features-hover': CustomEvent<AtlasEventMap['features-hover']>;
    'term-activate': CustomEvent<AtlasEventMap['term-activate']>;
    'feature-select': CustomEvent<AtlasEventMap['feature-select']>;
    'layer-toggle': CustomEvent<AtlasEventMap['layer-toggle']>;
    'layers-set': CustomEvent<AtlasEventMap['layers-set']>;
    'layer-opacity': CustomEvent<AtlasEventMap['layer-opacity']>;
    'dim-change': CustomEvent<AtlasEventMap['dim-change']>;
    'paragraph-goto': CustomEvent<AtlasEventMap['paragraph-goto']>;
    'view-toggle': CustomEvent<AtlasEventMap['view-toggle']>;
    'step-go': CustomEvent<AtlasEventMap['step-go']>;
    'step-return': CustomEvent<AtlasEventMap['step-return']>;
    'notes-open': CustomEvent<AtlasEventMap['notes-open']>;
    'handout-print': CustomEvent<AtlasEventMap['handout-print']>;
    'caption-resize': CustomEvent<AtlasEventMap['caption-resize']>;
    'mode-change': CustomEvent<AtlasEventMap['mode-change']>;
    'measure-points': CustomEvent<AtlasEventMap['measure-points']>;
    'measure-finish': CustomEvent<AtlasEventMap['measure-finish']>;
    'card-resize': CustomEvent<AtlasEventMap['card-resize']>;
    'measure-area': CustomEvent<AtlasEventMap['measure-area']>;
    'catchment-change': CustomEvent<AtlasEventMap['catchment-change']>;
    'export-request': CustomEvent<AtlasEventMap['export-request']>;
    'near-change': CustomEvent<AtlasEventMap['near-change']>;
    'sheet-resize': CustomEvent<AtlasEventMap['sheet-resize']>;
  }
}
