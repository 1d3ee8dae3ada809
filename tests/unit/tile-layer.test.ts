import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BELOW_MAXZOOM_CAP,
  isTiled,
  type TiledOutput,
  tiledPaths,
  tileLayer,
} from '../../scripts/tiles/tile-layer.ts';
import { TILE_ABOVE, type TiledCut } from '../../src/content/tiled.ts';
import type { AtlasCollection, AtlasFeature, Manifest } from '../../src/content/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function feature(id: string, geometry: GeoJSON.Geometry | null, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      name_zh: `项目${id}`,
      name_en: `Project ${id}`,
      kind: 'project',
      measures: [2, 5],
      accuracy: geometry ? 'approximate' : 'area',
      ...extra,
    },
  } as AtlasFeature;
}

/** A longitude 1 m east of a tile edge at zoom 14, inside the buffer of the tile west of it. */
const EDGE_LNG = (13385 / 2 ** 14) * 360 - 180 + 0.00001;

/**
 * Thirteen points (one by a tile edge), a line, an area and two features without a place; scalar, array
 * and object properties, and one property only some features have.
 */
function sampleLayer(): AtlasCollection {
  const points = Array.from({ length: 12 }, (_, i) =>
    feature(
      `p${i}`,
      { type: 'Point', coordinates: [114.1 + i * 0.004, 22.55 + (i % 4) * 0.01] },
      {
        category: i % 2 ? 'health' : 'park',
        spread_m: i * 10,
        ...(i === 3 ? { listed: true } : {}),
        statuses: [{ status: 'listed', date: '2020', document: 'doc' }],
      },
    ),
  );
  return {
    type: 'FeatureCollection',
    features: [
      ...points,
      feature('edge', { type: 'Point', coordinates: [EDGE_LNG, 22.57] }),
      feature('line', {
        type: 'LineString',
        coordinates: [
          [114.08, 22.54],
          [114.2, 22.6],
        ],
      }),
      feature('area', {
        type: 'Polygon',
        coordinates: [
          [
            [114.12, 22.56],
            [114.14, 22.56],
            [114.14, 22.58],
            [114.12, 22.58],
            [114.12, 22.56],
          ],
        ],
      }),
      feature('nowhere-1', null, { area: 'district-1' }),
      feature('nowhere-2', null, { area: 'district-2' }),
    ],
  };
}

/** Reads an archive held in memory, as the app's `pmtiles` reader reads one over HTTP ranges. */
function reader(bytes: Uint8Array): PMTiles {
  return new PMTiles({
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({
      data: Uint8Array.prototype.slice.call(bytes, offset, offset + length).buffer,
    }),
  });
}

interface Decoded {
  z: number;
  x: number;
  y: number;
  features: Record<string, unknown>[];
}

/** Every tile of the archive within its bounds at zoom z, decoded: the properties of its features. */
async function tilesAt(archive: PMTiles, tiled: TiledCut, layer: string, z: number): Promise<Decoded[]> {
  const n = 2 ** z;
  const tx = (lng: number) => Math.floor(((lng + 180) / 360) * n);
  const ty = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  const [w, s, e, north] = tiled.bounds;
  const out: Decoded[] = [];
  for (let x = tx(w); x <= tx(e); x++) {
    for (let y = ty(north); y <= ty(s); y++) {
      const tile = await archive.getZxy(z, x, y);
      if (!tile) continue;
      const vt = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
      expect(Object.keys(vt.layers)).toEqual([layer]);
      const l = vt.layers[layer];
      if (!l) continue;
      out.push({ z, x, y, features: Array.from({ length: l.length }, (_, i) => l.feature(i).properties) });
    }
  }
  return out;
}

describe('isTiled', () => {
  it('tiles a layer above the manifest threshold, else above TILE_ABOVE', () => {
    expect(isTiled({ above: 10 }, 16)).toBe(true);
    expect(isTiled({ above: 16 }, 16)).toBe(false);
    expect(isTiled(undefined, 16)).toBe(false);
    expect(isTiled(undefined, TILE_ABOVE)).toBe(false);
    expect(isTiled({}, TILE_ABOVE + 1)).toBe(true);
  });
});

describe('tileLayer on a small layer', () => {
  const layer = sampleLayer();
  const out: TiledOutput = tileLayer('projects', layer, { above: 10 });
  const placed = layer.features.filter((f) => f.geometry);

  it('names its files under tiles/ and counts every feature', () => {
    expect(out.tiled).toMatchObject({ ...tiledPaths('projects'), count: 17, minzoom: 8, maxzoom: 14 });
    expect(out.tiled.archive).toBe('tiles/projects.pmtiles');
    expect(out.tiled.bounds).toEqual([114.08, 22.54, 114.2, 22.6]);
  });

  it('puts every placed feature in the maxzoom tiles with fid and its scalar properties', async () => {
    const archive = reader(out.archive);
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([8, 14]);
    const tiles = await tilesAt(archive, out.tiled, 'projects', out.tiled.maxzoom);
    const seen = new Map<unknown, Record<string, unknown>>();
    for (const t of tiles) for (const p of t.features) seen.set(p.fid, p);
    expect([...seen.keys()].sort()).toEqual(placed.map((f) => f.id).sort());
    for (const f of placed) {
      const { measures: _m, statuses: _s, ...scalars } = f.properties;
      expect(seen.get(f.id)).toEqual({ fid: f.id, ...scalars });
    }
    // A point is in one tile only, even by an edge; the line crosses several.
    const copies = (id: string) => tiles.filter((t) => t.features.some((p) => p.fid === id)).length;
    expect(copies('p0')).toBe(1);
    expect(copies('edge')).toBe(1);
    expect(copies('line')).toBeGreaterThan(1);
  });

  it('writes tiles at every zoom from minzoom to maxzoom', async () => {
    const archive = reader(out.archive);
    for (let z = out.tiled.minzoom; z <= out.tiled.maxzoom; z++)
      expect((await tilesAt(archive, out.tiled, 'projects', z)).length).toBeGreaterThan(0);
  });

  // The index and the columns hold the features in the order of their ids, which the browser
  // binary-searches; the file lists them in another order.
  const sorted = [...layer.features].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('lists every feature in the index, placeless ones with null points, in the order of their ids', () => {
    expect(sorted.map((f) => f.id)).not.toEqual(layer.features.map((f) => f.id));
    expect(out.index.layer).toBe('projects');
    expect(out.index.ids).toEqual(sorted.map((f) => f.id));
    expect(out.index.name_zh).toEqual(sorted.map((f) => f.properties.name_zh));
    expect(out.index.name_en).toEqual(sorted.map((f) => f.properties.name_en));
    expect(out.index.points).toHaveLength(layer.features.length * 2);
    const at = (id: string) => out.index.ids.indexOf(id);
    const first = layer.features[0];
    expect(out.index.points.slice(at(first?.id ?? '') * 2, at(first?.id ?? '') * 2 + 2)).toEqual([
      114.1, 22.55,
    ]);
    for (const placeless of layer.features.filter((f) => !f.geometry))
      expect(out.index.points.slice(at(placeless.id) * 2, at(placeless.id) * 2 + 2)).toEqual([null, null]);
    const area = out.index.ids.indexOf('area');
    const [lng, lat] = out.index.points.slice(area * 2, area * 2 + 2) as number[];
    expect(lng).toBeGreaterThan(114.12);
    expect(lng).toBeLessThan(114.14);
    expect(lat).toBeGreaterThan(22.56);
    expect(lat).toBeLessThan(22.58);
  });

  it('keeps every other property in columns aligned with the index, null where absent', () => {
    const { columns } = out.props;
    expect(out.props.layer).toBe('projects');
    expect(Object.keys(columns)).not.toContain('name_zh');
    expect(Object.keys(columns)).not.toContain('name_en');
    for (const [key, values] of Object.entries(columns)) {
      expect(values).toHaveLength(layer.features.length);
      sorted.forEach((f, i) => {
        expect(values[i]).toEqual(f.properties[key] ?? null);
      });
    }
    expect(columns.listed?.filter((v) => v !== null)).toEqual([true]);
    const withStatuses = columns.statuses?.findIndex((v) => v !== null) ?? -1;
    expect(columns.statuses?.[withStatuses]).toEqual([{ status: 'listed', date: '2020', document: 'doc' }]);
    expect(columns.area?.filter((v) => v !== null)).toEqual(['district-1', 'district-2']);
  });

  it('gives the same bytes for the same layer', () => {
    const again = tileLayer('projects', sampleLayer(), { above: 10 });
    expect(Buffer.from(again.archive).equals(Buffer.from(out.archive))).toBe(true);
    expect(JSON.stringify(again.index)).toBe(JSON.stringify(out.index));
    expect(JSON.stringify(again.props)).toBe(JSON.stringify(out.props));
  });
});

describe('tileLayer on a dense layer', () => {
  // 3000 points in about 2 km square: one tile at zoom 10 to 12.
  const n = 3000;
  const dense: AtlasCollection = {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) =>
      feature(`d${i}`, {
        type: 'Point',
        coordinates: [114.1 + ((i * 7919) % n) / n / 50, 22.55 + ((i * 104729) % n) / n / 50],
      }),
    ),
  };
  const out = tileLayer('dense', dense, { above: 0, minzoom: 10, maxzoom: 13 });

  it('caps the tiles below maxzoom, keeping what a parent tile keeps, and holds all at maxzoom', async () => {
    const archive = reader(out.archive);
    let kept = new Set<unknown>();
    for (let z = 10; z <= 13; z++) {
      const tiles = await tilesAt(archive, out.tiled, 'dense', z);
      const ids = new Set(tiles.flatMap((t) => t.features.map((p) => p.fid)));
      const fullest = Math.max(...tiles.map((t) => t.features.length));
      if (z < 13) expect(fullest).toBe(BELOW_MAXZOOM_CAP);
      for (const id of kept) expect(ids.has(id)).toBe(true);
      kept = ids;
    }
    expect(kept.size).toBe(n);
  });

  it('chooses a maxzoom whose tiles stay small when the manifest names none', () => {
    // 3000 points in about 2 km: zoom 14 keeps each tile under the limit.
    expect(tileLayer('dense', dense, { above: 0 }).tiled.maxzoom).toBe(14);
    // 5000 points within 10 m are one tile at every zoom: the finest default zoom it is.
    const crowd: AtlasCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 5000 }, (_, i) =>
        feature(`c${i}`, { type: 'Point', coordinates: [114.1 + (i % 100) / 1e6, 22.55 + i / 5e8] }),
      ),
    };
    expect(tileLayer('crowd', crowd, { above: 0 }).tiled.maxzoom).toBe(16);
  });
});

describe('vite build with a tiled layer', () => {
  const work = mkdtempSync(join(tmpdir(), 'atlas-tiles-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships tiled layers as tiles, index and columns named in the manifest, and not their GeoJSON', async () => {
    const data = join(work, 'data');
    cpSync(join(ROOT, 'data'), data, {
      recursive: true,
      filter: (src) => !src.includes('/sources') && !src.includes('/records'),
    });
    const manifest = JSON.parse(readFileSync(join(data, 'atlas.json'), 'utf8')) as Manifest;
    // Above 45: projects (153 features) and metro stations (49), not landmarks (42).
    writeFileSync(join(data, 'atlas.json'), JSON.stringify({ ...manifest, tiling: { above: 45 } }));
    const dist = join(work, 'dist');
    const before = process.env.ATLAS_DATA;
    process.env.ATLAS_DATA = data;
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir: dist, emptyOutDir: true, sourcemap: false },
      });
    } finally {
      if (before === undefined) delete process.env.ATLAS_DATA;
      else process.env.ATLAS_DATA = before;
    }
    const built = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Manifest;
    const tiled = built.layers.filter((l) => l.tiled);
    expect(tiled.map((l) => l.id).sort()).toEqual(['metro-stations', 'projects']);
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    for (const def of tiled) {
      const paths = tiledPaths(def.id);
      expect(def.tiled).toMatchObject(paths);
      expect(existsSync(join(dist, 'data', def.file))).toBe(false);
      expect(sw).not.toContain(`data/${def.file}`);
      for (const path of Object.values(paths)) {
        expect(existsSync(join(dist, 'data', path))).toBe(true);
        // The service worker precaches the tiled files as it does the rest of the content.
        expect(sw).toContain(`data/${path}`);
      }
    }
    expect(existsSync(join(dist, 'data/layers/landmarks.geojson'))).toBe(true);
    expect(built.layers.find((l) => l.id === 'landmarks')?.tiled).toBeUndefined();
  }, 60_000);
});
