import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, distance } from '@turf/turf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tiledEntry, tileLayer } from '../../scripts/tiles/tile-layer';
import { catchmentOf, metricsOf } from '../../src/analysis/atlas-measures';
import { classLegend } from '../../src/content/class-legend';
import { loadContent } from '../../src/content/load';
import type { CompactIndex } from '../../src/content/tiled';
import { compactIndexShape, FeatureIndex, TiledIndex } from '../../src/content/tiled-index';
import type { AtlasCollection, AtlasFeature, LayerDef, Manifest } from '../../src/content/types';
import { embeddedStyle } from '../../src/map/style';
import { NearIndex } from '../../src/nearby/near-data';
import { readingsOf } from '../../src/nearby/pinyin-readings';
import { TiledNames } from '../../src/nearby/tiled-search';
import { TiledData, type TiledDataHost } from '../../src/ui/feature-metrics/tiled-data';
import { buildPlaces } from '../../src/ui/near-me/places';
import { visibleLayers } from '../../src/ui/planner-tools/export-geojson';
import { handoutText } from '../../src/ui/print-handout/handout-content';
import { bigTiledDef } from '../support/tiled-def';

const PACK = 'tests/fixtures/pack-fictional';
const BASE = new URL('https://atlas.test/data/');
const read = (file: string) => JSON.parse(readFileSync(join(PACK, file), 'utf8'));

/**
 * The fictional pack as the built app reads it when its workshops layer is tiled: the build's own tiler
 * writes the archive, index and columns, and the manifest names them. Every request is recorded.
 */
function tiledPack(extra: AtlasCollection['features'] = [], keep: (f: AtlasFeature) => boolean = () => true) {
  const manifest = read('atlas.json') as Manifest;
  const def = manifest.layers.find((l) => l.id === 'workshops') as LayerDef;
  const collection = read(def.file) as AtlasCollection;
  collection.features = collection.features.filter(keep);
  collection.features.push(...extra);
  const out = tileLayer(def.id, collection, { above: 0 });
  def.tiled = tiledEntry(out.tiled, def, collection, manifest);
  const files: Record<string, unknown> = {
    [out.tiled.index]: out.index,
    [out.tiled.props]: out.props,
    'atlas.json': manifest,
  };
  const requested: string[] = [];
  const fetchStub = vi.fn(async (input: URL | string) => {
    const path = new URL(String(input)).pathname.replace('/data/', '');
    requested.push(path);
    const body = files[path] ?? read(path);
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { def, out, requested, collection };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a tiled layer in the loaded content', () => {
  it('is read from its compact index, never its GeoJSON, and its features are made on demand', async () => {
    const { def, out, requested, collection } = tiledPack();
    const content = await loadContent(BASE);
    // The index is not fetched for the first view, only when something asks for it.
    expect(requested).not.toContain(out.tiled.index);
    await content.layers.find((l) => l.def.id === 'workshops')?.tiled?.load();
    expect(requested.filter((r) => r === out.tiled.index)).toHaveLength(1);
    expect(requested).not.toContain(def.file);
    // Property columns wait until something asks for them.
    expect(requested).not.toContain(out.tiled.props);
    const layer = content.layers.find((l) => l.def.id === 'workshops');
    expect(layer?.data.features).toEqual([]);
    expect(layer?.tiled?.size).toBe(collection.features.length);

    const first = collection.features[0] as AtlasCollection['features'][number];
    const entry = content.features.get(first.id);
    expect(entry).toMatchObject({ layer: 'workshops', source: 't-workshops', sourceLayer: 'workshops' });
    expect(entry?.feature.geometry).toEqual(first.geometry);
    expect(entry?.feature.properties).toMatchObject({
      fid: first.id,
      name_zh: first.properties.name_zh,
      name_en: first.properties.name_en,
    });
    // The same object each time: selection, tooltip and inspector share it.
    expect(content.features.get(first.id)).toBe(entry);
    expect(content.features.has(first.id)).toBe(true);
    expect(content.features.has('no-such-feature')).toBe(false);
    // Iterating covers the GeoJSON features only.
    expect([...content.features.keys()]).not.toContain(first.id);
    // Untiled layers are as before.
    expect(content.features.get('town-chengchuan')?.source).toMatch(/^c-|^t-/);

    await layer?.tiled?.loadProps();
    expect(requested).toContain(out.tiled.props);
    // The feature already made gets its properties in place.
    expect(entry?.feature.properties).toMatchObject({
      kind: first.properties.kind,
      measures: first.properties.measures,
      category: first.properties.category,
      accuracy: first.properties.accuracy,
    });
  });

  it('does not wait for the index: the map can start on the tiles, and the index is fetched once', async () => {
    const { out } = tiledPack();
    const stub = globalThis.fetch as (input: URL | string) => Promise<Response>;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: URL | string) => {
      if (String(input).endsWith(out.tiled.index)) await held;
      return stub(input);
    });
    const content = await loadContent(BASE);
    const tiled = content.layers.find((l) => l.def.id === 'workshops')?.tiled;
    const id = out.index.ids[0] as string;
    expect(tiled?.size).toBe(0);
    expect(content.features.has(id)).toBe(false);
    const loads = [tiled?.load(), tiled?.load()];
    release();
    await Promise.all(loads);
    await tiled?.ready;
    expect(tiled?.size).toBe(out.index.ids.length);
    expect(content.features.get(id)?.feature.properties.name_zh).toBe(out.index.name_zh[0]);
  });

  it('makes a placeless feature without geometry', () => {
    const index: CompactIndex = {
      layer: 'big',
      ids: ['a', 'b'],
      name_zh: ['甲', '乙'],
      name_en: ['A', 'B'],
      points: [100, 10, null, null],
    };
    const def = bigTiledDef(2, [100, 10, 100, 10]);
    const features = new FeatureIndex();
    const tiled = new TiledIndex(def, index, BASE);
    features.addTiled(tiled);
    expect(tiled.archiveUrl).toBe('https://atlas.test/data/tiles/big.pmtiles');
    expect(features.get('a')?.feature.geometry).toEqual({ type: 'Point', coordinates: [100, 10] });
    expect(features.get('b')?.feature.geometry).toBeNull();
    expect(features.get('b')?.feature.properties.accuracy).toBe('area');
    expect(features.size).toBe(0);
  });
});

describe('finding an id in a tiled index', () => {
  const index = (ids: string[]): CompactIndex => ({
    layer: 'big',
    ids,
    name_zh: ids.map(() => ''),
    name_en: ids.map(() => ''),
    points: ids.flatMap(() => [100, 10]),
  });

  it('finds every id by its position and misses the ones it does not hold, without a table of ids', () => {
    // Sorted as `<` compares: "p-10" comes before "p-2".
    const ids = Array.from({ length: 1000 }, (_, i) => `p-${i}`).sort();
    const tiled = new TiledIndex(bigTiledDef(ids.length, [100, 10, 100, 10]), index(ids), BASE);
    ids.forEach((id, i) => {
      expect(tiled.position(id)).toBe(i);
    });
    for (const missing of ['', 'p-', 'p-1000', 'p-0 ', 'q', 'a'])
      expect(tiled.position(missing)).toBeUndefined();
  });

  it('refuses an index whose ids are out of order or repeated, naming the file and the entry', () => {
    expect(compactIndexShape(index(['a', 'b', 'c']), 'tiles/big.index.json').ids).toHaveLength(3);
    expect(() => compactIndexShape(index(['a', 'c', 'b']), 'tiles/big.index.json')).toThrow(
      'tiles/big.index.json: ids must be unique and in ascending order; "b" (entry 2) is not',
    );
    expect(() => compactIndexShape(index(['a', 'a']), 'tiles/big.index.json')).toThrow('"a" (entry 1)');
  });
});

describe('the legend of a tiled layer', () => {
  it('names the classes its features have, as the same layer untiled does, though no feature is loaded', async () => {
    // No market is left: the style could draw one, but the legend must not name what the map never shows.
    const { collection } = tiledPack([], (f) => f.properties.category !== 'market');
    const content = await loadContent(BASE);
    const workshops = content.layers.find((l) => l.def.id === 'workshops');
    expect(workshops?.data.features).toEqual([]);
    const entries = classLegend(workshops?.def as LayerDef, [], content.manifest);
    expect(entries.map((e) => [e.label.en, e.color, e.shape])).toEqual([
      ['Orchards', '#4d7c0f', 'circle'],
      ['Reading rooms', '#1e40af', 'circle'],
    ]);
    const untiled = { ...(workshops?.def as LayerDef) };
    delete untiled.tiled;
    expect(entries).toEqual(classLegend(untiled, collection.features, content.manifest));
  });
});

describe('the style of a tiled layer', () => {
  it('reads a pmtiles vector source by source layer, with no label-point source, and marks only where names are', () => {
    const manifest = read('atlas.json') as Manifest;
    const def = manifest.layers.find((l) => l.id === 'workshops') as LayerDef;
    const tiled = {
      archive: 'tiles/workshops.pmtiles',
      index: 'tiles/workshops.index.json',
      props: 'tiles/workshops.props.json',
      count: 3,
      minzoom: 8,
      maxzoom: 14,
      bounds: [100, 10, 100.1, 10.1] as [number, number, number, number],
      geometries: ['Point' as const],
      legend: [],
      citations: [],
    };
    const labelled = { ...def, tiled, style: { ...def.style, label: true, labelMinzoom: 15 } };
    const archiveUrl = 'https://atlas.test/data/tiles/workshops.pmtiles';
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const style = embeddedStyle({}, [], [{ def: labelled, data: empty, tiled: { archiveUrl } }], 'zh');
    expect(style.sources['t-workshops']).toEqual({
      type: 'vector',
      tiles: [`pmtiles://${archiveUrl}/{z}/{x}/{y}`],
      minzoom: 8,
      maxzoom: 14,
      bounds: tiled.bounds,
      promoteId: 'fid',
    });
    expect(style.sources['t-workshops-labels']).toBeUndefined();
    const own = style.layers.filter((l) => l.id.startsWith('t-workshops'));
    expect(own.length).toBeGreaterThan(4);
    for (const l of own) expect(l).toMatchObject({ source: 't-workshops', 'source-layer': 'workshops' });
    expect(own.find((l) => l.id.endsWith('-mark'))?.minzoom).toBe(15);
    // An untiled layer keeps its GeoJSON source and its marks at every zoom.
    const plain = embeddedStyle({}, [], [{ def, data: empty }], 'zh');
    expect(plain.sources['t-workshops']).toMatchObject({ type: 'geojson', promoteId: 'fid' });
    expect(plain.layers.find((l) => l.id.endsWith('-mark'))).not.toHaveProperty('source-layer');
  });
});

describe('a GeoJSON export of a tiled layer', () => {
  it('holds every feature of a point layer, from the index and the columns, as the data has it', async () => {
    const { collection, requested, out } = tiledPack();
    const content = await loadContent(BASE);
    expect(content.layers.find((l) => l.def.id === 'workshops')?.tiled?.pointsOnly).toBe(true);
    const { features, omitted } = await visibleLayers(content, ['workshops']);
    // The columns are fetched for it.
    expect(requested).toContain(out.tiled.props);
    expect(omitted).toEqual([]);
    // In the index's order: the order of the ids.
    const want = [...collection.features]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { ...f.properties, layer: 'workshops' },
      }));
    expect([...features]).toEqual(want);
  });

  it('leaves out a tiled layer of lines or areas, and says which', async () => {
    tiledPack();
    const content = await loadContent(BASE);
    const layer = content.layers.find((l) => l.def.id === 'workshops');
    if (!layer?.def.tiled) throw new Error('workshops is not tiled');
    layer.def.tiled.geometries = ['Polygon'];
    const { features, omitted } = await visibleLayers(content, ['workshops']);
    expect([...features]).toEqual([]);
    expect(omitted.map((d) => d.id)).toEqual(['workshops']);
  });
});

describe("the planner's counts and catchments over a tiled layer", () => {
  it('count and list its points as they would the GeoJSON features, once its columns say their kinds', async () => {
    const { collection } = tiledPack();
    const content = await loadContent(BASE);
    const tiled = content.layers.find((l) => l.def.id === 'workshops')?.tiled;
    if (!tiled) throw new Error('workshops is not tiled');
    await tiled.load();
    const placed = collection.features.filter(
      (f) => f.geometry?.type === 'Point',
    ) as (AtlasCollection['features'][number] & {
      geometry: GeoJSON.Point;
    })[];
    const quarters = ['quarter-north', 'quarter-river'];
    // The kinds (project role) are in the columns: nothing is counted before they load.
    for (const quarter of quarters) expect(metricsOf(content, quarter)?.counts?.projects, quarter).toBe(0);
    await tiled.loadProps();
    let counted = 0;
    for (const quarter of quarters) {
      const polygon = content.features.get(quarter)?.feature.geometry as GeoJSON.Polygon;
      const inside = placed.filter((f) => booleanPointInPolygon(f.geometry.coordinates, polygon)).length;
      expect(metricsOf(content, quarter)?.counts?.projects, quarter).toBe(inside);
      counted += inside;
    }
    expect(counted).toBeGreaterThan(0);
    expect(placed.length).toBeGreaterThan(0);
    // A catchment around the first workshop lists the others within reach, with their categories.
    const [first, ...others] = placed;
    if (!first) throw new Error('no placed workshop');
    const away = others
      .map((f) => ({
        id: f.id,
        d: distance(first.geometry.coordinates, f.geometry.coordinates, { units: 'meters' }),
      }))
      .sort((x, y) => x.d - y.d);
    // A radius that takes the nearest other workshop in and, when there is one, leaves the next out.
    const radius = away.length > 1 ? ((away[0]?.d ?? 0) + (away[1]?.d ?? 0)) / 2 : (away[0]?.d ?? 0) + 1;
    const want = away
      .filter((f) => f.d <= radius)
      .map((f) => f.id)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    const found = catchmentOf(content, first.id, radius);
    const items = found?.items.filter((i) => i.layer === 'projects') ?? [];
    expect(items.map((i) => i.id).sort()).toEqual(want);
    for (const i of items)
      expect(i.category).toBe(collection.features.find((f) => f.id === i.id)?.properties.category);
  });
});

describe("the metrics' data of tiled layers", () => {
  it('are asked for when a feature is chosen, once, and the metrics drawn again when they arrive', async () => {
    const { out, requested } = tiledPack();
    const content = await loadContent(BASE);
    let drawn = 0;
    const host: TiledDataHost = {
      content,
      featureId: null,
      catchment: null,
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => {
        drawn += 1;
      },
      updateComplete: Promise.resolve(true),
    };
    const data = new TiledData(host);
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    data.hostUpdate();
    await tick();
    expect(requested).not.toContain(out.tiled.index);
    // A layer whose kind is not per record is counted by kind: its columns are asked for, once.
    host.featureId = 'quarter-north';
    data.hostUpdate();
    data.hostUpdate();
    await content.layers.find((l) => l.tiled)?.tiled?.loadProps();
    await vi.waitFor(() => expect(drawn).toBe(1));
    await tick();
    expect(drawn).toBe(1);
    expect(requested.filter((p) => p === out.tiled.props)).toHaveLength(1);
  });
});

describe('a handout of a step that draws a tiled layer', () => {
  it('names the same sources as with the GeoJSON layer, from the build, without reading the columns', async () => {
    vi.stubGlobal('fetch', async (input: URL | string) => {
      const path = new URL(String(input)).pathname.replace('/data/', '');
      return new Response(JSON.stringify(read(path)), { headers: { 'content-type': 'application/json' } });
    });
    const plain = await loadContent(BASE);
    tiledPack();
    const content = await loadContent(BASE);
    const step = content.story.steps.find((s) => s.layers.includes('workshops'));
    if (!step) throw new Error('no step draws the workshops');
    const want = handoutText(plain, step, 'en').sources;
    // The build wrote what the layer's features cite into its manifest entry: no column is needed.
    const tiled = content.layers.find((l) => l.tiled)?.tiled;
    expect(want.join(' ')).toMatch(/\w/);
    expect(handoutText(content, step, 'en').sources).toEqual(want);
    expect(tiled?.propsLoaded).toBe(false);
  });
});

describe('search and near-me over a tiled layer', () => {
  it('finds tiled places by Chinese and English name, and lists them by distance', async () => {
    const { collection } = tiledPack();
    const content = await loadContent(BASE);
    await Promise.all(content.layers.map((l) => l.tiled?.load()));
    const places = buildPlaces(content, () => []);
    const lab = collection.features.find((f) => f.properties.name_en === 'Orchard Lab');
    if (!lab) throw new Error('the fictional pack has no Orchard Lab');
    const byZh = places.search(lab?.properties.name_zh as string, 'zh', 8);
    expect(byZh[0]).toMatchObject({ id: lab?.id, layer: 'workshops' });
    expect(places.search('orchard', 'en', 8).map((e) => e.id)).toContain(lab?.id);
    // Untiled places are still found the old way.
    expect(places.search('mill street', 'en', 8)[0]?.layer).toBe('transit');

    const pin = (lab.geometry as GeoJSON.Point).coordinates as [number, number];
    const near = places.index.around(pin, 3000);
    expect(near[0]?.item.id).toBe(lab?.id);
    expect(near[0]?.distance_m).toBeLessThan(1);
    // Named from the index by position: the list never waits for the id table to fill.
    expect(near[0]?.item.name).toEqual({ zh: lab.properties.name_zh, en: lab.properties.name_en });
    const distances = near.map((r) => r.distance_m);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Until the property columns load a tiled item is its layer's; then it has its category.
    expect(near[0]?.item.category).toBe('workshops');
    await content.layers.find((l) => l.tiled)?.tiled?.loadProps();
    expect(places.index.around(pin, 10)[0]?.item).toMatchObject({
      category: lab?.properties.category,
      measures: lab?.properties.measures,
    });
  });

  it('finds a feature no document locates standing at its area, as the gazetteer does', async () => {
    const somewhere = {
      type: 'Feature' as const,
      id: 'workshop-somewhere',
      geometry: null,
      properties: {
        name_zh: '某处工坊',
        name_en: 'Somewhere Workshop',
        kind: 'workshop',
        category: 'market',
        measures: [1],
        source: 'fictional',
        accuracy: 'area',
        area: 'quarter-north',
      },
    } as unknown as AtlasCollection['features'][number];
    const { out } = tiledPack([somewhere]);
    expect(out.index.areas).toEqual({
      [String(out.index.ids.indexOf('workshop-somewhere'))]: 'quarter-north',
    });
    const content = await loadContent(BASE);
    await Promise.all(content.layers.map((l) => l.tiled?.load()));
    const places = buildPlaces(content, () => []);
    const found = places.search('Somewhere Workshop', 'en', 8)[0];
    expect(found).toMatchObject({ id: 'workshop-somewhere', layer: 'workshops', area: 'quarter-north' });
    const areaPoint = places.gazetteer.byId.get('quarter-north')?.point;
    expect(areaPoint).toBeDefined();
    expect(found?.point).toEqual(areaPoint);
    // Near-me lists it in its area's group: the layer's category until the columns load, then its own.
    const listed = () => places.placeless.find((i) => i.id === 'workshop-somewhere');
    expect(listed()).toMatchObject({
      layer: 'workshops',
      area: 'quarter-north',
      category: 'workshops',
      name: { zh: '某处工坊', en: 'Somewhere Workshop' },
    });
    await content.layers.find((l) => l.tiled)?.tiled?.loadProps();
    expect(listed()).toMatchObject({ category: 'market', measures: [1] });
  });

  it('ranks exact names, then prefixes, word starts and substrings, and offers only placed names', () => {
    const names = {
      ids: ['a', 'b', 'c', 'd', 'e'],
      name_zh: ['东门', '东门老街', '老东门市场', '东门', '湖贝'],
      // A line break inside a name must not shift the names after it.
      name_en: ['Dongmen', 'Dongmen Old\nStreet', 'Old Dongmen Market', 'Dongmen', 'Hubei Gate'],
    };
    const placed = (i: number) => i !== 3;
    const t = new TiledNames(names, placed);
    expect(t.search('东门', 'zh', 8).map((m) => [names.ids[m.position], m.score])).toEqual([
      ['a', 100],
      ['b', 80],
      ['c', 60],
    ]);
    expect(t.search('dongmen', 'en', 8).map((m) => names.ids[m.position])).toEqual(['a', 'b', 'c']);
    expect(t.search('gate', 'en', 8).map((m) => names.ids[m.position])).toEqual(['e']);
    expect(t.search('ate', 'en', 8).map((m) => names.ids[m.position])).toEqual(['e']);
    // Two letters are a prefix or a word start, never any substring.
    expect(t.search('at', 'en', 8)).toEqual([]);
    expect(t.search('  ', 'en', 8)).toEqual([]);
    expect(t.search('东门', 'zh', 1).map((m) => names.ids[m.position])).toEqual(['a']);
  });

  it("finds names by pinyin and by initials from their start, in the gazetteer's score bands", () => {
    const names = {
      ids: ['a', 'b', 'c', 'd'],
      name_zh: ['东门', '东门老街', '老东门市场', '国贸'],
      name_en: ['Dongmen', 'Dongmen Old Street', 'Old Dongmen Market', 'Guomao'],
    };
    const t = new TiledNames(names, () => true, readingsOf);
    const found = (q: string) => t.search(q, 'zh', 8).map((m) => [names.ids[m.position], m.score]);
    // "dongmen" is also the English name of a and b: the better band wins, and c is an English word start.
    expect(found('dongmen')).toEqual([
      ['a', 100],
      ['b', 80],
      ['c', 70],
    ]);
    expect(found('dongmenlaojie')).toEqual([['b', 100]]);
    expect(found('Dong Men Lao')).toEqual([['b', 80]]);
    // Initials: exact, then prefix.
    expect(found('gm')).toEqual([['d', 45]]);
    expect(found('dml')).toEqual([['b', 40]]);
    // Not from a later syllable (the gazetteer does that for smaller layers), and no pinyin without readings.
    expect(found('menlao')).toEqual([]);
    expect(new TiledNames(names, () => true).search('dongmenlaojie', 'zh', 8)).toEqual([]);
    // Read ahead in slices (as the page does while idle), the answers are the same.
    const sliced = new TiledNames(names, () => true, readingsOf);
    expect(sliced.readPinyin(3)).toBe(false);
    expect(sliced.readPinyin(3)).toBe(true);
    expect(sliced.search('gm', 'zh', 8)).toEqual(t.search('gm', 'zh', 8));
    expect(sliced.search('dongmen', 'zh', 8)).toEqual(t.search('dongmen', 'zh', 8));
  });

  // How fast is measured by `npm run bench` (scale runs), never asserted here: a test's clock is the
  // machine's load, not the code's.
  it('finds names and points among 100,000 entries', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `synthetic-project-${i}`);
    const names = {
      ids,
      name_zh: ids.map((_, i) => `示例项目${i}`),
      name_en: ids.map((_, i) => `Synthetic project ${i}`),
    };
    const t = new TiledNames(names, () => true);
    for (const [q, lang] of [
      ['示例项目4242', 'zh'],
      ['项目', 'zh'],
      ['project 99', 'en'],
      ['s', 'en'],
    ] as const)
      expect(t.search(q, lang, 8).length, q).toBeGreaterThan(0);
    expect(names.ids[(t.search('示例项目4242', 'zh', 8)[0] as { position: number }).position]).toBe(
      'synthetic-project-4242',
    );

    const points: number[] = [];
    for (let i = 0; i < n; i++) points.push(114 + (i % 1000) / 10_000, 22.5 + Math.floor(i / 1000) / 10_000);
    const index = new NearIndex(
      [],
      [
        {
          ids,
          points,
          itemAt: (i) => ({
            id: ids[i] as string,
            layer: 'big',
            category: 'big',
            measures: [],
            point: [0, 0],
          }),
        },
      ],
    );
    const found = index.around([114.05, 22.505], 200);
    expect(found[0]?.item.id).toBe('synthetic-project-50500');
  });
});
