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
};

/** An inspector UI string in the given language, `{name}` placeholders filled from `vars`. */
export const ti = translator<InspectorKey>({ zh: ZH, en: EN });

/** Labels of the feature `kind` values used in data/layers (see data/README.md). */
export const KIND_LABELS: Readonly<Record<string, Bilingual>> = {
  district: { zh: '行政区', en: 'District' },
  zone: { zh: '片区', en: 'Zone' },
  belt: { zh: '发展带', en: 'Belt' },
  corridor: { zh: '廊道', en: 'Corridor' },
  'corridor-axis': { zh: '廊道轴线', en: 'Corridor axis' },
  port: { zh: '口岸', en: 'Border port' },
  'rail-station': { zh: '火车站', en: 'Railway station' },
  'bus-hub': { zh: '公交枢纽', en: 'Bus hub' },
  'metro-line': { zh: '地铁线路', en: 'Metro line' },
  'metro-station': { zh: '地铁站', en: 'Metro station' },
  railway: { zh: '铁路', en: 'Railway' },
  road: { zh: '道路', en: 'Road' },
  mountain: { zh: '山体', en: 'Mountain' },
  park: { zh: '公园', en: 'Park' },
  reservoir: { zh: '水库', en: 'Reservoir' },
  lake: { zh: '湖泊', en: 'Lake' },
  river: { zh: '河流', en: 'River' },
  subdistrict: { zh: '街道', en: 'Subdistrict' },
  'subdistrict-office': { zh: '街道办事处', en: 'Subdistrict office' },
  project: { zh: '项目', en: 'Project' },
  neighbour: { zh: '相邻地区', en: 'Neighbouring area' },
};

/** Labels of project statuses. */
export const STATUS_LABELS: Readonly<Record<string, Bilingual>> = {
  completed: { zh: '已建成', en: 'Completed' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  planned: { zh: '规划中', en: 'Planned' },
  unknown: { zh: '状态未知', en: 'Status unknown' },
};

/** Accuracy classes: a short label and what it means for the reader. */
export const ACCURACY_LABELS: Readonly<Record<string, { label: Bilingual; explanation: Bilingual }>> = {
  surveyed: {
    label: { zh: '实测（约 50 米内）', en: 'Surveyed (within about 50 m)' },
    explanation: {
      zh: '位置取自带坐标的测绘或公开资料，误差约在 50 米以内。',
      en: 'The position comes from surveyed or published coordinates and is within about 50 m.',
    },
  },
  approximate: {
    label: { zh: '近似（约 200 米内）', en: 'Approximate (within about 200 m)' },
    explanation: {
      zh: '位置根据公开资料和地图判读得出，误差约在 200 米以内。',
      en: 'The position is read from public sources and maps and is within about 200 m.',
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
