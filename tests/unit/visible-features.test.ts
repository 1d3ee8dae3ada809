import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load';
import type { AtlasFeature, LayerDef } from '../../src/content/types';
import { boundsIntersect, featureBounds, visibleFeatures } from '../../src/content/visible-features';

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
