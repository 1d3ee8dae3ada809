/** Catchment: what lies within a straight-line radius of a point, line or polygon. */
import { buffer } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { featureId, geometryDistance_m } from './geometry';
import { type PointSet, pointsWithin } from './point-set';

/** Radii the UI offers, in metres: a 300 m walk, the 500 m station catchment, 800 m, 1 km. */
export const CATCHMENT_RADII: readonly number[] = [300, 500, 800, 1000];

/** A layer's features to look for in the catchment. */
export interface CatchmentCandidates {
  layer: string;
  features: Feature[];
  /** More, kept as columns (large tiled layers). */
  sets?: PointSet[];
}

/** One feature in the catchment. */
export interface CatchmentItem {
  id: string;
  layer: string;
  distance_m: number;
  category?: string;
}

/** What `catchment` finds. */
export interface CatchmentResult {
  /** The area drawn on the map: the centre buffered by the radius (a polygon approximating the circle). */
  buffer: Feature<Polygon | MultiPolygon>;
  radius_m: number;
  /** Nearest first; ties by layer, then id. */
  items: CatchmentItem[];
  /** Items per candidate layer; every candidate layer is listed, with 0 when none is in reach. */
  counts: Record<string, number>;
  /** Items per `category` property, for the items that have one. */
  byCategory: Record<string, number>;
  /** Ids of the given areas the catchment reaches (within the radius, same rule as items), in the order given. */
  areas: string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Features within `radius_m` metres of `center` in a straight line. The distance is from the point, or
 * to the nearest part of a line or polygon centre (0 inside it), to the nearest part of each candidate;
 * a candidate is in when that distance is at most the radius. The returned `buffer` is only for display:
 * membership uses the exact distance, not the approximated circle. Throws when the radius is not a
 * positive finite number or the centre has no geometry.
 */
export function catchment(
  center: Feature,
  radius_m: number,
  candidates: CatchmentCandidates[],
  areas: Feature<Polygon | MultiPolygon>[] = [],
): CatchmentResult {
  if (typeof radius_m !== 'number' || !Number.isFinite(radius_m) || radius_m <= 0) {
    throw new Error('radius must be a positive number of metres');
  }
  const geometry = center.geometry;
  if (!geometry) throw new Error('catchment centre has no geometry');
  // 16 steps per quadrant keep the drawn circle within ~0.5% of the radius.
  const circle = buffer(center, radius_m, { units: 'meters', steps: 16 });
  if (!circle) throw new Error('catchment centre could not be buffered (invalid geometry)');

  const items: CatchmentItem[] = [];
  const counts: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const add = (layer: string, id: string, distance_m: number, category: unknown) => {
    const item: CatchmentItem = { id, layer, distance_m };
    if (typeof category === 'string') {
      item.category = category;
      byCategory[category] = (byCategory[category] ?? 0) + 1;
    }
    counts[layer] = (counts[layer] ?? 0) + 1;
    items.push(item);
  };
  for (const { layer, features, sets = [] } of candidates) {
    counts[layer] ??= 0;
    for (const f of features) {
      if (!f.geometry) continue;
      const distance_m = geometryDistance_m(geometry, f.geometry);
      if (distance_m <= radius_m) add(layer, featureId(f), distance_m, f.properties?.category);
    }
    for (const set of sets)
      for (const { position, distance_m } of pointsWithin(set, geometry, radius_m))
        add(layer, set.id(position), distance_m, set.category(position));
  }
  items.sort((a, b) => a.distance_m - b.distance_m || compare(a.layer, b.layer) || compare(a.id, b.id));

  return {
    buffer: circle,
    radius_m,
    items,
    counts,
    byCategory,
    areas: areas.filter((a) => geometryDistance_m(geometry, a.geometry) <= radius_m).map(featureId),
  };
}
