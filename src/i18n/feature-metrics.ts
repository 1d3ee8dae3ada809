import { translator } from './translate';

/** UI strings of the planner metrics and catchments in the inspector. */
const ZH = {
  title: '规划指标',
  area: '面积',
  perimeter: '周长',
  length: '长度',
  inside: '范围内',
  insideCounts: '地铁站 {stations} 个 · 口岸 {ports} 个 · 项目 {projects} 个',
  share: '位于区内',
  sharePercent: '{percent}%',
  stationsNear: '{radius} 米内的地铁站',
  noStationsNear: '{radius} 米内没有地铁站',
  stationAt: '{name}（{distance}）',
  catchment: '服务范围',
  radius: '半径',
  radiusButton: '{radius} 米',
  customRadius: '自定义半径（米）',
  apply: '应用',
  show: '显示服务范围',
  invalidRadius: '请输入 1 到 5000 之间的米数',
  straightLine: '按直线距离计算，不代表步行或出行距离。',
  summary:
    '{radius} 米内：地铁站 {stations} 个 · 口岸与枢纽 {hubs} 个 · 项目 {projects} 个 · 街道 {areas} 个',
  stations: '地铁站',
  hubs: '口岸与枢纽',
  projects: '项目（按类别）',
  subdistricts: '涉及街道',
  nothing: '无',
  categoryCount: '{category}：{n}',
} as const;

/** A key of the metrics UI strings. */
export type MetricsKey = keyof typeof ZH;

const EN: Record<MetricsKey, string> = {
  title: 'Planning metrics',
  area: 'Area',
  perimeter: 'Perimeter',
  length: 'Length',
  inside: 'Inside',
  insideCounts: '{stations} metro stations · {ports} border ports · {projects} projects',
  share: 'Inside the district',
  sharePercent: '{percent}%',
  stationsNear: 'Metro stations within {radius} m',
  noStationsNear: 'No metro station within {radius} m',
  stationAt: '{name} ({distance})',
  catchment: 'Catchment',
  radius: 'Radius',
  radiusButton: '{radius} m',
  customRadius: 'Custom radius (metres)',
  apply: 'Apply',
  show: 'Show catchment',
  invalidRadius: 'Enter a number of metres from 1 to 5000',
  straightLine: 'Straight-line distance, not a walking or travel distance.',
  summary:
    'Within {radius} m: {stations} metro stations · {hubs} ports and hubs · {projects} projects · {areas} subdistricts',
  stations: 'Metro stations',
  hubs: 'Ports and hubs',
  projects: 'Projects by category',
  subdistricts: 'Subdistricts reached',
  nothing: 'None',
  categoryCount: '{category}: {n}',
};

/** A metrics string in the given language, `{name}` placeholders filled from `vars`. */
export const tm = translator<MetricsKey>({ zh: ZH, en: EN });
