import type { AtlasState, LngLat } from '../../state/store';

/**
 * What a point chosen on the map (a click, or Enter at the crosshair) does in the planner modes: adds a
 * measuring point (or starts a new measurement after a finished one), or asks "what applies here".
 * Null in the other modes, where the app keeps its own meaning (select a feature, place a pin).
 */
export function plannerPointPatch(state: AtlasState, point: LngLat): Partial<AtlasState> | null {
  if (state.mode === 'measure')
    return state.measureDone
      ? { measurePoints: [point], measureDone: false }
      : { measurePoints: [...state.measurePoints, point] };
  if (state.mode === 'here') return { here: point };
  return null;
}

/** Whether a measurement has enough points to be finished: two for a path, three for an area. */
export function canFinish(points: readonly LngLat[], area: boolean): boolean {
  return points.length >= (area ? 3 : 2);
}

/** Finishes the measurement in progress, if it has enough points; null when there is nothing to finish. */
export function finishPatch(state: AtlasState, area: boolean): Partial<AtlasState> | null {
  if (state.mode !== 'measure' || state.measureDone || !canFinish(state.measurePoints, area)) return null;
  return { measureDone: true };
}

/**
 * A double click while measuring finishes the measurement where it was made. Its two clicks have each
 * added a point at (nearly) the same place, so the second is dropped: one vertex, and the map does not
 * zoom. Null outside the measuring tool (the map then zooms as usual).
 */
export function doubleClickPatch(state: AtlasState, area: boolean): Partial<AtlasState> | null {
  if (state.mode !== 'measure') return null;
  const points = state.measureDone ? state.measurePoints : state.measurePoints.slice(0, -1);
  return { measurePoints: points, measureDone: canFinish(points, area) };
}

/** Whether the crosshair and Enter-to-place are in use: the modes that take a point from the map. */
export function takesMapPoints(state: AtlasState): boolean {
  return state.mode === 'measure' || state.mode === 'here';
}

/**
 * Enter on the focused map: places the planner's point at the centre, under the crosshair, or finishes
 * the measurement, after points placed by pointer or when pressed again where the last point is. The
 * patch and whether it finished; null when Enter does nothing here.
 */
export function enterPatch(
  state: AtlasState,
  centre: LngLat,
  lastBy: 'pointer' | 'key',
  area: boolean,
): { patch: Partial<AtlasState>; finished: boolean } | null {
  const last = state.measurePoints.at(-1);
  const again = last !== undefined && last[0] === centre[0] && last[1] === centre[1];
  const finish = (lastBy === 'pointer' || again) && finishPatch(state, area);
  if (finish) return { patch: finish, finished: true };
  const patch = again && !state.measureDone ? null : plannerPointPatch(state, centre);
  return patch ? { patch, finished: false } : null;
}
