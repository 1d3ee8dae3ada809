import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Sections the text draws before its first paint; the rest follow in a task of their own. */
export const FIRST_SECTIONS = 3;

/**
 * Whether the text is drawn whole. Its first render draws the sections a reader sees first; the whole
 * article follows in a task after the frame that painted them, so building and laying out the article
 * is not one long task of the page's start (README, Performance). A request for a place in the text
 * (a paragraph, the current measure) draws it whole at once.
 */
export class WholeText implements ReactiveController {
  whole = false;
  #frame = 0;
  #timer = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** After the first paint: a frame, then a task (a timer set before the frame could run before it). */
  afterFirstPaint(): void {
    if (this.whole || this.#frame || this.#timer) return;
    this.#frame = requestAnimationFrame(() => {
      this.#timer = window.setTimeout(() => this.now(), 0);
    });
  }

  /** Whole now (in the render under way when called from willUpdate). */
  now(): void {
    if (this.whole) return;
    this.whole = true;
    this.#cancel();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  #cancel(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    this.#frame = 0;
    this.#timer = 0;
  }
}
