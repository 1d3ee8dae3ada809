import { translator } from './translate';

const ZH = {
  legend: '图例',
  legendRegion: '地图图例',
  show: '展开图例',
  hide: '收起图例',
  empty: '没有显示的图层。',
} as const;

const EN: Record<keyof typeof ZH, string> = {
  legend: 'Legend',
  legendRegion: 'Map legend',
  show: 'Show the legend',
  hide: 'Hide the legend',
  empty: 'No layers are shown.',
};

/** Strings of the legend over the map. */
export const tg = translator({ zh: ZH, en: EN });
