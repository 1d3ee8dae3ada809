/**
 * Geometry helpers shared by the analysis modules: feature ids, and straight-line distances in metres
 * between any two GeoJSON geometries. Distances are geodesic (turf's sphere), insideness is planar in
 * longitude/latitude (turf's `booleanPointInPolygon`), which is what the map draws.
 */
import {
  booleanIntersects,
  booleanPointInPolygon,
  booleanPointOnLine,
  distance,
  lineString,
  pointToLineDistance,
} from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { isLngLat } from '../content/lng-lat';

/** The id of a feature: its top-level `id`, else `properties.fid`/`properties.id`; throws if none. */
export function featureId(feature: Feature): string {
  if (typeof feature.id === 'string' || typeof feature.id === 'number') return String(feature.id);
  const props = feature.properties ?? {};
  for (const key of ['fid', 'id']) {
    const value = props[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  throw new Error('feature has no id (neither a top-level "id" nor properties.fid/properties.id)');
}

/** True for Polygon and MultiPolygon geometries. */
export function isPolygonal(geometry: Geometry | null | undefined): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** The polygons of a Polygon or MultiPolygon, as lists of rings. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Every linear path of a geometry: line parts and polygon rings (so polygons measure to their boundary). */
function pathsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** Every vertex of a geometry. */
function verticesOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(verticesOf);
    default:
      return pathsOf(geometry).flat();
  }
}

/** Each polygon's bounding box, made on its first test (geometries are never changed once loaded). */
const boxes = new WeakMap<Polygon | MultiPolygon, [number, number, number, number]>();

function boxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let box = boxes.get(geometry);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygonsOf(geometry))
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    boxes.set(geometry, box);
  }
  return box;
}

/**
 * Point-in-polygon with the boundary counted as inside, so a point on an edge belongs to the polygon.
 * A point outside the outer rings' box is outside without walking the rings: near-me asks this of every
 * listed result against each zone and subdistrict, most of which are elsewhere.
 */
export function pointInPolygonal(point: Position, geometry: Polygon | MultiPolygon): boolean {
  const [x = Number.NaN, y = Number.NaN] = point;
  const box = boxOf(geometry);
  if (!(x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3])) return false;
  return booleanPointInPolygon(point, geometry, { ignoreBoundary: false });
}

/** Distance in metres from a point to a path; a one-vertex path is a point. */
function pointToPath_m(point: Position, path: Position[]): number {
  if (path.length === 0) return Number.POSITIVE_INFINITY;
  if (path.length === 1) return distance(point, path[0] as Position, { units: 'meters' });
  // A point drawn on the line is on it (0), although the great circle between vertices bends slightly
  // away from the straight lon/lat segment the map draws (about 1 m over a 10 km segment here).
  const line = lineString(path);
  if (booleanPointOnLine(point, line)) return 0;
  return pointToLineDistance(point, line, { units: 'meters' });
}

/**
 * Straight-line distance in metres from a point to a geometry: to the nearest vertex of a (multi)point,
 * to the nearest part of a line, and 0 inside or on a polygon, else to its nearest ring (holes included).
 */
export function pointToGeometry_m(point: Position, geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return distance(point, geometry.coordinates, { units: 'meters' });
    case 'MultiPoint':
      return Math.min(
        Number.POSITIVE_INFINITY,
        ...geometry.coordinates.map((c) => distance(point, c, { units: 'meters' })),
      );
    case 'GeometryCollection':
      return Math.min(
        Number.POSITIVE_INFINITY,
        ...geometry.geometries.map((g) => pointToGeometry_m(point, g)),
      );
    case 'Polygon':
    case 'MultiPolygon':
      if (pointInPolygonal(point, geometry)) return 0;
      return Math.min(Number.POSITIVE_INFINITY, ...pathsOf(geometry).map((p) => pointToPath_m(point, p)));
    default:
      return Math.min(Number.POSITIVE_INFINITY, ...pathsOf(geometry).map((p) => pointToPath_m(point, p)));
  }
}

/**
 * Straight-line distance in metres between two geometries, 0 when they touch or overlap. For two
 * non-touching lines or polygons the nearest pair of points always includes a vertex of one of them,
 * so measuring every vertex to the other geometry is exact (up to the sphere/plane difference).
 */
export function geometryDistance_m(a: Geometry, b: Geometry): number {
  if (a.type === 'Point') return pointToGeometry_m(a.coordinates, b);
  if (b.type === 'Point') return pointToGeometry_m(b.coordinates, a);
  if (a.type === 'GeometryCollection')
    return Math.min(Number.POSITIVE_INFINITY, ...a.geometries.map((g) => geometryDistance_m(g, b)));
  if (b.type === 'GeometryCollection')
    return Math.min(Number.POSITIVE_INFINITY, ...b.geometries.map((g) => geometryDistance_m(a, g)));
  if (booleanIntersects(a, b)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const v of verticesOf(a)) best = Math.min(best, pointToGeometry_m(v, b));
  for (const v of verticesOf(b)) best = Math.min(best, pointToGeometry_m(v, a));
  return best;
}

/** Throws unless `position` is a finite [lng, lat] in range. */
export function assertLngLat(position: readonly number[], what = 'point'): void {
  if (position.length < 2 || !isLngLat(position[0], position[1])) {
    throw new Error(`${what} must be [longitude, latitude] in degrees, got ${JSON.stringify(position)}`);
  }
}
