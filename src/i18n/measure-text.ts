import { translator } from './translate';

/** UI strings of <measure-text>; the article itself comes from data/text. */
export const tText = translator<'translationNote' | 'sourceLine' | 'measure' | 'guarantee' | 'chooseHint'>({
  zh: {
    translationNote: '中文为原文；英文为本站翻译。',
    sourceLine: '来源：{publisher} · {date}',
    measure: '措施',
    guarantee: '保障',
    chooseHint: '选择此措施，在地图上显示；再次点击取消选择',
  },
  en: {
    translationNote: 'The English translation is ours; the Chinese text is the published original.',
    sourceLine: 'Source: {publisher} · {date}',
    measure: 'Measure',
    guarantee: 'Guarantee',
    chooseHint: 'Choose this measure to show it on the map; choose it again to clear',
  },
});
