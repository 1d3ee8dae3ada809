import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Content } from '../../content/load';

/** What the controller reads of its element: the content, the chosen feature and the catchment shown. */
export interface TiledDataHost extends ReactiveControllerHost {
  content?: Content;
  featureId: string | null;
  catchment: { feature: string; radius: number } | null;
}

/**
 * The tiled layers' data the metrics count with (src/content/tiled-index.ts): a layer's index for its
 * points and, where its kind is per feature or a catchment lists its categories, its property columns.
 * Asks for them when the feature or its catchment changes, and draws the element again once they have
 * arrived, so the element itself only renders.
 */
export class TiledData implements ReactiveController {
  readonly #host: TiledDataHost;
  /** What was last asked for: the content, the feature and whether its catchment is shown. */
  #asked: { content: Content; feature: string; shown: boolean } | null = null;

  constructor(host: TiledDataHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const { content, featureId, catchment } = this.#host;
    if (!content || !featureId) return;
    const shown = catchment?.feature === featureId;
    const asked = this.#asked;
    if (asked && asked.content === content && asked.feature === featureId && asked.shown === shown) return;
    this.#asked = { content, feature: featureId, shown };
    const arrived = () => {
      if (this.#host.content === content) this.#host.requestUpdate();
    };
    for (const { def, tiled } of content.layers) {
      if (!tiled) continue;
      if (!def.records || shown) {
        if (!tiled.propsLoaded) tiled.loadProps().then(arrived, () => {});
      } else if (!tiled.size) tiled.load().then(arrived, () => {});
    }
  }
}
