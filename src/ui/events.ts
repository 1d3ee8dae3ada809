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
  }
}
