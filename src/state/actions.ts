import type { Content } from '../content/load';
import type { AtlasState, Mode, Tab } from './store';
import { layersOfSection } from './view';

/** A store update and, where the action calls for it, the features the map should frame. */
export interface ActionResult {
  patch: Partial<AtlasState>;
  frame?: string[];
}

/** Keeps ids in manifest order, so the URL and the panels list layers the same way every time. */
function inManifestOrder(content: Content, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return content.layers.map((l) => l.def.id).filter((id) => wanted.has(id));
}

/**
 * Choosing a section makes its layers visible (others stay, to be dimmed, or switch off, as the dim
 * setting says), and frames its features. Choosing the current section again clears it.
 */
export function chooseSection(state: AtlasState, content: Content, section: string | null): ActionResult {
  if (section === null || section === state.measure) return { patch: { measure: null } };
  const own = layersOfSection(content, section);
  if (!own.length) return { patch: { measure: section } };
  const layers = state.dim ? inManifestOrder(content, [...state.layers, ...own]) : own;
  const n = content.text.sections.find((s) => s.id === section)?.number;
  const frame = content.layers
    .filter((l) => own.includes(l.def.id))
    .flatMap((l) => l.data.features.filter((f) => n !== undefined && f.properties.measures.includes(n)))
    .map((f) => f.id);
  return { patch: { measure: section, layers }, frame };
}

/**
 * Activating a term in the text shows the layers it names and the layers of its features, selects the
 * feature when it names exactly one, and frames what it names.
 */
export function activateTerm(
  state: AtlasState,
  content: Content,
  features: string[],
  layers: string[],
): ActionResult {
  const featureLayers = features.map((id) => content.features.get(id)?.layer).filter((l): l is string => !!l);
  const shown = inManifestOrder(content, [...state.layers, ...layers, ...featureLayers]);
  const framed = features.length
    ? features
    : content.layers
        .filter((l) => layers.includes(l.def.id))
        .flatMap((l) => l.data.features.map((f) => f.id));
  return {
    patch: { layers: shown, selection: features.length === 1 ? (features[0] as string) : state.selection },
    frame: framed,
  };
}

/** Selecting a feature also shows its layer, so the inspector never describes something hidden. */
export function selectFeature(state: AtlasState, content: Content, id: string | null): Partial<AtlasState> {
  if (id === null) return { selection: null };
  const layer = content.features.get(id)?.layer;
  if (!layer || state.layers.includes(layer)) return { selection: id };
  return { selection: id, layers: inManifestOrder(content, [...state.layers, layer]) };
}

export function toggleLayer(
  state: AtlasState,
  content: Content,
  id: string,
  visible: boolean,
): Partial<AtlasState> {
  const layers = visible ? [...state.layers, id] : state.layers.filter((l) => l !== id);
  return { layers: inManifestOrder(content, layers) };
}

export function setLayers(content: Content, ids: string[]): Partial<AtlasState> {
  return { layers: inManifestOrder(content, ids) };
}

/**
 * Opens a panel tab. The tab and the map mode have one rule between them, kept here: "near me" open
 * means a tap places the pin unless a planner tool (measure, what applies here) is on.
 */
export function openTab(state: AtlasState, tab: Tab): Partial<AtlasState> {
  if (tab === 'near') return { tab, mode: state.mode === 'explore' ? 'near' : state.mode };
  return { tab, mode: state.mode === 'near' ? 'explore' : state.mode };
}

/** Sets the map mode; leaving a planner tool while "near me" is open gives taps back to the pin. */
export function setMode(state: AtlasState, mode: Mode): Partial<AtlasState> {
  if (mode === 'near') return { mode, tab: 'near' };
  if (mode === 'explore' && state.tab === 'near') return { mode: 'near' };
  return { mode };
}
