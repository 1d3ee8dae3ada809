import { area, booleanPointInPolygon, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { AtlasFeature, LayerDef } from '../../src/content/types';
import {
  filterResults,
  NearIndex,
  nearCategories,
  nearItems,
  nearOverlay,
  roundPin,
  widerRadius,
} from '../../src/nearby/near-data';

const point = (id: string, lng: number, lat: number, props: Record<string, unknown> = {}): AtlasFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: {
    name_zh: id,
    name_en: id,
    kind: 'x',
    measures: [1],
    source: 's',
    accuracy: 'approximate',
    ...props,
  },
});
const layer = (id: string, features: AtlasFeature[], colorBy?: string[]) => ({
  def: {
    id,
    group: 'g',
    file: `${id}.geojson`,
    name: { zh: id, en: id },
    measures: [1],
    style: {
      color: '#000000',
      ...(colorBy
        ? {
            colorBy: { property: 'category', values: Object.fromEntries(colorBy.map((c) => [c, '#111111'])) },
          }
        : {}),
    },
  } as LayerDef,
  data: { type: 'FeatureCollection' as const, features },
});

const LAYERS = [
  layer(
    'projects',
    [
      point('p-school', 0.001, 0, { category: 'education', status: 'planned' }),
      point('p-park', 0.004, 0, { category: 'park', status: 'completed' }),
      point('p-far', 0.03, 0, { category: 'park', status: 'planned' }),
    ],
    ['education', 'park'],
  ),
  layer('stations', [point('s-1', 0, 0.002)]),
  layer('zones', [
    {
      ...point('z', 0, 0),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    },
  ]),
];

describe('near data', () => {
  const index = new NearIndex(nearItems(LAYERS));

  it('indexes point features: categorised layers by category, others as one category each', () => {
    expect(nearItems(LAYERS).map((i) => [i.id, i.category])).toEqual([
      ['p-school', 'education'],
      ['p-park', 'park'],
      ['p-far', 'park'],
      ['s-1', 'stations'],
    ]);
    expect(nearCategories(LAYERS)).toEqual(['education', 'park', 'stations']);
  });

  it('finds what lies within the radius, nearest first, with turf distances and walking time', () => {
    const found = index.around([0, 0], 500);
    expect(found.map((r) => r.item.id)).toEqual(['p-school', 's-1', 'p-park']);
    for (const r of found) {
      expect(r.distance_m).toBeCloseTo(distance([0, 0], r.item.point, { units: 'meters' }), 0);
      expect(r.walk_min).toBe(Math.ceil(r.distance_m / 75));
    }
  });

  it('filters by category, and by status only where an item has one', () => {
    const found = index.around([0, 0], 500);
    expect(filterResults(found, { categories: ['park'], statuses: [] }).map((r) => r.item.id)).toEqual([
      'p-park',
    ]);
    expect(filterResults(found, { categories: [], statuses: ['planned'] }).map((r) => r.item.id)).toEqual([
      'p-school',
      's-1',
    ]);
  });

  it('suggests a radius that takes in the nearest filtered item, or none', () => {
    const parks = { categories: ['park'], statuses: [] };
    // p-park is ~445 m away: 500 m is the first 100 m step that holds it.
    expect(widerRadius(index, [0, 0], 200, 3000, parks)).toBe(500);
    expect(widerRadius(index, [0, 0], 200, 3000, { categories: ['nothing'], statuses: [] })).toBeNull();
    expect(widerRadius(index, [0, 0], 3000, 3000, parks)).toBeNull();
  });

  it('draws the radius as a circle of that radius around the pin', () => {
    const [circle, pin] = nearOverlay([0, 0], 500);
    expect(circle?.properties?.role).toBe('radius');
    expect(pin?.properties?.role).toBe('pin');
    const a = area(circle as GeoJSON.Feature<GeoJSON.Polygon>);
    expect(a).toBeGreaterThan(Math.PI * 500 ** 2 * 0.99);
    expect(a).toBeLessThan(Math.PI * 500 ** 2 * 1.01);
    expect(booleanPointInPolygon([0.004, 0], circle as GeoJSON.Feature<GeoJSON.Polygon>)).toBe(true);
  });

  it('rounds a position to about 100 m by default', () => {
    expect(roundPin([114.12074, 22.54816])).toEqual([114.121, 22.548]);
    expect(roundPin([114.1139071, 22.5424181], 5)).toEqual([114.11391, 22.54242]);
  });
});
