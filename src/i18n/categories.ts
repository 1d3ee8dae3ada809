import type { Bilingual } from '../content/types';

/**
 * Names of the project categories (the `colorBy` values of data/atlas.json). The keys are content, but
 * they come from the data schema rather than a place, so the engine may name them.
 */
const CATEGORIES: Record<string, Bilingual> = {
  renewal: { zh: '城市更新', en: 'Urban renewal' },
  housing: { zh: '住房保障', en: 'Housing' },
  industry: { zh: '产业', en: 'Industry' },
  port: { zh: '口岸', en: 'Border ports' },
  transport: { zh: '交通设施', en: 'Transport' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health care' },
  care: { zh: '养老与托育', en: 'Elderly and child care' },
  culture: { zh: '文化', en: 'Culture' },
  park: { zh: '公园', en: 'Parks' },
  water: { zh: '水务', en: 'Water supply and rivers' },
  sanitation: { zh: '污水处理', en: 'Wastewater treatment' },
  sports: { zh: '体育', en: 'Sports' },
  'public-admin': { zh: '公共管理', en: 'Public administration' },
  landmark: { zh: '地标建筑', en: 'Landmark buildings' },
  commerce: { zh: '商业', en: 'Commerce' },
  heritage: { zh: '历史文化', en: 'Heritage' },
};

/** The name of a category value; an unknown key is shown as itself rather than hidden. */
export function categoryLabel(key: string): Bilingual {
  return CATEGORIES[key] ?? { zh: key, en: key };
}
