import type { Lang, Manifest } from '../content/types';
import { roleLabel } from '../content/vocabulary';
import { translator } from './translate';

/** UI strings of the planner metrics and catchments in the inspector. */
const ZH = {
  title: '规划指标',
  area: '面积',
  perimeter: '周长',
  length: '长度',
  inside: '范围内',
  insideCounts: '{station} {stations} 个 · {port} {ports} 个 · {project} {projects} 个',
  share: '位于区内',
  sharePercent: '{percent}%',
  stationsNear: '{radius} 米内的{station}',
  noStationsNear: '{radius} 米内没有{station}',
  stationAt: '{name}（{distance}）',
  catchment: '服务范围',
  radius: '半径',
  radiusButton: '{radius} 米',
  customRadius: '自定义半径（米）',
  apply: '应用',
  show: '显示 {radius} 米服务范围',
  hide: '隐藏服务范围',
  invalidRadius: '请输入 1 到 5000 之间的米数',
  straightLine: '按直线距离计算，不代表步行或出行距离。',
  summary:
    '{radius} 米内：{station} {stations} 个 · {hub} {hubs} 个 · {project} {projects} 个 · {area} {areas} 个',
  stations: '{station}',
  hubs: '{hub}',
  projects: '{project}（按类别）',
  subdistricts: '涉及{area}',
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
  insideCounts: '{station}: {stations} · {port}: {ports} · {project}: {projects}',
  share: 'Inside the district',
  sharePercent: '{percent}%',
  stationsNear: '{station} within {radius} m',
  noStationsNear: 'No {stationLower} within {radius} m',
  stationAt: '{name} ({distance})',
  catchment: 'Catchment',
  radius: 'Radius',
  radiusButton: '{radius} m',
  customRadius: 'Custom radius (metres)',
  apply: 'Apply',
  show: 'Show the {radius} m catchment',
  hide: 'Hide the catchment',
  invalidRadius: 'Enter a number of metres from 1 to 5000',
  straightLine: 'Straight-line distance, not a walking or travel distance.',
  summary:
    'Within {radius} m: {station}: {stations} · {hub}: {hubs} · {project}: {projects} · {area}: {areas}',
  stations: '{station}',
  hubs: '{hub}',
  projects: '{project} by category',
  subdistricts: '{area} reached',
  nothing: 'None',
  categoryCount: '{category}: {n}',
};

/** A metrics string in the given language, `{name}` placeholders filled from `vars`. */
export const tm = translator<MetricsKey>({ zh: ZH, en: EN });

/**
 * What the metrics call stations, ports, hubs, projects and areas: the labels of the kinds the manifest
 * gives those roles, as `{station}`, `{port}`, `{hub}`, `{project}`, `{area}` (and `{stationLower}`).
 */
export function roleVars(manifest: Pick<Manifest, 'kinds'>, lang: Lang): Record<string, string> {
  const station = roleLabel(manifest, 'station', lang);
  return {
    station,
    stationLower: lang === 'en' ? station.toLowerCase() : station,
    port: roleLabel(manifest, 'port', lang),
    hub: roleLabel(manifest, 'hub', lang),
    project: roleLabel(manifest, 'project', lang),
    area: roleLabel(manifest, 'area', lang),
  };
}
