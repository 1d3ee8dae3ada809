/**
 * "What is within N metres of here": a spatial index over points, built once, answering radius queries
 * with great-circle (haversine) distances. Pure: no DOM, no map.
 */
import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';
import { isLngLat } from '../content/lng-lat';

/** A point to index; `id` is what `within` hands back. */
export interface IndexedPoint {
  id: string;
  lng: number;
  lat: number;
}

/** One point found by `within`, with its great-circle distance from the centre. */
export interface Nearby {
  id: string;
  distance_m: number;
  /** Where the point was in the input: its owner can find it by position, without a lookup by id. */
  at: number;
}

function checkLngLat(lng: unknown, lat: unknown, what: string): void {
  if (!isLngLat(lng, lat))
    throw new Error(
      `${what} must be a longitude in [-180, 180] and a latitude in [-90, 90], got ${lng}, ${lat}`,
    );
}

/** Points as columns, for large layers: no object per point. `coords` is flat [lng, lat, lng, lat, …]. */
export interface PointColumns {
  ids: readonly string[];
  coords: Float64Array;
}

/**
 * A kd-tree of points (kdbush) searched on the sphere (geokdbush). Building sorts the points once;
 * each query then visits only the tree nodes that can hold points inside the radius.
 */
export class RadiusIndex {
  private readonly ids: readonly string[];
  private readonly coords: Float64Array;
  private readonly index: KDBush;

  /** Indexes the points; throws on a point without finite, in-range coordinates. */
  constructor(points: readonly IndexedPoint[] | PointColumns) {
    if ('coords' in points) {
      this.ids = points.ids;
      this.coords = points.coords;
    } else {
      this.ids = points.map((p) => p.id);
      this.coords = new Float64Array(points.length * 2);
      points.forEach((p, i) => {
        this.coords[2 * i] = p.lng;
        this.coords[2 * i + 1] = p.lat;
      });
    }
    const n = this.ids.length;
    // kdbush cannot be built with no items; an empty index still answers every query with nothing.
    this.index = new KDBush(Math.max(n, 1));
    for (let i = 0; i < n; i++) {
      const lng = this.coords[2 * i];
      const lat = this.coords[2 * i + 1];
      checkLngLat(lng, lat, `point ${i} (${this.ids[i]})`);
      this.index.add(lng as number, lat as number);
    }
    if (n === 0) this.index.add(0, 0);
    this.index.finish();
  }

  /** Number of indexed points. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * The points within `radius_m` metres (great circle) of `center` [lng, lat], nearest first.
   * Throws unless the radius is a positive, finite number and the centre a valid position.
   */
  within(center: readonly [number, number], radius_m: number): Nearby[] {
    if (typeof radius_m !== 'number' || !Number.isFinite(radius_m) || radius_m <= 0)
      throw new Error('radius must be a positive number of metres');
    const [lng, lat] = center;
    checkLngLat(lng, lat, 'center');
    if (this.ids.length === 0) return [];
    // geokdbush returns kdbush item numbers (insertion order), already sorted by distance.
    return around(this.index, lng, lat, Number.POSITIVE_INFINITY, radius_m / 1000).map((i) => ({
      id: this.ids[i] as string,
      at: i,
      distance_m: distance(lng, lat, this.coords[2 * i] as number, this.coords[2 * i + 1] as number) * 1000,
    }));
  }
}

/**
 * Minutes to walk `distance_m` at `speed_m_per_min` (75 m/min = 4.5 km/h), rounded up. The distance is
 * usually straight-line, so this is a lower bound of the real walk along streets.
 */
export function walkingMinutes(distance_m: number, speed_m_per_min = 75): number {
  if (!Number.isFinite(distance_m) || distance_m < 0)
    throw new Error('distance must be a non-negative number of metres');
  if (!Number.isFinite(speed_m_per_min) || speed_m_per_min <= 0)
    throw new Error('walking speed must be a positive number of metres per minute');
  // A hair below a whole minute (float error in 150 / 75 and the like) must not add a minute.
  return Math.max(0, Math.ceil(distance_m / speed_m_per_min - 1e-9));
}
