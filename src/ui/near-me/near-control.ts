/**
 * What the app does for "near me", as pure functions of the state, so the mediator only calls them:
 * turning a `near-change` into a store patch, a map tap into a pin or a selection, the state into the
 * overlay it draws.
 */
import { boundsOf } from '../../analysis/bounds';
import type { Content } from '../../content/load';
import type { Bounds } from '../../content/types';
import { nearOverlay, roundPin } from '../../nearby/near-data';
import * as actions from '../../state/actions';
import type { AtlasState, LngLat } from '../../state/store';
import type { AtlasEventMap } from '../events';

/**
 * The store patch of a `near-change`, and the circle to frame when the change asked for it. A new pin
 * also shows the point layers the list draws from, so every result can be found and highlighted on the map.
 */
export function nearChange(
  state: AtlasState,
  content: Content,
  detail: AtlasEventMap['near-change'],
): { patch: Partial<AtlasState>; frame: Bounds | null } {
  const { frame, ...change } = detail;
  const near = { ...state.near, ...change };
  const bounds = frame && near.pin ? boundsOf(nearOverlay(near.pin, near.radius)) : null;
  return { patch: { near, mode: 'near', ...(change.pin ? showListed(state, content) : {}) }, frame: bounds };
}

/** Shows the point layers the list draws from, keeping what else is visible. */
function showListed(state: AtlasState, content: Content): Partial<AtlasState> {
  // A tiled layer lists every feature by its index point, so it is one of them.
  const listed = content.layers
    .filter((l) => l.tiled || l.data.features.some((f) => f.geometry.type === 'Point'))
    .map((l) => l.def.id);
  return actions.setLayers(content, [...state.layers, ...listed]);
}

/**
 * A tap on the map in "near me": on a point feature (a project or facility, what the list shows) it
 * selects that feature, so the list marks it; anywhere else, including inside a zone, it moves the pin.
 */
export function nearClick(
  state: AtlasState,
  content: Content,
  featureId: string | null,
  lngLat: LngLat,
): Partial<AtlasState> {
  const entry = featureId ? content.features.get(featureId) : undefined;
  if (entry?.layer && entry.feature.geometry?.type === 'Point')
    return actions.selectFeature(state, content, featureId);
  return { near: { ...state.near, pin: roundPin(lngLat, 5) }, ...showListed(state, content) };
}

/** The pin and circle to draw: only while "near me" is the mode, so other tools get a clean map. */
export function nearOverlayOf(state: AtlasState): GeoJSON.Feature[] | null {
  const pin = state.mode === 'near' ? state.near.pin : null;
  return pin ? nearOverlay(pin, state.near.radius) : null;
}

/** The mode that goes with the open tab: "near me" open means taps place the pin. */
export function modeForTab(state: AtlasState, nearOpen: boolean): Partial<AtlasState> {
  if (nearOpen) return { mode: 'near' };
  return state.mode === 'near' ? { mode: 'explore' } : {};
}

/** The circle a shared "near me" link opens on, unless the link also says where the camera is. */
export function nearFirstFrame(state: AtlasState): Bounds | null {
  const pin = state.near.pin;
  return pin && !state.camera ? boundsOf(nearOverlay(pin, state.near.radius)) : null;
}
