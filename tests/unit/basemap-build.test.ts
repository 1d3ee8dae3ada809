import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from '../../scripts/basemap/build.ts';
import { seaPolygons } from '../../scripts/basemap/coastline.ts';
import { assembleRings, basemapFeatures } from '../../scripts/basemap/features.ts';
import { gzip, writePmtiles } from '../../scripts/basemap/pmtiles-writer.ts';
import { NodeStore, readOsm } from '../../scripts/basemap/read-osm.ts';
import {
  OSM_ATTRIBUTION,
  OSM_LAYER_PROPERTIES,
  OSM_LAYERS,
  OSM_NAME_FIELDS,
} from '../../src/map/osm-schema.ts';
import { SAMPLE_EXTENT, sampleExtract, toOsmPbf, toOsmXml } from './osm-extract.ts';

/** Reads an archive held in memory, as the app's `pmtiles` reader reads one over HTTP ranges. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({
      data: Uint8Array.prototype.slice.call(bytes, offset, offset + length).buffer,
    }),
  };
}

/** The tile (x, y) holding a position at zoom z. */
function tileAt(z: number, lon: number, lat: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [
    Math.floor(((lon + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  ];
}

interface DecodedFeature {
  layer: string;
  type: number;
  properties: Record<string, unknown>;
}

let dir: string;
let archive: Uint8Array;
let reader: PMTiles;

/** Every feature of the tile holding (lon, lat) at zoom z, or null where the archive has no tile. */
async function featuresAt(z: number, lon: number, lat: number): Promise<DecodedFeature[] | null> {
  const [x, y] = tileAt(z, lon, lat);
  const tile = await reader.getZxy(z, x, y);
  if (!tile) return null;
  const vt = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
  return Object.entries(vt.layers).flatMap(([name, layer]) =>
    Array.from({ length: layer.length }, (_, i) => {
      const f = layer.feature(i);
      return { layer: name, type: f.type, properties: f.properties };
    }),
  );
}

const named = (features: DecodedFeature[] | null, layer: string, name: string) =>
  features?.find((f) => f.layer === layer && f.properties.name === name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'basemap-'));
  writeFileSync(join(dir, 'sample.osm'), toOsmXml(sampleExtract()));
  await buildBasemap(join(dir, 'sample.osm'), join(dir, 'out', 'basemap.pmtiles'), SAMPLE_EXTENT);
  archive = new Uint8Array(readFileSync(join(dir, 'out', 'basemap.pmtiles')));
  reader = new PMTiles(memorySource(archive));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run basemap on a small extract', () => {
  it('writes a PMTiles v3 archive of vector tiles, zoom 10 to 16, for the extent', async () => {
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(1);
    expect([header.minZoom, header.maxZoom]).toEqual([10, 16]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual(SAMPLE_EXTENT);
    const metadata = (await reader.getMetadata()) as { attribution: string; vector_layers: { id: string }[] };
    expect(metadata.attribution).toBe(OSM_ATTRIBUTION);
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(Object.keys(OSM_LAYERS));
    for (let z = 10; z <= 16; z++) expect(await featuresAt(z, 114.12, 22.545), `z${z}`).not.toBeNull();
  });

  it('keeps streets by class with their Chinese and English names', async () => {
    const z14 = await featuresAt(14, 114.12, 22.545);
    expect(named(z14, 'roads', '测试快速路')?.properties).toMatchObject({
      kind: 'motorway',
      'name:zh': '测试快速路',
      'name:en': 'Test Expressway',
    });
    expect(named(z14, 'roads', '测试大道')?.properties).toMatchObject({
      kind: 'primary',
      'name:en': 'Test Avenue',
      ref: 'S1',
    });
    expect(named(z14, 'roads', '测试街')?.properties.kind).toBe('residential');
    expect(named(z14, 'roads', '三级路')?.properties.kind).toBe('tertiary');
    expect(named(z14, 'roads', '匝道')?.properties).toMatchObject({ kind: 'secondary', link: true });
    const service = await featuresAt(14, 114.126, 22.537);
    expect(service?.some((f) => f.layer === 'roads' && f.properties.kind === 'service')).toBe(true);
    for (const f of (z14 ?? []).filter((f) => f.layer === 'roads')) expect(f.type).toBe(2);
  });

  it('writes each class from its zoom: main roads at 10, residential at 12, service roads and buildings at 14', async () => {
    const z10 = (await featuresAt(10, 114.12, 22.545)) ?? [];
    const kinds = (features: DecodedFeature[], layer: string) =>
      new Set(features.filter((f) => f.layer === layer).map((f) => f.properties.kind));
    expect(kinds(z10, 'roads')).toEqual(new Set(['motorway', 'primary', 'secondary']));
    expect(z10.some((f) => f.layer === 'buildings')).toBe(false);
    const z12 = (await featuresAt(12, 114.12, 22.545)) ?? [];
    expect(kinds(z12, 'roads')).toContain('residential');
    expect(kinds(z12, 'roads')).not.toContain('service');
  });

  it('holds the river, the lake, the park with its hole, the railways and the place label', async () => {
    const z13 = await featuresAt(13, 114.12, 22.545);
    expect(named(z13, 'waterway', '测试河')?.properties).toMatchObject({
      kind: 'river',
      'name:en': 'Test River',
    });
    expect(named(await featuresAt(13, 114.133, 22.553), 'water', '测试湖')?.type).toBe(3);
    expect(named(await featuresAt(13, 114.105, 22.555), 'landuse', '测试公园')?.properties).toMatchObject({
      kind: 'park',
      'name:en': 'Test Park',
    });
    expect(named(z13, 'railways', '测试铁路')?.properties.kind).toBe('rail');
    expect(named(await featuresAt(13, 114.13, 22.557), 'railways', '测试地铁线')?.properties).toMatchObject({
      kind: 'subway',
      tunnel: true,
    });
    expect(named(z13, 'places', '测试街道')?.properties).toMatchObject({
      kind: 'suburb',
      'name:en': 'Test Subdistrict',
    });
    // Named areas get one label point each, from zoom 12.
    const parkTile = await featuresAt(13, 114.105, 22.555);
    expect(
      parkTile?.filter((f) => f.layer === 'landuse' && f.type === 1).map((f) => f.properties.name),
    ).toEqual(['测试公园']);
    // The park's inner ring is a hole: the park polygon's tile at z16 holds two rings.
    const park = await reader.getZxy(16, ...tileAt(16, 114.105, 22.555));
    const layer = new VectorTile(new PbfReader(new Uint8Array(park?.data ?? new ArrayBuffer(0)))).layers
      .landuse;
    expect(layer?.feature(0).loadGeometry().length).toBe(2);
  });

  it('keeps buildings with their heights (height, or levels × 3 m)', async () => {
    const z16 = (await featuresAt(16, 114.122, 22.5462)) ?? [];
    const buildings = z16.filter((f) => f.layer === 'buildings');
    expect(named(z16, 'buildings', '测试大厦')?.properties.height).toBe(45);
    expect(buildings.find((f) => f.properties.levels === 10)?.properties.height).toBe(30);
    expect(buildings.some((f) => f.properties.height === undefined)).toBe(true);
  });

  it('makes the sea from the coastlines: a polygon on their water side, islands as holes', async () => {
    const sea = (features: DecodedFeature[] | null) =>
      features?.filter((f) => f.layer === 'water' && f.properties.kind === 'ocean') ?? [];
    expect(sea(await featuresAt(14, 114.11, 22.531))).toHaveLength(1);
    expect(await featuresAt(16, 114.11, 22.55)).not.toBeNull();
    expect(sea(await featuresAt(16, 114.11, 22.55))).toHaveLength(0);
    const [x, y] = tileAt(15, 114.131, 22.531);
    const tile = await reader.getZxy(15, x, y);
    const water = new VectorTile(new PbfReader(new Uint8Array(tile?.data ?? new ArrayBuffer(0)))).layers
      .water;
    const ocean = Array.from({ length: water?.length ?? 0 }, (_, i) => water?.feature(i)).find(
      (f) => f?.properties.kind === 'ocean',
    );
    expect(ocean?.loadGeometry().length).toBe(2);

    const data = await readOsm(join(dir, 'sample.osm'));
    const polygons = seaPolygons(data, SAMPLE_EXTENT)?.coordinates ?? [];
    expect(polygons.map((p) => p.length)).toEqual([2]);
    const lats = polygons[0]?.[0]?.map(([, lat]) => lat) ?? [];
    expect([Math.min(...lats), Math.max(...lats)]).toEqual([22.53, 22.5335]);
    // A coastline that stops inside the extent tells no side: no sea rather than a wrong one.
    const broken = { ...data, ways: data.ways.filter((w) => w.id !== 151) };
    expect(seaPolygons(broken, SAMPLE_EXTENT)).toBeNull();
  });

  it('clips to the extent: nothing outside it, the expressway cut at its edge', async () => {
    expect(await featuresAt(14, 114.2005, 22.6005)).toBeNull();
    expect(await featuresAt(16, 114.096, 22.545)).toBeNull();
  });

  it('is deterministic, and a PBF extract of the same data gives the same bytes as its XML', async () => {
    writeFileSync(join(dir, 'sample.osm.pbf'), toOsmPbf(sampleExtract()));
    await buildBasemap(join(dir, 'sample.osm'), join(dir, 'again.pmtiles'), SAMPLE_EXTENT);
    await buildBasemap(join(dir, 'sample.osm.pbf'), join(dir, 'pbf.pmtiles'), SAMPLE_EXTENT);
    expect(Buffer.compare(readFileSync(join(dir, 'again.pmtiles')), archive)).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'pbf.pmtiles')), archive)).toBe(0);
  });

  it('writes only the layers, kinds and properties of the schema the style reads', async () => {
    const features = basemapFeatures(await readOsm(join(dir, 'sample.osm')), SAMPLE_EXTENT);
    const schema = OSM_LAYERS as Record<string, readonly string[]>;
    for (const { properties: p } of features) {
      expect(schema[p.layer], `${p.layer} ${p.kind}`).toContain(p.kind);
      const allowed = ['layer', 'minzoom', 'kind', ...OSM_NAME_FIELDS, ...OSM_LAYER_PROPERTIES[p.layer]];
      for (const key of Object.keys(p)) expect(allowed, `${p.layer}: ${key}`).toContain(key);
    }
    expect(new Set(features.map((f) => f.properties.layer))).toEqual(new Set(Object.keys(OSM_LAYERS)));
  });

  it('finds node positions by id whatever order the extract lists them in', () => {
    const store = new NodeStore();
    const ids = Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_003);
    for (const id of ids) store.add(id * 10, id / 1000, -id / 1000);
    store.seal();
    expect(store.size).toBe(100_000);
    expect(store.get((ids[12_345] as number) * 10)).toEqual([
      (ids[12_345] as number) / 1000,
      -(ids[12_345] as number) / 1000,
    ]);
    expect(store.has(5)).toBe(false);
    expect(store.get(-10)).toBeUndefined();
  });

  it('joins multipolygon member ways into closed rings in either direction', () => {
    expect(
      assembleRings([
        [1, 2, 3],
        [5, 4, 3],
        [5, 6, 1],
      ]),
    ).toEqual([[1, 2, 3, 4, 5, 6, 1]]);
    expect(assembleRings([[1, 2, 3]])).toEqual([]);
  });
});

describe('PMTiles writer', () => {
  it('puts directories too large for the root into leaves, stores repeated tiles once, and reads back', async () => {
    // Some 27,000 of 200 × 200 tiles at zoom 16 with distinct contents of varied lengths (so the
    // directory does not compress into the root), and a run of identical ones at zoom 15.
    const tiles = [];
    // A fixed pseudo-random pattern (an integer hash), so the directory has no regularity to compress.
    const hash = (x: number, y: number) => Math.imul(x * 7919 + y * 104_729, 2_654_435_761) >>> 0;
    const kept = (x: number, y: number) => hash(x, y) % 3 !== 0;
    for (let x = 0; x < 200; x++) {
      for (let y = 0; y < 200; y++) {
        if (!kept(x, y)) continue;
        const data = new Uint32Array([
          x,
          y,
          ...Array.from({ length: hash(y, x) % 50 }, (_, i) => hash(x + i, y + i)),
        ]);
        tiles.push({ z: 16, x: 53000 + x, y: 28000 + y, data });
      }
    }
    const distinct = tiles.length;
    const same = new Uint8Array([1, 2, 3]);
    for (let x = 0; x < 50; x++) tiles.push({ z: 15, x: 26500 + x, y: 14000, data: same });
    const bytes = writePmtiles(
      tiles.map((t) => ({ ...t, data: gzip(new Uint8Array(t.data.buffer)) })),
      {
        bounds: [110, 20, 115, 25],
        minZoom: 15,
        maxZoom: 16,
        center: [112, 22, 15],
        metadata: { name: 't' },
      },
    );
    const archive = new PMTiles(memorySource(bytes));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(16_384 - 127);
    expect(header.numAddressedTiles).toBe(distinct + 50);
    expect(header.numTileContents).toBe(distinct + 1);
    for (const [x, y] of [
      [0, 1],
      [199, 199],
      [0, 0],
      [123, 45],
      [7, 188],
    ] as const) {
      const tile = await archive.getZxy(16, 53000 + x, 28000 + y);
      if (!kept(x, y)) expect(tile).toBeUndefined();
      else expect(Array.from(new Uint32Array(tile?.data ?? new ArrayBuffer(0))).slice(0, 2)).toEqual([x, y]);
    }
    expect(new Uint8Array((await archive.getZxy(15, 26549, 14000))?.data ?? new ArrayBuffer(0))).toEqual(
      same,
    );
    expect(await archive.getZxy(16, 52999, 28000)).toBeUndefined();
  });
});
