import type { AtlasState, LngLat } from '../../state/store';

/**
 * What a point chosen on the map (a click, or Enter at the crosshair) does in the planner modes: adds a
 * measuring point, or asks "what applies here". Null in the other modes, where the app keeps its own
 * meaning (select a feature, place a pin).
 */
export function plannerPointPatch(state: AtlasState, point: LngLat): Partial<AtlasState> | null {
  if (state.mode === 'measure') return { measurePoints: [...state.measurePoints, point] };
  if (state.mode === 'here') return { here: point };
  return null;
}

/** Whether the crosshair and Enter-to-place are in use: the modes that take a point from the map. */
export function takesMapPoints(state: AtlasState): boolean {
  return state.mode === 'measure' || state.mode === 'here';
}
