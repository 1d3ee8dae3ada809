/** Bounds of a set of features, to frame them on the map. */
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { Bounds } from '../content/types';

/**
 * [west, south, east, north] of the features (turf `bbox` over a FeatureCollection); features without
 * geometry are skipped, and null is returned when none is left, so the caller keeps its current view.
 */
export function boundsOf(features: readonly Feature[]): Bounds | null {
  const drawn = features.filter((f): f is Feature<Geometry> => f.geometry != null);
  if (drawn.length === 0) return null;
  const [w, s, e, n] = bbox(featureCollection(drawn));
  if (![w, s, e, n].every(Number.isFinite)) return null;
  return [w, s, e, n] as Bounds;
}
