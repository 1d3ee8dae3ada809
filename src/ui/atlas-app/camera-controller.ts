import { boundsOf } from '../../analysis/bounds';
import type { Content } from '../../content/load';
import { type Camera, isPlaced } from '../../content/types';
import type { AtlasMap, Padding } from '../../map/atlas-map';
import type { CameraIntent, CameraMove } from '../../state/camera';
import type { AtlasState, Store } from '../../state/store';
import { findStep, stepCamera } from '../../state/story';
import { nearFirstFrame } from '../near-me/near-control';

/** What a link asks to be shown first: a near-me radius, a story step, or a named feature (without a camera of its own). */
export function linkFirstMove(state: AtlasState): CameraMove | null {
  const near = nearFirstFrame(state);
  if (near) return { kind: 'bounds', bounds: near };
  if (state.step) return { kind: 'step', step: state.step };
  if (state.selection && !state.camera) return { kind: 'features', ids: [state.selection] };
  return null;
}

/** What covers the map, in CSS pixels: the phone's bottom sheet, the presenter's caption, a card. */
export interface Insets {
  sheet: number;
  caption: number;
  /** The presenter's step strip and buttons over the map's top, by their height. */
  controls: number;
  /** A card docked over the map's left edge (desktop inspector), by its width. */
  cardLeft: number;
  /** A card docked on top of the bottom sheet (phone inspector), by its height. */
  cardBottom: number;
}

/** A framing asked this recently is done again when the card that covers its subject appears or resizes. */
const REFRAME_WITHIN_MS = 2000;

/** The share of the screen's height step cameras were framed to show (the rest under their caption). */
const STEP_CLEAR_SHARE = 0.72;

/**
 * A step's camera zoomed out as far as needed for the ground it was framed to show to fit the height
 * the presenter's caption and controls leave clear (a long caption, a phone): never zoomed in.
 */
export function fitToClear(camera: Camera, clear: Padding, height = innerHeight): Camera {
  const free = height - clear.top - clear.bottom;
  if (free <= 0) return camera;
  return { ...camera, zoom: camera.zoom + Math.min(0, Math.log2(free / (height * STEP_CLEAR_SHARE))) };
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
  #insets: Insets = { sheet: 0, caption: 0, controls: 0, cardLeft: 0, cardBottom: 0 };
  #done = 0;
  /** The selection whose card has been made room for (the camera framed it clear of the card). */
  #roomFor: string | null;
  /** The last framing of features carried out, and when: a card that opens after it frames again. */
  #lastFraming: { intent: CameraIntent; at: number } | null = null;
  /** The last step shown, and when: a caption that finds its height after it frames the step again. */
  #lastStep: { intent: CameraIntent; at: number } | null = null;

  constructor(store: Store, content: Content) {
    this.#store = store;
    this.#content = content;
    // A link with its own camera decides the first view, card or not.
    this.#roomFor = store.state.camera ? store.state.selection : null;
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
    const card = next.cardLeft !== this.#insets.cardLeft || next.cardBottom !== this.#insets.cardBottom;
    const caption = next.caption !== this.#insets.caption || next.controls !== this.#insets.controls;
    this.#insets = next;
    this.#applyPadding();
    if (card && (next.cardLeft || next.cardBottom)) this.#makeRoom();
    if (caption) this.#reframeStep();
  }

  /**
   * The presenter's caption or controls changed size just after a step was shown (entering presenter
   * mode, the caption appears after the first step has been framed without it): frame the step again
   * for the height now left clear, as it is framed on every later visit.
   */
  #reframeStep(): void {
    const last = this.#lastStep;
    const step = this.#store.state.step;
    if (last?.intent.move.kind !== 'step' || last.intent.move.step !== step) return;
    if (performance.now() - last.at < REFRAME_WITHIN_MS) this.#carryOut(last.intent);
  }

  /**
   * The card of the selection now covers part of the map: frame the selection in the rest, once per
   * selection (and again while the framing that opened it is recent, as the card finds its size). A
   * framing asked with the selection is redone as asked; a feature picked on the map is brought clear
   * of the card without zooming in.
   */
  #makeRoom(): void {
    const map = this.#map;
    const id = this.#store.state.selection;
    if (!map || !id || this.#store.state.step) return;
    const last = this.#lastFraming;
    const recent =
      last?.intent.move.kind === 'features' &&
      last.intent.move.ids.includes(id) &&
      performance.now() - last.at < REFRAME_WITHIN_MS;
    if (recent) {
      this.#carryOut(last.intent);
      this.#roomFor = id;
      return;
    }
    if (this.#roomFor === id) return;
    this.#roomFor = id;
    const entry = this.#content.features.get(id)?.feature;
    const bounds = entry && isPlaced(entry) ? boundsOf([entry]) : null;
    if (bounds) map.frame(bounds, { ...this.#within(MARGIN), maxZoom: map.camera().zoom, animate: true });
  }

  #onState(next: AtlasState, previous: AtlasState): void {
    if (next.selection !== previous.selection && !next.selection) {
      this.#roomFor = null;
      this.setInsets({ cardLeft: 0, cardBottom: 0 });
    } else if (next.selection !== previous.selection && (this.#insets.cardLeft || this.#insets.cardBottom)) {
      // The open card now shows another feature, perhaps at the same size: make room once it is drawn.
      requestAnimationFrame(() => this.#makeRoom());
    }
    if (next.step !== previous.step) this.#applyPadding();
    if (next.intent && next.intent !== previous.intent && next.intent.seq !== this.#done)
      this.#carryOut(next.intent);
  }

  /** The pixels kept clear for the current layout (presenter mode: its caption and controls). */
  padding(): Padding {
    const i = this.#insets;
    if (this.#store.state.step) return { top: i.controls, right: 0, left: 0, bottom: i.caption };
    // On a phone the card sits on top of the sheet: together they cover the bottom of the map.
    return { top: 0, right: 0, left: i.cardLeft, bottom: i.sheet + i.cardBottom };
  }

  /**
   * Framing options that keep `margin` pixels inside the clear area. The clear area is given whole
   * (absolute), so a framing asked while the map still eases to new padding lands where it should.
   */
  #within(margin: number): { padding: Padding; absolute: true } {
    const c = this.padding();
    return {
      padding: {
        top: c.top + margin,
        right: c.right + margin,
        bottom: c.bottom + margin,
        left: c.left + margin,
      },
      absolute: true,
    };
  }

  #applyPadding(): void {
    this.#map?.setPadding(this.padding());
  }

  #carryOut(intent: CameraIntent): void {
    const map = this.#map;
    if (!map) return;
    this.#done = intent.seq;
    const { move, animate } = intent;
    const clear = this.padding();
    switch (move.kind) {
      case 'features': {
        this.#lastFraming = { intent, at: performance.now() };
        const features = move.ids
          .map((id) => this.#content.features.get(id)?.feature)
          .filter((f) => f !== undefined && isPlaced(f));
        const bounds = boundsOf(features);
        if (bounds)
          map.frame(bounds, { ...this.#within(MARGIN), maxZoom: features.length === 1 ? 15 : 14.5, animate });
        return;
      }
      case 'bounds':
        map.frame(move.bounds, { ...this.#within(24), animate });
        return;
      case 'step': {
        const step = findStep(this.#content.story, move.step);
        if (!step) return;
        this.#lastStep = { intent, at: performance.now() };
        map.goTo(fitToClear(stepCamera(step, innerWidth), clear), {
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
