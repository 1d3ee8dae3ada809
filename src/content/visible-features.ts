import { bbox } from '@turf/turf';
import type { Content } from './load';
import type { TiledIndex } from './tiled-index';
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
  /** At most the cap, sorted by name; when more are in view, those nearest the view's centre. */
  features: ListedFeature[];
  /** How many of the layer's features are in view. */
  count: number;
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

/** Squared distance in degrees, longitude scaled to the latitude: enough to rank by nearness. */
function nearness(center: [number, number] | null, x: number, y: number): number {
  if (!center) return 0;
  const dx = (x - center[0]) * Math.cos((center[1] * Math.PI) / 180);
  const dy = y - center[1];
  return dx * dx + dy * dy;
}

/**
 * The `cap` entries nearest `center` among `n` (by `d(i)`), in no order. One pass with a sorted list
 * of at most `cap` entries: a million candidates cost one comparison each once the list is full.
 */
function nearest(n: number, cap: number, d: (i: number) => number): number[] {
  const kept: { i: number; d: number }[] = [];
  for (let i = 0; i < n; i++) {
    const di = d(i);
    if (kept.length >= cap && di >= (kept[kept.length - 1] as { d: number }).d) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1] as { d: number }).d > di) at--;
    kept.splice(at, 0, { i, d: di });
    if (kept.length > cap) kept.pop();
  }
  return kept.map((k) => k.i);
}

/** A tiled layer's features in view, from its index's points (none until the index has arrived). */
function tiledInView(
  def: LayerDef,
  tiled: TiledIndex,
  bounds: Bounds | null,
  center: [number, number] | null,
  cap: number,
): { features: ListedFeature[]; count: number } {
  const { points, ids, name_zh, name_en } = tiled.index;
  const inView: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const x = points[2 * i];
    const y = points[2 * i + 1];
    if (typeof x !== 'number' || typeof y !== 'number') continue;
    if (bounds && (x < bounds[0] || x > bounds[2] || y < bounds[1] || y > bounds[3])) continue;
    inView.push(i);
  }
  const chosen =
    inView.length > cap
      ? nearest(inView.length, cap, (k) => {
          const i = inView[k] as number;
          return nearness(center, points[2 * i] as number, points[2 * i + 1] as number);
        }).map((k) => inView[k] as number)
      : inView;
  return {
    count: inView.length,
    features: chosen.map((i) => ({
      id: ids[i] as string,
      name: { zh: name_zh[i] ?? '', en: name_en[i] ?? '' },
      layer: def.id,
    })),
  };
}

/**
 * The features on the map: of each visible layer (in manifest order), those whose box meets `bounds`,
 * sorted by name in `lang`. `bounds` null (no map yet) lists everything; layers the map does not draw
 * at `zoom` (below their style's minzoom) and layers with nothing in view are left out. With more than
 * `cap` in view, a layer lists the `cap` nearest the view's centre (and counts them all): a reader
 * scans a few dozen names, and a tiled layer may have a million in view. A tiled layer's features come
 * from its index's points (nothing until it has arrived).
 */
export function visibleFeatures(
  layers: Content['layers'],
  visible: readonly string[],
  bounds: Bounds | null,
  lang: Lang,
  zoom?: number,
  cap = Number.POSITIVE_INFINITY,
): LayerFeatures[] {
  const shown = new Set(visible);
  const compare = collator(lang);
  const center: [number, number] | null = bounds
    ? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2]
    : null;
  const result: LayerFeatures[] = [];
  for (const { def, data, tiled } of layers) {
    if (!shown.has(def.id)) continue;
    if (zoom !== undefined && def.style.minzoom !== undefined && zoom < def.style.minzoom) continue;
    let listed: { features: ListedFeature[]; count: number };
    if (tiled) listed = tiledInView(def, tiled, bounds, center, cap);
    else {
      const inView = data.features.filter(
        (f) => f.geometry && (!bounds || boundsIntersect(featureBounds(f), bounds)),
      );
      const centreOf = (f: AtlasFeature) => {
        const b = featureBounds(f);
        return nearness(center, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
      };
      const chosen =
        inView.length > cap
          ? nearest(inView.length, cap, (k) => centreOf(inView[k] as AtlasFeature)).map(
              (k) => inView[k] as AtlasFeature,
            )
          : inView;
      listed = {
        count: inView.length,
        features: chosen.map((f) => ({
          id: f.id,
          name: { zh: f.properties.name_zh, en: f.properties.name_en },
          layer: def.id,
        })),
      };
    }
    listed.features.sort((a, b) => compare.compare(a.name[lang], b.name[lang]));
    if (listed.count) result.push({ def, ...listed });
  }
  return result;
}
