/**
 * Opens one page in a fresh browser context and measures it: time to the map's first idle, first
 * contentful paint, main-thread blocking, JS heap, JS bytes, and frame times during a pan and zoom
 * driven with the mouse (the same gestures on every page; nothing of the app is reached into).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { percentile } from './stats';

export interface Viewport {
  name: string;
  width: number;
  height: number;
  /** CPU slow-down applied through the DevTools protocol (1 = none). */
  cpuThrottle: number;
}

export const VIEWPORTS: Viewport[] = [
  { name: 'desktop', width: 1280, height: 800, cpuThrottle: 1 },
  { name: 'phone', width: 390, height: 844, cpuThrottle: 4 },
];

export interface PageMetrics {
  idleMs: number;
  firstPaintMs: number;
  fcpMs: number;
  blockingMs: number;
  heapMb: number;
  jsRawKb: number;
  jsGzipKb: number;
  frameP50Ms: number;
  frameP95Ms: number;
  /** Each script loaded before the first idle, by file name, with its gzip size in KB. */
  scripts: Record<string, number>;
  /** Size of the map canvas in CSS pixels: the app's map shares the screen with its panels. */
  canvas: string;
  marks: Record<string, number>;
}

// Registered before any page script: long tasks and rAF frames land in arrays only the harness reads.
const OBSERVE = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

// A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
const RECORD_FRAMES = `(() => {
  const times = [];
  Object.defineProperty(window, '__benchFrames', { value: times, configurable: true });
  const tick = (t) => {
    times.push(t);
    if (!window.__benchStop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const JS = /\.m?js(\?|$)/;

export async function measurePage(
  browser: Browser,
  url: string,
  viewport: Viewport,
  options: { interact?: boolean; timeoutMs?: number } = {},
): Promise<PageMetrics> {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    const cdp = await context.newCDPSession(page);
    if (viewport.cpuThrottle > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: viewport.cpuThrottle });
    let idle = false;
    const scripts: Promise<[string, Buffer] | null>[] = [];
    page.on('response', (r) => {
      const name = new URL(r.url()).pathname.replace(/.*\//, '');
      if (!idle && JS.test(r.url()))
        scripts.push(
          r.body().then(
            (b) => [name, b] as [string, Buffer],
            () => null,
          ),
        );
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, {
      timeout: options.timeoutMs ?? 120_000,
      polling: 100,
    });
    idle = true;
    const timing = await page.evaluate(() => {
      const idleAt = performance.getEntriesByName('map-idle')[0]?.startTime ?? Number.NaN;
      const tasks = (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks;
      const canvas = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect();
      return {
        idleAt,
        firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        // Blocking time until the map is idle: the part of every long task beyond 50 ms.
        blocking: tasks
          .filter(([start]) => start < idleAt)
          .reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
        canvas: canvas ? `${Math.round(canvas.width)}x${Math.round(canvas.height)}` : '',
        marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
        // Scripts the page had received by the idle mark (the harness notices idle up to 100 ms late).
        late: performance
          .getEntriesByType('resource')
          .filter((r) => (r as PerformanceResourceTiming).responseEnd > idleAt)
          .map((r) => r.name.replace(/[?#].*$/, '').replace(/.*\//, '')),
      };
    });
    // A worker's script is not in the page's resource timing: it counts when it arrived before the
    // harness noticed idle (the same worker on both pages).
    const late = new Set(timing.late);
    const loaded = (await Promise.all(scripts)).filter(
      (s): s is [string, Buffer] => s !== null && !late.has(s[0]),
    );
    const bodies = loaded.map(([, b]) => b);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const frames = options.interact === false ? [] : await panAndZoom(page, url);
    return {
      idleMs: timing.idleAt,
      firstPaintMs: timing.firstPaint,
      fcpMs: timing.fcp,
      blockingMs: timing.blocking,
      heapMb: heap.usedSize / 1048576,
      jsRawKb: bodies.reduce((s, b) => s + b.length, 0) / 1024,
      jsGzipKb: bodies.reduce((s, b) => s + gzipSync(b).length, 0) / 1024,
      frameP50Ms: percentile(frames, 50),
      frameP95Ms: percentile(frames, 95),
      scripts: Object.fromEntries(
        loaded.map(([name, b]) => [name, Math.round(gzipSync(b).length / 102.4) / 10]),
      ),
      canvas: timing.canvas,
      marks: timing.marks,
    };
  } finally {
    await context.close();
  }
}

/** The map's camera, read from MapLibre itself (app and baseline expose their map on its container). */
const CAMERA = `(() => {
  const el = document.querySelector('.maplibregl-map');
  const map = el && el.maplibre;
  if (!map) return null;
  const c = map.getCenter();
  return [c.lng, c.lat, map.getZoom()];
})()`;

/**
 * A point of the map that nothing covers (a phone's bottom sheet covers its lower part): the first
 * point, scanning from the upper middle, where the element under the pointer is the map's canvas.
 */
const OPEN_POINT = `(() => {
  const canvas = document.querySelector('.maplibregl-canvas');
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect();
  for (const fy of [0.35, 0.3, 0.4, 0.25, 0.45, 0.2, 0.5]) {
    for (const fx of [0.5, 0.4, 0.6]) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (document.elementFromPoint(x, y) === canvas) return [x, y, r.width, r.height];
    }
  }
  return null;
})()`;

/**
 * Drags the map and zooms it with the wheel at a point of the map nothing covers, while the page
 * records the time between frames. Fails when the camera did not move: a gesture that misses the map
 * measures nothing.
 */
async function panAndZoom(page: Page, url: string): Promise<number[]> {
  const at = (await page.evaluate(OPEN_POINT)) as [number, number, number, number] | null;
  if (!at) throw new Error(`${url}: no uncovered point of the map to drag`);
  const [x, y, width] = at;
  const dx = Math.min(120, width / 4);
  const before = (await page.evaluate(CAMERA)) as number[] | null;
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - dx, y - dx / 2, { steps: 20 });
  await page.mouse.move(x + dx, y + dx / 2, { steps: 30 });
  await page.mouse.up();
  const dragged = (await page.evaluate(CAMERA)) as number[] | null;
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(60);
  }
  const zoomed = (await page.evaluate(CAMERA)) as number[] | null;
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(400);
  const times = await page.evaluate(() => {
    (window as unknown as { __benchStop: boolean }).__benchStop = true;
    return (window as unknown as { __benchFrames: number[] }).__benchFrames;
  });
  const moved = (a: number[] | null, b: number[] | null, i: number) =>
    !!a && !!b && Math.abs((a[i] as number) - (b[i] as number)) > 1e-6;
  if (!moved(before, dragged, 0) && !moved(before, dragged, 1))
    throw new Error(`${url}: the drag did not move the map's camera`);
  if (!moved(dragged, zoomed, 2)) throw new Error(`${url}: the wheel did not zoom the map`);
  return times.slice(1).map((t, i) => t - (times[i] as number));
}
