/**
 * Where an area's one label goes. The build works these points out for the areas the first view draws
 * and puts them in the start bundle (start-bundle.ts); the browser then does not search every detailed
 * boundary for them while the map is being created (about 50 ms of a phone's start at 4x CPU: README,
 * Performance). Without the bundle (the dev server, or a bundle that cannot be read) the map works them
 * out itself with the same function.
 */
import { area as turfArea } from '@turf/turf';
import polylabel from 'polylabel';

/**
 * The point where an area's single label goes: the pole of inaccessibility (polylabel) of its largest
 * part, so a multi-part area is named once, inside its main body, away from its edges.
 */
export function labelPoint(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = parts[0] ?? [];
  let largestArea = -1;
  for (const rings of parts) {
    const a = turfArea({ type: 'Polygon', coordinates: rings });
    if (a > largestArea) {
      largest = rings;
      largestArea = a;
    }
  }
  // Precision in degrees: about 10 m, ample for a label and cheap for the district's areas.
  const [x, y] = polylabel(largest, 0.0001);
  return [x ?? 0, y ?? 0];
}

/** Whether a geometry is an area, which is labelled from one point. */
export function isArea(
  geometry: GeoJSON.Geometry | null | undefined,
): geometry is GeoJSON.Polygon | GeoJSON.MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** The label point of every area with an id in `collections`, rounded to about 0.1 m, for the bundle. */
export function bundleLabelPoints(collections: Iterable<unknown>): Record<string, [number, number]> {
  const points: Record<string, [number, number]> = {};
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  for (const collection of collections) {
    const features = (collection as { features?: unknown } | null)?.features;
    if (!Array.isArray(features)) continue;
    for (const f of features as GeoJSON.Feature[]) {
      if (f?.id === undefined || !isArea(f.geometry)) continue;
      const [x, y] = labelPoint(f.geometry);
      points[String(f.id)] = [round(x), round(y)];
    }
  }
  return points;
}
