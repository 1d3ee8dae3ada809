import type { Content } from '../../content/load';
import type { AtlasMap } from '../../map/atlas-map';
import { deckView, deckViewChanged } from '../../state/deck-view';
import type { AtlasState } from '../../state/store';
import { mapView } from '../../state/view';
import { nearOverlayOf } from '../near-me/near-control';
import { attributionText, mapLabels } from './labels';

/**
 * Brings the map to a new state: the derived view (the adapter applies all of it, idempotently), the
 * deck.gl views, the labels and attribution of its controls in the language, the "near me" overlay.
 * With no `previous`, everything is pushed (the map has just been created).
 */
export function syncMap(map: AtlasMap, content: Content, next: AtlasState, previous?: AtlasState): void {
  map.update(mapView(next, content));
  if (!previous || deckViewChanged(next, previous)) map.setDeckViews(deckView(next, content));
  if (previous && next.lang !== previous.lang) {
    map.setLabels(mapLabels(next.lang));
    map.setAttribution(attributionText(content, next.lang));
  }
  if (!previous || next.near !== previous.near || next.mode !== previous.mode)
    map.setOverlay('near', nearOverlayOf(next));
}
