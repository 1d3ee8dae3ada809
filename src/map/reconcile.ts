import type { LayerSpecification } from 'maplibre-gl';
import type { MapView } from '../state/view';

/** One property the map holds that differs from what the view wants. */
export interface PropertyChange {
  layer: string;
  kind: 'layout' | 'paint';
  name: string;
  value: unknown;
}

/** What the map currently holds for a layer property (MapLibre's getLayoutProperty / getPaintProperty). */
export type ReadProperty = (layer: string, kind: 'layout' | 'paint', name: string) => unknown;

/**
 * The property changes that bring the map's layers to the desired specs: every layout and paint value
 * of each desired layer is compared with what the map holds now, not with the last view sent, so a
 * change that could not be applied earlier (a style still loading) is applied on the next pass. Pure.
 */
export function layerChanges(
  desired: readonly LayerSpecification[],
  read: ReadProperty,
  exists: (layer: string) => boolean,
): PropertyChange[] {
  const changes: PropertyChange[] = [];
  for (const spec of desired) {
    if (!exists(spec.id)) continue;
    for (const kind of ['layout', 'paint'] as const) {
      const props =
        (spec as { layout?: Record<string, unknown>; paint?: Record<string, unknown> })[kind] ?? {};
      for (const [name, value] of Object.entries(props)) {
        // MapLibre reports an unset layout visibility as undefined, which draws as visible.
        const held = read(spec.id, kind, name) ?? (name === 'visibility' ? 'visible' : undefined);
        if (!sameValue(held, value)) changes.push({ layer: spec.id, kind, name, value });
      }
    }
  }
  return changes;
}

/** Structural equality of style values (numbers, strings, expressions as nested arrays). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/** Ids of the thematic layers whose visibility or opacity differs between two views (either side's). */
export function changedLayers(before: MapView, after: MapView): Set<string> {
  const was = new Map(before.layers.map((l) => [l.id, l]));
  const changed = new Set<string>();
  for (const l of after.layers) {
    const b = was.get(l.id);
    if (!b || b.visible !== l.visible || b.opacity !== l.opacity) changed.add(l.id);
    was.delete(l.id);
  }
  for (const id of was.keys()) changed.add(id);
  return changed;
}

/**
 * Whether an online basemap has failed as a whole: a few lost tiles are normal on a flaky network, so
 * only when at least `min` tiles failed and failures outnumber successes does the atlas fall back.
 */
export function basemapFailed(tiles: { failed: number; loaded: number }, min = 6): boolean {
  return tiles.failed >= min && tiles.failed > tiles.loaded;
}
