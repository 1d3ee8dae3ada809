import type { Bounds, Camera } from '../content/types';
import type { AtlasState } from './store';

/**
 * Where an action wants the camera to go. Actions put intents in the store; the camera controller is
 * the only code that moves the map, and it moves it for each new intent, once.
 */
export type CameraMove =
  /** Frame these features (the controller measures them and the space the panels leave). */
  | { kind: 'features'; ids: string[] }
  /** Fit an area (e.g. a search radius). */
  | { kind: 'bounds'; bounds: Bounds }
  /** Show a story step's view, clear of the caption. */
  | { kind: 'step'; step: string }
  /** Go to a camera as it is (a link's camera). */
  | { kind: 'camera'; camera: Camera };

export interface CameraIntent {
  /** Grows with every intent, so the same move asked twice still moves the camera twice. */
  seq: number;
  move: CameraMove;
  /** Fly (true) or jump (false); reduced motion turns every flight into a jump. */
  animate: boolean;
}

/** The store patch that asks for a camera move. */
export function intend(state: AtlasState, move: CameraMove, animate = true): Partial<AtlasState> {
  return { intent: { seq: (state.intent?.seq ?? 0) + 1, move, animate } };
}
