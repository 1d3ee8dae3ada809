/**
 * Planner metrics of one feature: its size, what lies inside it, how much of it lies in the district,
 * and which metro stations serve it.
 */
import { area, distance, featureCollection, intersect, length } from '@turf/turf';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { featureId, isPolygonal, pointInPolygonal, pointToGeometry_m, polygonsOf } from './geometry';
import { countInside as countSetInside, type PointSet } from './point-set';

/** What `featureMetrics` measures a feature against. */
export interface MetricsContext {
  stations: Feature<Point>[];
  ports: Feature<Point>[];
  projects: Feature<Point>[];
  /** More of each, kept as columns (large tiled layers): counted inside polygons like the features. */
  columns?: { stations: PointSet[]; ports: PointSet[]; projects: PointSet[] };
  /** Kinds of the plan's layout, whose station service is reported (the manifest's `layout` role). */
  layoutKinds: readonly string[];
  /** The district (or any polygon) whose share of the feature is reported. */
  container?: Feature<Polygon | MultiPolygon>;
}

/** A station near a feature; 0 when it lies inside (or on) a polygon or on a line. */
export interface NearStation {
  id: string;
  distance_m: number;
}

/** The metrics of one feature; fields that do not apply to its geometry are left out. */
export interface FeatureMetrics {
  id: string;
  kind: string | null;
  geometry: 'polygon' | 'line' | 'point' | 'other';
  /** Polygons: area, holes removed. */
  area_km2?: number;
  /** Polygons: length of every ring, holes and all parts included. */
  perimeter_km?: number;
  /** Lines: length of every part. */
  length_km?: number;
  /** Polygons: points inside or on the boundary. */
  counts?: { stations: number; ports: number; projects: number };
  /** Polygons and lines, when a container is given: share of area (or length) inside it, 0..1. */
  share_in_container?: number;
  /** Kinds in `layoutKinds`: stations within `NEAR_STATION_RADIUS_M`, nearest first. */
  stations_near?: NearStation[];
}

/** Radius within which a station counts as serving a corridor, belt or zone. */
export const NEAR_STATION_RADIUS_M = 500;

function linePartsOf(geometry: LineString | MultiLineString): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** Points of `points` inside or on the polygon. */
function countInside(points: Feature<Point>[], polygon: Polygon | MultiPolygon): number {
  return points.filter((p) => pointInPolygonal(p.geometry.coordinates, polygon)).length;
}

/** Parameters t in (0, 1) where segment a→b crosses an edge of the container (planar, as insideness is). */
function crossings(a: Position, b: Position, container: Polygon | MultiPolygon): number[] {
  const [ax, ay] = a as [number, number];
  const dx = (b[0] as number) - ax;
  const dy = (b[1] as number) - ay;
  const ts: number[] = [];
  for (const ring of polygonsOf(container).flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [cx, cy] = ring[i] as [number, number];
      const ex = (ring[i + 1]?.[0] as number) - cx;
      const ey = (ring[i + 1]?.[1] as number) - cy;
      const denom = dx * ey - dy * ex;
      // Parallel edges never change insideness on their own; the edges that meet them do.
      if (denom === 0) continue;
      const t = ((cx - ax) * ey - (cy - ay) * ex) / denom;
      const u = ((cx - ax) * dy - (cy - ay) * dx) / denom;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
    }
  }
  return ts;
}

/**
 * Length in km of a line inside a polygon: each segment is cut where it crosses the boundary and each
 * piece is kept when its midpoint is inside or on the boundary (so a piece running along it counts).
 */
function lengthInside_km(line: LineString | MultiLineString, container: Polygon | MultiPolygon): number {
  let total = 0;
  for (const part of linePartsOf(line)) {
    for (let i = 0; i + 1 < part.length; i++) {
      const a = part[i] as Position;
      const b = part[i + 1] as Position;
      const at = (t: number): Position => [
        (a[0] as number) + t * ((b[0] as number) - (a[0] as number)),
        (a[1] as number) + t * ((b[1] as number) - (a[1] as number)),
      ];
      const ts = [0, ...crossings(a, b, container).sort((x, y) => x - y), 1];
      for (let k = 0; k + 1 < ts.length; k++) {
        const t0 = ts[k] as number;
        const t1 = ts[k + 1] as number;
        if (t1 <= t0) continue;
        if (pointInPolygonal(at((t0 + t1) / 2), container)) total += distance(at(t0), at(t1));
      }
    }
  }
  return total;
}

/** Share of a polygon's area inside the container, 0..1 (0 for a polygon of no area). */
function areaShare(
  polygon: Feature<Polygon | MultiPolygon>,
  container: Feature<Polygon | MultiPolygon>,
): number {
  const whole = area(polygon);
  if (whole <= 0) return 0;
  const common = intersect(featureCollection([polygon, container]));
  return common ? Math.min(1, area(common) / whole) : 0;
}

/** Stations within `radius_m` of a geometry, nearest first, ties by id. */
function stationsNear(stations: Feature<Point>[], geometry: Geometry, radius_m: number): NearStation[] {
  return stations
    .map((s) => ({ id: featureId(s), distance_m: pointToGeometry_m(s.geometry.coordinates, geometry) }))
    .filter((s) => s.distance_m <= radius_m)
    .sort((x, y) => x.distance_m - y.distance_m || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Metrics of a feature. Polygons: area, perimeter, counts of stations, ports and projects inside or on
 * the boundary. Lines: length. Points: no geometric metric. Polygons and lines also get
 * `share_in_container` when `ctx.container` is given, and the layout's kinds (`ctx.layoutKinds`)
 * get the stations within 500 m: inside or within 500 m of a polygon's boundary, within 500 m of a line.
 * Throws on a feature without geometry or without an id.
 */
export function featureMetrics(feature: Feature, ctx: MetricsContext): FeatureMetrics {
  const geometry = feature.geometry;
  if (!geometry) throw new Error(`feature ${featureId(feature)} has no geometry`);
  const kind = typeof feature.properties?.kind === 'string' ? feature.properties.kind : null;
  const result: FeatureMetrics = { id: featureId(feature), kind, geometry: 'other' };

  if (isPolygonal(geometry)) {
    const polygon = feature as Feature<Polygon | MultiPolygon>;
    result.geometry = 'polygon';
    result.area_km2 = area(polygon) / 1e6;
    result.perimeter_km = length(polygon);
    const inSets = (sets: PointSet[] = []) => sets.reduce((n, set) => n + countSetInside(set, geometry), 0);
    result.counts = {
      stations: countInside(ctx.stations, geometry) + inSets(ctx.columns?.stations),
      ports: countInside(ctx.ports, geometry) + inSets(ctx.columns?.ports),
      projects: countInside(ctx.projects, geometry) + inSets(ctx.columns?.projects),
    };
    if (ctx.container) result.share_in_container = areaShare(polygon, ctx.container);
  } else if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    result.geometry = 'line';
    const whole = length(feature as Feature<LineString | MultiLineString>);
    result.length_km = whole;
    if (ctx.container)
      result.share_in_container =
        whole > 0 ? Math.min(1, lengthInside_km(geometry, ctx.container.geometry) / whole) : 0;
  } else if (geometry.type === 'Point' || geometry.type === 'MultiPoint') {
    result.geometry = 'point';
  }

  if (kind && ctx.layoutKinds.includes(kind) && result.geometry !== 'point') {
    result.stations_near = stationsNear(ctx.stations, geometry, NEAR_STATION_RADIUS_M);
  }
  return result;
}
