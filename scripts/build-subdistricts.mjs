// Derives the governance layers (measure 8): schematic extents of Luohu's ten subdistricts (街道) and
// a marker for each subdistrict office. No open boundary data exists for Luohu's subdistricts, so the
// extents are OUR OWN approximation, not legal boundaries:
//   1. every subdistrict gets a few seed points at well-known places inside it (listed below);
//   2. a Voronoi partition of all seeds is computed (in a plane scaled by cos(latitude), so "nearest
//      seed" means nearest on the ground);
//   3. each Voronoi cell is clipped to the Luohu polygon (district-440303 in districts.geojson) and the
//      cells of one subdistrict are merged with turf.union.
// The result covers Luohu exactly once. See data/sources/governance.md.
// Run from the repository root: `node scripts/build-subdistricts.mjs`. The outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import * as turf from '@turf/turf';

const DISTRICT_ID = 'district-440303';
const MEASURES = [8];
const round = (n) => Math.round(n * 1e6) / 1e6;

/**
 * The ten subdistricts, codes 440303001-010 as in the national statistical division codes
 * (统计用区划代码, 12-digit form 440303001000...). Seeds are [lon, lat, place] in WGS84, read from
 * memory of public maps (OpenStreetMap) to within a few hundred metres; they only steer the drawing.
 */
const SUBDISTRICTS = [
  {
    slug: 'guiyuan',
    zh: '桂园',
    en: 'Guiyuan',
    code: '440303001',
    seeds: [
      [114.1055, 22.543, '地王大厦 / 京基100 Shun Hing Square / KK100'],
      [114.1065, 22.5485, '深圳大剧院 / 桂园路 Grand Theatre / Guiyuan Road'],
      [114.1085, 22.5535, '松园 Songyuan'],
      [114.1045, 22.537, '鹿丹村 / 滨河 Ludan Village'],
      [114.1115, 22.5435, '蔡屋围 / 宝安南路 Caiwuwei'],
    ],
  },
  {
    slug: 'huangbei',
    zh: '黄贝',
    en: 'Huangbei',
    code: '440303002',
    seeds: [
      [114.1315, 22.5435, '文锦渡 Wenjindu'],
      [114.1395, 22.5475, '黄贝岭 Huangbeiling'],
      [114.1465, 22.547, '新秀 Xinxiu'],
      [114.139, 22.5545, '怡景 / 碧波 Yijing'],
      [114.1495, 22.5515, '罗芳 Luofang'],
    ],
  },
  {
    slug: 'dongmen',
    zh: '东门',
    en: 'Dongmen',
    code: '440303003',
    seeds: [
      [114.1205, 22.548, '东门步行街 / 老街 Dongmen Pedestrian Street'],
      [114.1245, 22.549, '湖贝 Hubei'],
      [114.1215, 22.5545, '东门北 / 立新 Dongmen North'],
    ],
  },
  {
    slug: 'cuizhu',
    zh: '翠竹',
    en: 'Cuizhu',
    code: '440303004',
    seeds: [
      [114.1295, 22.5615, '翠竹路南段 Cuizhu Road (south)'],
      [114.127, 22.5675, '田贝 Tianbei'],
      [114.1335, 22.5695, '木头龙 / 翠竹北 Mutoulong'],
      [114.1245, 22.5735, '水贝 Shuibei'],
    ],
  },
  {
    slug: 'nanhu',
    zh: '南湖',
    en: 'Nanhu',
    code: '440303005',
    seeds: [
      [114.1165, 22.534, '罗湖口岸 / 罗湖火车站 Luohu Port / Railway Station'],
      [114.118, 22.5395, '国贸 / 人民南 Guomao / Renmin South'],
      [114.1215, 22.5385, '渔邨 / 罗湖村 Yucun / Luohu Village'],
      [114.1225, 22.542, '嘉宾路 / 东门南 Jiabin Road'],
    ],
  },
  {
    slug: 'sungang',
    zh: '笋岗',
    en: 'Sungang',
    code: '440303006',
    seeds: [
      [114.1055, 22.5635, '笋岗 Sungang'],
      [114.1135, 22.5645, '洪湖公园 Honghu Park'],
      [114.1095, 22.5715, '田心 / 笋岗仓库 Tianxin'],
    ],
  },
  {
    slug: 'donghu',
    zh: '东湖',
    en: 'Donghu',
    code: '440303007',
    seeds: [
      [114.1445, 22.5625, '东湖公园 Donghu Park'],
      [114.1405, 22.5705, '爱国路 / 东湖 Aiguo Road'],
      [114.1405, 22.5805, '布心 Buxin'],
      [114.155, 22.578, '深圳水库 Shenzhen Reservoir'],
      [114.152, 22.5955, '深圳水库北岸 Reservoir north shore'],
      [114.17, 22.595, '大望 Dawang'],
      [114.186, 22.6075, '东湖北部山地 northern hills'],
      [114.1935, 22.5935, '梧桐山社区 Wutongshan community (north slopes)'],
    ],
  },
  {
    slug: 'liantang',
    zh: '莲塘',
    en: 'Liantang',
    code: '440303008',
    seeds: [
      [114.165, 22.5635, '莲塘 Liantang'],
      [114.1755, 22.57, '仙湖植物园 Fairy Lake Botanical Garden'],
      [114.188, 22.5615, '长岭 / 畔山 Changling'],
      [114.196, 22.5685, '梧桐山南麓 Wutong Mountain, south slopes'],
      [114.2065, 22.5845, '梧桐山主峰一带 Wutong Mountain summit area'],
    ],
  },
  {
    slug: 'dongxiao',
    zh: '东晓',
    en: 'Dongxiao',
    code: '440303009',
    seeds: [
      [114.1255, 22.5825, '东晓路 / 太白路 Dongxiao Road'],
      [114.1205, 22.589, '草埔东 / 布吉关 Caopu East'],
      [114.131, 22.5905, '独树 Dushu'],
    ],
  },
  {
    slug: 'qingshuihe',
    zh: '清水河',
    en: 'Qingshuihe',
    code: '440303010',
    seeds: [
      [114.1045, 22.5825, '清水河 Qingshuihe'],
      [114.085, 22.58, '银湖 Yinhu'],
      [114.072, 22.5905, '梅林关以东 east of Meilin Pass'],
      [114.0995, 22.5935, '银湖山 / 玉龙 Yinhu Hill'],
      [114.113, 22.5895, '草埔西 Caopu West'],
    ],
  },
];

/**
 * Office markers. We do not know any office's position to 200 m, so each marker is placed in the
 * core of its subdistrict next to the place named, and accuracy is `schematic`.
 */
const OFFICES = {
  guiyuan: [114.1075, 22.5475, 'near Guiyuan Road / the Grand Theatre'],
  huangbei: [114.1415, 22.5495, 'near Huangbeiling'],
  dongmen: [114.1215, 22.5505, 'near Dongmen old town'],
  cuizhu: [114.1295, 22.5645, 'on Cuizhu Road'],
  nanhu: [114.1195, 22.5395, 'near Renmin South Road'],
  sungang: [114.1095, 22.5655, 'near Sungang'],
  donghu: [114.1425, 22.5695, 'near Donghu Park and Aiguo Road'],
  liantang: [114.166, 22.5625, 'in Liantang'],
  dongxiao: [114.1265, 22.5835, 'near Dongxiao Road'],
  qingshuihe: [114.1045, 22.5815, 'in Qingshuihe'],
};

const districts = JSON.parse(readFileSync('data/layers/districts.geojson', 'utf8'));
const luohu = districts.features.find((f) => f.id === DISTRICT_ID);
if (!luohu) throw new Error(`${DISTRICT_ID} not found in districts.geojson`);

// Voronoi in a locally isotropic plane: x = lon * cos(lat0), y = lat.
const K = Math.cos((22.575 * Math.PI) / 180);
const toPlane = ([x, y]) => [x * K, y];
const fromPlane = ([x, y]) => [x / K, y];

const seedPoints = [];
for (const [index, sub] of SUBDISTRICTS.entries()) {
  for (const [lon, lat, place] of sub.seeds) {
    const point = turf.point([lon, lat], { index, place });
    if (!turf.booleanPointInPolygon(point, luohu)) {
      throw new Error(`seed ${place} of ${sub.zh} lies outside Luohu`);
    }
    seedPoints.push(turf.point(toPlane([lon, lat]), { index, place }));
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
  const places = sub.seeds.map(([, , place]) => place.split(' ')[0]).join('、');
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
        'Schematic extent drawn by the atlas, not a legal boundary: Voronoi partition of seed points ' +
        `at known places (${places}) clipped to the Luohu district outline; see data/sources/governance.md. ` +
        'Code: national statistical division codes (统计用区划代码).',
      accuracy: 'schematic',
      description_zh: `${sub.zh}街道，罗湖区十个街道之一（区划代码 ${sub.code}）。图中范围为本图集的示意划分，并非法定界线，面积亦不可据此量算。`,
      description_en: `${sub.en} Subdistrict, one of Luohu's ten subdistricts (code ${sub.code}). The extent shown is the atlas's schematic division, not a legal boundary; do not measure areas from it.`,
    },
    geometry: merged.geometry,
  });
});

const offices = SUBDISTRICTS.map((sub) => {
  const [lon, lat, where] = OFFICES[sub.slug];
  return {
    type: 'Feature',
    id: `office-${sub.slug}`,
    properties: {
      name_zh: `${sub.zh}街道办事处`,
      name_en: `${sub.en} Subdistrict Office`,
      kind: 'subdistrict-office',
      measures: MEASURES,
      source:
        `Position not known to 200 m: marker placed by the atlas ${where}, inside the subdistrict, ` +
        'to show that each subdistrict has an office; not the office address. See data/sources/governance.md.',
      accuracy: 'schematic',
      description_zh: `${sub.zh}街道办事处，区、街道、社区、小区四级街区治理体系中的街道一级。标记位置为示意，并非办公地址。`,
      description_en: `${sub.en} Subdistrict Office, the subdistrict tier of the four-level system of district, subdistrict, community and residential compound. The marker is schematic, not the office's address.`,
    },
    geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
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
