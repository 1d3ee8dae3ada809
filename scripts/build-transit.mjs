// Writes the transport layers of the atlas from the data tables below: border ports and passenger
// hubs, metro lines, metro stations and the national railway. Station positions and line orders
// live here as data and every metro line is drawn through its own station points, so a station
// always lies on the lines it lists. Sources and accuracy: data/sources/transport.md.
// Run with `node scripts/build-transit.mjs`; the outputs are committed.
import { writeFileSync } from 'node:fs';

const round = (n) => Math.round(n * 1e6) / 1e6;
const pt = ([lon, lat]) => [round(lon), round(lat)];

const STATION_SOURCE =
  'Position: public station list with WGS84 coordinates (GitHub haliun0301/metro, data/stations.ts; its own ' +
  'source is not stated), spot-checked against Wikipedia coordinates and the Luohu boundary; ' +
  'lines and order: Shenzhen Metro network as of 2026 (line lists, reports of the 28 Dec 2025 openings)';
const LINE_SOURCE =
  'Our drawing: straight segments through the station points of metro-stations.geojson in operator order ' +
  '(same station list as there); colour: Shenzhen Metro line colour as published in public line-colour lists ' +
  '(see data/sources/transport.md)';

// ---------------------------------------------------------------------------------------------
// Stations. `key` is the pinyin used in ids. Stations outside Luohu that only shape a line are
// marked `context: true` and are not written as station features.
// ---------------------------------------------------------------------------------------------
const S = {
  // Line 1
  luohu: { zh: '罗湖', en: 'Luohu', at: [114.1131787, 22.5333117] },
  guomao: { zh: '国贸', en: 'Guomao', at: [114.113907, 22.5424182] },
  laojie: { zh: '老街', en: 'Laojie', at: [114.1108594, 22.5472942] },
  dajuyuan: { zh: '大剧院', en: 'Grand Theater', at: [114.1026233, 22.5440767] },
  kexueguan: { zh: '科学馆', en: 'Science Museum', at: [114.0897584, 22.54331], context: true },
  huaqianglu: { zh: '华强路', en: 'Huaqiang Road', at: [114.0799442, 22.5430403], context: true },
  // Line 2 / 8
  huaqiangbei: { zh: '华强北', en: 'Huaqiang North', at: [114.0802516, 22.547012], context: true },
  yannan: { zh: '燕南', en: 'Yannan', at: [114.086904, 22.5471651], context: true },
  hubei: { zh: '湖贝', en: 'Hubei', at: [114.1204817, 22.5470077] },
  huangbeiling: { zh: '黄贝岭', en: 'Huangbeiling', at: [114.1312089, 22.5486445] },
  xinxiu: { zh: '新秀', en: 'Xinxiu', at: [114.144064, 22.5505114] },
  liantangkouan: { zh: '莲塘口岸', en: 'Liantang Port', at: [114.1502297, 22.5559169] },
  xianhulu: { zh: '仙湖路', en: 'Xianhu Road', at: [114.1613528, 22.5667032] },
  liantang: { zh: '莲塘', en: 'Liantang', at: [114.1688677, 22.5668762] },
  wutongshannan: { zh: '梧桐山南', en: 'Wutong Mountain South', at: [114.1780119, 22.5611347] },
  shatoujiao: { zh: '沙头角', en: 'Shatoujiao', at: [114.2181995, 22.5572091], context: true },
  haishan: { zh: '海山', en: 'Haishan', at: [114.2328208, 22.5583269], context: true },
  // Line 3
  huaxin: { zh: '华新', en: 'Huaxin', at: [114.0817703, 22.5517929], context: true },
  tongxinling: { zh: '通新岭', en: 'Tongxinling', at: [114.0910756, 22.5519567], context: true },
  hongling: { zh: '红岭', en: 'Hongling', at: [114.0994499, 22.5510292] },
  shaibu: { zh: '晒布', en: 'Shaibu', at: [114.1176854, 22.5521161] },
  cuizhu: { zh: '翠竹', en: 'Cuizhu', at: [114.1247615, 22.5589208] },
  tianbei: { zh: '田贝', en: 'Tianbei', at: [114.1249897, 22.5699902] },
  shuibei: { zh: '水贝', en: 'Shuibei', at: [114.1196698, 22.5768941] },
  caopu: { zh: '草埔', en: 'Caopu', at: [114.1113561, 22.5870347] },
  buji: { zh: '布吉', en: 'Buji', at: [114.1165075, 22.6044178], context: true },
  mumianwan: { zh: '木棉湾', en: 'Mumianwan', at: [114.1252705, 22.6097289], context: true },
  // Line 5
  yijing: { zh: '怡景', en: 'Yijing', at: [114.134958, 22.5587011] },
  taian: { zh: '太安', en: "Tai'an", at: [114.1322063, 22.576969] },
  buxin: { zh: '布心', en: 'Buxin', at: [114.1329871, 22.583567] },
  baigelong: { zh: '百鸽笼', en: 'Baigelong', at: [114.1253278, 22.5973734], context: true },
  // Line 7
  huangmugang: { zh: '黄木岗', en: 'Huangmugang', at: [114.0821888, 22.5585802], context: true },
  bagualing: { zh: '八卦岭', en: 'Bagualing', at: [114.0888249, 22.5633903], context: true },
  honglingbei: { zh: '红岭北', en: 'Hongling North', at: [114.0994515, 22.5646871] },
  sungang: { zh: '笋岗', en: 'Sungang', at: [114.1058553, 22.5658661] },
  honghu: { zh: '洪湖', en: 'Honghu', at: [114.1173197, 22.5686556] },
  // Line 9
  maling: { zh: '孖岭', en: 'Maling', at: [114.0617322, 22.5700289], context: true },
  yinhu: { zh: '银湖', en: 'Yinhu', at: [114.0842819, 22.571339] },
  nigang: { zh: '泥岗', en: 'Nigang', at: [114.0920496, 22.5702261] },
  yuanling: { zh: '园岭', en: 'Yuanling', at: [114.0994748, 22.5588156] },
  honglingnan: { zh: '红岭南', en: 'Hongling South', at: [114.0998324, 22.5423222] },
  ludancun: { zh: '鹿丹村', en: 'Ludancun', at: [114.1038014, 22.5383111] },
  renminnan: { zh: '人民南', en: 'Renmin South', at: [114.1131281, 22.5380996] },
  xiangxicun: { zh: '向西村', en: 'Xiangxicun', at: [114.1206023, 22.5425522] },
  wenjin: { zh: '文锦', en: 'Wenjin', at: [114.1259145, 22.5450815] },
  // Line 11
  gangxiabei: { zh: '岗厦北', en: 'Gangxia North', at: [114.0642711, 22.5434393], context: true },
  fuxing: { zh: '福星', en: 'Fuxing', at: [114.0763, 22.5401886], context: true },
  huaqiangnan: { zh: '华强南', en: 'Huaqiang South', at: [114.0829812, 22.5407047], context: true },
  // Line 14
  luohubei: { zh: '罗湖北', en: 'Luohu North', at: [114.1079213, 22.5832668] },
  shiyaling: { zh: '石芽岭', en: 'Shiyaling', at: [114.1328049, 22.6311356], context: true },
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
const placed = (key) => !key.startsWith('~');
const info = (key) => (placed(key) ? S[key] : UNPLACED[key.slice(1)]);
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
    accuracy: 'approximate',
  },
  geometry: { type: 'LineString', coordinates: line.stations.filter(placed).map((k) => pt(S[k].at)) },
}));

const stationFeatures = Object.entries(S)
  .filter(([, s]) => !s.context)
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
        accuracy: 'approximate',
      },
      geometry: { type: 'Point', coordinates: pt(s.at) },
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
    at: [114.1134, 22.532],
    handles_zh: '旅客（步行）通关；过深圳河与港铁东铁线罗湖站相连。',
    handles_en:
      'Passengers on foot; linked across the Shenzhen River to Lo Wu station of the MTR East Rail line.',
    dzh: '深圳与香港之间的陆路旅检口岸，北接深圳站与地铁1号线罗湖站。',
    den: 'Land passenger crossing between Shenzhen and Hong Kong, opening north onto Shenzhen Station and Luohu station of Metro Line 1.',
    source:
      'Position: Wikipedia “Luohu Port” coordinates (22.5322 N, 114.1133 E) checked against Lo Wu station and the Shenzhen River boundary; role: Wikipedia “Luohu Port”',
  },
  {
    id: 'port-wenjindu',
    kind: 'port',
    zh: '文锦渡口岸',
    en: 'Wenjindu Port',
    at: [114.1285, 22.542],
    handles_zh: '公路口岸，以跨境货车通关为主。',
    handles_en: 'Road crossing, mainly for cross-boundary goods vehicles.',
    dzh: '位于文锦南路南端、深圳河北岸，对岸为香港文锦渡管制站。',
    den: 'At the south end of Wenjin South Road on the north bank of the Shenzhen River, facing Hong Kong’s Man Kam To Control Point.',
    source:
      'Position: our estimate of the Shenzhen-side port at the end of Wenjin South Road, north of Man Kam To Control Point (Wikipedia, 22.5370 N, 114.1294 E) and east of Wenjin metro station; role: Wikipedia “Man Kam To Control Point”',
  },
  {
    id: 'port-liantang',
    kind: 'port',
    zh: '莲塘口岸',
    en: 'Liantang Port',
    at: [114.1512, 22.5545],
    handles_zh: '旅客与车辆；2020年8月26日起货车通关，2023年2月6日起旅客通关。',
    handles_en: 'Passengers and vehicles; goods vehicles since 26 Aug 2020, passengers since 6 Feb 2023.',
    dzh: '香港一侧为香园围管制站；旅检楼跨深圳河而建，地铁2/8号线莲塘口岸站在旁。',
    den: 'Its Hong Kong counterpart is Heung Yuen Wai Control Point; the passenger building spans the Shenzhen River, next to Liantang Port station of Metro Lines 2/8.',
    source:
      'Position: between Liantang Port metro station and Heung Yuen Wai Control Point (Wikipedia, 22.5543 N, 114.1524 E); facts: HKSAR Government press release 21 Aug 2020 and Wikipedia “Heung Yuen Wai Control Point”',
  },
  {
    id: 'hub-shenzhen-station',
    kind: 'rail-station',
    zh: '深圳站',
    en: 'Shenzhen Railway Station',
    at: [114.1121, 22.5344],
    handles_zh: '国家铁路客运站，广深铁路南端终点。',
    handles_en: 'National railway passenger station; southern terminus of the Guangzhou–Shenzhen Railway.',
    dzh: '又称罗湖火车站，紧邻罗湖口岸，东广场地下为地铁1号线罗湖站。',
    den: 'Also called Luohu railway station; next to Luohu Port, with Luohu metro station (Line 1) under its east plaza.',
    source:
      'Position: Wikipedia “Shenzhen railway station” coordinates (22.5344 N, 114.1121 E); facts: same article',
  },
  {
    id: 'hub-luohu-transport',
    kind: 'bus-hub',
    zh: '罗湖汽车站（罗湖口岸/火车站交通枢纽）',
    en: 'Luohu Bus Station (Luohu Port / railway station transport hub)',
    at: [114.115, 22.5328],
    handles_zh: '长途汽车客运站，位于罗湖商业城一层，毗邻罗湖口岸和深圳站。',
    handles_en:
      'Long-distance coach station on the ground floor of Luohu Commercial City, next to Luohu Port and Shenzhen Station.',
    dzh: '罗湖口岸、深圳站、地铁罗湖站与公交、长途汽车组成的交通枢纽中的汽车客运部分；点位为罗湖商业城大致位置。',
    den: 'The coach part of the hub formed by Luohu Port, Shenzhen Station, Luohu metro station and buses; the point marks the approximate position of Luohu Commercial City.',
    source:
      'Facts: Shenzhen Evening News report on Luohu Bus Station (via 163.com); position: our estimate of Luohu Commercial City east of the station plaza',
  },
];

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
    accuracy: 'approximate',
  },
  geometry: { type: 'Point', coordinates: pt(p.at) },
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
  [114.113, 22.5283], // Lo Wu station
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
        'Fixed points: Wikipedia coordinates of Shenzhen East (22.6039 N, 114.1144 E) and Shenzhen railway station (22.5344 N, 114.1121 E); course between them our drawing of the general alignment (see data/sources/transport.md)',
      accuracy: 'approximate',
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
        'Lo Wu station position from public Hong Kong map data as remembered (about 22.528 N, 114.113 E); our drawing',
      accuracy: 'approximate',
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
