import type { Bilingual } from '../content/types';
import { translator } from './translate';

/** UI strings of the feature inspector. Names, descriptions and sources come from data/. */
const ZH = {
  region: '要素详情',
  close: '关闭详情',
  kind: '类型',
  layer: '图层',
  measures: '相关措施',
  category: '类别',
  status: '状态',
  handles: '通关功能',
  lines: '途经线路',
  code: '区划代码',
  sourceAccuracy: '来源与精度',
  source: '来源',
  accuracy: '精度',
  schematicNote: '示意：这是我们对规划文本的解读，并非官方边界。',
  mentionedIn: '在文中提及',
  notMentioned: '未在文中直接提及',
  measureChip: '措施 {n} · {title}',
  guaranteeChip: '保障 {n} · {title}',
  mention: '{section}：“{term}”',
  inParagraph: '{label}（第 {n} 段）',
  history: '进展',
  function: '功能',
  sources: '资料',
  placeless: '位于{area}，具体位置未公布。',
  placelessShort: '{area} · 位置未公布',
  posTwo: '位置来自 {n} 份独立资料，相差 {d} 米。',
  posTwoSame: '位置来自 {n} 份独立资料，位置一致。',
  posOne: '位置来自一份资料，尚无第二份独立资料核对。',
  posSameFamily: '位置来自同一来源的 {n} 份资料，相差 {d} 米，尚无独立资料核对。',
  rawValue: '原始坐标 {lon}, {lat}（{crs}）',
  area_demolition_land: '拟拆除重建用地面积',
  area_land: '用地面积',
  area_floor: '建筑面积',
  sqm: '{n} 平方米',
} as const;

/** A key of the inspector's UI strings. */
export type InspectorKey = keyof typeof ZH;

const EN: Record<InspectorKey, string> = {
  region: 'Feature details',
  close: 'Close details',
  kind: 'Kind',
  layer: 'Layer',
  measures: 'Measures',
  category: 'Category',
  status: 'Status',
  handles: 'Handles',
  lines: 'Lines',
  code: 'Code',
  sourceAccuracy: 'Source and accuracy',
  source: 'Source',
  accuracy: 'Accuracy',
  schematicNote: 'Schematic: this is our reading of the plan text, not an official boundary.',
  mentionedIn: 'Mentioned in',
  notMentioned: 'Not named directly in the text',
  measureChip: 'Measure {n} · {title}',
  guaranteeChip: 'Guarantee {n} · {title}',
  mention: '{section}: “{term}”',
  inParagraph: '{label} (paragraph {n})',
  history: 'Progress',
  function: 'Function',
  sources: 'Documents',
  placeless: 'In {area}; the site has not been published.',
  placelessShort: '{area} · site not published',
  posTwo: 'Position from {n} independent documents, {d} m apart.',
  posTwoSame: 'Position from {n} independent documents that agree.',
  posOne: 'Position from one document, not yet checked against a second, independent one.',
  posSameFamily: 'Position from {n} documents of one origin, {d} m apart, not yet checked independently.',
  rawValue: 'raw coordinates {lon}, {lat} ({crs})',
  area_demolition_land: 'Land proposed for demolition and rebuilding',
  area_land: 'Land area',
  area_floor: 'Floor area',
  sqm: '{n} m²',
};

/** What each coordinate system means to a reader, and that the atlas converted it. */
export const CRS_LABELS: Readonly<Record<string, Bilingual>> = {
  WGS84: { zh: 'WGS84，国际通用坐标', en: 'WGS84, the worldwide system' },
  CGCS2000: { zh: 'CGCS2000 国家坐标，与 WGS84 相差不足 1 米', en: 'CGCS2000, within 1 m of WGS84' },
  'GCJ-02': {
    zh: 'GCJ-02 国内地图坐标，已换算为 WGS84',
    en: 'GCJ-02, the offset system of Chinese web maps, converted to WGS84',
  },
  'BD-09': { zh: 'BD-09 百度坐标，已换算为 WGS84', en: 'BD-09, Baidu’s system, converted to WGS84' },
};

/** An inspector UI string in the given language, `{name}` placeholders filled from `vars`. */
export const ti = translator<InspectorKey>({ zh: ZH, en: EN });

/** Labels of project statuses (the data schema's stages, see ProjectStatus). */
export const STATUS_LABELS: Readonly<Record<string, Bilingual>> = {
  listed: { zh: '列入计划', en: 'Listed' },
  'plan-approved': { zh: '规划获批', en: 'Plan approved' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  completed: { zh: '已建成', en: 'Completed' },
};

/** Accuracy classes: a short label and what it means for the reader. */
export const ACCURACY_LABELS: Readonly<Record<string, { label: Bilingual; explanation: Bilingual }>> = {
  surveyed: {
    label: { zh: '多源核对（约 50 米内）', en: 'Cross-checked (within about 50 m)' },
    explanation: {
      zh: '至少两份独立资料给出坐标，彼此相差不超过 50 米。',
      en: 'At least two independent documents give coordinates that agree within 50 m.',
    },
  },
  approximate: {
    label: { zh: '近似（约 200 米内）', en: 'Approximate (within about 200 m)' },
    explanation: {
      zh: '坐标来自一份资料，或几份资料彼此相差不超过 200 米。',
      en: 'Coordinates from one document, or from several that agree within 200 m.',
    },
  },
  area: {
    label: { zh: '仅知所在{area}', en: '{Area} only' },
    explanation: {
      zh: '资料只说明了所在{area}，没有公布具体位置，因此地图上不画点。',
      en: 'The documents name only the {area}, not the site, so the map draws no point.',
    },
  },
  schematic: {
    label: { zh: '示意', en: 'Schematic' },
    explanation: {
      zh: '这是本图集对规划设想的绘制，不代表确切的位置或边界。',
      en: 'This is the atlas’s drawing of a planning idea, not an exact position or boundary.',
    },
  },
};
