import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import {
  OSM_ATTRIBUTION,
  OSM_LAYER_PROPERTIES,
  OSM_LAYERS,
  OSM_MAX_ZOOM,
  OSM_MIN_ZOOM,
  OSM_NAME_FIELDS,
  type OsmLayer,
} from '../../src/map/osm-schema.ts';
import { seaPolygons } from './coastline.ts';
import { type BasemapFeature, basemapFeatures, type Extent } from './features.ts';
import { gzip, type TileInput, writePmtiles } from './pmtiles-writer.ts';
import { readOsm } from './read-osm.ts';

const TILE_EXTENT = 4096;
const LAYER_NAMES = Object.keys(OSM_LAYERS) as OsmLayer[];

function tileRange(z: number, extent: Extent): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const x = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    const v = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
    return Math.min(n - 1, Math.max(0, Math.floor(v)));
  };
  return { x0: x(extent[0]), x1: x(extent[2]), y0: y(extent[3]), y1: y(extent[1]) };
}

/** The tile's features by layer, without the tiler's own properties, for the zoom they start at. */
function splitLayers(tile: GeoJSONVTTile, z: number): Record<string, GeoJSONVTTile> | null {
  const layers: Record<string, GeoJSONVTFeature[]> = {};
  for (const f of tile.features) {
    const { layer, minzoom, ...tags } = (f.tags ?? {}) as BasemapFeature['properties'];
    if (minzoom > z) continue;
    layers[layer] ??= [];
    layers[layer].push({ ...f, tags } as GeoJSONVTFeature);
  }
  const names = LAYER_NAMES.filter((name) => layers[name]);
  if (names.length === 0) return null;
  return Object.fromEntries(names.map((name) => [name, { features: layers[name] as GeoJSONVTFeature[] }]));
}

/**
 * Cuts features into gzipped Mapbox Vector Tiles from `minZoom` to `maxZoom` over the extent: a tile is
 * visited only where its parent held features, and written only where it holds some at its zoom.
 */
export function cutTiles(
  features: BasemapFeature[],
  extent: Extent,
  minZoom = OSM_MIN_ZOOM,
  maxZoom = OSM_MAX_ZOOM,
): TileInput[] {
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    { maxZoom, indexMaxZoom: minZoom, extent: TILE_EXTENT, buffer: 64, tolerance: 3, wrap: false },
  );
  const out: TileInput[] = [];
  const visit = (z: number, x: number, y: number) => {
    const range = tileRange(z, extent);
    if (x < range.x0 || x > range.x1 || y < range.y0 || y > range.y1) return;
    const tile = index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return;
    const layers = splitLayers(tile, z);
    if (layers) {
      out.push({ z, x, y, data: gzip(fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT })) });
    }
    if (z < maxZoom) {
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        visit(z + 1, x * 2 + dx, y * 2 + dy);
      }
    }
  };
  const start = tileRange(minZoom, extent);
  for (let x = start.x0; x <= start.x1; x++) for (let y = start.y0; y <= start.y1; y++) visit(minZoom, x, y);
  return out;
}

/** The archive's metadata: what readers (and MapLibre's attribution control) are told about it. */
export function basemapMetadata(minZoom: number, maxZoom: number): Record<string, unknown> {
  return {
    name: 'OpenStreetMap basemap',
    description:
      'Streets, railways, water, parks, land use, buildings and places from an OpenStreetMap extract',
    attribution: OSM_ATTRIBUTION,
    type: 'baselayer',
    vector_layers: LAYER_NAMES.map((id) => ({
      id,
      minzoom: minZoom,
      maxzoom: maxZoom,
      fields: Object.fromEntries(
        ['kind', ...OSM_NAME_FIELDS, ...OSM_LAYER_PROPERTIES[id]].map((f) => [f, 'String']),
      ),
    })),
  };
}

export interface BasemapStats {
  features: Record<string, number>;
  /** Whether the sea was drawn from coastlines (none in the extract, or one broken: no sea). */
  sea: boolean;
  tiles: number;
  bytes: number;
}

/** Builds the basemap archive of an extract (`.osm.pbf` or `.osm`) for the extent and writes it. */
export async function buildBasemap(
  input: string,
  output: string,
  extent: Extent,
  zooms: { minZoom?: number; maxZoom?: number } = {},
): Promise<BasemapStats> {
  const minZoom = zooms.minZoom ?? OSM_MIN_ZOOM;
  const maxZoom = zooms.maxZoom ?? OSM_MAX_ZOOM;
  const data = await readOsm(input);
  // The sea first, so the water bodies and everything else draw over it.
  const sea = seaPolygons(data, extent);
  const features: BasemapFeature[] = [
    ...(sea
      ? [
          {
            type: 'Feature' as const,
            geometry: sea,
            properties: { layer: 'water' as const, kind: 'ocean', minzoom: minZoom },
          },
        ]
      : []),
    ...basemapFeatures(data, extent),
  ];
  const tiles = cutTiles(features, extent, minZoom, maxZoom);
  const archive = writePmtiles(tiles, {
    bounds: extent,
    minZoom,
    maxZoom,
    center: [(extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2, Math.min(maxZoom, 12)],
    metadata: basemapMetadata(minZoom, maxZoom),
  });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, archive);
  const counts: Record<string, number> = {};
  for (const f of features) counts[f.properties.layer] = (counts[f.properties.layer] ?? 0) + 1;
  return { features: counts, tiles: tiles.length, bytes: archive.length, sea: sea !== null };
}
