import type { Content } from '../content/load';
import { extrusionHeights } from '../content/vocabulary';
import type { DeckView, FlowArc, FlowPlace } from '../map/deck-types';
import type { AtlasState } from './store';
import { mapView } from './view';

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
