/** When the UI's own work runs, against the browser's frames and the promises it waits for. */

/**
 * Runs `run` once, in a task after the browser's next frame: work kept out of the frame that lays out
 * and paints what came before it (a timer set before the frame could run ahead of it). With
 * `maxWaitMs` it runs after that long without a frame, as in a tab in the background, which draws
 * none. Returns a function that cancels it.
 */
export function afterNextFrame(run: () => void, maxWaitMs?: number): () => void {
  let frame = 0;
  let timer = 0;
  let fallback = 0;
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
  const go = (): void => {
    cancel();
    run();
  };
  frame = requestAnimationFrame(() => {
    timer = window.setTimeout(go, 0);
  });
  if (maxWaitMs !== undefined) fallback = window.setTimeout(go, maxWaitMs);
  return cancel;
}

/** Settles in a task of its own, after the one under way and the microtasks it queued. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether a promise settles (either way) within `ms`. */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    promise.then(settled, settled);
  });
}
