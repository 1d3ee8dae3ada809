/**
 * Planner analysis (src/analysis): hand-made fixtures near (0°, 0°), where 0.01° ≈ 1112 m both ways so
 * expected values can be checked by hand, plus golden outputs on the real data.
 *
 * Golden files in tests/fixtures/analysis/out/ hold rounded values (1 m, 0.001 km / km², 0.001 share).
 * To regenerate them ON PURPOSE after a deliberate change, run
 *   REGENERATE=1 npx vitest run tests/unit/analysis.test.ts
 * and review the diff before keeping it.
 */
import { join } from 'node:path';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatArea, formatDistance } from '../../src/analysis/amounts';
import { boundsOf } from '../../src/analysis/bounds';
import { CATCHMENT_RADII, catchment } from '../../src/analysis/catchment';
import { pathLength_m, polygonArea_m2 } from '../../src/analysis/measure';
import { featureMetrics, type MetricsContext } from '../../src/analysis/metrics';
import { type WhatHereContext, whatAppliesHere } from '../../src/analysis/what-here';
import type { Manifest } from '../../src/content/types';
import { readCollection, readJson } from './data';
import { golden } from './golden';

const FIXTURES = 'tests/fixtures/analysis';
/** Metres in 0.01° of a great circle on turf's sphere (R = 6 371 008.8 m). */
const CENTI_DEG_M = (Math.PI * 6371008.8) / 18000;

function read<
  G extends
    FeatureCollection['features'][number]['geometry'] = FeatureCollection['features'][number]['geometry'],
>(path: string): Feature<G>[] {
  return readCollection<FeatureCollection<G>>(path).features;
}
const fixture = <G extends Feature['geometry'] = Feature['geometry']>(name: string) =>
  read<G>(join(FIXTURES, 'in', `${name}.geojson`));
// As the app loads them: features no document locates (no geometry) stay out of the analysed layers.
const real = <G extends Feature['geometry'] = Feature['geometry']>(name: string) =>
  read<G>(join('data/layers', `${name}.geojson`)).filter((f) => f.geometry !== null);

function byId<T extends Feature>(features: T[], id: string): T {
  const f = features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
}

const round = (x: number, decimals: number) => Number(x.toFixed(decimals)) + 0; // +0 turns -0 into 0

/** Rounds numbers by what their key says they are; drops the drawn buffer down to its rounded bbox. */
function rounded(value: unknown, key = ''): unknown {
  if (typeof value === 'number') {
    if (/_m2?$/.test(key)) return round(value, 0);
    if (/_km2?$/.test(key) || key === 'share_in_container') return round(value, 3);
    if (key === 'bounds') return round(value, 6);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => rounded(v, key));
  if (value && typeof value === 'object') {
    if (key === 'buffer') return { bounds: rounded(bbox(value as Feature), 'bounds') };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v, k)]));
  }
  return value;
}

/** Compares `value` (rounded) with out/<name>.json, or writes it there when regenerating. */
const goldenRounded = (name: string, value: unknown) => golden(FIXTURES, `${name}.json`, rounded(value));

const layout = fixture('layout');
const container = fixture<Polygon>('container')[0] as Feature<Polygon>;
const subdistricts = fixture<Polygon>('subdistricts');
const stations = fixture<Point>('stations');
const ports = fixture<Point>('ports');
const projects = fixture<Point>('projects');
// The fixtures' layout kinds, as a manifest would give them the `layout` role.
const layoutKinds = ['corridor', 'corridor-axis', 'belt', 'zone'];
const ctx: MetricsContext = { stations, ports, projects, layoutKinds, container };

describe('featureMetrics', () => {
  it('measures a square zone, counting boundary points as inside', () => {
    const m = featureMetrics(byId(layout, 'zone-square'), ctx);
    expect(m.geometry).toBe('polygon');
    expect(m.area_km2).toBeCloseTo((CENTI_DEG_M / 1000) ** 2, 3);
    expect(m.perimeter_km).toBeCloseTo((4 * CENTI_DEG_M) / 1000, 3);
    // st-inside, st-corner (a vertex) and st-edge (on the shared edge); pr-health and pr-school.
    expect(m.counts).toEqual({ stations: 3, ports: 0, projects: 2 });
    expect(m.share_in_container).toBeCloseTo(1, 6);
    expect(m.stations_near?.map((s) => s.id)).toEqual(['st-corner', 'st-edge', 'st-inside', 'st-near']);
    expect(m.stations_near?.[3]?.distance_m).toBeCloseTo(0.3 * CENTI_DEG_M, 0);
    expect(m.length_km).toBeUndefined();
    goldenRounded('metrics-zone-square', m);
  });

  it('measures a MultiPolygon over both parts, with partial share and no station in reach', () => {
    const m = featureMetrics(byId(layout, 'belt-multi'), ctx);
    expect(m.area_km2).toBeCloseTo(2 * (CENTI_DEG_M / 1000) ** 2, 3);
    expect(m.perimeter_km).toBeCloseTo((8 * CENTI_DEG_M) / 1000, 3);
    expect(m.counts).toEqual({ stations: 0, ports: 1, projects: 0 });
    // The district reaches half way into the first of two equal squares.
    expect(m.share_in_container).toBeCloseTo(0.25, 3);
    expect(m.stations_near).toEqual([]);
    goldenRounded('metrics-belt-multi', m);
  });

  it('takes holes out of the area and adds them to the perimeter', () => {
    const m = featureMetrics(byId(layout, 'zone-holed'), ctx);
    expect(m.area_km2).toBeCloseTo(3 * (CENTI_DEG_M / 1000) ** 2, 3);
    expect(m.perimeter_km).toBeCloseTo((12 * CENTI_DEG_M) / 1000, 2);
    expect(m.share_in_container).toBe(0);
    goldenRounded('metrics-zone-holed', m);
  });

  it('measures a line: length, share of length inside, stations within 500 m', () => {
    const m = featureMetrics(byId(layout, 'corridor-axis-line'), ctx);
    expect(m.geometry).toBe('line');
    expect(m.length_km).toBeCloseTo((4 * CENTI_DEG_M) / 1000, 3);
    expect(m.share_in_container).toBeCloseTo(0.75, 3);
    // st-corner is 0.005° ≈ 556 m from the line: out.
    expect(m.stations_near).toEqual([
      { id: 'st-edge', distance_m: 0 },
      { id: 'st-inside', distance_m: 0 },
      { id: 'st-near', distance_m: 0 },
    ]);
    expect(m.counts).toBeUndefined();
    goldenRounded('metrics-corridor-axis-line', m);
  });

  it('measures a MultiLineString over both parts; not a served kind, so no stations', () => {
    const m = featureMetrics(byId(layout, 'road-multi'), ctx);
    expect(m.length_km).toBeCloseTo((2 * CENTI_DEG_M) / 1000, 3);
    expect(m.share_in_container).toBeCloseTo(0.5, 3);
    expect(m.stations_near).toBeUndefined();
  });

  it('gives a point no geometric metric, and leaves the share out without a container', () => {
    expect(featureMetrics(byId(layout, 'landmark'), ctx)).toEqual({
      id: 'landmark',
      kind: 'project',
      geometry: 'point',
    });
    expect(
      featureMetrics(byId(layout, 'zone-square'), { stations, ports, projects, layoutKinds }),
    ).not.toHaveProperty('share_in_container');
  });

  it('rejects a feature without geometry', () => {
    expect(() =>
      featureMetrics({ type: 'Feature', id: 'x', properties: {}, geometry: null as never }, ctx),
    ).toThrow('feature x has no geometry');
  });

  it('golden: every layout feature of the real data against the real stations, ports and projects', () => {
    const realLayout = real('layout');
    const district = byId(real<Polygon | MultiPolygon>('districts'), 'district-440303');
    const realCtx: MetricsContext = {
      stations: real<Point>('metro-stations'),
      ports: real<Point>('ports'),
      projects: real<Point>('projects'),
      layoutKinds: Object.entries(readJson<Manifest>('data/atlas.json').kinds)
        .filter(([, k]) => k.roles?.includes('layout'))
        .map(([kind]) => kind),
      container: district as Feature<Polygon | MultiPolygon>,
    };
    const hq = featureMetrics(byId(realLayout, 'hq-corridor'), realCtx);
    expect(hq.geometry).toBe('polygon');
    expect(hq.stations_near?.length).toBeGreaterThan(0);
    for (const s of hq.stations_near ?? []) expect(s.distance_m).toBeLessThanOrEqual(500);
    const all = realLayout.map((f) => featureMetrics(f, realCtx));
    expect(all.find((m) => m.id === 'zone-culture-eco')?.geometry).toBe('polygon');
    goldenRounded('real-hq-corridor-metrics', hq);
    goldenRounded('real-layout-metrics', all);
  });
});

describe('catchment', () => {
  const candidates = [
    { layer: 'stations', features: stations },
    { layer: 'ports', features: ports },
    { layer: 'projects', features: projects },
  ];

  it('offers the UI radii', () => {
    expect(CATCHMENT_RADII).toEqual([300, 500, 800, 1000]);
  });

  it('finds what lies within 500 m of a point, nearest first', () => {
    const c = catchment(byId(stations, 'st-inside'), 500, candidates, subdistricts);
    // pr-school is 0.002°×0.004° away ≈ 497 m: just in; st-edge ≈ 556 m: out.
    expect(c.items.map((i) => i.id)).toEqual(['st-inside', 'pr-health', 'pr-school']);
    expect(c.items[1]?.distance_m).toBeCloseTo(Math.SQRT2 * 0.1 * CENTI_DEG_M, 0);
    expect(c.items[1]).toMatchObject({ layer: 'projects', category: 'health' });
    expect(c.counts).toEqual({ stations: 1, ports: 0, projects: 2 });
    expect(c.byCategory).toEqual({ health: 1, education: 1 });
    expect(c.areas).toEqual(['sd-west']);
    expect(c.buffer.geometry.type).toBe('Polygon');
    const [w, s, e, n] = bbox(c.buffer);
    expect((e - w) / 2).toBeCloseTo(0.05 * (500 / (CENTI_DEG_M * 5)), 4);
    expect((n - s) / 2).toBeCloseTo(500 / (CENTI_DEG_M * 100), 4);
    goldenRounded('catchment-point-500', c);
  });

  it('reaches the next subdistrict at 800 m', () => {
    const c = catchment(byId(stations, 'st-inside'), 800, candidates, subdistricts);
    expect(c.areas).toEqual(['sd-west', 'sd-east']);
    expect(c.items.map((i) => i.id)).toContain('st-corner');
    goldenRounded('catchment-point-800', c);
  });

  it('measures from a line centre to the line (0 on it)', () => {
    const c = catchment(byId(layout, 'corridor-axis-line'), 300, candidates, subdistricts);
    expect(c.items.filter((i) => i.distance_m === 0).map((i) => i.id)).toEqual([
      'port-a',
      'st-edge',
      'st-inside',
      'st-near',
    ]);
    expect(c.items.find((i) => i.id === 'pr-park')?.distance_m).toBeCloseTo(0.1 * CENTI_DEG_M, 0);
    expect(c.items.map((i) => i.id)).not.toContain('pr-school');
    expect(c.areas).toEqual(['sd-west', 'sd-east']);
    goldenRounded('catchment-line-300', c);
  });

  it('measures from a polygon centre to its edge (0 inside)', () => {
    const square = byId(layout, 'zone-square');
    const at300 = catchment(square, 300, candidates);
    expect(at300.items.map((i) => i.id)).not.toContain('st-near');
    const at500 = catchment(square, 500, candidates);
    expect(at500.items.find((i) => i.id === 'st-near')?.distance_m).toBeCloseTo(0.3 * CENTI_DEG_M, 0);
    expect(at500.areas).toEqual([]);
    goldenRounded('catchment-polygon-500', at500);
  });

  it('handles a MultiPolygon centre', () => {
    const c = catchment(byId(layout, 'belt-multi'), 1000, candidates, subdistricts);
    expect(c.items.map((i) => i.id)).toEqual(['port-a', 'pr-park']);
    expect(c.items[1]?.distance_m).toBeCloseTo(0.8 * CENTI_DEG_M, 0);
    goldenRounded('catchment-multipolygon-1000', c);
  });

  it('returns an empty result with every layer counted as 0', () => {
    const c = catchment(byId(projects, 'pr-out'), 300, candidates, subdistricts);
    expect(c.items).toEqual([{ id: 'pr-out', layer: 'projects', distance_m: 0, category: 'health' }]);
    const far = catchment(
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 1] } },
      300,
      candidates,
      subdistricts,
    );
    expect(far.items).toEqual([]);
    expect(far.counts).toEqual({ stations: 0, ports: 0, projects: 0 });
    expect(far.byCategory).toEqual({});
    expect(far.areas).toEqual([]);
  });

  it('rejects a radius of zero, negative, NaN or infinite with a clear error', () => {
    const centre = byId(stations, 'st-inside');
    for (const r of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => catchment(centre, r, candidates)).toThrow('radius must be a positive number of metres');
    }
  });

  it('golden: 500 m around Luohu station on the real data', () => {
    const centre = byId(real<Point>('metro-stations'), 'station-luohu');
    const c = catchment(
      centre,
      500,
      [
        { layer: 'metro-stations', features: real('metro-stations') },
        { layer: 'ports', features: real('ports') },
        { layer: 'projects', features: real('projects') },
      ],
      real<Polygon | MultiPolygon>('subdistricts'),
    );
    expect(c.items[0]).toEqual({ id: 'station-luohu', layer: 'metro-stations', distance_m: 0 });
    goldenRounded('real-catchment-station-luohu-500', c);
  });
});

describe('whatAppliesHere', () => {
  const here: WhatHereContext = {
    layout,
    subdistricts,
    stations,
    ports,
    container,
    districtMeasures: [1, 2, 5, 6],
  };

  it('lists the zone, subdistrict, nearest transit and measures inside a zone', () => {
    const w = whatAppliesHere([0.005, 0.005], here);
    expect(w.zones).toEqual(['zone-square']);
    expect(w.subdistrict).toBe('sd-west');
    expect(w.nearestStation).toEqual({ id: 'st-inside', distance_m: 0 });
    expect(w.nearestPort?.id).toBe('port-a');
    expect(w.nearestPort?.distance_m).toBeCloseTo(2 * CENTI_DEG_M, 0);
    expect(w.measures).toEqual([1, 2, 3, 5, 6, 8]);
    expect(w.insideContainer).toBe(true);
    goldenRounded('what-here-inside', w);
  });

  it('puts a point on a shared boundary in every polygon it touches; subdistrict = smallest id', () => {
    const w = whatAppliesHere([0.01, 0.005], here);
    expect(w.zones).toEqual(['zone-square', 'zone-east']);
    expect(w.subdistrict).toBe('sd-east');
    expect(w.measures).toEqual([1, 2, 3, 4, 5, 6, 8]);
    const reversed = whatAppliesHere([0.01, 0.005], {
      ...here,
      subdistricts: [...subdistricts].reverse(),
    });
    expect(reversed.subdistrict).toBe('sd-east');
    goldenRounded('what-here-boundary', w);
  });

  it('counts a polygon vertex as inside', () => {
    expect(whatAppliesHere([0, 0], here).zones).toEqual(['zone-square']);
  });

  it('leaves a hole out of its polygon', () => {
    expect(whatAppliesHere([0.07, 0.01], here).zones).toEqual([]);
    expect(whatAppliesHere([0.062, 0.01], here).zones).toEqual(['zone-holed']);
  });

  it('finds nothing outside the district, and no nearest without candidates', () => {
    const w = whatAppliesHere([0.1, 0.1], { ...here, stations: [] });
    expect(w).toMatchObject({
      zones: [],
      subdistrict: null,
      nearestStation: null,
      measures: [],
      insideContainer: false,
    });
    expect(w.nearestPort?.id).toBe('port-b');
    goldenRounded('what-here-outside', w);
  });

  it('rejects a point that is not [lng, lat]', () => {
    expect(() => whatAppliesHere([Number.NaN, 0], here)).toThrow('point must be [longitude, latitude]');
    expect(() => whatAppliesHere([200, 0], here)).toThrow('point must be [longitude, latitude]');
  });

  it('golden: at Guomao station on the real data', () => {
    const station = byId(real<Point>('metro-stations'), 'station-guomao');
    const district = byId(real<Polygon | MultiPolygon>('districts'), 'district-440303');
    const w = whatAppliesHere(station.geometry.coordinates as [number, number], {
      layout: real('layout'),
      subdistricts: real<Polygon | MultiPolygon>('subdistricts'),
      stations: real<Point>('metro-stations'),
      ports: real<Point>('ports'),
      container: district as Feature<Polygon | MultiPolygon>,
    });
    expect(w.nearestStation).toEqual({ id: 'station-guomao', distance_m: 0 });
    expect(w.insideContainer).toBe(true);
    expect(w.subdistrict).not.toBeNull();
    goldenRounded('real-what-here-guomao', w);
  });
});

describe('measure', () => {
  it('measures a path', () => {
    expect(pathLength_m([])).toBe(0);
    expect(pathLength_m([[114.1, 22.5]])).toBe(0);
    expect(
      pathLength_m([
        [0, 0],
        [0.01, 0],
      ]),
    ).toBeCloseTo(CENTI_DEG_M, 3);
    expect(
      pathLength_m([
        [0, 0],
        [0.01, 0],
        [0.01, 0.01],
      ]),
    ).toBeCloseTo(2 * CENTI_DEG_M, 2);
  });

  it('measures a polygon, closing the ring itself', () => {
    const open: [number, number][] = [
      [0, 0],
      [0.01, 0],
      [0.01, 0.01],
      [0, 0.01],
    ];
    const area = polygonArea_m2(open);
    expect(area).toBeCloseTo(CENTI_DEG_M ** 2, -2);
    expect(polygonArea_m2([...open, [0, 0]])).toBe(area);
    expect(polygonArea_m2([...open].reverse())).toBeCloseTo(area, 6);
    expect(
      polygonArea_m2([
        [0, 0],
        [0.01, 0],
        [0.01, 0.01],
      ]),
    ).toBeCloseTo(area / 2, -2);
    expect(
      polygonArea_m2([
        [0, 0],
        [0.01, 0],
      ]),
    ).toBe(0);
    expect(
      polygonArea_m2([
        [0, 0],
        [0.01, 0],
        [0, 0],
      ]),
    ).toBe(0);
    expect(() =>
      polygonArea_m2([
        [0, 0],
        [0.01, Number.NaN],
        [0, 1],
      ]),
    ).toThrow('point 1 must be');
  });

  it('formats distances in both languages', () => {
    expect(formatDistance(850, 'zh')).toBe('850 米');
    expect(formatDistance(850, 'en')).toBe('850 m');
    expect(formatDistance(0, 'en')).toBe('0 m');
    expect(formatDistance(999.4, 'en')).toBe('999 m');
    expect(formatDistance(999.6, 'en')).toBe('1 km');
    expect(formatDistance(1250, 'zh')).toBe('1.25 公里');
    expect(formatDistance(1250, 'en')).toBe('1.25 km');
    expect(formatDistance(1500, 'en')).toBe('1.5 km');
    expect(formatDistance(12345, 'en')).toBe('12.35 km');
    expect(() => formatDistance(-1, 'en')).toThrow('distance must be a finite number ≥ 0');
  });

  it('formats areas in both languages', () => {
    expect(formatArea(850, 'zh')).toBe('850 平方米');
    expect(formatArea(9999.4, 'en')).toBe('9999 m²');
    expect(formatArea(12345, 'en')).toBe('0.012 km²');
    expect(formatArea(125000, 'zh')).toBe('0.125 平方公里');
    expect(formatArea(1e6, 'en')).toBe('1 km²');
    expect(formatArea(78_360_000, 'en')).toBe('78.36 km²');
    expect(() => formatArea(Number.NaN, 'en')).toThrow('area must be a finite number ≥ 0');
  });
});

describe('boundsOf', () => {
  it('frames features, and is null when there are none', () => {
    expect(boundsOf(layout)).toEqual([-0.01, 0, 0.08, 0.02]);
    expect(boundsOf([byId(stations, 'st-inside')])).toEqual([0.005, 0.005, 0.005, 0.005]);
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ type: 'Feature', properties: {}, geometry: null as never }])).toBeNull();
  });

  it('golden: the real layout', () => {
    const b = boundsOf(real('layout'));
    expect(b).not.toBeNull();
    goldenRounded('real-layout-bounds', { bounds: b });
  });
});
