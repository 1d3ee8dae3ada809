/**
 * The elements the first view can do without, each loaded apart from the app shell (issue 14: only what
 * the first view needs runs before the map's first idle). One is loaded as soon as the state shows it
 * (a "near me" link, a selection, a planner tool, a story step); the map's controls and the panels a
 * click away follow once the map is idle. Until its module runs, an element is an empty unknown
 * element: the properties a template sets on it are taken over when it upgrades (Lit does that).
 */
import type { AtlasState } from '../../state/store';
import { takesMapPoints } from '../planner-tools/map-input';

const LOADERS = {
  'layer-panel': () => import('../layer-panel/layer-panel'),
  'near-me': () => import('../near-me/near-me'),
  'feature-inspector': () => import('../feature-inspector/feature-inspector'),
  // The inspector's metrics need turf's clipping and buffering: only with a selection, never ahead. They
  // are drawn in the inspector's slot, so they wait for it: defined first, they would show unstyled.
  'feature-metrics': () =>
    loadElement('feature-inspector').then(() => import('../feature-metrics/feature-metrics')),
  'planner-tools': () => import('../planner-tools/planner-tools'),
  'presenter-view': () => import('../presenter-view/presenter-view'),
  'map-tooltip': () => import('../map-tooltip/map-tooltip'),
};

/** The tag name of an element loaded on demand. */
export type LazyElement = keyof typeof LOADERS;

/**
 * Loaded once the map is idle: the planner's toolbar and the tooltip (controls of the map), and the
 * panels one click opens, so that click does not wait for the network.
 */
export const AFTER_FIRST_IDLE: readonly LazyElement[] = [
  'planner-tools',
  'map-tooltip',
  'layer-panel',
  'near-me',
  'feature-inspector',
  'presenter-view',
];

const loads = new Map<LazyElement, Promise<void>>();

/** Loads the module that defines an element, once; a load that failed is tried again on the next call. */
export function loadElement(tag: LazyElement): Promise<void> {
  let load = loads.get(tag);
  if (!load) {
    load = LOADERS[tag]().then(() => undefined);
    loads.set(tag, load);
    load.catch(() => loads.delete(tag));
  }
  return load;
}

/** The on-demand elements the state shows now. */
export function elementsShownBy(state: AtlasState): LazyElement[] {
  const tags: LazyElement[] = [];
  if (state.tab === 'layers') tags.push('layer-panel');
  if (state.tab === 'near') tags.push('near-me');
  if (state.selection) tags.push('feature-inspector', 'feature-metrics');
  if (takesMapPoints(state)) tags.push('planner-tools');
  if (state.step) tags.push('presenter-view');
  return tags;
}
