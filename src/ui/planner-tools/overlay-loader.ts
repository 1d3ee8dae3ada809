/**
 * The planner's map drawings (measurements, catchments), loaded with their turf code on the first
 * planner tool or catchment: a visit that never uses one never downloads them.
 */
import type { Content } from '../../content/load';
import type { AtlasMap } from '../../map/atlas-map';
import type { AtlasState } from '../../state/store';
import { takesMapPoints } from './map-input';
import type { PlannerOverlays } from './overlays';

export class PlannerOverlayLoader {
  #overlays?: Promise<PlannerOverlays>;

  /** Draws the state's planner overlays on the map; `failed` when their module cannot load. */
  sync(map: AtlasMap, state: AtlasState, content: Content, measureArea: boolean, failed: () => void): void {
    // Nothing is drawn before the first planner tool or catchment: until then there is nothing to clear.
    if (!this.#overlays && !takesMapPoints(state) && !state.catchment) return;
    this.#overlays ??= import('./overlays').then((m) => new m.PlannerOverlays());
    void this.#overlays.then(
      (overlays) => overlays.sync(map, state, content, measureArea),
      () => {
        this.#overlays = undefined;
        failed();
      },
    );
  }
}
