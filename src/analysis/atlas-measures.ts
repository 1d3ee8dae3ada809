/**
 * Metrics and catchments of atlas features. Kept apart from atlas-context.ts because turf's buffer and
 * polygon clipping weigh ~100 KB gzip: the app loads this module the first time a planner asks.
 */
import type { Content } from '../content/load';
import type { AtlasFeature } from '../content/types';
import { atlasAnalysis, tiledReadiness } from './atlas-context';
import { type CatchmentResult, catchment } from './catchment';
import { type FeatureMetrics, featureMetrics } from './metrics';

const metricsCache = new WeakMap<AtlasFeature, { ready: string; metrics: FeatureMetrics }>();

/**
 * Metrics of a feature of the atlas (cached: geometry never changes after loading, though the points of
 * tiled layers it counts may arrive later, and are then counted).
 */
export function metricsOf(content: Content, id: string): FeatureMetrics | null {
  const feature = content.features.get(id)?.feature;
  if (!feature?.geometry) return null;
  const ready = tiledReadiness(content);
  const cached = metricsCache.get(feature);
  if (cached?.ready === ready) return cached.metrics;
  const metrics = featureMetrics(feature, atlasAnalysis(content).metrics);
  metricsCache.set(feature, { ready, metrics });
  return metrics;
}

let lastCatchment: { content: Content; key: string; result: CatchmentResult | null } | null = null;

/**
 * The catchment of a feature at a radius, without the feature itself among the items; null when the
 * feature is unknown or has no geometry. The last result is kept, since the map and the inspector ask
 * for the same one.
 */
export function catchmentOf(content: Content, id: string, radius_m: number): CatchmentResult | null {
  const key = `${id}:${radius_m}:${tiledReadiness(content)}`;
  if (lastCatchment?.content === content && lastCatchment.key === key) return lastCatchment.result;
  const feature = content.features.get(id)?.feature;
  let result: CatchmentResult | null = null;
  if (feature?.geometry) {
    const a = atlasAnalysis(content);
    const found = catchment(feature, radius_m, a.candidates, a.subdistricts);
    const items = found.items.filter((i) => i.id !== id);
    const counts = Object.fromEntries(
      Object.keys(found.counts).map((layer) => [layer, items.filter((i) => i.layer === layer).length]),
    );
    const byCategory: Record<string, number> = {};
    for (const i of items) if (i.category) byCategory[i.category] = (byCategory[i.category] ?? 0) + 1;
    result = { ...found, items, counts, byCategory, areas: found.areas.filter((a) => a !== id) };
  }
  lastCatchment = { content, key, result };
  return result;
}
