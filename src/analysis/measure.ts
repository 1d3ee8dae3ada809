/** The measuring tool: length of a drawn path and area of a drawn polygon (./amounts.ts prints them). */
import { area, distance, polygon } from '@turf/turf';
import { assertLngLat } from './geometry';

type LngLat = [number, number];

/** Length in metres of the path through `points` (geodesic, turf's sphere); 0 for fewer than 2 points. */
export function pathLength_m(points: readonly LngLat[]): number {
  for (const [i, p] of points.entries()) assertLngLat(p, `point ${i}`);
  let total = 0;
  for (let i = 1; i < points.length; i++)
    total += distance(points[i - 1] as LngLat, points[i] as LngLat, { units: 'meters' });
  return total;
}

/**
 * Area in m² of the polygon through `points`, closing the ring itself (a ring the caller already closed
 * is not closed twice); 0 for fewer than 3 distinct corners. Orientation does not matter.
 */
export function polygonArea_m2(points: readonly LngLat[]): number {
  for (const [i, p] of points.entries()) assertLngLat(p, `point ${i}`);
  const ring = points.map((p): LngLat => [p[0], p[1]]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
  if (ring.length < 3) return 0;
  return area(polygon([[...ring, ring[0] as LngLat]]));
}
