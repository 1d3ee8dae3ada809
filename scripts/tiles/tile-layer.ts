/**
 * Cuts a large thematic layer into what the built app reads instead of its GeoJSON file (see
 * src/content/tiled.ts): a PMTiles archive of vector tiles for the map, a compact index (ids, names,
 * one point per feature) and the other properties column by column. Build side only: the browser never
 * loads geojson-vt. The same features always give the same bytes.
 */
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { distinctCitations } from '../../src/content/citations.ts';
import { classLegend } from '../../src/content/class-legend.ts';
import {
  type CompactIndex,
  type PropsColumns,
  TILE_ABOVE,
  type TiledCut,
  type TiledLayer,
  type TilingDef,
} from '../../src/content/tiled.ts';
import type { AtlasCollection, LayerDef, Manifest } from '../../src/content/types.ts';
import { pointOf } from '../../src/nearby/gazetteer.ts';
import { gzip, type TileInput, writePmtiles } from '../basemap/pmtiles-writer.ts';

/**
 * A zoom 8 tile is about 150 km across: a city and the region around it in one or two tiles, so the
 * layer still draws when the map is zoomed out to a whole region (an atlas's extent is typically zoom 9
 * to 10 on a laptop); below minzoom a vector source draws nothing. The per-tile cap keeps these small.
 */
export const DEFAULT_MINZOOM = 8;
/**
 * The default maxzoom is the lowest zoom from 14 up to 16 at which no tile holds more than
 * MAXZOOM_TILE_FEATURES features, so dense layers get finer tiles rather than megabyte ones. MapLibre
 * overzooms the maxzoom tiles beyond it; 16 is as far as the app's own camera moves to a feature.
 */
const MAXZOOM_FROM = 14;
const MAXZOOM_TO = 16;
/** About one feature per 8x8 pixels of a 512-pixel tile. */
const MAXZOOM_TILE_FEATURES = 4096;
/**
 * Below maxzoom a tile keeps at most this many features (about one per 16x16 pixels of a 512-pixel
 * tile), the ones whose id hashes lowest. The hash spreads the kept ones evenly whatever order the file
 * is in, and a point kept in a tile is kept in all its child tiles (its rank only rises among fewer
 * rivals), so zooming in only adds points. Every feature is in the maxzoom tiles.
 */
export const BELOW_MAXZOOM_CAP = 1024;

const EXTENT = 4096;
/**
 * A point goes only in the tile it lies in: MapLibre draws circles and symbols past their tile's edge,
 * so copies in the neighbours' buffers would be drawn twice. Lines and areas need the buffer, or their
 * strokes would show seams at tile edges.
 */
const LINE_BUFFER = 64;

const TILES_DIR = 'tiles';

/** Where a tiled layer's files go, relative to the data folder (the paths `TiledCut` names). */
export function tiledPaths(layerId: string): Pick<TiledCut, 'archive' | 'index' | 'props'> {
  return {
    archive: `${TILES_DIR}/${layerId}.pmtiles`,
    index: `${TILES_DIR}/${layerId}.index.json`,
    props: `${TILES_DIR}/${layerId}.props.json`,
  };
}

/** Whether a layer of `count` features is tiled: above the manifest's `tiling.above`, else TILE_ABOVE. */
export function isTiled(tiling: TilingDef | undefined, count: number): boolean {
  return count > (tiling?.above ?? TILE_ABOVE);
}

export interface TiledOutput {
  tiled: TiledCut;
  archive: Uint8Array;
  index: CompactIndex;
  props: PropsColumns;
}

/** Properties of the compact index; every other one goes in the props columns. */
const INDEX_PROPERTIES = new Set(['name_zh', 'name_en']);

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** FNV-1a: a stable 32-bit hash of the id, independent of where the feature stands in the file. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Web Mercator x and y of a position in the unit square that tile 0/0/0 covers. */
const worldX = (lng: number) => (lng + 180) / 360;
function worldY(lat: number): number {
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** Calls `visit` with every position of a geometry. */
function eachPosition(g: GeoJSON.Geometry, visit: (lng: number, lat: number) => void): void {
  if (g.type === 'GeometryCollection') {
    for (const part of g.geometries) eachPosition(part, visit);
    return;
  }
  const walk = (c: unknown[]): void => {
    if (typeof c[0] === 'number') visit(c[0], c[1] as number);
    else for (const inner of c) walk(inner as unknown[]);
  };
  walk(g.coordinates);
}

/** Per placed feature: its bounding box in lng/lat and in the unit square, and whether it is a point. */
interface Extents {
  placed: number[];
  box: Float64Array;
  world: Float64Array;
  point: Uint8Array;
}

function extentsOf(features: AtlasCollection['features']): Extents {
  const n = features.length;
  const out: Extents = {
    placed: [],
    box: new Float64Array(n * 4),
    world: new Float64Array(n * 4),
    point: new Uint8Array(n),
  };
  features.forEach((f, i) => {
    const g = f.geometry as GeoJSON.Geometry | null;
    if (!g) return;
    let [w, s, e, north] = [Infinity, Infinity, -Infinity, -Infinity];
    eachPosition(g, (lng, lat) => {
      w = Math.min(w, lng);
      e = Math.max(e, lng);
      s = Math.min(s, lat);
      north = Math.max(north, lat);
    });
    if (w > e) return;
    out.placed.push(i);
    out.box.set([w, s, e, north], i * 4);
    // y grows southward in the unit square: north gives the smaller y.
    out.world.set([worldX(w), worldY(north), worldX(e), worldY(s)], i * 4);
    out.point[i] = g.type === 'Point' ? 1 : 0;
  });
  return out;
}

/** The tiles (x, y) at zoom z that a placed feature goes into. */
function tilesOf(ext: Extents, i: number, z: number): [number, number][] {
  const n = 2 ** z;
  const at = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
  const w = ext.world;
  if (ext.point[i]) return [[at((w[i * 4] as number) * n), at((w[i * 4 + 1] as number) * n)]];
  const pad = LINE_BUFFER / EXTENT;
  const x0 = at((w[i * 4] as number) * n - pad);
  const x1 = at((w[i * 4 + 2] as number) * n + pad);
  const y0 = at((w[i * 4 + 1] as number) * n - pad);
  const y1 = at((w[i * 4 + 3] as number) * n + pad);
  const out: [number, number][] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([x, y]);
  return out;
}

/** The features of each tile at zoom z, in rank order, at most `cap` per tile; keyed y * 2^z + x. */
function bucket(ext: Extents, order: Uint32Array, z: number, cap: number): Map<number, number[]> {
  const buckets = new Map<number, number[]>();
  const n = 2 ** z;
  for (const i of order) {
    for (const [x, y] of tilesOf(ext, i, z)) {
      const key = y * n + x;
      let list = buckets.get(key);
      if (!list) {
        list = [];
        buckets.set(key, list);
      }
      if (list.length < cap) list.push(i);
    }
  }
  return buckets;
}

/** The lowest zoom in MAXZOOM_FROM..MAXZOOM_TO whose fullest tile holds at most MAXZOOM_TILE_FEATURES. */
function defaultMaxzoom(ext: Extents, minzoom: number): number {
  for (let z = Math.max(minzoom, MAXZOOM_FROM); z < MAXZOOM_TO; z++) {
    const counts = new Map<number, number>();
    let fullest = 0;
    const n = 2 ** z;
    for (const i of ext.placed) {
      // The centre's tile: a count of density, not of which tiles a long line crosses.
      const w = ext.world;
      const x = Math.floor((((w[i * 4] as number) + (w[i * 4 + 2] as number)) / 2) * n);
      const y = Math.floor((((w[i * 4 + 1] as number) + (w[i * 4 + 3] as number)) / 2) * n);
      const c = (counts.get(y * n + x) ?? 0) + 1;
      counts.set(y * n + x, c);
      fullest = Math.max(fullest, c);
    }
    if (fullest <= MAXZOOM_TILE_FEATURES) return z;
  }
  return Math.max(minzoom, MAXZOOM_TO);
}

/** What a tile feature carries: `fid` and the scalar properties (arrays and objects are in the columns). */
function tileProperties(f: AtlasCollection['features'][number]): Record<string, Scalar> {
  const out: Record<string, Scalar> = { fid: f.id };
  for (const [k, v] of Object.entries(f.properties)) if (isScalar(v)) out[k] = v;
  return out;
}

/** Features in the order of their ids (UTF-16 code units, as `<` compares): the browser finds an id by binary search. */
function byId(features: AtlasCollection['features']): AtlasCollection['features'] {
  return [...features].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function compactIndex(layer: string, features: AtlasCollection['features']): CompactIndex {
  const index: CompactIndex = { layer, ids: [], name_zh: [], name_en: [], points: [] };
  const areas: Record<string, string> = {};
  features.forEach((f, i) => {
    index.ids.push(f.id);
    index.name_zh.push(f.properties.name_zh);
    index.name_en.push(f.properties.name_en);
    const g = f.geometry as GeoJSON.Geometry | null;
    const p = g ? pointOf(g) : null;
    index.points.push(p ? round6(p[0]) : null, p ? round6(p[1]) : null);
    const area = (f.properties as { area?: unknown }).area;
    if (!p && typeof area === 'string') areas[i] = area;
  });
  return Object.keys(areas).length ? { ...index, areas } : index;
}

function propsColumns(layer: string, features: AtlasCollection['features']): PropsColumns {
  const columns: Record<string, unknown[]> = {};
  features.forEach((f, i) => {
    for (const [k, v] of Object.entries(f.properties)) {
      if (INDEX_PROPERTIES.has(k) || v === undefined) continue;
      columns[k] ??= new Array(features.length).fill(null);
      (columns[k] as unknown[])[i] = v;
    }
  });
  return { layer, columns };
}

/** The archive's metadata: the one source layer and the types of the fields its features carry. */
function metadata(layer: string, features: AtlasCollection['features'], minzoom: number, maxzoom: number) {
  const fields: Record<string, string> = { fid: 'String' };
  const types: Record<string, string> = { string: 'String', number: 'Number', boolean: 'Boolean' };
  for (const f of features)
    for (const [k, v] of Object.entries(f.properties))
      if (isScalar(v)) fields[k] ??= types[typeof v] as string;
  return {
    name: layer,
    description: `Thematic layer "${layer}", cut into vector tiles by the atlas build`,
    type: 'overlay',
    vector_layers: [{ id: layer, minzoom, maxzoom, fields }],
  };
}

/**
 * Cuts a layer into its archive, index and columns. Tiles from minzoom to maxzoom (manifest's `tiling`,
 * else DEFAULT_MINZOOM and the density-chosen maxzoom); only tiles holding features are written.
 */
export function tileLayer(layer: string, collection: AtlasCollection, tiling: TilingDef = {}): TiledOutput {
  const features = collection.features;
  const ext = extentsOf(features);
  const rank = new Uint32Array(features.length);
  for (const i of ext.placed) rank[i] = hashId((features[i] as AtlasCollection['features'][number]).id);
  const order = Uint32Array.from(ext.placed).sort(
    (a, b) => (rank[a] as number) - (rank[b] as number) || a - b,
  );

  const minzoom = tiling.minzoom ?? DEFAULT_MINZOOM;
  const maxzoom = tiling.maxzoom ?? defaultMaxzoom(ext, minzoom);
  if (maxzoom < minzoom)
    throw new Error(`layer ${layer}: tiling.maxzoom ${maxzoom} is below minzoom ${minzoom}`);

  const tiles: TileInput[] = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    const n = 2 ** z;
    for (const [key, members] of bucket(ext, order, z, z < maxzoom ? BELOW_MAXZOOM_CAP : Infinity)) {
      const [x, y] = [key % n, Math.floor(key / n)];
      // Source order within a tile, so a tile draws its features in the order the file lists them.
      members.sort((a, b) => a - b);
      const tile = geoJSONToTile(
        {
          type: 'FeatureCollection',
          features: members.map((i) => {
            const f = features[i] as AtlasCollection['features'][number];
            return { type: 'Feature', geometry: f.geometry, properties: tileProperties(f) };
          }),
        },
        z,
        x,
        y,
        // maxZoom: geojson-vt keeps full detail in the maxzoom tiles and simplifies above them.
        { extent: EXTENT, buffer: LINE_BUFFER, maxZoom: maxzoom, tolerance: 3, clip: true, wrap: false },
      );
      if (tile.features.length === 0) continue;
      tiles.push({ z, x, y, data: gzip(fromGeojsonVt({ [layer]: tile }, { version: 2, extent: EXTENT })) });
    }
  }

  let bounds: [number, number, number, number] = [0, 0, 0, 0];
  if (ext.placed.length > 0) {
    bounds = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of ext.placed) {
      bounds[0] = Math.min(bounds[0], ext.box[i * 4] as number);
      bounds[1] = Math.min(bounds[1], ext.box[i * 4 + 1] as number);
      bounds[2] = Math.max(bounds[2], ext.box[i * 4 + 2] as number);
      bounds[3] = Math.max(bounds[3], ext.box[i * 4 + 3] as number);
    }
    bounds = bounds.map(round6) as typeof bounds;
  }
  const sorted = byId(features);
  const archive = writePmtiles(tiles, {
    bounds,
    minZoom: minzoom,
    maxZoom: maxzoom,
    center: [round6((bounds[0] + bounds[2]) / 2), round6((bounds[1] + bounds[3]) / 2), minzoom],
    metadata: metadata(layer, features, minzoom, maxzoom),
  });
  return {
    tiled: {
      ...tiledPaths(layer),
      count: features.length,
      minzoom,
      maxzoom,
      bounds,
      geometries: [...new Set(features.flatMap((f) => (f.geometry ? [f.geometry.type] : [])))].sort(),
    },
    archive,
    index: compactIndex(layer, sorted),
    props: propsColumns(layer, sorted),
  };
}

/**
 * The `tiled` the build writes into a layer's definition (`def`, not yet tiled): what the tiler cut, and
 * the legend of the features themselves, which the browser never holds (`classLegend`, as for a GeoJSON
 * layer: the classes that occur).
 */
export function tiledEntry(
  cut: TiledCut,
  def: LayerDef,
  collection: AtlasCollection,
  manifest: Pick<Manifest, 'kinds' | 'categories'>,
): TiledLayer {
  return {
    ...cut,
    legend: classLegend(def, collection.features, manifest),
    citations: distinctCitations(collection.features),
  };
}
