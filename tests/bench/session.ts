/**
 * The long-session check: play the presenter story and toggle every layer, round after round, through
 * the URL hash only, and compare the JS heap (after a forced GC) after the first and the last round.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Manifest, Story } from '../../src/content/types';

export interface SessionResult {
  rounds: number;
  /** How story steps were driven: `s=<step>` (presenter) or `m=<section>` when there is no presenter yet. */
  driver: 's' | 'm';
  hashChanges: number;
  firstHeapMb: number;
  lastHeapMb: number;
  growth: number;
  firstNodes: number;
  lastNodes: number;
  errors: string[];
  seconds: number;
}

async function heapAndNodes(page: Page, cdp: CDPSession): Promise<[number, number]> {
  // The map settled (a reading taken while a step's tiles still load holds them, and the panels show
  // what fits the camera of that moment), then the debounced URL write: the same before each reading.
  // MapLibre's own answer to "is everything drawn": style and tiles loaded, the camera still. A function,
  // not a string: the app's CSP forbids evaluating strings in the page.
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.maplibregl-map') as
        | (Element & { maplibre?: { loaded(): boolean; isMoving(): boolean } })
        | null;
      return !!el?.maplibre && el.maplibre.loaded() && !el.maplibre.isMoving();
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  return [heap.usedSize / 1048576, dom.nodes];
}

/** Sets the hash; `frames` waits for two frames (the new view drawn), else only for the handler to run. */
async function go(page: Page, hash: string, frames = true): Promise<void> {
  await page.evaluate(
    ([h, draw]) => {
      location.hash = h as string;
      return new Promise((done) =>
        draw ? requestAnimationFrame(() => requestAnimationFrame(done)) : setTimeout(done, 0),
      );
    },
    [hash, frames] as const,
  );
}

/** Rounds of: every story step once, then every layer switched off and on (25 rounds: 50 toggles each). */
export async function longSession(
  browser: Browser,
  url: string,
  manifest: Manifest,
  story: Story,
  rounds = 25,
): Promise<SessionResult> {
  const started = performance.now();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
      timeout: 120_000,
    });
    // Presenter mode shows <presenter-view> for `s=`; without it, the steps' sections stand in.
    await go(page, `s=${story.steps[0]?.id}`);
    const driver = (await page.locator('presenter-view').count()) > 0 ? 's' : 'm';
    const all = manifest.layers.map((l) => l.id);
    let hashChanges = 0;
    let first: [number, number] = [Number.NaN, Number.NaN];
    for (let round = 0; round < rounds; round++) {
      for (const step of story.steps) {
        await go(page, driver === 's' ? `s=${step.id}` : `m=${step.section}`);
        hashChanges++;
      }
      for (const layer of all) {
        // Toggles do not wait for a frame: software WebGL makes each frame slow, and the state and DOM
        // they churn (what could leak) are updated by the hashchange handler itself.
        await go(page, `l=${all.filter((id) => id !== layer).join(',')}`, false);
        await go(page, `l=${all.join(',')}`, false);
        hashChanges += 2;
      }
      if (round === 0) first = await heapAndNodes(page, cdp);
    }
    const last = await heapAndNodes(page, cdp);
    return {
      rounds,
      driver,
      hashChanges,
      firstHeapMb: first[0],
      lastHeapMb: last[0],
      growth: last[0] / first[0] - 1,
      firstNodes: first[1],
      lastNodes: last[1],
      errors,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}
