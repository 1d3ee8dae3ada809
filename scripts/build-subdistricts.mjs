// Derives the governance layers (measure 8): schematic extents of Luohu's ten subdistricts (街道) and
// their offices. No open boundary data exists for Luohu's subdistricts, so the extents are OUR OWN
// approximation, not legal boundaries:
//   1. every subdistrict gets seeds: atlas features whose points come from documents (stations,
//      ports, landmarks; see data/sources/positions/) that we read as lying inside it. No coordinate
//      is typed here: only the membership is ours, and a seed without a documented point is skipped;
//   2. a Voronoi partition of all seeds is computed (in a plane scaled by cos(latitude), so "nearest
//      seed" means nearest on the ground);
//   3. each Voronoi cell is clipped to the Luohu polygon (district-440303 in districts.geojson) and the
//      cells of one subdistrict are merged with turf.union.
// The result covers Luohu exactly once. See data/sources/governance.md.
// Run by `npm run data:build` (after the record and transit steps). The outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { failOn, loadProvenance, positionProperties } from './lib/inputs.ts';

const provenance = loadProvenance('data');
failOn(provenance.issues, 'provenance');

const DISTRICT_ID = 'district-440303';
const MEASURES = [8];
const round = (n) => Math.round(n * 1e6) / 1e6;

/**
 * The ten subdistricts, codes 440303001-010 as in the national statistical division codes
 * (统计用区划代码, 12-digit form 440303001000...). Seeds are ids of documented atlas features that
 * we read as lying inside the subdistrict; they only steer the schematic drawing.
 */
const SUBDISTRICTS = [
  {
    slug: 'guiyuan',
    zh: '桂园',
    en: 'Guiyuan',
    code: '440303001',
    seeds: [
      'station-dajuyuan',
      'station-laojie',
      'station-ludancun',
      'station-honglingnan',
      'place-shun-hing-square',
      'place-kk100',
      'place-binhe-middle-school',
      'place-honggui-middle-school',
    ],
  },
  {
    slug: 'huangbei',
    zh: '黄贝',
    en: 'Huangbei',
    code: '440303002',
    seeds: [
      'station-huangbeiling',
      'station-xinxiu',
      'station-yijing',
      'port-wenjindu',
      'place-xingzhi-vocational-school',
    ],
  },
  {
    slug: 'dongmen',
    zh: '东门',
    en: 'Dongmen',
    code: '440303003',
    seeds: [
      'station-hubei',
      'station-shaibu',
      'place-dongmen',
      'place-luohu-tcm-hospital',
      'place-luoling-foreign-language-school',
    ],
  },
  {
    slug: 'cuizhu',
    zh: '翠竹',
    en: 'Cuizhu',
    code: '440303004',
    seeds: [
      'station-cuizhu',
      'station-tianbei',
      'station-shuibei',
      'place-shenzhen-kangning-hospital',
      'place-shenzhen-second-experimental-school',
    ],
  },
  {
    slug: 'nanhu',
    zh: '南湖',
    en: 'Nanhu',
    code: '440303005',
    seeds: [
      'station-luohu',
      'station-guomao',
      'station-renminnan',
      'station-xiangxicun',
      'port-luohu',
      'hub-shenzhen-station',
      'place-luohu-middle-school',
    ],
  },
  {
    slug: 'sungang',
    zh: '笋岗',
    en: 'Sungang',
    code: '440303006',
    seeds: ['station-sungang', 'station-honghu', 'station-honglingbei'],
  },
  {
    slug: 'donghu',
    zh: '东湖',
    en: 'Donghu',
    code: '440303007',
    seeds: [
      'station-taian',
      'place-donghu-park',
      'place-shenzhen-reservoir',
      'place-buxin-middle-school',
      'place-dawang-school',
    ],
  },
  {
    slug: 'liantang',
    zh: '莲塘',
    en: 'Liantang',
    code: '440303008',
    seeds: [
      'station-liantang',
      'station-xianhulu',
      'station-wutongshannan',
      'place-fairy-lake-botanical-garden',
      'place-wutong-mountain',
      'place-luohu-foreign-language-school',
      'place-xiantong-primary-school',
    ],
  },
  {
    slug: 'dongxiao',
    zh: '东晓',
    en: 'Dongxiao',
    code: '440303009',
    seeds: ['station-buxin'],
  },
  {
    slug: 'qingshuihe',
    zh: '清水河',
    en: 'Qingshuihe',
    code: '440303010',
    seeds: ['station-caopu', 'station-luohubei', 'station-nigang', 'station-yinhu'],
  },
];

const districts = JSON.parse(readFileSync('data/layers/districts.geojson', 'utf8'));
const luohu = districts.features.find((f) => f.id === DISTRICT_ID);
if (!luohu) throw new Error(`${DISTRICT_ID} not found in districts.geojson`);

// Voronoi in a locally isotropic plane: x = lon * cos(lat0), y = lat.
const K = Math.cos((22.575 * Math.PI) / 180);
const toPlane = ([x, y]) => [x * K, y];
const fromPlane = ([x, y]) => [x / K, y];

const inside = (id) =>
  provenance.positions.has(id) && turf.booleanPointInPolygon(provenance.positions.get(id).point, luohu);
const seedPoints = [];
for (const [index, sub] of SUBDISTRICTS.entries()) {
  // Stations on the boundary road can fall just outside the coarse district outline: they cannot steer.
  const placed = sub.seeds.filter(inside);
  if (!placed.length) throw new Error(`no seed of ${sub.zh} has a documented point inside Luohu`);
  for (const place of placed) {
    seedPoints.push(turf.point(toPlane(provenance.positions.get(place).point), { index, place }));
  }
}
const [w, s, e, n] = turf.bbox(luohu);
const pad = 0.02;
const cells = turf.voronoi(turf.featureCollection(seedPoints), {
  bbox: [(w - pad) * K, s - pad, (e + pad) * K, n + pad],
});

const pieces = SUBDISTRICTS.map(() => []);
for (const [i, cell] of cells.features.entries()) {
  if (!cell) throw new Error(`no Voronoi cell for seed ${seedPoints[i].properties.place}`);
  // Cells can share vertex arrays, so build a fresh polygon rather than mutating in place.
  const unscaled = turf.polygon(cell.geometry.coordinates.map((r) => r.map(fromPlane)));
  const clipped = turf.intersect(turf.featureCollection([unscaled, luohu]));
  if (clipped) pieces[seedPoints[i].properties.index].push(clipped);
}

function roundGeometry(feature) {
  turf.coordEach(feature, (c) => {
    c[0] = round(c[0]);
    c[1] = round(c[1]);
  });
  return turf.rewind(turf.cleanCoords(feature), { mutate: true });
}

const subdistricts = SUBDISTRICTS.map((sub, index) => {
  const merged =
    pieces[index].length === 1 ? pieces[index][0] : turf.union(turf.featureCollection(pieces[index]));
  const places = sub.seeds.filter(inside).join(', ');
  return roundGeometry({
    type: 'Feature',
    id: `subdistrict-${sub.slug}`,
    properties: {
      name_zh: `${sub.zh}街道`,
      name_en: `${sub.en} Subdistrict`,
      kind: 'subdistrict',
      code: sub.code,
      measures: MEASURES,
      source:
        'Schematic extent drawn by the atlas, not a legal boundary: Voronoi partition of the documented ' +
        `points of ${places}, clipped to the Luohu district outline; see data/sources/governance.md. ` +
        'Code: national statistical division codes (统计用区划代码).',
      accuracy: 'schematic',
      description_zh: `${sub.zh}街道，罗湖区十个街道之一（区划代码 ${sub.code}）。图中范围为本图集的示意划分，并非法定界线，面积亦不可据此量算。`,
      description_en: `${sub.en} Subdistrict, one of Luohu's ten subdistricts (code ${sub.code}). The extent shown is the atlas's schematic division, not a legal boundary; do not measure areas from it.`,
    },
    geometry: merged.geometry,
  });
});

// An office is drawn where a document locates it; otherwise it stands in its subdistrict, undrawn.
const offices = SUBDISTRICTS.map((sub) => {
  const id = `office-${sub.slug}`;
  const p = provenance.positions.get(id);
  return {
    type: 'Feature',
    id,
    properties: {
      name_zh: `${sub.zh}街道办事处`,
      name_en: `${sub.en} Subdistrict Office`,
      kind: 'subdistrict-office',
      measures: MEASURES,
      source: 'Role: the subdistrict tier of the four-level governance of the article (measure 8)',
      ...(p ? positionProperties(p) : { accuracy: 'area', area: `subdistrict-${sub.slug}` }),
      description_zh: `${sub.zh}街道办事处，区、街道、社区、小区四级街区治理体系中的街道一级。`,
      description_en: `${sub.en} Subdistrict Office, the subdistrict tier of the four-level system of district, subdistrict, community and residential compound.`,
    },
    geometry: p ? { type: 'Point', coordinates: p.point } : null,
  };
});

// One feature per line keeps diffs readable.
const write = (path, features) =>
  writeFileSync(
    path,
    `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
  );
write('data/layers/subdistricts.geojson', subdistricts);
write('data/layers/subdistrict-offices.geojson', offices);

for (const f of subdistricts) {
  console.log(`${f.properties.name_zh} ${f.geometry.type} ${(turf.area(f) / 1e6).toFixed(2)} km²`);
}
