/**
 * When the app's background work runs: what the first view does without (the panels a click away, the
 * tiled layers' indexes, the article's rest, the offline worker's downloads) waits for a quiet moment of
 * the browser with the map still, so it does not land in the frames of someone's first pan or zoom
 * (`npm run bench`: frame times while panning). A gesture under way puts it off to the map's next idle.
 */

/** What the scheduler asks of the map (the map adapter answers). */
export interface StillMap {
  /** How long the map has been still, in ms; null while it moves or draws. */
  stillFor(): number | null;
  /** Settles once the map is still. */
  whenStill(): Promise<void>;
}

/**
 * Runs `run` in a quiet moment of the browser once the map has been still for `settleMs`; without a map
 * (none yet, or it could not start) at the first quiet moment.
 */
export function whenQuiet(map: () => StillMap | undefined, run: () => void, settleMs = 0): void {
  whenBrowserIdle(() => {
    const current = map();
    const still = current ? current.stillFor() : Number.POSITIVE_INFINITY;
    if (still !== null && still >= settleMs) run();
    else if (still !== null) setTimeout(() => whenQuiet(map, run, settleMs), settleMs - still);
    else void current?.whenStill().then(() => whenQuiet(map, run, settleMs));
  });
}

/** Runs `run` once the browser has a quiet moment (at the latest after 2 s); at once without the API. */
function whenBrowserIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/**
 * Longest wait, from the page's start, for the article's later sections (a phone's first too): a map
 * that never settles (an online basemap on a slow network) must not keep the text from its reader.
 */
const TEXT_WAIT_MS = 8000;

/** The start's phases for the shell: the map's first idle, and what waits for it. */
export class StartSchedule {
  #idle!: () => void;
  /**
   * Settles when the map has first drawn everything (or cannot be drawn): background work
   * (`whenQuiet`) starts after it, so it never competes with the first view.
   */
  readonly #firstIdle = new Promise<void>((resolve) => {
    this.#idle = resolve;
  });
  /**
   * When the article's sections after the first are drawn: a quiet moment after the first idle, or
   * TEXT_WAIT_MS after the start.
   */
  readonly textAfter: Promise<void>;
  readonly #map: () => StillMap | undefined;

  constructor(map: () => StillMap | undefined) {
    this.#map = map;
    this.textAfter = new Promise<void>((resolve) => {
      this.whenQuiet(resolve);
      setTimeout(resolve, TEXT_WAIT_MS);
    });
  }

  /** The map has first drawn everything, or cannot be drawn. */
  idle(): void {
    this.#idle();
  }

  /** Runs `run` after the first idle, in a quiet moment with the map still for `settleMs` (whenQuiet). */
  whenQuiet(run: () => void, settleMs = 0): void {
    void this.#firstIdle.then(() => whenQuiet(this.#map, run, settleMs));
  }
}
