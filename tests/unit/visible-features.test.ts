import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load';
import type { CompactIndex } from '../../src/content/tiled';
import { TiledIndex } from '../../src/content/tiled-index';
import type { AtlasFeature, LayerDef } from '../../src/content/types';
import { boundsIntersect, featureBounds, visibleFeatures } from '../../src/content/visible-features';
import { bigTiledDef } from '../support/tiled-def';

function feature(id: string, zh: string, en: string, geometry: GeoJSON.Geometry): AtlasFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { name_zh: zh, name_en: en, kind: 'x', measures: [1], source: 't', accuracy: 'approximate' },
  };
}
const pt = (x: number, y: number): GeoJSON.Point => ({ type: 'Point', coordinates: [x, y] });

function layer(id: string, features: AtlasFeature[], minzoom?: number): Content['layers'][number] {
  const def: LayerDef = {
    id,
    group: 'g',
    file: `${id}.geojson`,
    name: { zh: id, en: id },
    measures: [1],
    style: { color: '#000000', ...(minzoom !== undefined ? { minzoom } : {}) },
  };
  return { def, data: { type: 'FeatureCollection', features }, placeless: [] };
}

const stations = layer('stations', [
  feature('s-luohu', '罗湖', 'Luohu', pt(1, 1)),
  feature('s-anbei', '安贝', 'Zeta', pt(2, 2)),
  feature('s-far', '远方', 'Far', pt(9, 9)),
]);
const road = layer('roads', [
  feature('r-long', '长路', 'Long road', {
    type: 'LineString',
    coordinates: [
      [-5, 1.5],
      [5, 1.5],
    ],
  }),
]);
const projects = layer('projects', [feature('p-1', '项目', 'Project', pt(1, 1))], 11);
const LAYERS = [road, stations, projects];

describe('visibleFeatures', () => {
  it('keeps only features whose box meets the bounds, grouped by layer in manifest order', () => {
    const groups = visibleFeatures(LAYERS, ['stations', 'roads'], [0, 0, 3, 3], 'en');
    expect(groups.map((g) => g.def.id)).toEqual(['roads', 'stations']);
    expect(groups[1]?.features.map((f) => f.id)).toEqual(['s-luohu', 's-anbei']);
    // The road's ends are far outside, but its box crosses the view.
    expect(groups[0]?.features).toEqual([
      { id: 'r-long', name: { zh: '长路', en: 'Long road' }, layer: 'roads' },
    ]);
  });

  it('sorts by name in the current language (pinyin for Chinese)', () => {
    const en = visibleFeatures(LAYERS, ['stations'], null, 'en')[0]?.features.map((f) => f.id);
    expect(en).toEqual(['s-far', 's-luohu', 's-anbei']);
    const zh = visibleFeatures(LAYERS, ['stations'], null, 'zh')[0]?.features.map((f) => f.id);
    // an (安) < luo (罗) < yuan (远)
    expect(zh).toEqual(['s-anbei', 's-luohu', 's-far']);
  });

  it('leaves out hidden layers, empty layers and layers below their minzoom', () => {
    expect(visibleFeatures(LAYERS, [], null, 'zh')).toEqual([]);
    expect(visibleFeatures(LAYERS, ['stations'], [20, 20, 30, 30], 'zh')).toEqual([]);
    expect(visibleFeatures(LAYERS, ['projects'], null, 'zh', 10)).toEqual([]);
    expect(visibleFeatures(LAYERS, ['projects'], null, 'zh', 11)).toHaveLength(1);
    expect(visibleFeatures(LAYERS, ['projects'], null, 'zh')).toHaveLength(1);
  });

  it('counts every feature in view and lists the cap nearest the centre, by name', () => {
    // A row of points at x = 0..9; the view's centre is at x = 6.5.
    const row = layer(
      'row',
      Array.from({ length: 10 }, (_, i) => feature(`r${i}`, `点${i}`, `Point ${9 - i}`, pt(i, 0))),
    );
    const [group] = visibleFeatures([row], ['row'], [3, -1, 10, 1], 'en', undefined, 3);
    expect(group?.count).toBe(7);
    // r6 and r7 are 0.5 from the centre, r5 and r8 1.5: the three nearest are r6, r7 and one of those.
    expect(group?.features).toHaveLength(3);
    expect(new Set(group?.features.map((f) => f.id))).toSatisfy(
      (ids: Set<string>) => ids.has('r6') && ids.has('r7') && (ids.has('r5') || ids.has('r8')),
    );
    // Sorted by name in the language: "Point 2" (r7) before "Point 3" (r6).
    const names = group?.features.map((f) => f.name.en) ?? [];
    expect(names).toEqual([...names].sort());
    // Without a cap, all seven.
    expect(visibleFeatures([row], ['row'], [3, -1, 10, 1], 'en')[0]?.features).toHaveLength(7);
  });

  it("lists a tiled layer's features from its index's points, none until the index has arrived", async () => {
    const index: CompactIndex = {
      layer: 'big',
      ids: ['b0', 'b1', 'b2', 'b3'],
      name_zh: ['丙', '甲', '乙', '丁'],
      name_en: ['C', 'A', 'B', 'D'],
      points: [1, 1, 2, 2, 50, 50, null, null],
    };
    const def = bigTiledDef(4, [1, 1, 50, 50]);
    let arrive: (i: CompactIndex) => void = () => {};
    const tiled = new TiledIndex(def, () => new Promise((r) => (arrive = r)), new URL('https://a.test/'));
    const big = { def, data: { type: 'FeatureCollection' as const, features: [] }, placeless: [], tiled };
    expect(visibleFeatures([big], ['big'], [0, 0, 3, 3], 'en')).toEqual([]);
    const loaded = tiled.load();
    arrive(index);
    await loaded;
    const [group] = visibleFeatures([big], ['big'], [0, 0, 3, 3], 'en');
    // b2 is outside the view and b3 has no place.
    expect(group?.count).toBe(2);
    expect(group?.features).toEqual([
      { id: 'b1', name: { zh: '甲', en: 'A' }, layer: 'big' },
      { id: 'b0', name: { zh: '丙', en: 'C' }, layer: 'big' },
    ]);
    const [capped] = visibleFeatures([big], ['big'], [0, 0, 3, 3], 'en', undefined, 1);
    // The view's centre is (1.5, 1.5), as near b0 as b1: one of them is listed, both are counted.
    expect(capped?.count).toBe(2);
    expect(capped?.features).toHaveLength(1);
  });

  it('caches a feature box', () => {
    const f = stations.data.features[0] as AtlasFeature;
    expect(featureBounds(f)).toEqual([1, 1, 1, 1]);
    expect(featureBounds(f)).toBe(featureBounds(f));
  });
});

describe('boundsIntersect', () => {
  it('counts overlap and touching, not separation', () => {
    expect(boundsIntersect([0, 0, 2, 2], [1, 1, 3, 3])).toBe(true);
    expect(boundsIntersect([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(boundsIntersect([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
    expect(boundsIntersect([0, 0, 1, 1], [0, 1.1, 1, 2])).toBe(false);
  });
});
