import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Content } from '../content/load';
import type { MapView } from '../state/view';
import { wantedLayers } from './atlas-style';
import { readProperty } from './map-parts';
import { changedLayers, layerChanges } from './reconcile';

/**
 * Brings the layers MapLibre holds to what `view` wants, reading back what they hold. `applied` is the
 * view of the last complete pass, when the style has held it since: in the same language and basemap
 * only the layers whose part of the view changed can differ from it (nothing else sets their
 * properties), and reading every layer back costs about 5 ms, on each hover of a highlighted feature
 * too. Throws when the style is not loaded.
 */
export function applyLayers(
  map: MapLibreMap,
  content: Content,
  view: MapView,
  fading: ReadonlySet<string>,
  applied: MapView | null,
): void {
  const only =
    applied && applied.lang === view.lang && applied.basemap === view.basemap
      ? changedLayers(applied, view)
      : undefined;
  // Read by id, not through getStyle(): that serialises the whole style, ~7 ms on every state change.
  const held = only ? [] : map.getLayersOrder().map((id) => ({ id, type: map.getLayer(id)?.type }));
  for (const c of layerChanges(
    wantedLayers(content, view, fading, held, only),
    (id, kind, name) => readProperty(map, id, kind, name),
    (id) => !!map.getLayer(id),
  )) {
    if (c.kind === 'layout') map.setLayoutProperty(c.layer, c.name as never, c.value as never);
    else map.setPaintProperty(c.layer, c.name as never, c.value as never);
  }
}
