/**
 * Large layers. A layer with more features than the manifest's `tiling.above` (default TILE_ABOVE) is
 * cut by the build into a vector-tile archive (PMTiles) for the map, a compact index (ids, names and one
 * point per feature) for search and near-me, and property columns the inspector reads on demand. The
 * built manifest (dist/data/atlas.json) then names these files in the layer's `tiled`; data/ never does,
 * and the layer's GeoJSON file is not shipped.
 */
import type { LegendEntry } from './legend';
import type { FeatureProps } from './types';

/** Above this many features a layer is tiled, unless the manifest's `tiling.above` says otherwise. */
export const TILE_ABOVE = 10_000;

/** What the manifest may say about tiling (all optional). */
export interface TilingDef {
  /** Tile a layer with more features than this. */
  above?: number;
  minzoom?: number;
  maxzoom?: number;
}

/** Written by the build into a tiled layer's definition in the built manifest. */
export interface TiledLayer {
  /** Paths under the data folder. */
  archive: string;
  index: string;
  props: string;
  /** Features in the layer (placed and placeless). */
  count: number;
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] of the placed features. */
  bounds: [number, number, number, number];
  /** The geometry types the layer's features have (a layer of points exports feature by feature). */
  geometries: GeoJSON.Geometry['type'][];
  /**
   * The layer's legend, made by the build from its features (`classLegend`, as for a GeoJSON layer):
   * the classes that occur, not every class its style could draw.
   */
  legend: LegendEntry[];
  /**
   * What the layer's features cite, one entry per distinct set (`distinctCitations`), made by the build:
   * a handout names the layer's sources from it without reading the property columns.
   */
  citations: Pick<FeatureProps, 'docs' | 'refs'>[];
}

/** What the tiler cuts; the build adds the legend and the citations from the features and the manifest. */
export type TiledCut = Omit<TiledLayer, 'legend' | 'citations'>;

/**
 * One entry per feature, in the same order in every column: the order of the ids. The tile archive's source layer is named
 * after the layer id and its features carry `fid` (the feature id) and the feature's scalar properties.
 */
export interface CompactIndex {
  layer: string;
  /** In ascending order (UTF-16 code units, as `<` compares), so an id is found by binary search. */
  ids: string[];
  name_zh: string[];
  name_en: string[];
  /** A representative point per feature, flattened [lng, lat, lng, lat, …], 6 decimals; null, null when placeless. */
  points: (number | null)[];
  /**
   * The area (a feature id) of each feature no document locates that names one, by position: search
   * finds such a feature standing at its area, as it does the smaller layers' (absent when there are none).
   */
  areas?: Record<string, string>;
}

/** Every other property of each feature, column by column, in the index's order (null where absent). */
export interface PropsColumns {
  layer: string;
  columns: Record<string, unknown[]>;
}
