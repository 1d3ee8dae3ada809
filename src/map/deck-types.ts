import type { AtlasFeature, FlowMode, Lang } from '../content/types';

/**
 * Height in metres of each extruded kind in the 3D view: the corridor ("一主") stands tallest, the
 * belts above the zones they cross, so every part of the layout stays visible where they overlap.
 */
export const EXTRUDED_KINDS: Readonly<Record<string, number>> = { corridor: 900, belt: 520, zone: 240 };

/** One arc of the Bay Area links, resolved to positions. */
export interface FlowArc {
  id: string;
  from: [number, number];
  to: [number, number];
  mode: FlowMode;
  /** Reached with a change (at `via`), not on one line: drawn fainter. */
  onward: boolean;
}

/** A destination city as a labelled point. */
export interface FlowPlace {
  id: string;
  name_zh: string;
  name_en: string;
  coordinates: [number, number];
}

/** What the deck.gl views should show; derived from the store by a pure function (state/deck-view.ts). */
export interface DeckView {
  view3d: boolean;
  flows: boolean;
  lang: Lang;
  /** Polygons of the layout to extrude (their `kind` is in EXTRUDED_KINDS), from visible layers. */
  layoutFeatures: AtlasFeature[];
  arcs: FlowArc[];
  places: FlowPlace[];
  /** Ids emphasised on the map (highlight and selection). */
  highlight: string[];
}

/** Arc colours by mode, shared by the map and the legend so the two always agree. */
export const FLOW_COLORS: Readonly<Record<FlowMode, string>> = { rail: '#1d4e89', road: '#b5523b' };
