import type { Content } from '../content/load';
import { type Lang, STATUSES } from '../content/types';
import { type AtlasState, NEAR_RADIUS } from './store';
import { findStep } from './story';
import type { UrlState, UrlVocabulary } from './url-codec';

/** What the map should show; derived from the store by `mapView`, applied by the map adapter. */
export interface MapView {
  lang: Lang;
  basemap: string;
  /** Opacity per thematic layer; a layer not `visible` is not drawn whatever its opacity. */
  layers: { id: string; visible: boolean; opacity: number }[];
  highlight: string[];
  selection: string | null;
}

/** Opacity of layers outside the current measure when the "dim" setting is on. */
export const DIM_OPACITY = 0.25;

/** The state a fresh visit starts from: Chinese, the manifest's default layers, the embedded basemap. */
export function defaultUrlState(content: Content): UrlState {
  const state = initialUrlState(content.layers.filter((l) => l.def.visible).map((l) => l.def.id));
  // An offline street basemap, when the manifest names one, is what a first visit sees.
  const streets = content.manifest.basemaps.find((b) => b.type === 'pmtiles-vector');
  return streets ? { ...state, basemap: streets.id } : state;
}

/** The state a fresh visit starts from, given the layers shown by default (as in `defaultUrlState`). */
export function initialUrlState(layers: string[]): UrlState {
  return {
    lang: 'zh',
    measure: null,
    layers,
    opacity: {},
    selection: null,
    camera: null,
    basemap: 'embedded',
    dim: true,
    mode: 'explore',
    catchment: null,
    here: null,
    near: { pin: null, radius: NEAR_RADIUS.default, categories: [], statuses: [] },
    step: null,
    view3d: false,
    flows: false,
  };
}

export function urlVocabulary(content: Content): UrlVocabulary {
  return {
    layers: content.layers.map((l) => l.def.id),
    sections: content.text.sections.map((s) => s.id),
    basemaps: content.manifest.basemaps.map((b) => b.id),
    steps: content.story.steps.map((s) => s.id),
    // A layer without categories is one category of its own: "near me" filters facilities by layer.
    categories: content.manifest.layers.flatMap((l) =>
      l.style.colorBy ? Object.keys(l.style.colorBy.values) : [l.id],
    ),
    statuses: STATUSES,
    hasFeature: (id) => content.features.has(id),
  };
}

/** Measure number of a section id, if the section is a measure. */
export function measureNumber(content: Content, sectionId: string | null): number | null {
  const section = content.text.sections.find((s) => s.id === sectionId);
  return section?.kind === 'measure' && section.number !== undefined ? section.number : null;
}

/** Thematic layers that serve a section's measure. */
export function layersOfSection(content: Content, sectionId: string | null): string[] {
  const n = measureNumber(content, sectionId);
  return n === null ? [] : content.layers.filter((l) => l.def.measures.includes(n)).map((l) => l.def.id);
}

/** Features that serve a section's measure, drawn from the layers that serve it. */
export function featuresOfSection(content: Content, sectionId: string | null): string[] {
  const n = measureNumber(content, sectionId);
  if (n === null) return [];
  const layers = new Set(layersOfSection(content, sectionId));
  return content.layers
    .filter((l) => layers.has(l.def.id))
    .flatMap((l) => l.data.features.filter((f) => f.properties.measures.includes(n)).map((f) => f.id));
}

/** What the map shows for a state: a pure function, so the map adapter only applies differences. */
export function mapView(state: AtlasState, content: Content): MapView {
  // In presenter mode the story step decides the layers and the highlight; the user's own set returns after.
  const step = findStep(content.story, state.step);
  const current = new Set(step ? [] : layersOfSection(content, state.measure));
  return {
    lang: state.lang,
    basemap: state.basemap,
    layers: content.layers.map(({ def }) => {
      const base = state.opacity[def.id] ?? 1;
      const dimmed = state.measure !== null && state.dim && current.size > 0 && !current.has(def.id);
      return {
        id: def.id,
        visible: (step ? step.layers : state.layers).includes(def.id),
        opacity: dimmed ? base * DIM_OPACITY : base,
      };
    }),
    highlight: [
      ...new Set([...(step ? step.highlight : featuresOfSection(content, state.measure)), ...state.hover]),
    ],
    selection: state.selection,
  };
}
