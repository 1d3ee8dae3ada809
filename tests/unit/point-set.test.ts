import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { geometryDistance_m } from '../../src/analysis/geometry';
import { countInside, type PointSet, pointsWithin } from '../../src/analysis/point-set';
import { seededRandom } from '../support/random';

/** Random points around Luohu, every tenth without a place. */
function randomSet(n: number): PointSet & { points: ([number, number] | null)[] } {
  const random = seededRandom(7);
  const points = Array.from({ length: n }, (_, i) =>
    i % 10 === 9 ? null : ([114.08 + random() * 0.1, 22.52 + random() * 0.06] as [number, number]),
  );
  return {
    points,
    size: n,
    point: (i) => points[i] ?? null,
    id: (i) => `p${i}`,
    category: () => undefined,
  };
}

const ZONE: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [114.1, 22.53],
      [114.15, 22.53],
      [114.13, 22.57],
      [114.1, 22.53],
    ],
  ],
};

describe('points kept as columns', () => {
  const set = randomSet(5000);

  it('counts the points inside a polygon as a scan of every point does', () => {
    const want = set.points.filter((p) => p && booleanPointInPolygon(p, ZONE)).length;
    expect(want).toBeGreaterThan(100);
    expect(countInside(set, ZONE)).toBe(want);
  });

  it('finds the points within a radius of a point, a line and a polygon as a scan does', () => {
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [114.09, 22.54],
        [114.16, 22.56],
      ],
    };
    for (const [geometry, radius] of [
      [{ type: 'Point', coordinates: [114.12, 22.55] } as GeoJSON.Point, 800],
      [line, 300],
      [ZONE, 500],
    ] as const) {
      const want = set.points.flatMap((p, i) =>
        p && geometryDistance_m(geometry, { type: 'Point', coordinates: p }) <= radius ? [i] : [],
      );
      expect(want.length, geometry.type).toBeGreaterThan(10);
      expect(pointsWithin(set, geometry, radius).map((r) => r.position)).toEqual(want);
    }
  });
});
