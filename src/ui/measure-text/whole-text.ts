import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from '../timing';

/** Sections the text draws before its first paint (none when its host says they wait). */
const FIRST_SECTIONS = 1;
/** Sections each later step adds, one step per task after a painted frame. */
const STEP_SECTIONS = 2;

/**
 * How much of the text is drawn. Its first render draws the sections a reader sees first; the rest
 * follow a few sections at a time, each step in a task after the frame that painted the one before,
 * so building, styling and laying out the article is never one long task of the page's start
 * (README, Performance). A request for a place in the text (a paragraph, the current measure) draws
 * it whole at once.
 */
export class WholeText implements ReactiveController {
  /** Sections drawn; every one once `whole`. */
  shown = FIRST_SECTIONS;
  whole = false;
  /** Cancels the step under way, if one is. */
  #step: (() => void) | null = null;
  /** The steps wait once, for the first `after` they are given (the page's one quiet moment). */
  #rest: 'waiting' | 'ready' | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Before the first render: no section until the first `after` (see afterPaint). */
  allWait(): void {
    this.shown = 0;
  }

  /**
   * After a paint of `total` sections' text: the next step, once the first `after` has settled, in a
   * task after the next frame.
   */
  afterPaint(total: number, after: Promise<unknown>): void {
    if (this.whole || this.#rest === 'waiting' || this.#step) return;
    if (this.shown >= total) {
      this.whole = true;
      return;
    }
    if (!this.#rest) {
      this.#rest = 'waiting';
      const go = () => {
        this.#rest = 'ready';
        this.afterPaint(total, after);
      };
      after.then(go, go);
      return;
    }
    this.#step = afterNextFrame(() => {
      this.#step = null;
      this.shown += STEP_SECTIONS;
      this.host.requestUpdate();
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
    this.#step?.();
    this.#step = null;
  }
}
