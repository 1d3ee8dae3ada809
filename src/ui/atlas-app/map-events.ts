/**
 * What the app does with the map's events: each becomes a store update, a tooltip or a notice. The
 * shell (atlas-app.ts) hands over the few things that are its own.
 */
import type { Content } from '../../content/load';
import type { Bounds } from '../../content/types';
import { t } from '../../i18n/strings';
import type { MapEvents } from '../../map/atlas-map';
import * as actions from '../../state/actions';
import type { Store } from '../../state/store';
import { showTip } from '../map-tooltip/tip';
import { nearClick } from '../near-me/near-control';
import { doubleClickPatch, plannerPointPatch } from '../planner-tools/map-input';

/** The shell's part in the map's events. */
export interface MapEventHost {
  /** A planner point came from the pointer (not the keyboard's crosshair). */
  pointerPlaced(): void;
  measuringArea(): boolean;
  tooltip(): Parameters<typeof showTip>[0];
  moved(bounds: Bounds): void;
  idle(): void;
  focused(focused: boolean): void;
  notify(key: string, text: string): void;
}

export function mapEvents(store: Store, content: Content, host: MapEventHost): MapEvents {
  return {
    onFeatureClick: ({ featureId, lngLat }) => {
      const planner = plannerPointPatch(store.state, lngLat);
      if (planner) host.pointerPlaced();
      store.update(
        planner ??
          (store.state.mode === 'near'
            ? nearClick(store.state, content, featureId, lngLat)
            : actions.selectFeature(store.state, content, featureId)),
      );
    },
    // A double click finishes a measurement (and must not zoom); elsewhere the map zooms as usual.
    onDoubleClick: () => {
      const patch = doubleClickPatch(store.state, host.measuringArea());
      if (patch) store.update(patch);
      return patch !== null;
    },
    onHover: (id, point, tap) => showTip(host.tooltip(), content, store.state.lang, id, point, tap),
    onMove: (camera, bounds) => {
      store.update({ camera });
      host.moved(bounds);
    },
    onIdle: () => host.idle(),
    onFocusChange: (focused) => host.focused(focused),
    onError: () => host.notify('map-error', t(store.state.lang, 'mapError')),
    onBasemapFallback: (id, reason) => {
      const l = store.state.lang;
      const def = content.manifest.basemaps.find((b) => b.id === id);
      const why = t(
        l,
        reason === 'key' ? 'fallbackKey' : reason === 'tiles' ? 'fallbackTiles' : 'fallbackStyle',
      );
      host.notify('basemap', t(l, 'basemapFallback', { name: def?.name[l] ?? id, reason: why }));
      store.update({ basemap: 'embedded' });
    },
  };
}
