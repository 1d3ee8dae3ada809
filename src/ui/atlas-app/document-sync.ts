import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';

/**
 * The page's own `lang` and title follow the atlas's language. Each is set only when it differs:
 * setting `lang`, even to its own value, makes the browser match every element's :lang() again, a
 * style pass over the whole page on each state change.
 */
export function syncDocument(lang: Lang, content: Content | undefined): void {
  const code = lang === 'zh' ? 'zh-CN' : 'en';
  if (document.documentElement.lang !== code) document.documentElement.lang = code;
  const title = content?.manifest.title[lang];
  if (title && document.title !== title) document.title = title;
}
