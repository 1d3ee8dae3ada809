/**
 * The panels' events that are only store updates (and maybe a camera intent): choosing a measure or a
 * term, hovering and selecting features, layers and their sliders, the 3D and flow switches, measuring
 * points, catchments and "near me". Events that also touch the shell (its text focus, tab, notices,
 * layout) stay in atlas-app.ts.
 */
import type { Content } from '../../content/load';
import * as actions from '../../state/actions';
import { intend } from '../../state/camera';
import type { Store } from '../../state/store';
import type { AtlasEventMap } from '../events';
import { nearChange } from '../near-me/near-control';
import type { PerFrame } from './per-frame';

type On<K extends keyof AtlasEventMap> = (e: CustomEvent<AtlasEventMap[K]>) => void;

/** What the handlers read: the store and content once loaded (both absent before). */
export interface StoreEventsHost {
  store(): Store | undefined;
  content(): Content | undefined;
  /** Sliders fire on every pixel: their updates run once per frame. */
  perFrame: PerFrame;
  /** A card closed from the panel: the keyboard returns to the map. */
  focusMap(): void;
}

/** An action's patch, then the camera intent to frame what it asks for. */
function apply(store: Store, result: actions.ActionResult): void {
  store.update(result.patch);
  if (result.frame?.length) store.update(intend(store.state, { kind: 'features', ids: result.frame }));
}

export function storeEvents(host: StoreEventsHost) {
  /** Runs `update` with the store and content, once both have loaded. */
  const withStore =
    <T>(update: (store: Store, content: Content, detail: T) => void) =>
    (e: CustomEvent<T>) => {
      const store = host.store();
      const content = host.content();
      if (store && content) update(store, content, e.detail);
    };
  const measureSelect: On<'measure-select'> = withStore((store, content, d) =>
    apply(store, actions.chooseSection(store.state, content, d.section)),
  );
  const termActivate: On<'term-activate'> = withStore((store, content, d) =>
    apply(store, actions.activateTerm(store.state, content, d.features, d.layers)),
  );
  const featureSelect: On<'feature-select'> = withStore((store, content, d) => {
    store.update(actions.selectFeature(store.state, content, d.id));
    if (d.id && d.frame) store.update(intend(store.state, { kind: 'features', ids: [d.id] }));
    if (d.id === null) host.focusMap();
  });
  const layerToggle: On<'layer-toggle'> = withStore((store, content, d) =>
    store.update(actions.toggleLayer(store.state, content, d.id, d.visible)),
  );
  const layersSet: On<'layers-set'> = withStore((store, content, d) =>
    store.update(actions.setLayers(content, d.ids)),
  );
  const layerOpacity: On<'layer-opacity'> = withStore((store, _content, d) =>
    host.perFrame.run(`opacity-${d.id}`, () =>
      store.update({ opacity: { ...store.state.opacity, [d.id]: d.opacity } }),
    ),
  );
  const nearChanged: On<'near-change'> = withStore((store, content, d) => {
    const run = () => {
      const { patch, frame } = nearChange(store.state, content, d);
      store.update(patch);
      if (frame) store.update(intend(store.state, { kind: 'bounds', bounds: frame }));
    };
    // Dragging the radius slider: one update per frame; anything else (a pin, a filter) at once.
    const dragging = Object.keys(d).every((k) => k === 'radius') && !d.frame;
    if (dragging) host.perFrame.run('near-radius', run);
    else {
      host.perFrame.cancel('near-radius');
      run();
    }
  });
  return {
    measureSelect,
    termActivate,
    featureSelect,
    layerToggle,
    layersSet,
    layerOpacity,
    nearChange: nearChanged,
    featuresHover: ((e) => host.store()?.update({ hover: e.detail.ids })) as On<'features-hover'>,
    dimChange: ((e) => host.store()?.update({ dim: e.detail.dim })) as On<'dim-change'>,
    viewToggle: ((e) =>
      host
        .store()
        ?.update(
          e.detail.view === '3d' ? { view3d: e.detail.on } : { flows: e.detail.on },
        )) as On<'view-toggle'>,
    measurePoints: ((e) =>
      host.store()?.update({ measurePoints: e.detail.points, measureDone: false })) as On<'measure-points'>,
    catchmentChange: ((e) =>
      host.store()?.update({ catchment: e.detail.catchment })) as On<'catchment-change'>,
  };
}
