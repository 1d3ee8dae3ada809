import { formatDistance } from '../../analysis/amounts';
import type { Content, LoadFailure } from '../../content/load';
import type { Lang } from '../../content/types';
import { attributionLine, t } from '../../i18n/strings';
import type { MapLabels } from '../../map/atlas-map';

/** Names of the map's controls in a language. */
export function mapLabels(lang: Lang): MapLabels {
  return {
    map: t(lang, 'mapLabel'),
    fullscreen: t(lang, 'fullscreen'),
    zoomIn: t(lang, 'zoomIn'),
    zoomOut: t(lang, 'zoomOut'),
    compass: t(lang, 'compass'),
    attribution: t(lang, 'attribution'),
    distance: (metres) => formatDistance(metres, lang),
  };
}

/** The map's attribution line: where the boundaries and the text come from. */
export function attributionText(content: Content, lang: Lang): string {
  return attributionLine(content.manifest, content.text.source.publisher, lang);
}

/** One notice for all failed layers, so a bad deployment does not bury the map under banners. */
export function failureText(content: Content, failures: LoadFailure[], lang: Lang): string {
  const names = failures.map((f) => {
    const def = content.manifest.layers.find((l) => l.id === f.layer);
    // The layer's name in the reader's language; the file and the browser's error text (e.g. "Failed
    // to fetch") say nothing to a reader and stay in the console of whoever deploys.
    return def ? def.name[lang] : t(lang, 'unnamedLayer');
  });
  return t(lang, 'layerFailed', { names: [...new Set(names)].join(lang === 'zh' ? '、' : ', ') });
}
