import { bundledReader, type LabelPoints, labelPointsShape } from './start-bundle';
import { compactIndexShape, FeatureIndex, type TiledDef, TiledIndex } from './tiled-index';
import {
  type AtlasCollection,
  type AtlasFeature,
  type Bilingual,
  type ContextDef,
  type FlowData,
  formatIssue,
  isPlaced,
  type LayerDef,
  type Link,
  type Manifest,
  type PlacelessFeature,
  type SourceDocument,
  type Story,
  type TextDoc,
} from './types';
import { validateFlows } from './validate-flows';

/** A feature with the ids of where it is drawn, for the map and the panels. */
export interface IndexedFeature {
  feature: AtlasFeature | PlacelessFeature;
  /** Thematic layer id, or undefined for context (basemap) features. */
  layer?: string;
  /** Id of the map source that holds it. */
  source: string;
  /** The source layer within a vector-tile source (tiled layers), which feature-state must name. */
  sourceLayer?: string;
}

/** A layer or context file that could not be loaded; the rest of the atlas still works. */
export interface LoadFailure {
  file: string;
  layer?: string;
  message: string;
}

/** Everything the app needs, loaded and checked in the browser. */
export interface Content {
  /** The URL of the data folder the content came from (where build-time files such as pinyin.json sit). */
  base: URL;
  manifest: Manifest;
  text: TextDoc;
  links: Link[];
  story: Story;
  /**
   * Each layer's drawable features; its placeless ones (accuracy `area`) are in `placeless`. A tiled
   * layer (def.tiled) has none in either: its features are in `tiled`, its index, and drawn from tiles.
   */
  layers: { def: LayerDef; data: AtlasCollection; placeless: PlacelessFeature[]; tiled?: TiledIndex }[];
  context: { def: ContextDef; sourceId: string }[];
  contextData: Record<string, AtlasCollection>;
  /**
   * Every feature by id (a FeatureIndex: tiled layers' features are made on demand by `get`, and are
   * not among what iterating it gives).
   */
  features: Map<string, IndexedFeature>;
  failures: LoadFailure[];
  /** The Bay Area links, when the manifest names a file and it loaded. */
  flows?: FlowData;
  /** The documents features cite by id; empty when the manifest names none or it failed. */
  documents: Record<string, SourceDocument>;
  /** Areas' label points the build worked out (from the start bundle), by feature id; may be empty. */
  labelPoints: LabelPoints;
}

/** The feature of an id when it has a geometry (placeless features have none to measure or frame). */
export function placedFeature(content: Content, id: string): AtlasFeature | undefined {
  const f = content.features.get(id)?.feature;
  return f && isPlaced(f) ? f : undefined;
}

/** Source id of a context file: its file name without folders or extension. */
export function contextSourceId(file: string): string {
  return `c-${file.replace(/^.*\//, '').replace(/\.[a-z.]+$/, '')}`;
}

/**
 * A basemap the user names with `?style=` (any MapLibre style URL over https). Overlays are WGS84, so
 * the named style must be too; a GCJ-02 style would put every overlay ~600 m off.
 */
export function customBasemap(url: string | null | undefined): Manifest['basemaps'][number] | null {
  const parsed = httpsUrl(url);
  return parsed
    ? { id: 'custom', type: 'style', url: parsed, name: { zh: '自定义样式', en: 'Custom style' } }
    : null;
}

/** A raster PMTiles archive the user names with `?pmtiles=` (https), read tile by tile with range requests. */
export function pmtilesBasemap(url: string | null | undefined): Manifest['basemaps'][number] | null {
  const parsed = httpsUrl(url);
  return parsed
    ? {
        id: 'custom-pmtiles',
        type: 'raster',
        tiles: [`pmtiles://${parsed}/{z}/{x}/{y}`],
        name: { zh: '自定义 PMTiles 底图', en: 'Custom PMTiles basemap' },
      }
    : null;
}

function httpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

async function fetchJson(base: URL, file: string): Promise<unknown> {
  const response = await fetch(new URL(file, base));
  if (!response.ok) throw new ContentError(file, `HTTP ${response.status}`);
  // Static hosts often answer a missing file with the app's index page: say "missing", not "bad JSON".
  if (response.headers.get('content-type')?.includes('text/html'))
    throw new ContentError(file, 'file not found');
  try {
    return await response.json();
  } catch {
    throw new ContentError(file, 'is not valid JSON');
  }
}

/**
 * Loads the manifest, the text and every layer file. A broken or missing layer file is recorded in
 * `failures` and left out, so one bad layer never takes the atlas down; a broken manifest or text does
 * throw, since nothing can be shown without them. `start` names the build's start bundle (a built page
 * says so): the files it holds are read from it, in one request.
 */
export async function loadContent(
  base: URL,
  options: { customStyle?: string | null; customPmtiles?: string | null; start?: string | null } = {},
): Promise<Content> {
  const start = options.start;
  const bundled = start
    ? bundledReader(
        () => fetchJson(base, start),
        (file) => fetchJson(base, file),
        // The reader loses nothing (each file is then read from its own URL); whoever deploys learns why.
        (reason) => console.warn(`${start} ${reason}: the content files are read one by one`),
      )
    : null;
  const read = bundled ? bundled.read : (file: string) => fetchJson(base, file);
  const manifest = (await read('atlas.json')) as Manifest;
  const custom = [customBasemap(options.customStyle), pmtilesBasemap(options.customPmtiles)];
  manifest.basemaps = [...manifest.basemaps, ...custom.filter((b) => b !== null)];
  // The text and the layers are requested together: the map waits for both, so no round trip waits.
  const textFiles = Promise.all([read(manifest.text), read(manifest.links), read(manifest.story)]) as Promise<
    [TextDoc, Link[], Story]
  >;
  textFiles.catch(() => {});

  const failures: LoadFailure[] = [];
  // Fetched beside the layers but checked after them, since its origins are their features; the empty
  // catch only stops a failure counting as unhandled before checkFlows awaits and reports it.
  const flowsRaw = manifest.flows ? read(manifest.flows) : undefined;
  flowsRaw?.catch(() => {});
  const documentsRaw = manifest.documents ? read(manifest.documents) : undefined;
  documentsRaw?.catch(() => {});
  // A tiled layer's GeoJSON is not shipped: its compact index stands in for it. It is fetched after
  // the first view (the map draws the layer from tiles), or when search, near-me or a link's selection
  // asks for it (`load`); a failure to read it is reported through `ready`.
  const tiledDefs = manifest.layers.filter((l): l is TiledDef => !!l.tiled);
  const untiled = manifest.layers.filter((l) => !l.tiled);
  const files = [...new Set([...manifest.context.map((c) => c.file), ...untiled.map((l) => l.file)])];
  const loaded = new Map<string, AtlasCollection>();
  const tiled = new Map<string, TiledIndex>(
    tiledDefs.map((def) => [
      def.id,
      new TiledIndex(
        def,
        () => fetchJson(base, def.tiled.index).then((raw) => compactIndexShape(raw, def.tiled.index)),
        base,
      ),
    ]),
  );
  await Promise.all([
    ...files.map(async (file) => {
      try {
        // The build validated every feature (npm run data:check); the browser checks the shape only, so a
        // broken file is still named, at a cost that stays small with 100,000 features.
        const collection = collectionShape(await read(file), file);
        for (const f of collection.features) f.properties.fid = f.id;
        loaded.set(file, collection);
      } catch (e) {
        const layer = manifest.layers.find((l) => l.file === file)?.id;
        failures.push({ file, ...(layer ? { layer } : {}), message: (e as Error).message });
      }
    }),
  ]);

  const [text, links, story] = await textFiles;
  // The build checked the content in full; here only its shape, so a broken file is named, not a TypeError.
  shapeCheck(
    manifest.text,
    text,
    isTextDoc,
    'needs "source" (title, publisher, date, byline) and "sections" with paragraphs',
  );
  shapeCheck(manifest.links, links, Array.isArray, 'must be an array of links');
  shapeCheck(manifest.story, story, (s) => Array.isArray((s as Story | null)?.steps), 'needs "steps"');
  const features = new FeatureIndex();
  const contextData: Record<string, AtlasCollection> = {};
  const context: Content['context'] = [];
  for (const def of manifest.context) {
    const data = loaded.get(def.file);
    if (!data) continue;
    const sourceId = contextSourceId(def.file);
    contextData[sourceId] = data;
    context.push({ def, sourceId });
    for (const feature of data.features) {
      if (!features.has(feature.id)) features.set(feature.id, { feature, source: sourceId });
    }
  }
  const layers: Content['layers'] = [];
  for (const def of manifest.layers) {
    const index = tiled.get(def.id);
    if (index) {
      layers.push({ def, data: { type: 'FeatureCollection', features: [] }, placeless: [], tiled: index });
      features.addTiled(index);
      continue;
    }
    if (def.tiled) continue;
    const all = loaded.get(def.file);
    if (!all) continue;
    // Features no document locates stay out of the map's data but are indexed for search and the inspector.
    const entries = all.features as (AtlasFeature | PlacelessFeature)[];
    const data: AtlasCollection = { type: 'FeatureCollection', features: entries.filter(isPlaced) };
    const placeless = entries.filter((f): f is PlacelessFeature => !isPlaced(f));
    layers.push({ def, data, placeless });
    // A thematic layer wins over context: its features are the ones the user inspects.
    for (const feature of entries)
      features.set(feature.id, { feature, layer: def.id, source: `t-${def.id}` });
  }
  const flows =
    flowsRaw && manifest.flows ? await checkFlows(flowsRaw, manifest.flows, features, failures) : undefined;
  const documents =
    documentsRaw && manifest.documents ? await loadDocuments(documentsRaw, manifest.documents, failures) : {};
  return {
    base,
    manifest,
    text,
    links,
    story,
    layers,
    context,
    contextData,
    features,
    failures,
    flows,
    documents,
    labelPoints: labelPointsShape(await bundled?.labels()),
  };
}

/** Loads the document registry; a broken one is reported and the sources show their ids only. */
async function loadDocuments(
  raw: Promise<unknown>,
  file: string,
  failures: LoadFailure[],
): Promise<Record<string, SourceDocument>> {
  try {
    const docs = await raw;
    if (typeof docs !== 'object' || docs === null || Array.isArray(docs))
      throw new Error('is not a JSON object');
    return docs as Record<string, SourceDocument>;
  } catch (e) {
    failures.push({ file, message: (e as Error).message });
    return {};
  }
}

/** A layer file's shape: a FeatureCollection whose features have an id, properties and a geometry or null. */
function collectionShape(raw: unknown, file: string): AtlasCollection {
  const c = raw as AtlasCollection | null;
  if (typeof c !== 'object' || c === null || c.type !== 'FeatureCollection' || !Array.isArray(c.features))
    throw new ContentError(file, 'is not a GeoJSON FeatureCollection');
  for (const f of c.features as unknown[]) {
    const feature = f as { id?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (
      typeof feature !== 'object' ||
      feature === null ||
      typeof feature.id !== 'string' ||
      typeof feature.properties !== 'object' ||
      feature.properties === null ||
      typeof feature.geometry !== 'object'
    )
      throw new ContentError(file, 'has a feature without an id, properties or geometry');
  }
  return c;
}

/** A content file that is not what the engine needs: the error names the file for the reader. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function shapeCheck(file: string, value: unknown, ok: (v: unknown) => boolean, what: string): void {
  if (!ok(value)) throw new ContentError(file, what);
}

const bilingual = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Bilingual).zh === 'string' &&
  typeof (v as Bilingual).en === 'string';

function isTextDoc(v: unknown): boolean {
  const d = v as TextDoc | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.source === 'object' &&
    d.source !== null &&
    ['title', 'publisher', 'byline'].every((k) => bilingual(d.source[k as keyof TextDoc['source']])) &&
    Array.isArray(d.sections) &&
    d.sections.every((s) => Array.isArray(s?.paragraphs) && bilingual(s.title))
  );
}

/** Loads the links file; like a layer, a broken one is a reported failure, not a fatal error. */
async function checkFlows(
  raw: Promise<unknown>,
  file: string,
  features: Map<string, IndexedFeature>,
  failures: LoadFailure[],
): Promise<FlowData | undefined> {
  try {
    const { flows, issues } = validateFlows(await raw, file, (id) => features.has(id));
    if (!flows) throw new Error(issues.slice(0, 3).map(formatIssue).join('; '));
    return flows;
  } catch (e) {
    failures.push({ file, message: (e as Error).message });
    return undefined;
  }
}
