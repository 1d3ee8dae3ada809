import { formatArea, formatDistance } from '../../analysis/amounts';
import { pathLength_m, polygonArea_m2 } from '../../analysis/measure';
import type { Content } from '../../content/load';
import type { Lang } from '../../content/types';
import type { AtlasState, LngLat } from '../../state/store';

/** What the overlay adapter needs: the map's `setOverlay`. */
export interface OverlayTarget {
  setOverlay(channel: string, features: GeoJSON.Feature[] | null): void;
}

const point = (p: LngLat, props: Record<string, unknown>): GeoJSON.Feature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: p },
});

/** The sides of a measurement: each segment of the path, and the closing side of a polygon. */
export function segmentsOf(points: readonly LngLat[], closed: boolean): [LngLat, LngLat][] {
  const sides: [LngLat, LngLat][] = [];
  for (let i = 1; i < points.length; i++) sides.push([points[i - 1] as LngLat, points[i] as LngLat]);
  if (closed && points.length >= 3) sides.push([points[points.length - 1] as LngLat, points[0] as LngLat]);
  return sides;
}

/**
 * The measuring tool's drawing: the path (closed into a polygon in area mode with 3 points or more),
 * a vertex per point, the length of each side at its middle (when there is more than one), and the
 * running total (length, or area) as a label at the last point.
 */
export function measureFeatures(points: LngLat[], area: boolean, lang: Lang): GeoJSON.Feature[] {
  if (!points.length) return [];
  const closed = area && points.length >= 3;
  const features: GeoJSON.Feature[] = [];
  if (closed) {
    features.push({
      type: 'Feature',
      properties: { role: 'area' },
      geometry: { type: 'Polygon', coordinates: [[...points, points[0] as LngLat]] },
    });
  } else if (points.length >= 2) {
    features.push({
      type: 'Feature',
      properties: { role: 'path' },
      geometry: { type: 'LineString', coordinates: points },
    });
  }
  for (const p of points) features.push(point(p, { role: 'vertex' }));
  const sides = segmentsOf(points, closed);
  if (sides.length > 1)
    for (const [a, b] of sides)
      features.push(
        point([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], {
          role: 'label',
          text: formatDistance(pathLength_m([a, b]), lang),
        }),
      );
  const total = closed
    ? formatArea(polygonArea_m2(points), lang)
    : points.length >= 2
      ? formatDistance(pathLength_m(points), lang)
      : '';
  if (total) features.push(point(points[points.length - 1] as LngLat, { role: 'label', text: total }));
  return features;
}

type Measures = typeof import('../../analysis/atlas-measures');

/** The catchment buffer (the store keeps a catchment only while its feature is selected). */
export function catchmentFeatures(
  state: AtlasState,
  content: Content,
  measures: Measures,
): GeoJSON.Feature[] {
  const c = state.catchment;
  if (!c) return [];
  try {
    const result = measures.catchmentOf(content, c.feature, c.radius);
    return result ? [{ ...result.buffer, properties: { role: 'buffer' } }] : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the planner's overlay channels ('measure', 'catchment', 'here') in step with the state,
 * touching the map only when a channel's inputs changed.
 */
export class PlannerOverlays {
  readonly #keys = new Map<string, string>();
  #measures: Measures | null = null;

  sync(target: OverlayTarget, state: AtlasState, content: Content, measureArea: boolean): void {
    const measure = state.mode === 'measure' ? state.measurePoints : [];
    this.#set(target, 'measure', JSON.stringify([measure, measureArea, state.lang]), () =>
      measureFeatures(measure, measureArea, state.lang),
    );
    const c = state.catchment;
    const measures = this.#measures;
    if (c && !measures) {
      // Buffering is heavy: load it the first time a catchment is drawn, then draw.
      void import('../../analysis/atlas-measures').then((m) => {
        this.#measures = m;
        this.sync(target, state, content, measureArea);
      });
    } else {
      this.#set(target, 'catchment', JSON.stringify(c), () =>
        measures ? catchmentFeatures(state, content, measures) : [],
      );
    }
    const here = state.mode === 'here' ? state.here : null;
    this.#set(target, 'here', JSON.stringify(here), () => (here ? [point(here, { role: 'here' })] : []));
  }

  #set(target: OverlayTarget, channel: string, key: string, features: () => GeoJSON.Feature[]): void {
    if (this.#keys.get(channel) === key) return;
    this.#keys.set(channel, key);
    const list = features();
    target.setOverlay(channel, list.length ? list : null);
  }
}
