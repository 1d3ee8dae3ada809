import type { Content } from '../../content/load';
import type { Camera } from '../../content/types';
import { tp } from '../../i18n/presenter';
import { intend } from '../../state/camera';
import type { AtlasState, Store } from '../../state/store';
import { findStep, stepCamera } from '../../state/story';
import { type MapView, mapView } from '../../state/view';
import type { Paper } from '../print-handout/print-layout';
import { openChannel, type PresenterMessage } from './channel';

/** What presenter mode needs of the map (AtlasMap provides it; nothing here imports MapLibre). */
export interface PresenterMap {
  /** Draws a view off screen at a CSS size, without padding, as a PNG: the live map never moves. */
  captureView(
    view: MapView,
    camera: Camera,
    pixelRatio: number,
    size: { width: number; height: number },
  ): Promise<string>;
}

export type { Paper };

/** One handout page: a step, its map drawn at print resolution, and the camera and CSS size it was drawn with. */
export interface HandoutPage {
  step: string;
  image: string;
  camera: Camera;
  size: { width: number; height: number };
}

/** What presenter mode needs of the app element. */
export interface PresenterHost {
  /** The element that goes full screen. */
  readonly element: HTMLElement;
  map(): PresenterMap | undefined;
  notify(text: string): void;
  /** Shows handout progress, [done, total], or hides it with null. */
  preparing(progress: [number, number] | null): void;
  /** Renders the handout pages; resolves once their images are ready to print. */
  showHandout(paper: Paper, pages: HandoutPage[]): Promise<void>;
}

/** Map pixels per CSS pixel in a handout: about 300 dpi at the printed size (print-layout.ts). */
const PRINT_PIXEL_RATIO = 3;

/**
 * Presenter mode's behaviour around the store: full screen, the camera of each step, the notes
 * window's channel and timer, and the handout captures. The store stays the one source of state.
 */

export class PresenterController {
  readonly #store: Store;
  readonly #content: Content;
  readonly #host: PresenterHost;
  readonly #channel: BroadcastChannel | null;
  #startedAt: number | null;
  #capturing = false;

  constructor(store: Store, content: Content, host: PresenterHost) {
    this.#store = store;
    this.#content = content;
    this.#host = host;
    this.#startedAt = store.state.step ? Date.now() : null;
    this.#channel = openChannel(content.manifest.id, (m) => this.#onMessage(m));
  }

  /** The camera the map starts with: a step's view when the URL opens the story at a step. */
  initialCamera(state: AtlasState): Camera | null {
    const step = findStep(this.#content.story, state.step);
    return step ? stepCamera(step, innerWidth) : state.camera;
  }

  /** Goes to a step or leaves (null); a user's gesture entering presenter mode also asks for full screen. */
  go(step: string | null, gesture = false): void {
    const el = this.#host.element;
    if (gesture && step && !this.#store.state.step && !document.fullscreenElement) {
      // Refused in some browsers and frames: presenting works in the window all the same.
      el.requestFullscreen?.().catch(() => {});
    }
    this.#store.update({ step, selection: null, hover: [] });
  }

  /** Flies (or jumps) back to the current step's view after the presenter explored. */
  returnToStep(animate = true): void {
    const state = this.#store.state;
    if (!findStep(this.#content.story, state.step) || !state.step) return;
    // The camera controller centres the step's view clear of the caption.
    this.#store.update(intend(state, { kind: 'step', step: state.step }, animate));
  }

  /** Follows the store: camera, full screen and timer as the step changes; tells the notes window. */
  onState(next: AtlasState, previous: AtlasState): void {
    if (next.step !== previous.step) {
      // After the current update: a URL that changes the step and carries a camera shows the step's view.
      if (next.step) queueMicrotask(() => this.returnToStep());
      if (!previous.step) this.#startedAt = Date.now();
      if (!next.step) {
        this.#startedAt = null;
        if (document.fullscreenElement === this.#host.element) document.exitFullscreen().catch(() => {});
      }
    }
    if (next.step !== previous.step || next.lang !== previous.lang) this.#broadcast();
  }

  openNotes(): void {
    const url = new URL('notes.html', document.baseURI);
    const opened = window.open(url, `${this.#content.manifest.id}-notes`, 'popup,width=820,height=680');
    if (!opened) this.#host.notify(tp(this.#store.state.lang, 'popupBlocked'));
  }

  /**
   * Draws each page's map at print resolution from the step's own (wide) view on an off-screen map,
   * then opens the browser's print dialog (where PDF is one choice). The live map and the store stay
   * where the presenter left them.
   */
  async printHandout(scope: 'step' | 'story', paper: Paper): Promise<void> {
    const map = this.#host.map();
    const state = this.#store.state;
    const current = state.step;
    if (!map || !current || this.#capturing) return;
    const ids = scope === 'story' ? this.#content.story.steps.map((s) => s.id) : [current];
    const pages: HandoutPage[] = [];
    this.#capturing = true;
    try {
      // The print geometry is of no use to anyone who never prints a handout: loaded here.
      const { captureSize, printCamera } = await import('../print-handout/print-layout');
      for (const [i, id] of ids.entries()) {
        this.#host.preparing([i + 1, ids.length]);
        const step = findStep(this.#content.story, id);
        if (!step) continue;
        const view = mapView({ ...state, step: id, selection: null, hover: [] }, this.#content);
        // Drawn at the size that prints labels at about 8.5 pt, spanning the ground the step's view spans.
        const size = captureSize(paper);
        const camera = printCamera(step.camera, size.width);
        pages.push({
          step: id,
          image: await map.captureView(view, camera, PRINT_PIXEL_RATIO, size),
          camera,
          size,
        });
      }
    } finally {
      this.#capturing = false;
      this.#host.preparing(null);
    }
    await this.#host.showHandout(paper, pages);
    window.print();
  }

  dispose(): void {
    this.#channel?.close();
  }

  #onMessage(m: PresenterMessage): void {
    if (m.type === 'hello') this.#broadcast();
    else if (m.type === 'go') this.go(m.step);
    else if (m.type === 'return') this.returnToStep();
    else if (m.type === 'reset') {
      this.#startedAt = Date.now();
      this.#broadcast();
    }
  }

  #broadcast(): void {
    const { step, lang } = this.#store.state;
    const message: PresenterMessage = { type: 'state', step, lang, startedAt: this.#startedAt };
    this.#channel?.postMessage(message);
  }
}
