import type { Bilingual, Lang, Manifest } from '../content/types';
import { translator } from './translate';

/** UI strings. Content (names, text, legends) comes from data/ in both languages. */
const ZH = {
  loading: '地图加载中…',
  updateReady: '本图集有新版本。',
  updateLoad: '载入新版本',
  loadFailed: '内容无法加载',
  layerFailed: '部分内容未能加载，暂不显示：{names}',
  unnamedLayer: '其他资料',
  dismiss: '关闭提示',
  language: '语言',
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文',
  basemap: '底图',
  basemapFallback: '在线底图“{name}”{reason}，已改用内置离线底图。',
  fallbackStyle: '的样式无法获取（可能没有网络）',
  fallbackTiles: '的大部分图块无法加载（可能没有网络）',
  fallbackKey: '需要访问密钥，而链接中没有提供',
  noWebgl: '此浏览器无法绘制地图（需要 WebGL）。文字、搜索和列表仍可使用。',
  mapModuleFailed: '地图组件无法加载（可能没有网络）。文字、搜索和列表仍可使用。',
  partFailed: '部分界面无法加载（可能没有网络），请稍后刷新页面。',
  contentFailed: '内容文件 {file} 无法使用（缺失或格式不符），请检查部署。',
  mapLabel: '战略地图',
  fullscreen: '全屏',
  zoomIn: '放大',
  zoomOut: '缩小',
  compass: '重置方向',
  attribution: '数据来源',
  schematicNote: '示意：本图层是我们对规划文本的解读，并非官方边界。',
  source: '来源',
  panel: '措施与图层',
  skipToMap: '跳到地图',
  skipToPanel: '跳到文本与图层面板',
  moreControls: '更多：复制链接、底图',
  mapError: '地图出错',
  highlightStatus: '{title}：地图上突出显示 {count} 个要素',
  tabLayers: '图层',
  tabNear: '附近',
  copyLink: '复制链接',
  copied: '链接已复制',
  copyFailed: '无法写入剪贴板，请从地址栏复制：{url}',
  attributionText: '{credits}文本：{publisher} · 各图层来源见图层详情',
} as const;

export type StringKey = keyof typeof ZH;

const EN: Record<StringKey, string> = {
  loading: 'Loading the map…',
  updateReady: 'A new version of the atlas is available.',
  updateLoad: 'Load the new version',
  loadFailed: 'The content could not be loaded',
  layerFailed: 'Some content could not be loaded and is not shown: {names}',
  unnamedLayer: 'other material',
  dismiss: 'Dismiss',
  language: 'Language',
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese',
  basemap: 'Basemap',
  basemapFallback: 'The online basemap “{name}” {reason}; showing the embedded offline basemap.',
  fallbackStyle: 'could not be fetched (perhaps no network)',
  fallbackTiles: 'failed for most of its tiles (perhaps no network)',
  fallbackKey: 'needs an access key and the link gives none',
  noWebgl: 'This browser cannot draw the map (it needs WebGL). The text, search and lists still work.',
  mapModuleFailed:
    'The map component could not be loaded (perhaps no network). The text, search and lists still work.',
  partFailed: 'Part of the interface could not be loaded (perhaps no network); reload the page later.',
  contentFailed: 'The content file {file} cannot be used (missing or malformed); check the deployment.',
  mapLabel: 'Strategy map',
  fullscreen: 'Full screen',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  compass: 'Reset bearing',
  attribution: 'Data sources',
  schematicNote: 'Schematic: this layer is our reading of the plan text, not an official boundary.',
  source: 'Source',
  panel: 'Measures and layers',
  skipToMap: 'Skip to map',
  skipToPanel: 'Skip to the text and layers panel',
  moreControls: 'More: copy link, basemap',
  mapError: 'Map error',
  highlightStatus: '{title}: {count, plural, one {# feature} other {# features}} highlighted on the map',
  tabLayers: 'Layers',
  tabNear: 'Near me',
  copyLink: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Could not write to the clipboard; copy the link from the address bar: {url}',
  attributionText: '{credits}Text: {publisher} · Layer sources in each feature’s details',
};

/** A UI string of the app shell in the given language, with `{name}` placeholders filled from `vars`. */
export const t = translator<StringKey>({ zh: ZH, en: EN });

/**
 * The map's attribution line in one language: the manifest's credits (where the geometry comes from),
 * then the text's publisher. Plain text: whoever shows it sets it as text, never as HTML.
 */
export function attributionLine(
  manifest: Pick<Manifest, 'credits'>,
  publisher: Bilingual,
  lang: Lang,
): string {
  const credits = manifest.credits.map((c) => `${c[lang]} · `).join('');
  return t(lang, 'attributionText', { credits, publisher: publisher[lang] });
}
