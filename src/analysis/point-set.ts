/**
 * Points kept as columns rather than features: a large (tiled) layer's index, read by position, so the
 * analysis counts and lists a million points without making a million objects. Pure: no DOM, no map.
 */
import { bbox } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { geometryDistance_m, pointInPolygonal } from './geometry';

/** A layer's points by position; `point` is null for a feature no document locates. */
export interface PointSet {
  readonly size: number;
  point(i: number): [number, number] | null;
  id(i: number): string;
  /** The point's category (the layer's colour property), when known. */
  category(i: number): string | undefined;
}

/** Points of the set inside a polygon or on its boundary; the polygon's box rules most out first. */
export function countInside(set: PointSet, polygon: Polygon | MultiPolygon): number {
  const [w, s, e, n] = bbox(polygon);
  let count = 0;
  for (let i = 0; i < set.size; i++) {
    const p = set.point(i);
    if (!p || p[0] < w || p[0] > e || p[1] < s || p[1] > n) continue;
    if (pointInPolygonal(p, polygon)) count += 1;
  }
  return count;
}

const METRES_PER_DEGREE = 111_320;

/**
 * Positions of the points within `radius_m` of a geometry (the same distance as the catchment's), with
 * their distances. Points outside the geometry's box grown by the radius are ruled out without one.
 */
export function pointsWithin(
  set: PointSet,
  geometry: Geometry,
  radius_m: number,
): { position: number; distance_m: number }[] {
  const [w, s, e, n] = bbox(geometry);
  if (!Number.isFinite(w)) return [];
  // A degree of longitude is shortest at the box's edge farthest from the equator.
  const cos = Math.cos((Math.min(89, Math.max(Math.abs(s), Math.abs(n))) * Math.PI) / 180);
  const dy = (radius_m / METRES_PER_DEGREE) * 1.01;
  const dx = dy / cos;
  const out: { position: number; distance_m: number }[] = [];
  for (let i = 0; i < set.size; i++) {
    const p = set.point(i);
    if (!p || p[0] < w - dx || p[0] > e + dx || p[1] < s - dy || p[1] > n + dy) continue;
    const distance_m = geometryDistance_m(geometry, { type: 'Point', coordinates: p });
    if (distance_m <= radius_m) out.push({ position: i, distance_m });
  }
  return out;
}
