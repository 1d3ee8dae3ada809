import { translator } from './translate';

/** Strings of the "near me" panel and the place search. */
const ZH = {
  title: '我身边的项目',
  intro: '搜索地点、使用您的位置，或轻点地图，查看附近的项目与设施。',
  searchLabel: '查找地点',
  searchPlaceholder: '地名、站点或项目（中文、拼音或英文）',
  searchCount: '找到 {n} 个地点，用上下方向键选择',
  searchNone: '没有找到“{q}”',
  useLocation: '使用我的位置',
  locating: '正在获取位置…',
  privacy: '位置只在本机浏览器中使用，不会发送到任何地方；放入链接前约取整到 100 米。',
  denied: '无法使用您的位置：浏览器拒绝了定位权限。可在浏览器设置中允许，或搜索地点、轻点地图。',
  unavailable: '无法确定您的位置（设备没有定位信息）。请搜索地点或轻点地图。',
  timeout: '定位超时。请重试，或搜索地点、轻点地图。',
  unsupported: '此浏览器不支持定位。请搜索地点或轻点地图。',
  outside: '您的位置不在本区范围内（{place}）。请搜索区内地点或轻点地图。',
  located: '已使用您的位置（约精确到 100 米）',
  tapHint: '在此标签下，轻点地图即可把位置放在那里。',
  pinAt: '位置：{name}',
  pinPoint: '地图上的点',
  pinMine: '我的位置',
  lies: '位于：{where}',
  liesOutside: '不在本区范围内',
  clear: '清除位置',
  radius: '范围',
  filters: '筛选',
  categories: '类别',
  statuses: '项目进度（设施不受此项影响）',
  count: '范围内 {n} 个结果，按距离排序；步行时间按直线距离估算',
  placelessTitle: '{area}内另有 {n} 个项目未公布具体位置',
  placelessNote: '资料只给出所在{kind}，因此不按距离排序，地图上也不画点。',
  countFiltered: '范围内 {n} 个结果（已筛选 {all} 个中的），按距离排序；步行时间按直线距离估算',
  none: '{d} 范围内没有符合条件的项目或设施。',
  widen: '扩大到 {d}',
  noneAtAll: '{d} 范围内也没有符合条件的结果，可以调整筛选。',
  here: '就在此处',
  walk: '步行约 {n} 分钟',
  serves: '服务于',
  measure: '措施 {n}',
  measureLabel: '在文本中阅读措施 {n}',
  more: '再显示 {n} 个',
} as const;

export type NearMeKey = keyof typeof ZH;

const EN: Record<NearMeKey, string> = {
  title: 'Projects near me',
  intro: 'Search for a place, use your location, or tap the map to see the projects and facilities nearby.',
  searchLabel: 'Find a place',
  searchPlaceholder: 'Place, station or project (Chinese, pinyin or English)',
  searchCount: '{n, plural, one {# place} other {# places}} found; use the up and down arrow keys to choose',
  searchNone: 'Nothing found for “{q}”',
  useLocation: 'Use my location',
  locating: 'Finding your location…',
  privacy:
    'Your location is used only in this browser and never sent anywhere; it is rounded to about 100 m before it goes into the link.',
  denied:
    'Your location cannot be used: the browser denied permission. Allow it in the browser settings, or search for a place or tap the map.',
  unavailable:
    'Your location could not be determined (the device has no position). Search for a place or tap the map.',
  timeout: 'Finding your location took too long. Try again, or search for a place or tap the map.',
  unsupported: 'This browser cannot share a location. Search for a place or tap the map.',
  outside: 'Your location is outside the district ({place}). Search for a place in it or tap the map.',
  located: 'Using your location (to about 100 m)',
  tapHint: 'While this tab is open, tapping the map puts the pin there.',
  pinAt: 'Pin: {name}',
  pinPoint: 'a point on the map',
  pinMine: 'my location',
  lies: 'Lies in: {where}',
  liesOutside: 'outside the district',
  clear: 'Clear the pin',
  radius: 'Radius',
  filters: 'Filters',
  categories: 'Categories',
  statuses: 'Project status (facilities are always shown)',
  count:
    '{n, plural, one {# result} other {# results}} within the radius, nearest first; walking times are straight-line estimates',
  placelessTitle:
    '{n, plural, one {# more project} other {# more projects}} in {area} without a published site',
  placelessNote:
    'The documents name only the {kind}, so these are not sorted by distance or drawn on the map.',
  countFiltered:
    '{n, plural, one {# result} other {# results}} within the radius (filtered from {all}), nearest first',
  none: 'No projects or facilities match within {d}.',
  widen: 'Widen to {d}',
  noneAtAll: 'Nothing matches within {d} either; try changing the filters.',
  here: 'here',
  walk: '{n, plural, one {# minute’s} other {# minutes’}} walk',
  serves: 'Serves',
  measure: 'Measure {n}',
  measureLabel: 'Read measure {n} in the text',
  more: 'Show {n} more',
};

/** A string of the "near me" panel in the given language. */
export const tn = translator<NearMeKey>({ zh: ZH, en: EN });
