import { join } from 'node:path';
import { distance as turfDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { type IndexedPoint, RadiusIndex, walkingMinutes } from '../../src/nearby/radius-index';
import { seededRandom } from '../support/random';
import { readCollection } from './data';
import { golden } from './golden';

// Golden outputs: `REGENERATE=1 npx vitest run tests/unit/radius-index.test.ts` rewrites out/ on purpose.
const FIXTURES = 'tests/fixtures/radius-index';

const SHENZHEN = { west: 113.75, south: 22.45, east: 114.62, north: 22.86 };

function randomPoints(rand: () => number, n: number): IndexedPoint[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    lng: SHENZHEN.west + rand() * (SHENZHEN.east - SHENZHEN.west),
    lat: SHENZHEN.south + rand() * (SHENZHEN.north - SHENZHEN.south),
  }));
}

/** The answer without an index: every point, turf's haversine distance, filtered and sorted. */
function bruteForce(points: IndexedPoint[], center: [number, number], radius_m: number) {
  return points
    .map((p) => ({ id: p.id, distance_m: turfDistance(center, [p.lng, p.lat], { units: 'meters' }) }))
    .filter((p) => p.distance_m <= radius_m)
    .sort((a, b) => a.distance_m - b.distance_m);
}

describe('RadiusIndex', () => {
  const rand = seededRandom(20240607);
  const points = randomPoints(rand, 2000);
  const index = new RadiusIndex(points);

  it('agrees with brute force over 2,000 random points in Shenzhen', () => {
    let compared = 0;
    for (let q = 0; q < 20; q++) {
      const center: [number, number] = [
        SHENZHEN.west + rand() * (SHENZHEN.east - SHENZHEN.west),
        SHENZHEN.south + rand() * (SHENZHEN.north - SHENZHEN.south),
      ];
      const radius = 200 + rand() * 2800;
      const got = index.within(center, radius);
      const want = bruteForce(points, center, radius);
      expect(new Set(got.map((r) => r.id)), `centre ${center}, radius ${radius}`).toEqual(
        new Set(want.map((r) => r.id)),
      );
      // Same order, except where two distances are equal to within rounding.
      got.forEach((r, i) => {
        const w = want[i];
        if (!w) throw new Error('missing brute-force result');
        if (r.id !== w.id) expect(Math.abs(r.distance_m - w.distance_m)).toBeLessThan(1e-6);
        expect(Math.abs(r.distance_m - w.distance_m) / w.distance_m).toBeLessThan(0.005);
      });
      for (let i = 1; i < got.length; i++)
        expect(got[i]?.distance_m).toBeGreaterThanOrEqual(got[i - 1]?.distance_m as number);
      compared += got.length;
    }
    // The radii are small next to Shenzhen: make sure the comparison was not vacuous.
    expect(compared).toBeGreaterThan(20);
  });

  it('finds the stations near Guomao (golden)', () => {
    const fc = readCollection<GeoJSON.FeatureCollection<GeoJSON.Point, unknown>>(
      join(FIXTURES, 'in/stations.geojson'),
    );
    const stations = new RadiusIndex(
      fc.features.map((f) => ({
        id: String(f.id),
        lng: f.geometry.coordinates[0] as number,
        lat: f.geometry.coordinates[1] as number,
      })),
    );
    const guomao: [number, number] = [114.113907, 22.542418];
    const within1km = stations.within(guomao, 1000);
    // `at` is the station's place in the input, which is how a caller finds it without an id lookup.
    const at = fc.features.findIndex((f) => f.id === 'station-guomao');
    expect(within1km[0]).toEqual({ id: 'station-guomao', distance_m: 0, at });
    golden(
      FIXTURES,
      'guomao.json',
      [500, 1000, 2000].map((radius_m) => ({
        radius_m,
        results: stations.within(guomao, radius_m).map((r) => ({
          id: r.id,
          distance_m: Math.round(r.distance_m * 10) / 10,
          minutes: walkingMinutes(r.distance_m),
        })),
      })),
    );
  });

  it('includes a point exactly at the centre and nothing from an empty index', () => {
    expect(index.within([points[7]?.lng as number, points[7]?.lat as number], 1)[0]?.id).toBe('p7');
    expect(new RadiusIndex([]).within([114, 22.5], 5000)).toEqual([]);
    expect(new RadiusIndex([]).size).toBe(0);
    expect(index.size).toBe(2000);
  });

  it('rejects a radius that is not a positive number of metres', () => {
    for (const radius of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => index.within([114.1, 22.55], radius)).toThrow(
        'radius must be a positive number of metres',
      );
  });

  it('rejects bad coordinates', () => {
    expect(() => index.within([Number.NaN, 22.5], 100)).toThrow(/center must be/);
    expect(() => new RadiusIndex([{ id: 'x', lng: 200, lat: 22 }])).toThrow(/point 0 \(x\)/);
  });
});

describe('walkingMinutes', () => {
  it('rounds up at 75 m a minute', () => {
    expect(walkingMinutes(0)).toBe(0);
    expect(walkingMinutes(1)).toBe(1);
    expect(walkingMinutes(75)).toBe(1);
    expect(walkingMinutes(76)).toBe(2);
    expect(walkingMinutes(150)).toBe(2);
    expect(walkingMinutes(1000)).toBe(14);
    expect(walkingMinutes(1000, 100)).toBe(10);
  });

  it('rejects a negative distance or a speed that is not positive', () => {
    expect(() => walkingMinutes(-1)).toThrow(/distance/);
    expect(() => walkingMinutes(100, 0)).toThrow(/speed/);
  });
});
