import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StartSchedule, type StillMap, whenQuiet } from '../../src/ui/atlas-app/quiet';

/** A map whose stillness the test sets, and which says when it became still (its next idle). */
function fakeMap(): StillMap & { still: number | null; idle(): void } {
  let waiting: (() => void)[] = [];
  return {
    still: null,
    stillFor() {
      return this.still;
    },
    whenStill() {
      return this.still !== null ? Promise.resolve() : new Promise<void>((r) => waiting.push(r));
    },
    idle() {
      this.still = 0;
      for (const r of waiting) r();
      waiting = [];
    },
  };
}

describe('background work waits for a quiet moment with the map still', () => {
  let idleCallbacks: (() => void)[] = [];
  const browserIdle = () => {
    const due = idleCallbacks;
    idleCallbacks = [];
    for (const run of due) run();
  };
  beforeEach(() => {
    vi.useFakeTimers();
    idleCallbacks = [];
    vi.stubGlobal('window', { requestIdleCallback: (run: () => void) => idleCallbacks.push(run) });
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idleCallbacks.push(run));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs at the browser’s next quiet moment when the map is still', () => {
    const map = fakeMap();
    map.still = 500;
    const run = vi.fn();
    whenQuiet(() => map, run);
    expect(run).not.toHaveBeenCalled();
    browserIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('puts off to the map’s next idle, then a quiet moment after it, while a gesture is under way', async () => {
    const map = fakeMap();
    const run = vi.fn();
    whenQuiet(() => map, run);
    browserIdle();
    await Promise.resolve();
    expect(run).not.toHaveBeenCalled();
    map.idle();
    await Promise.resolve();
    expect(run).not.toHaveBeenCalled();
    browserIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits until the map has been still for the time asked, and starts again if it moves meanwhile', async () => {
    const map = fakeMap();
    map.still = 500;
    const run = vi.fn();
    whenQuiet(() => map, run, 2000);
    browserIdle();
    vi.advanceTimersByTime(1000);
    // The map moved: at the end of the 2 s it is not still, so the work waits for its next idle.
    map.still = null;
    vi.advanceTimersByTime(500);
    browserIdle();
    await Promise.resolve();
    expect(run).not.toHaveBeenCalled();
    map.idle();
    await Promise.resolve();
    browserIdle();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    map.still = 2000;
    browserIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the first quiet moment when there is no map', () => {
    const run = vi.fn();
    whenQuiet(() => undefined, run, 2000);
    browserIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing before the first idle; the text waits for a quiet moment after it, or 8 s at most', async () => {
    const map = fakeMap();
    map.still = 500;
    const settled = async (p: Promise<void>) => {
      let done = false;
      void p.then(() => {
        done = true;
      });
      await Promise.resolve();
      await Promise.resolve();
      return done;
    };
    // The map settles: background work and the text follow at the next quiet moment.
    const quick = new StartSchedule(() => map);
    const run = vi.fn();
    quick.whenQuiet(run);
    browserIdle();
    await Promise.resolve();
    expect(run).not.toHaveBeenCalled();
    expect(await settled(quick.textAfter)).toBe(false);
    quick.idle();
    await Promise.resolve();
    browserIdle();
    expect(run).toHaveBeenCalledTimes(1);
    expect(await settled(quick.textAfter)).toBe(true);
    // The map never settles: the text comes 8 s after the start all the same.
    const stuck = new StartSchedule(() => map);
    vi.advanceTimersByTime(7999);
    expect(await settled(stuck.textAfter)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(stuck.textAfter)).toBe(true);
  });
});
