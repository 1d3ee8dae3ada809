/**
 * Radius search at 1k, 100k and 1M synthetic projects over Shenzhen: the app's RadiusIndex (kdbush +
 * geokdbush) against a plain turf distance scan, in the same process and on the same queries.
 */
import { distance, point } from '@turf/turf';
import { RadiusIndex } from '../../src/nearby/radius-index';
import { seededRandom } from '../support/random';
import { median } from './stats';
import { randomPoints, SHENZHEN_BOX } from './synthetic';

export interface RadiusResult {
  points: number;
  buildMs: number;
  indexQueryMs: number;
  scanQueryMs: number;
  scanQueries: number;
  speedup: number;
  /** Every scanned query found the same number of points as the index. */
  agree: boolean;
}

/** Luohu's centre area, where residents ask; the radius is the near-me default range. */
const QUERY_BOX: [number, number, number, number] = [114.08, 22.53, 114.2, 22.6];
const RADIUS_M = 1000;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** A turf scan: what the search would cost without an index. */
function scan(points: { lng: number; lat: number }[], center: [number, number], radius_m: number): number {
  const from = point(center);
  let count = 0;
  for (const p of points) if (distance(from, [p.lng, p.lat], { units: 'meters' }) <= radius_m) count++;
  return count;
}

export function benchRadius(n: number, indexQueries = 2000): RadiusResult {
  const points = randomPoints(n, SHENZHEN_BOX, n);
  const random = seededRandom(42);
  const centers = Array.from({ length: indexQueries }, (): [number, number] => [
    QUERY_BOX[0] + random() * (QUERY_BOX[2] - QUERY_BOX[0]),
    QUERY_BOX[1] + random() * (QUERY_BOX[3] - QUERY_BOX[1]),
  ]);
  // Build twice and keep the second: the first also pays for JIT warm-up.
  time(() => new RadiusIndex(points));
  const [index, buildMs] = time(() => new RadiusIndex(points));
  for (const c of centers.slice(0, 200)) index.within(c, RADIUS_M);
  const [, indexTotal] = time(() => {
    for (const c of centers) index.within(c, RADIUS_M);
  });
  // A scan of 1M points takes a good fraction of a second: a few queries give a stable median.
  const scanQueries = n >= 1_000_000 ? 5 : n >= 100_000 ? 20 : 200;
  const scanTimes: number[] = [];
  let agree = true;
  for (const c of centers.slice(0, scanQueries)) {
    const [count, ms] = time(() => scan(points, c, RADIUS_M));
    scanTimes.push(ms);
    if (count !== index.within(c, RADIUS_M).length) agree = false;
  }
  const indexQueryMs = indexTotal / centers.length;
  const scanQueryMs = median(scanTimes);
  return {
    points: n,
    buildMs,
    indexQueryMs,
    scanQueryMs,
    scanQueries,
    speedup: scanQueryMs / indexQueryMs,
    agree,
  };
}
