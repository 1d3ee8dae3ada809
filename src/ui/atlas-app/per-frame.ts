/**
 * Work coalesced to one run per animation frame and key: a slider fires on every pixel it moves, and
 * the store (so the map) need follow only once per frame.
 */
export class PerFrame {
  readonly #frames = new Map<string, number>();

  /** Runs `work` at the next animation frame, replacing work queued under the same key. */
  run(key: string, work: () => void): void {
    this.cancel(key);
    this.#frames.set(
      key,
      requestAnimationFrame(() => {
        this.#frames.delete(key);
        work();
      }),
    );
  }

  cancel(key: string): void {
    const id = this.#frames.get(key);
    if (id !== undefined) cancelAnimationFrame(id);
    this.#frames.delete(key);
  }
}
