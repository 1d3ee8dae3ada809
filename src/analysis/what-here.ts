/** "What applies here?": the planning features, subdistrict, nearest transit and measures at a point. */
import { distance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { assertLngLat, featureId, isPolygonal, pointInPolygonal } from './geometry';

/** The layers `whatAppliesHere` looks at. */
export interface WhatHereContext {
  /** Layout features (zones, belts, corridors); only the polygons among them can contain a point. */
  layout: Feature[];
  subdistricts: Feature<Polygon | MultiPolygon>[];
  stations: Feature<Point>[];
  ports: Feature<Point>[];
  /** The district; decides `insideContainer`, and its own `measures` apply inside it. */
  container?: Feature<Polygon | MultiPolygon>;
  /** Measures that apply across the whole district (added when the point is inside the container, or always when there is none). */
  districtMeasures?: number[];
}

/** The nearest feature of a layer and how far it is in a straight line. */
export interface Nearest {
  id: string;
  distance_m: number;
}

/** What applies at a point. */
export interface WhatHere {
  /** Ids of layout polygons containing the point, in the order given. */
  zones: string[];
  /** The subdistrict containing the point; on a shared boundary, the one with the smallest id. */
  subdistrict: string | null;
  nearestStation: Nearest | null;
  nearestPort: Nearest | null;
  /** Sorted, unique measures of the containing zones, subdistrict and container, plus district-wide ones. */
  measures: number[];
  insideContainer: boolean;
}

function measuresOf(feature: Feature): number[] {
  const m = feature.properties?.measures;
  return Array.isArray(m) ? m.filter((x): x is number => typeof x === 'number') : [];
}

function nearest(point: Position, features: Feature<Point>[]): Nearest | null {
  let best: Nearest | null = null;
  for (const f of features) {
    const d = distance(point, f.geometry.coordinates, { units: 'meters' });
    const id = featureId(f);
    // Ties go to the smallest id so the answer does not depend on the input order.
    if (!best || d < best.distance_m || (d === best.distance_m && id < best.id)) best = { id, distance_m: d };
  }
  return best;
}

/** The areas containing a point: the part of "what applies here" that says where it lies. */
export interface Containing {
  /** Ids of layout polygons containing the point, in the order given. */
  zones: string[];
  /** The subdistrict containing the point; on a shared boundary, the one with the smallest id. */
  subdistrict: string | null;
  insideContainer: boolean;
  /** Measures of the containing zones, subdistrict and container (unsorted, no district-wide ones). */
  measures: Set<number>;
}

/**
 * The layout polygons, subdistrict and container that hold `point`, without the nearest transit:
 * near-me asks this of every listed result. Containment as `whatAppliesHere` describes it. Without
 * `withContainer` the container is not tested (`insideContainer` is then false, its measures absent).
 */
export function containing(point: [number, number], ctx: WhatHereContext, withContainer = true): Containing {
  const measures = new Set<number>();
  const zones: string[] = [];
  for (const f of ctx.layout) {
    if (!isPolygonal(f.geometry) || !pointInPolygonal(point, f.geometry)) continue;
    zones.push(featureId(f));
    for (const m of measuresOf(f)) measures.add(m);
  }

  let subdistrict: Feature | null = null;
  for (const f of ctx.subdistricts) {
    if (!pointInPolygonal(point, f.geometry)) continue;
    if (!subdistrict || featureId(f) < featureId(subdistrict)) subdistrict = f;
  }
  if (subdistrict) for (const m of measuresOf(subdistrict)) measures.add(m);

  const insideContainer =
    withContainer && ctx.container ? pointInPolygonal(point, ctx.container.geometry) : false;
  if (ctx.container && insideContainer) for (const m of measuresOf(ctx.container)) measures.add(m);
  return { zones, subdistrict: subdistrict ? featureId(subdistrict) : null, insideContainer, measures };
}

/**
 * What applies at `point` ([lng, lat]). Containment uses `booleanPointInPolygon` with the boundary
 * counted as inside (ignoreBoundary false), so a point exactly on a shared boundary belongs to every
 * polygon whose boundary it touches: it is listed in every such zone and gets all their measures. The
 * single `subdistrict` is then the containing one with the smallest id (code-point order), which does not
 * depend on input order. Throws when the point is not a finite [lng, lat] in range.
 */
export function whatAppliesHere(point: [number, number], ctx: WhatHereContext): WhatHere {
  assertLngLat(point);
  const { zones, subdistrict, insideContainer, measures } = containing(point, ctx);
  if (insideContainer || !ctx.container) for (const m of ctx.districtMeasures ?? []) measures.add(m);

  return {
    zones,
    subdistrict,
    nearestStation: nearest(point, ctx.stations),
    nearestPort: nearest(point, ctx.ports),
    measures: [...measures].sort((a, b) => a - b),
    insideContainer,
  };
}
