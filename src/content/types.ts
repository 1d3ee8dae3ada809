/** Types of the atlas content that `data/atlas.json` declares. The engine knows no place names. */
import type { TiledLayer, TilingDef } from './tiled';

/** A text in both languages of the atlas. Chinese is primary. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = keyof Bilingual;
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * How well a feature's position is known. `surveyed` and `approximate` are derived by the build from
 * the documents that give the point (data/sources/FORMAT.md); `schematic` is our drawing of an idea;
 * `area` means no document locates it to a point, so it has no geometry and stands in its `area`.
 */
export type Accuracy = 'surveyed' | 'approximate' | 'schematic' | 'area';
export const ACCURACIES: readonly Accuracy[] = ['surveyed', 'approximate', 'schematic', 'area'];

/** Stages of a project in the order they happen; each comes with the date a document gives. */
export type ProjectStatus = 'listed' | 'plan-approved' | 'under-construction' | 'completed';
export const STATUSES: readonly ProjectStatus[] = [
  'listed',
  'plan-approved',
  'under-construction',
  'completed',
];

/** A document the content cites (data/documents.json, derived from data/sources/documents/). */
export interface SourceDocument {
  url?: string;
  repo?: string;
  path?: string;
  commit?: string;
  title: string;
  publisher: string;
  /** ISO 639 code of the document's language. */
  lang: string;
  date?: string;
  family: string;
}

/** A reference for a position: the document, the coordinate system it uses and the value as written. */
export interface PositionRef {
  doc: string;
  crs: string;
  raw: [number, number];
}

/** Styling of one thematic layer; the map and the legend are both drawn from it. */
export interface LayerStyle {
  color: string;
  /** Take the colour of each feature from this property when it holds a `#rrggbb` value. */
  colorProperty?: string;
  /** Colour features by a categorical property; the legend lists the values. */
  colorBy?: { property: string; values: Record<string, string> };
  fillOpacity?: number;
  lineWidth?: number;
  lineDash?: number[];
  circleRadius?: number;
  strokeColor?: string;
  label?: boolean;
  labelMinzoom?: number;
  /** Below this zoom the layer is not drawn (it would only clutter a regional view). */
  minzoom?: number;
}

export interface LayerDef {
  id: string;
  group: string;
  file: string;
  name: Bilingual;
  measures: number[];
  /** Shown on a first visit; the URL can say otherwise. */
  visible?: boolean;
  /** Our drawing of a planning idea rather than a surveyed boundary; the UI says so. */
  schematic?: boolean;
  /** Every feature of this layer must lie inside or touch this feature. */
  within?: string;
  /**
   * The layer is derived from records (data/records/<id>/) by the build: the `kind` its features get
   * and whether they carry a dated status history.
   */
  records?: { kind: string; statuses?: boolean };
  style: LayerStyle;
  /** Written by the build into the built manifest only: the layer is read from tiles and an index. */
  tiled?: TiledLayer;
}

export interface GroupDef {
  id: string;
  name: Bilingual;
}

export type ContextRole = 'land' | 'neighbour' | 'green' | 'water' | 'road';
export const CONTEXT_ROLES: readonly ContextRole[] = ['land', 'neighbour', 'green', 'water', 'road'];

export interface ContextDef {
  role: ContextRole;
  file: string;
  filter?: { property: string; equals: string };
}

export type BasemapDef =
  | { id: string; type: 'embedded'; name: Bilingual }
  | { id: string; type: 'style'; url: string; name: Bilingual; attribution?: string }
  | {
      id: string;
      type: 'raster';
      tiles: string[];
      requiresKey?: boolean;
      name: Bilingual;
      attribution?: string;
    }
  /**
   * An offline street basemap: a vector PMTiles archive built by `npm run basemap`, its `url` relative
   * to the data folder. When the manifest names one it is the default basemap.
   */
  | { id: string; type: 'pmtiles-vector'; url: string; name: Bilingual; attribution?: string };

export type Bounds = [number, number, number, number];

/**
 * What the engine does with the features of a kind. `station`: a transit stop (nearest station,
 * stations inside or within 500 m); `port`: a border crossing (nearest port); `hub`: a passenger hub a
 * catchment lists; `layout`: a part of the plan's spatial layout (what applies here, stations near it);
 * `area`: an administrative area a point lies in (what applies here); `project`: a project counted in
 * metrics and catchments.
 */
export type KindRole = 'station' | 'port' | 'hub' | 'layout' | 'area' | 'project';
export const KIND_ROLES: readonly KindRole[] = ['station', 'port', 'hub', 'layout', 'area', 'project'];

/** One value of the manifest's `kinds` vocabulary. */
export interface KindDef {
  label: Bilingual;
  roles?: KindRole[];
  /** Polygons of this kind stand this many metres tall in the 3D view; kinds without it stay flat. */
  extrude?: number;
}

/** Labels of the district that the engine's UI shows; every one belongs to the content, not the engine. */
export interface AtlasLabels {
  /** The text's short name: the tab that shows it. */
  textTab: Bilingual;
  /** The text's full name: the label of the article. */
  textTitle: Bilingual;
  /** What presenter mode walks through, after "Present: ". */
  present: Bilingual;
  /** "What applies here": the heading of the layout parts a point lies in, and what it says when none. */
  layoutHeading: Bilingual;
  noLayout: Bilingual;
}

export interface Manifest {
  id: string;
  /** BCP 47 tag of the primary language, the `lang` of index.html and notes.html (e.g. `zh-CN`). */
  lang: string;
  title: Bilingual;
  subtitle: Bilingual;
  /** How many measures the text has: its measure sections are numbered 1..measures. */
  measures: number;
  labels: AtlasLabels;
  /** Credits of the geometry shown in the map's attribution, before the text's publisher. */
  credits: Bilingual[];
  /** Every feature `kind` of the layers and context files, with its label and roles. */
  kinds: Record<string, KindDef>;
  /** Labels of the category values that layers colour by (`style.colorBy.values` give the colours). */
  categories: Record<string, Bilingual>;
  extent: Bounds;
  focus: { feature: string; bounds: Bounds };
  text: string;
  links: string;
  story: string;
  context: ContextDef[];
  basemaps: BasemapDef[];
  groups: GroupDef[];
  layers: LayerDef[];
  /** The Bay Area links drawn as arcs (see FlowData); optional. */
  flows?: string;
  /** The registry of cited documents (id -> SourceDocument); optional. */
  documents?: string;
  /**
   * The layer whose polygons stand for features no document locates to a point (accuracy `area`),
   * and what one of its areas is called.
   */
  areas?: { layer: string; suffix_zh?: string; label: Bilingual };
  /**
   * The address the audience opens the atlas at (https://…/), used in handout QR codes and copied
   * links; empty or absent: the address the app was opened from. ATLAS_PUBLIC_URL overrides it at build.
   */
  publicUrl?: string;
  /** When the build cuts a large layer into tiles (see tiled.ts); optional. */
  tiling?: TilingDef;
}

export type FlowMode = 'rail' | 'road';
export const FLOW_MODES: readonly FlowMode[] = ['rail', 'road'];

/** A place outside the atlas extent that links lead to (a city centre or station). */
export interface FlowDestination {
  id: string;
  name_zh: string;
  name_en: string;
  coordinates: [number, number];
  /** The documents its point comes from (derived by the build), or a free-text source. */
  docs?: string[];
  refs?: PositionRef[];
  source?: string;
  accuracy: Accuracy;
}

/** A real route from an atlas feature to a destination; `via` names destinations it changes at. */
export interface FlowLink {
  id: string;
  origin: string;
  destination: string;
  mode: FlowMode;
  via?: string[];
  route_zh: string;
  route_en: string;
  source: string;
}

/** Routes, not volumes: the file says so in `note`, and the UI shows the note. */
export interface FlowData {
  note: Bilingual;
  destinations: FlowDestination[];
  links: FlowLink[];
}

export interface Paragraph {
  id: string;
  zh: string;
  en: string;
}

export type SectionKind = 'intro' | 'measure' | 'part-intro' | 'guarantee';
export const SECTION_KINDS: readonly SectionKind[] = ['intro', 'measure', 'part-intro', 'guarantee'];

export interface Section {
  id: string;
  kind: SectionKind;
  number?: number;
  part?: Bilingual;
  title: Bilingual;
  paragraphs: Paragraph[];
}

export interface TextDoc {
  source: { title: Bilingual; publisher: Bilingual; date: string; byline: Bilingual };
  sections: Section[];
}

/** A term in the text and what it points at; the renderer finds the term in the paragraphs. */
export interface Link {
  id: string;
  zh: string;
  en: string;
  features: string[];
  layers: string[];
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

export interface StoryStep {
  id: string;
  section: string;
  title: Bilingual;
  caption: Bilingual;
  camera: Camera;
  cameraNarrow?: Camera;
  layers: string[];
  highlight: string[];
  duration?: number;
  jump?: boolean;
  notes: Bilingual;
}

export interface Story {
  steps: StoryStep[];
}

/** Properties every atlas feature carries (see data/README.md). */
export interface FeatureProps {
  name_zh: string;
  name_en: string;
  kind: string;
  measures: number[];
  /** Free-text provenance of drawn or derived geometry; record layers cite `docs` instead. */
  source?: string;
  accuracy: Accuracy;
  /** Ids of the documents the feature's facts come from (see SourceDocument). */
  docs?: string[];
  /** The references its point is derived from, their spread in metres and independent families. */
  refs?: PositionRef[];
  spread_m?: number;
  independent?: number;
  /** For accuracy `area`: the id of the area feature that stands for it. */
  area?: string;
  statuses?: { status: ProjectStatus; date: string; document: string }[];
  status_date?: string;
  areas?: { kind: string; m2: number; document: string }[];
  description_zh?: string;
  description_en?: string;
  color?: string;
  category?: string;
  status?: ProjectStatus;
  lines?: string[];
  code?: string;
  theme?: string;
  handles_zh?: string;
  handles_en?: string;
  [key: string]: unknown;
}

export type AtlasFeature = GeoJSON.Feature<GeoJSON.Geometry, FeatureProps> & { id: string };
/** A feature no document locates to a point: listed, searched and inspected, never drawn. */
export type PlacelessFeature = Omit<AtlasFeature, 'geometry'> & { geometry: null };

/** Whether a feature has a geometry to draw (features no document locates have none). */
export function isPlaced(f: AtlasFeature | PlacelessFeature): f is AtlasFeature {
  return f.geometry !== null;
}
export interface AtlasCollection {
  type: 'FeatureCollection';
  features: AtlasFeature[];
}

/** A problem found in the content, always naming the file and, where there is one, the feature. */
export interface ContentIssue {
  file: string;
  feature?: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}${issue.feature ? ` [${issue.feature}]` : ''}: ${issue.message}`;
}
