import { translator } from './translate';

const ZH = {
  layersLabel: '图层',
  allOff: '全部关闭',
  undo: '撤销',
  undoLabel: '撤销：恢复之前显示的图层',
  allOffDone: '已关闭全部图层，可撤销。',
  onlyDone: '只显示“{name}”，可撤销。',
  undoDone: '已恢复之前的图层。',
  dimLegend: '选择措施时，其他图层：',
  dimOn: '变淡',
  dimOff: '关闭',
  opacity: '透明度：{name}',
  only: '仅显示',
  onlyLabel: '仅显示：{name}',
  schematic: '示意',
  schematicNote: '示意范围：我们对规划文本的解读，并非官方边界',
  current: '本措施',
  zoomHint: '放大到 {z} 级以上可见',
  labelHint: '放大到 {z} 级以上显示名称',
  legend: '图例（{n}）',
  legendLabel: '图例：{name}',
  featuresTitle: '地图上的要素',
  featuresNote: '当前地图范围内可见图层的要素，按名称排序。',
  featuresNone: '当前地图范围内没有可见要素。',
  count: '（{n}）',
} as const;

export type LayerPanelKey = keyof typeof ZH;

const EN: Record<LayerPanelKey, string> = {
  layersLabel: 'Layers',
  allOff: 'All off',
  undo: 'Undo',
  undoLabel: 'Undo: bring back the layers shown before',
  allOffDone: 'All layers switched off; you can undo.',
  onlyDone: 'Showing only “{name}”; you can undo.',
  undoDone: 'The previous layers are back.',
  dimLegend: 'When choosing a measure, other layers:',
  dimOn: 'dim',
  dimOff: 'switch off',
  opacity: 'Opacity: {name}',
  only: 'Only this',
  onlyLabel: 'Only this: {name}',
  schematic: 'Schematic',
  schematicNote: 'Schematic: our reading of the plan text, not an official boundary',
  current: 'This measure',
  zoomHint: 'Zoom in past {z} to see it',
  labelHint: 'Names appear past zoom {z}',
  legend: 'Legend ({n})',
  legendLabel: 'Legend: {name}',
  featuresTitle: 'Features on the map',
  featuresNote: 'Features of the visible layers within the current map view, sorted by name.',
  featuresNone: 'No visible features in the current map view.',
  count: ' ({n})',
};

/** UI strings of `<layer-panel>`. */
export const tl = translator<LayerPanelKey>({ zh: ZH, en: EN });
