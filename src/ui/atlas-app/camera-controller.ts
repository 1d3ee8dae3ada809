import { boundsOf } from '../../analysis/bounds';
import type { Content } from '../../content/load';
import { isPlaced } from '../../content/types';
import type { AtlasMap, Padding } from '../../map/atlas-map';
import type { CameraIntent } from '../../state/camera';
import type { AtlasState, Store } from '../../state/store';
import { findStep, stepCamera } from '../../state/story';

/** What covers the map, in CSS pixels: the phone's bottom sheet, the presenter's caption, a card. */
export interface Insets {
  sheet: number;
  caption: number;
  /** A card docked over the map's left edge (desktop inspector), by its width. */
  cardLeft: number;
  /** A card docked over the map's bottom (phone inspector), by its height. */
  cardBottom: number;
}

/** Breathing room around framed features, inside the part of the map nothing covers. */
const MARGIN = 48;

/**
 * The one owner of the camera: it carries out each new intent from the store, with the padding that
 * keeps the subject clear of whatever covers the map, and keeps that padding current as panels move.
 * Nothing else moves the map (deck.gl's 3D tilt lives inside the map adapter).
 */
export class CameraController {
  readonly #store: Store;
  readonly #content: Content;
  #map: AtlasMap | null = null;
  #insets: Insets = { sheet: 0, caption: 0, cardLeft: 0, cardBottom: 0 };
  #done = 0;

  constructor(store: Store, content: Content) {
    this.#store = store;
    this.#content = content;
    store.subscribe((next, previous) => this.#onState(next, previous));
  }

  /** The map is ready: carry out what was asked while it loaded (the last intent only). */
  attach(map: AtlasMap): void {
    this.#map = map;
    this.#applyPadding();
    const intent = this.#store.state.intent;
    if (intent && intent.seq !== this.#done) this.#carryOut({ ...intent, animate: false });
  }

  /** Panels moved or resized: keep the map's clear area (and so its centre) where the user looks. */
  setInsets(change: Partial<Insets>): void {
    const next = { ...this.#insets, ...change };
    if (Object.entries(next).every(([k, v]) => this.#insets[k as keyof Insets] === v)) return;
    this.#insets = next;
    this.#applyPadding();
  }

  #onState(next: AtlasState, previous: AtlasState): void {
    if (next.step !== previous.step) this.#applyPadding();
    if (next.intent && next.intent !== previous.intent && next.intent.seq !== this.#done)
      this.#carryOut(next.intent);
  }

  /** The pixels kept clear for the current layout (presenter mode: only the caption counts). */
  padding(): Padding {
    const i = this.#insets;
    if (this.#store.state.step) return { top: 0, right: 0, left: 0, bottom: i.caption };
    return { top: 0, right: 0, left: i.cardLeft, bottom: Math.max(i.sheet, i.cardBottom) };
  }

  #applyPadding(): void {
    this.#map?.setPadding(this.padding());
  }

  #carryOut(intent: CameraIntent): void {
    const map = this.#map;
    if (!map) return;
    this.#done = intent.seq;
    const { move, animate } = intent;
    // The map keeps `clear` as its own padding (setPadding); framing adds only a margin inside it.
    const clear = this.padding();
    switch (move.kind) {
      case 'features': {
        const features = move.ids
          .map((id) => this.#content.features.get(id)?.feature)
          .filter((f) => f !== undefined && isPlaced(f));
        const bounds = boundsOf(features);
        if (bounds)
          map.frame(bounds, { padding: MARGIN, maxZoom: features.length === 1 ? 15 : 14.5, animate });
        return;
      }
      case 'bounds':
        map.frame(move.bounds, { padding: 24, animate });
        return;
      case 'step': {
        const step = findStep(this.#content.story, move.step);
        if (!step) return;
        map.goTo(stepCamera(step, innerWidth), {
          duration: step.duration ?? 2000,
          animate: animate && !step.jump,
          padding: clear,
        });
        return;
      }
      case 'camera':
        map.goTo(move.camera, { animate, padding: clear });
        return;
    }
  }
}
