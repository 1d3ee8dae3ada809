// Writes the transport layers of the atlas: border ports and passenger hubs, metro lines, metro
// stations and the national railway. Names, line orders and facts live here as data; every point comes
// from the documents in data/sources/positions/ (derived by scripts/lib), and every metro line is drawn
// through its own documented station points, so a station always lies on the lines it lists.
// Sources and accuracy: data/sources/transport.md. Run by `npm run data:build`; outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { failOn, loadProvenance, positionProperties } from './lib/inputs.ts';

const provenance = loadProvenance('data');
failOn(provenance.issues, 'provenance');
/** The documented position of a feature, or undefined when no document gives one. */
const at = (id) => provenance.positions.get(id);

const round = (n) => Math.round(n * 1e6) / 1e6;
const pt = ([lon, lat]) => [round(lon), round(lat)];

const STATION_SOURCE =
  'Lines and order: Shenzhen Metro network as of 2026 (line lists, reports of the 28 Dec 2025 openings); ' +
  'position: the documents listed with it';
const LINE_SOURCE =
  'Our sketch, not the tunnel: straight segments through the documented station points of ' +
  'metro-stations.geojson in operator order; colour: Shenzhen Metro line colour as published in public ' +
  'line-colour lists (see data/sources/transport.md)';

// ---------------------------------------------------------------------------------------------
// Stations. `key` is the pinyin used in ids. Stations outside Luohu (`context: true`) carry the lines
// on beyond the district; they are written as features once a document locates them.
// ---------------------------------------------------------------------------------------------
const S = {
  // Line 1
  luohu: { zh: '罗湖', en: 'Luohu' },
  guomao: { zh: '国贸', en: 'Guomao' },
  laojie: { zh: '老街', en: 'Laojie' },
  dajuyuan: { zh: '大剧院', en: 'Grand Theater' },
  kexueguan: { zh: '科学馆', en: 'Science Museum', context: true },
  huaqianglu: { zh: '华强路', en: 'Huaqiang Road', context: true },
  // Line 2 / 8
  yannan: { zh: '燕南', en: 'Yannan', context: true },
  hubei: { zh: '湖贝', en: 'Hubei' },
  huangbeiling: { zh: '黄贝岭', en: 'Huangbeiling' },
  xinxiu: { zh: '新秀', en: 'Xinxiu' },
  liantangkouan: { zh: '莲塘口岸', en: 'Liantang Port' },
  xianhulu: { zh: '仙湖路', en: 'Xianhu Road' },
  liantang: { zh: '莲塘', en: 'Liantang' },
  wutongshannan: { zh: '梧桐山南', en: 'Wutong Mountain South' },
  shatoujiao: { zh: '沙头角', en: 'Shatoujiao', context: true },
  haishan: { zh: '海山', en: 'Haishan', context: true },
  // Line 3
  huaxin: { zh: '华新', en: 'Huaxin', context: true },
  tongxinling: { zh: '通新岭', en: 'Tongxinling', context: true },
  hongling: { zh: '红岭', en: 'Hongling' },
  shaibu: { zh: '晒布', en: 'Shaibu' },
  cuizhu: { zh: '翠竹', en: 'Cuizhu' },
  tianbei: { zh: '田贝', en: 'Tianbei' },
  shuibei: { zh: '水贝', en: 'Shuibei' },
  caopu: { zh: '草埔', en: 'Caopu' },
  buji: { zh: '布吉', en: 'Buji', context: true },
  mumianwan: { zh: '木棉湾', en: 'Mumianwan', context: true },
  // Line 5
  yijing: { zh: '怡景', en: 'Yijing' },
  taian: { zh: '太安', en: "Tai'an" },
  buxin: { zh: '布心', en: 'Buxin' },
  baigelong: { zh: '百鸽笼', en: 'Baigelong', context: true },
  // Line 7
  huangmugang: { zh: '黄木岗', en: 'Huangmugang', context: true },
  bagualing: { zh: '八卦岭', en: 'Bagualing', context: true },
  honglingbei: { zh: '红岭北', en: 'Hongling North' },
  sungang: { zh: '笋岗', en: 'Sungang' },
  honghu: { zh: '洪湖', en: 'Honghu' },
  // Line 9
  maling: { zh: '孖岭', en: 'Maling', context: true },
  yinhu: { zh: '银湖', en: 'Yinhu' },
  nigang: { zh: '泥岗', en: 'Nigang' },
  yuanling: { zh: '园岭', en: 'Yuanling' },
  honglingnan: { zh: '红岭南', en: 'Hongling South' },
  ludancun: { zh: '鹿丹村', en: 'Ludancun' },
  renminnan: { zh: '人民南', en: 'Renmin South' },
  xiangxicun: { zh: '向西村', en: 'Xiangxicun' },
  wenjin: { zh: '文锦', en: 'Wenjin' },
  // Line 11
  gangxiabei: { zh: '岗厦北', en: 'Gangxia North', context: true },
  fuxing: { zh: '福星', en: 'Fuxing', context: true },
  huaqiangnan: { zh: '华强南', en: 'Huaqiang South', context: true },
  // Line 14
  luohubei: { zh: '罗湖北', en: 'Luohu North' },
  shiyaling: { zh: '石芽岭', en: 'Shiyaling', context: true },
};

// Stations known to exist whose position we cannot give closely enough: counted in a line's order
// and listed in its `stations_zh`/`stations_en`, but neither drawn nor written as a station.
const UNPLACED = {
  dongmen: { zh: '东门', en: 'Dongmen' },
};

// ---------------------------------------------------------------------------------------------
// Lines. `stations` is the drawn stretch in operator order ('~key' = an unplaced station);
// `firstOrder` is the position of the first listed station counted from the terminus named in
// `from` (1 = that terminus).
// ---------------------------------------------------------------------------------------------
const LINES = [
  {
    id: 'metro-line-1',
    zh: '1号线（罗宝线）',
    en: 'Line 1 (Luobao Line)',
    color: '#00B140',
    from: ['罗湖', 'Luohu'],
    firstOrder: 1,
    stations: ['luohu', 'guomao', 'laojie', 'dajuyuan', 'kexueguan', 'huaqianglu'],
    dzh: '罗湖站为本线东端终点，位于罗湖口岸与深圳站之间的广场地下；罗湖段经国贸、老街、大剧院。',
    den: 'Luohu station, the eastern terminus, lies under the plaza between Luohu Port and Shenzhen Station; in Luohu the line also serves Guomao, Laojie and Grand Theater.',
  },
  {
    id: 'metro-line-2',
    zh: '2号线/8号线',
    en: 'Line 2 / Line 8',
    color: '#B94700',
    from: ['赤湾', 'Chiwan'],
    firstOrder: 25,
    stations: [
      'yannan',
      'dajuyuan',
      'hubei',
      'huangbeiling',
      'xinxiu',
      'liantangkouan',
      'xianhulu',
      'liantang',
      'wutongshannan',
      'shatoujiao',
      'haishan',
    ],
    dzh: '2号线与8号线贯通运营，自大剧院向东经湖贝、黄贝岭、新秀、莲塘口岸、仙湖路、莲塘、梧桐山南至盐田沙头角。',
    den: 'Lines 2 and 8 run as one service: from Grand Theater east via Hubei, Huangbeiling, Xinxiu, Liantang Port, Xianhu Road, Liantang and Wutong Mountain South to Shatoujiao in Yantian.',
  },
  {
    id: 'metro-line-3',
    zh: '3号线（龙岗线）',
    en: 'Line 3 (Longgang Line)',
    color: '#00A9E0',
    from: ['福保', 'Futian Bonded Area'],
    firstOrder: 8,
    stations: [
      'huaxin',
      'tongxinling',
      'hongling',
      'laojie',
      'shaibu',
      'cuizhu',
      'tianbei',
      'shuibei',
      'caopu',
      'buji',
      'mumianwan',
    ],
    dzh: '自红岭经老街、晒布、翠竹、田贝、水贝、草埔向东北出罗湖至布吉、龙岗。',
    den: 'From Hongling via Laojie, Shaibu, Cuizhu, Tianbei, Shuibei and Caopu north-east out of Luohu to Buji and Longgang.',
  },
  {
    id: 'metro-line-5',
    zh: '5号线（环中线）',
    en: 'Line 5 (Huanzhong Line)',
    color: '#A05EB5',
    from: ['大剧院', 'Grand Theater'],
    firstOrder: 1,
    // 东门 (Dongmen) lies between Grand Theater and Hubei; its position is not known to us closely
    // enough, so it is counted in the order but not drawn (see data/sources/transport.md).
    stations: [
      'dajuyuan',
      '~dongmen',
      'hubei',
      'huangbeiling',
      'yijing',
      'taian',
      'buxin',
      'baigelong',
      'buji',
    ],
    dzh: '2025年12月28日西延段（黄贝岭—湖贝—东门—大剧院）开通，大剧院成为本线罗湖一端的终点；罗湖段另经黄贝岭、怡景、太安、布心。东门站未绘出。',
    den: 'The western extension Huangbeiling–Hubei–Dongmen–Grand Theater opened on 28 Dec 2025, making Grand Theater this end’s terminus; in Luohu the line also serves Huangbeiling, Yijing, Tai’an and Buxin. Dongmen station is not drawn.',
  },
  {
    id: 'metro-line-7',
    zh: '7号线（西丽线）',
    en: 'Line 7 (Xili Line)',
    color: '#0033A0',
    from: ['太安', "Tai'an"],
    firstOrder: 1,
    stations: ['taian', 'tianbei', 'honghu', 'sungang', 'honglingbei', 'bagualing', 'huangmugang'],
    dzh: '太安为本线东端终点；罗湖段经田贝、洪湖、笋岗、红岭北。',
    den: 'Tai’an is the eastern terminus; in Luohu the line serves Tianbei, Honghu, Sungang and Hongling North.',
  },
  {
    id: 'metro-line-9',
    zh: '9号线（梅林线）',
    en: 'Line 9 (Meilin Line)',
    color: '#7B6469',
    from: ['文锦', 'Wenjin'],
    firstOrder: 1,
    stations: [
      'wenjin',
      'xiangxicun',
      'renminnan',
      'ludancun',
      'honglingnan',
      'hongling',
      'yuanling',
      'honglingbei',
      'nigang',
      'yinhu',
      'maling',
    ],
    dzh: '文锦为本线东端终点，近文锦渡口岸；沿罗湖与福田交界的红岭路南北走向，经泥岗、银湖西去梅林。',
    den: 'Wenjin, near Wenjindu Port, is the eastern terminus; the line runs north–south along Hongling Road on the Luohu–Futian edge, then west via Nigang and Yinhu to Meilin.',
  },
  {
    id: 'metro-line-11',
    zh: '11号线（机场线）',
    en: 'Line 11 (Airport Line)',
    color: '#672146',
    from: ['红岭南', 'Hongling South'],
    firstOrder: 1,
    stations: ['honglingnan', 'huaqiangnan', 'fuxing', 'gangxiabei'],
    dzh: '二期红岭南段（华强南—红岭南）于2025年12月28日开通，红岭南为本线东端终点；据报道与9号线红岭南站需出站换乘。',
    den: 'The Hongling South section (Huaqiang South–Hongling South) opened on 28 Dec 2025, making Hongling South the eastern terminus; reports say the change to Line 9 there is made outside the fare gates.',
  },
  {
    id: 'metro-line-14',
    zh: '14号线（东部快线）',
    en: 'Line 14 (Eastern Express)',
    color: '#F2C75C',
    from: ['岗厦北', 'Gangxia North'],
    firstOrder: 1,
    stations: ['gangxiabei', 'huangmugang', 'luohubei', 'buji', 'shiyaling'],
    dzh: '快线，2022年10月28日开通；在罗湖设罗湖北站（黄木岗与布吉之间）。',
    den: 'An express line opened on 28 Oct 2022; its Luohu station is Luohu North, between Huangmugang and Buji.',
  },
];

// Notes for stations that need one (ours, short, factual).
const STATION_NOTES = {
  luohu: [
    '1号线东端终点，连接罗湖口岸与深圳站。',
    'Eastern terminus of Line 1, linking Luohu Port and Shenzhen Station.',
  ],
  liantangkouan: ['服务莲塘口岸。', 'Serves Liantang Port.'],
  wenjin: ['9号线东端终点，近文锦渡口岸。', 'Eastern terminus of Line 9, near Wenjindu Port.'],
  dajuyuan: [
    '1号线、2/8号线与5号线（2025年12月28日起）换乘站。',
    'Interchange of Line 1, Lines 2/8 and, since 28 Dec 2025, Line 5.',
  ],
  hubei: [
    '2/8号线与5号线（2025年12月28日起）换乘站。',
    'Interchange of Lines 2/8 and, since 28 Dec 2025, Line 5.',
  ],
  honglingnan: [
    '9号线与11号线（2025年12月28日起）车站；据报道两线需出站换乘。',
    'Served by Line 9 and, since 28 Dec 2025, Line 11; reports say the change between them is made outside the fare gates.',
  ],
  yinhu: [
    '位于罗湖与福田交界；亦为6号线车站（6号线未在本图层绘出）。',
    'On the Luohu–Futian edge; also a Line 6 station (Line 6 is not drawn in this layer).',
  ],
  luohubei: [
    '14号线车站；2022年该线开通时此站列为在建、列车不停。此后是否开通我们未能核实。',
    'Line 14 station; when the line opened in 2022 it was listed as under construction, with trains passing through. We could not confirm whether it has opened since.',
  ],
  honglingbei: ['位于罗湖与福田交界。', 'On the Luohu–Futian edge.'],
  hongling: ['位于罗湖与福田交界（红岭路）。', 'On the Luohu–Futian edge (Hongling Road).'],
  yuanling: ['位于罗湖与福田交界（红岭路）。', 'On the Luohu–Futian edge (Hongling Road).'],
};

// ---------------------------------------------------------------------------------------------
// Build metro features.
// ---------------------------------------------------------------------------------------------
// A station is drawn where a document places it; '~key' stations and undocumented ones are not.
const placed = (key) => !key.startsWith('~') && at(`station-${key}`) !== undefined;
const info = (key) => (key.startsWith('~') ? UNPLACED[key.slice(1)] : S[key]);
for (const line of LINES) {
  for (const key of line.stations) if (!info(key)) throw new Error(`${line.id}: unknown station ${key}`);
}

const lineFeatures = LINES.map((line) => ({
  type: 'Feature',
  id: line.id,
  properties: {
    name_zh: line.zh,
    name_en: line.en,
    kind: 'metro-line',
    measures: [4],
    color: line.color,
    stations_zh: line.stations.map((k) => info(k).zh),
    stations_en: line.stations.map((k) => info(k).en),
    order_from_zh: line.from[0],
    order_from_en: line.from[1],
    description_zh: line.dzh,
    description_en: line.den,
    source: LINE_SOURCE,
    accuracy: 'schematic',
  },
  geometry: {
    type: 'LineString',
    coordinates: line.stations.filter(placed).map((k) => at(`station-${k}`).point),
  },
}));

const unplacedStations = Object.entries(S).filter(([key]) => !placed(key));
if (unplacedStations.length)
  console.log(`stations without a document: ${unplacedStations.map(([k]) => k).join(', ')}`);
// Stations outside the district are written too when documented: the lines run on through them.
const onALine = (key) => LINES.some((line) => line.stations.includes(key));
const stationFeatures = Object.entries(S)
  .filter(([key]) => placed(key) && onALine(key))
  .map(([key, s]) => {
    const lines = [];
    const order = {};
    for (const line of LINES) {
      const i = line.stations.indexOf(key);
      if (i >= 0) {
        lines.push(line.id);
        order[line.id] = line.firstOrder + i;
      }
    }
    if (!lines.length) throw new Error(`station ${key} is on no line`);
    const note = STATION_NOTES[key];
    return {
      type: 'Feature',
      id: `station-${key}`,
      properties: {
        name_zh: s.zh,
        name_en: s.en,
        kind: 'metro-station',
        measures: [4],
        lines,
        order,
        ...(note ? { description_zh: note[0], description_en: note[1] } : {}),
        source: STATION_SOURCE,
        ...positionProperties(at(`station-${key}`)),
      },
      geometry: { type: 'Point', coordinates: at(`station-${key}`).point },
    };
  });

// ---------------------------------------------------------------------------------------------
// Ports and passenger hubs (Shenzhen-side buildings).
// ---------------------------------------------------------------------------------------------
const ports = [
  {
    id: 'port-luohu',
    kind: 'port',
    zh: '罗湖口岸',
    en: 'Luohu Port',
    handles_zh: '旅客（步行）通关；过深圳河与港铁东铁线罗湖站相连。',
    handles_en:
      'Passengers on foot; linked across the Shenzhen River to Lo Wu station of the MTR East Rail line.',
    dzh: '深圳与香港之间的陆路旅检口岸，北接深圳站与地铁1号线罗湖站。',
    den: 'Land passenger crossing between Shenzhen and Hong Kong, opening north onto Shenzhen Station and Luohu station of Metro Line 1.',
    source: 'Role: Wikipedia “Luohu Port”; position: the documents listed with it',
  },
  {
    id: 'port-wenjindu',
    kind: 'port',
    zh: '文锦渡口岸',
    en: 'Wenjindu Port',
    handles_zh: '公路口岸，以跨境货车通关为主。',
    handles_en: 'Road crossing, mainly for cross-boundary goods vehicles.',
    dzh: '位于文锦南路南端、深圳河北岸，对岸为香港文锦渡管制站。',
    den: 'At the south end of Wenjin South Road on the north bank of the Shenzhen River, facing Hong Kong’s Man Kam To Control Point.',
    source: 'Role: Wikipedia “Man Kam To Control Point”; position: the documents listed with it',
  },
  {
    id: 'port-liantang',
    kind: 'port',
    zh: '莲塘口岸',
    en: 'Liantang Port',
    handles_zh: '旅客与车辆；2020年8月26日起货车通关，2023年2月6日起旅客通关。',
    handles_en: 'Passengers and vehicles; goods vehicles since 26 Aug 2020, passengers since 6 Feb 2023.',
    dzh: '香港一侧为香园围管制站；旅检楼跨深圳河而建，地铁2/8号线莲塘口岸站在旁。',
    den: 'Its Hong Kong counterpart is Heung Yuen Wai Control Point; the passenger building spans the Shenzhen River, next to Liantang Port station of Metro Lines 2/8.',
    source:
      'Facts: HKSAR Government press release 21 Aug 2020 and Wikipedia “Heung Yuen Wai Control Point”; position: the documents listed with it',
  },
  {
    id: 'hub-shenzhen-station',
    kind: 'rail-station',
    zh: '深圳站',
    en: 'Shenzhen Railway Station',
    handles_zh: '国家铁路客运站，广深铁路南端终点。',
    handles_en: 'National railway passenger station; southern terminus of the Guangzhou–Shenzhen Railway.',
    dzh: '又称罗湖火车站，紧邻罗湖口岸，东广场地下为地铁1号线罗湖站。',
    den: 'Also called Luohu railway station; next to Luohu Port, with Luohu metro station (Line 1) under its east plaza.',
    source: 'Facts: Wikipedia “Shenzhen railway station”; position: the documents listed with it',
  },
  {
    id: 'hub-luohu-transport',
    kind: 'bus-hub',
    zh: '罗湖汽车站（罗湖口岸/火车站交通枢纽）',
    en: 'Luohu Bus Station (Luohu Port / railway station transport hub)',
    handles_zh: '长途汽车客运站，位于罗湖商业城一层，毗邻罗湖口岸和深圳站。',
    handles_en:
      'Long-distance coach station on the ground floor of Luohu Commercial City, next to Luohu Port and Shenzhen Station.',
    dzh: '罗湖口岸、深圳站、地铁罗湖站与公交、长途汽车组成的交通枢纽中的汽车客运部分。',
    den: 'The coach part of the hub formed by Luohu Port, Shenzhen Station, Luohu metro station and buses.',
    source:
      'Facts: Shenzhen Evening News report on Luohu Bus Station (via 163.com); position: the documents listed with it',
  },
];

// A port no document locates stays in the atlas (text, search, inspector) without a point: it stands
// in the district, the area the manifest focuses on.
const district = JSON.parse(readFileSync('data/atlas.json', 'utf8')).focus.feature;
const portFeatures = ports.map((p) => ({
  type: 'Feature',
  id: p.id,
  properties: {
    name_zh: p.zh,
    name_en: p.en,
    kind: p.kind,
    measures: [4],
    handles_zh: p.handles_zh,
    handles_en: p.handles_en,
    description_zh: p.dzh,
    description_en: p.den,
    source: p.source,
    ...(at(p.id) ? positionProperties(at(p.id)) : { accuracy: 'area', area: district }),
  },
  geometry: at(p.id) ? { type: 'Point', coordinates: at(p.id).point } : null,
}));

// ---------------------------------------------------------------------------------------------
// Railway: Guangzhou–Shenzhen Railway from Shenzhen East (formerly Buji) south through Luohu to
// Shenzhen Station and the Shenzhen River, and the short Hong Kong stretch to Lo Wu.
// ---------------------------------------------------------------------------------------------
const guangshen = [
  [114.1146, 22.6085], // north of Shenzhen East (Longgang)
  [114.1144, 22.6039], // Shenzhen East station (formerly Buji station)
  [114.1128, 22.5955],
  [114.1112, 22.587], // past Caopu
  [114.1105, 22.58], // Sungang freight yard
  [114.1118, 22.572],
  [114.1125, 22.565],
  [114.1112, 22.556],
  [114.11, 22.548], // west of Jianshe Road at Shennan East Road
  [114.1105, 22.541],
  [114.1118, 22.5344], // Shenzhen Station
  [114.1124, 22.5305], // Shenzhen River (boundary)
];
const eastRail = [
  [114.1124, 22.5305],
  [114.1134, 22.5283], // Lo Wu station (English Wikipedia)
];

const railFeatures = [
  {
    type: 'Feature',
    id: 'railway-guangshen',
    properties: {
      name_zh: '广深铁路（罗湖段）',
      name_en: 'Guangzhou–Shenzhen Railway (Luohu section)',
      kind: 'railway',
      measures: [4],
      description_zh: '自北面深圳东站（原布吉站，属龙岗）经笋岗站向南穿过罗湖，至深圳站及深圳河边界。',
      description_en:
        'From Shenzhen East station (formerly Buji, in Longgang) south through Luohu past Sungang freight station to Shenzhen Station and the Shenzhen River boundary.',
      source:
        'Our sketch of the general alignment between Shenzhen East (Wikipedia, 22.6039 N, 114.1144 E) and Shenzhen railway station (Wikipedia, 22.5344 N, 114.1121 E); no document gives the track geometry, so the course between them is schematic (see data/sources/transport.md)',
      accuracy: 'schematic',
    },
    geometry: { type: 'LineString', coordinates: guangshen.map(pt) },
  },
  {
    type: 'Feature',
    id: 'railway-east-rail-lo-wu',
    properties: {
      name_zh: '港铁东铁线（至罗湖站，香港境内）',
      name_en: 'MTR East Rail line to Lo Wu (Hong Kong)',
      kind: 'railway',
      measures: [4],
      description_zh: '铁路过深圳河后进入香港，罗湖站为港铁东铁线北端车站，经罗湖口岸与深圳相连。',
      description_en:
        'Across the Shenzhen River the line enters Hong Kong; Lo Wu is the northern station of the MTR East Rail line, connected to Shenzhen through Luohu Port.',
      source:
        'Our sketch from the Shenzhen River to Lo Wu station (English Wikipedia “Lo Wu station”, 22.5283 N, 114.1134 E); no document gives the track geometry',
      accuracy: 'schematic',
    },
    geometry: { type: 'LineString', coordinates: eastRail.map(pt) },
  },
];

// ---------------------------------------------------------------------------------------------
// One feature per line keeps diffs readable.
const write = (path, features) =>
  writeFileSync(
    path,
    `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
  );
write('data/layers/ports.geojson', portFeatures);
write('data/layers/metro-lines.geojson', lineFeatures);
write('data/layers/metro-stations.geojson', stationFeatures);
write('data/layers/railway.geojson', railFeatures);
console.log(
  `ports ${portFeatures.length}, metro lines ${lineFeatures.length}, stations ${stationFeatures.length}, railway ${railFeatures.length}`,
);
