import type { AtlasFeature, FlowMode, Lang } from '../content/types';

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
  /** Polygons to extrude (their `kind` has a height in `extrusion`), from visible layers. */
  layoutFeatures: AtlasFeature[];
  /** Height in metres of each extruded kind, from the manifest's `kinds` (their `extrude`). */
  extrusion: Readonly<Record<string, number>>;
  arcs: FlowArc[];
  places: FlowPlace[];
  /** Ids emphasised on the map (highlight and selection). */
  highlight: string[];
}

/** Arc colours by mode, shared by the map and the legend so the two always agree. */
export const FLOW_COLORS: Readonly<Record<FlowMode, string>> = { rail: '#1d4e89', road: '#b5523b' };
