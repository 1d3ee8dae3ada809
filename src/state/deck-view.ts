import type { Content } from '../content/load';
import type { AtlasFeature, FlowMode, Lang } from '../content/types';
import { extrusionHeights } from '../content/vocabulary';
import type { AtlasState } from './store';
import { mapView } from './view';

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

/** What the deck.gl views show for a state: the layout of visible layers, and the links when asked. */
export function deckView(state: AtlasState, content: Content): DeckView {
  const view = mapView(state, content);
  const visible = new Set(view.layers.filter((l) => l.visible).map((l) => l.id));
  const extrusion = extrusionHeights(content.manifest);
  const layoutFeatures = content.layers
    .filter((l) => visible.has(l.def.id))
    .flatMap((l) => l.data.features)
    .filter((f) => Object.hasOwn(extrusion, f.properties.kind) && f.geometry.type.endsWith('Polygon'));
  return {
    view3d: state.view3d,
    flows: state.flows && !!content.flows,
    lang: state.lang,
    layoutFeatures,
    extrusion,
    ...flowGeometry(content),
    highlight: view.selection ? [...view.highlight, view.selection] : view.highlight,
  };
}

/** The links resolved to positions; a link whose origin is not a point feature is left out. */
export function flowGeometry(content: Content): { arcs: FlowArc[]; places: FlowPlace[] } {
  const flows = content.flows;
  if (!flows) return { arcs: [], places: [] };
  const places = flows.destinations.map(({ id, name_zh, name_en, coordinates }) => ({
    id,
    name_zh,
    name_en,
    coordinates,
  }));
  const at = new Map(places.map((p) => [p.id, p.coordinates]));
  const arcs: FlowArc[] = [];
  for (const link of flows.links) {
    const geometry = content.features.get(link.origin)?.feature.geometry;
    const to = at.get(link.destination);
    if (geometry?.type !== 'Point' || !to) continue;
    const [lng, lat] = geometry.coordinates;
    arcs.push({
      id: link.id,
      from: [lng as number, lat as number],
      to,
      mode: link.mode,
      onward: !!link.via?.length,
    });
  }
  return { arcs, places };
}

const DECK_KEYS: readonly (keyof AtlasState)[] = [
  'view3d',
  'flows',
  'lang',
  'layers',
  'selection',
  'hover',
  'measure',
  'step',
];

/** Whether a state change touches the deck views; camera moves do not, and must not rebuild them. */
export function deckViewChanged(next: AtlasState, previous: AtlasState): boolean {
  return DECK_KEYS.some((k) => next[k] !== previous[k]);
}
