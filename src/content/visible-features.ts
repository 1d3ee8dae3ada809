import { bbox } from '@turf/turf';
import type { Content } from './load';
import type { AtlasFeature, Bilingual, Bounds, Lang, LayerDef } from './types';

/** A feature as the text alternative of the map lists it. */
export interface ListedFeature {
  id: string;
  name: Bilingual;
  /** Id of the thematic layer that draws it. */
  layer: string;
}

/** The listed features of one layer. */
export interface LayerFeatures {
  def: LayerDef;
  features: ListedFeature[];
}

// Geometry never changes after loading, so a feature's box is computed once per feature object.
const boxes = new WeakMap<AtlasFeature, Bounds>();

/** The bounding box of a feature, cached. */
export function featureBounds(feature: AtlasFeature): Bounds {
  let box = boxes.get(feature);
  if (!box) {
    box = bbox(feature) as Bounds;
    boxes.set(feature, box);
  }
  return box;
}

/** Whether two [west, south, east, north] boxes overlap (touching counts). */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const collators: Partial<Record<Lang, Intl.Collator>> = {};
function collator(lang: Lang): Intl.Collator {
  // Pinyin order for Chinese; a collator is the cached form of localeCompare with the same rules.
  collators[lang] ??= new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return collators[lang];
}

/**
 * The features on the map: of each visible layer (in manifest order), those whose box meets `bounds`,
 * sorted by name in `lang`. `bounds` null (no map yet) lists everything; layers the map does not draw
 * at `zoom` (below their style's minzoom) and layers with nothing in view are left out.
 */
export function visibleFeatures(
  layers: Content['layers'],
  visible: readonly string[],
  bounds: Bounds | null,
  lang: Lang,
  zoom?: number,
): LayerFeatures[] {
  const shown = new Set(visible);
  const compare = collator(lang);
  const result: LayerFeatures[] = [];
  for (const { def, data } of layers) {
    if (!shown.has(def.id)) continue;
    if (zoom !== undefined && def.style.minzoom !== undefined && zoom < def.style.minzoom) continue;
    const features = data.features
      .filter((f) => f.geometry && (!bounds || boundsIntersect(featureBounds(f), bounds)))
      .map((f) => ({ id: f.id, name: { zh: f.properties.name_zh, en: f.properties.name_en }, layer: def.id }))
      .sort((a, b) => compare.compare(a.name[lang], b.name[lang]));
    if (features.length) result.push({ def, features });
  }
  return result;
}
