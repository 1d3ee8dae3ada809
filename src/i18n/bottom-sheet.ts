import { translator } from './translate';

/**
 * Strings of the phone's bottom sheet: a table of their own, so the app shell does not carry those of
 * the "near me" panel, which loads on demand.
 */
const ZH = {
  sheetHandle: '面板高度',
  sheetCollapsed: '已收起',
  sheetHalf: '半屏',
  sheetFull: '全屏',
  sheetHint: '按上下方向键或点击调整',
} as const;

export type BottomSheetKey = keyof typeof ZH;

const EN: Record<BottomSheetKey, string> = {
  sheetHandle: 'Panel height',
  sheetCollapsed: 'collapsed',
  sheetHalf: 'half screen',
  sheetFull: 'full screen',
  sheetHint: 'Use the up and down arrow keys or click to change',
};

/** A string of the bottom sheet in the given language. */
export const tb = translator<BottomSheetKey>({ zh: ZH, en: EN });
