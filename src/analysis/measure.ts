/** The measuring tool: length of a drawn path, area of a drawn polygon, and how to print them. */
import { area, distance, polygon } from '@turf/turf';
import type { Lang } from '../content/types';
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

/** Drops trailing zeros of a fixed-point number: "1.50" → "1.5", "2.00" → "2". */
function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function assertAmount(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new Error(`${what} must be a finite number ≥ 0, got ${value}`);
}

/** A distance for people: "850 米" / "850 m" below 1 km (whole metres), else "1.25 公里" / "1.25 km". */
export function formatDistance(m: number, lang: Lang): string {
  assertAmount(m, 'distance');
  const metres = Math.round(m);
  if (metres < 1000) return lang === 'zh' ? `${metres} 米` : `${metres} m`;
  const km = trim((m / 1000).toFixed(2));
  return lang === 'zh' ? `${km} 公里` : `${km} km`;
}

/**
 * An area for people: whole m² below 10 000 m² ("850 平方米" / "850 m²"), else km² with 3 decimals below
 * 1 km² and 2 above ("0.125 km²", "78.36 km²"), trailing zeros dropped.
 */
export function formatArea(m2: number, lang: Lang): string {
  assertAmount(m2, 'area');
  const whole = Math.round(m2);
  if (whole < 10000) return lang === 'zh' ? `${whole} 平方米` : `${whole} m²`;
  const km2 = m2 / 1e6;
  const text = trim(km2.toFixed(km2 < 1 ? 3 : 2));
  return lang === 'zh' ? `${text} 平方公里` : `${text} km²`;
}
